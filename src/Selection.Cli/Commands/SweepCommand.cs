using System.CommandLine;
using Selection.IO.Reference;
using Selection.Sweep;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection sweep</c> (issue 13, item 2): the selection at every point of a grid of one or two rules keys
/// (<c>--vary topShare=0.20:0.30:0.01</c>), each point against the base (the rules as given): the counts, the
/// Jaccard overlaps, and the kommuner that enter and leave.
/// </summary>
/// <remarks>
/// A bad <c>--vary</c> is a command-line error (exit 2) named before anything is read; a value the rules may not
/// hold (topShare 0, a floor outside its scale) is refused with the rules reader's own message, also exit 2,
/// before the data is read. The data and the base selection are checked as <c>run</c> checks them (exit 1).
/// </remarks>
public static class SweepCommand
{
    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var data = new Option<string>("--data") { Description = texts.RunData, HelpName = texts.FolderName, Required = true };
        var rules = new Option<string>("--rules") { Description = texts.RunRules, HelpName = texts.RulesName, Required = true };
        var vary = new Option<string[]>("--vary") { Description = texts.SweepVary, HelpName = texts.SweepVaryName, Required = true };
        var @out = new Option<string>("--out") { Description = texts.SweepOut, HelpName = texts.FolderName, Required = true };
        var to = new Option<string?>("--to") { Description = texts.RunTo, HelpName = texts.SchoolYearName }.WithDefault(texts.RunToDefault);
        var force = RunCommand.ForceOption("sweep", texts);
        var verbose = RunCommand.VerboseOption(texts);
        var command = new Command("sweep", texts.SweepDescription) { data, rules, vary, @out, to, force, verbose };
        command.SetAction(parsed => Execute(
            parsed.GetRequiredValue(data),
            parsed.GetRequiredValue(rules),
            parsed.GetRequiredValue(vary),
            parsed.GetRequiredValue(@out),
            parsed.GetValue(to),
            parsed.GetValue(force),
            output,
            error,
            texts,
            RunCommand.NewProgress(error, parsed.GetValue(verbose), texts)));
        return command;
    }

    /// <summary>Runs the sweep; <paramref name="maxThreads"/> grid points at once (-1: every core), with the same output for any.</summary>
    public static int Execute(
        string dataFolder, string rulesName, IReadOnlyList<string> vary, string outFolder, string? to, bool force,
        TextWriter output, TextWriter error, Texts texts, Progress? progress = null, int maxThreads = -1)
    {
        progress ??= Progress.Quiet;
        if (!RunCommand.TryParseTo(to, error, texts, out var lastYear))
            return ExitCodes.UsageError;
        var t = new SweepTexts(texts.Language);
        var parsed = vary.Select(v => SweepGrid.ParseAxis(v, t)).ToArray();
        var problems = parsed.Where(p => !p.Success).Select(p => p.Error!).ToList();
        var axes = parsed.Where(p => p.Success).Select(p => p.Value).ToArray();
        if (problems.Count == 0 && SweepGrid.CheckAxes(axes, t) is { } gridProblem)
            problems.Add(gridProblem);
        if (problems.Count > 0)
            return UsageError(problems, error, texts);

        var (target, outCode) = CommandOutput.Open(RunCommand.OutputRequestOf("sweep", dataFolder, rulesName, outFolder, force), error, texts);
        if (target is null)
            return outCode;
        using (target)
        {
            if (RunCommand.LoadRules(rulesName, progress, error, texts) is not { } loadedRules)
                return ExitCodes.InputError;
            // Every point's rules, checked as a rules file is, before the data is read.
            var (points, refused) = SweepPlan.Make(loadedRules.Rules, axes, t);
            if (points is null)
                return UsageError(refused, error, texts);
            if (RunCommand.Select(dataFolder, loadedRules, lastYear, progress, error, texts) is not { } selected)
                return ExitCodes.InputError;
            var (_, data, _, observed) = selected;

            var outcome = progress.Counted(texts.SweepPhase(points.Count), points.Count,
                step => SweepRunner.Run(data.Input, observed, axes, points, ReferenceTables.History, maxThreads, step));
            if (outcome.Result is not { } sweep)
            {
                var at = string.Join(", ", axes.Select((a, i) => $"{a.Key.Name} {SweepAxis.Number(outcome.Failed!.Values[i])}"));
                error.WriteLine(texts.SweepPointCannotBeMade(at));
                IO.Validation.ValidationReportWriter.WriteProblems(error, outcome.Problems, RunCommand.ProblemsPerKind);
                return ExitCodes.InputError;
            }

            var summary = SweepSummary.Lines(sweep, texts.Language);
            var command = RunCommand.ReproducibleCommand("sweep", dataFolder, rulesName, loadedRules, to, beforeOut: axes.SelectMany(a => new[] { "--vary", a.Text }));
            var written = progress.Phase(texts.PhaseWriteOutput, () => target.Write(folder =>
                SweepWriter.Write(folder, sweep, summary, data, loadedRules, command, IO.Texts.TextLanguage.Code(texts.Language))));
            progress.Done();
            if (written != ExitCodes.Success)
                return written;
            target.Print(output, [
                .. summary,
                texts.OutputLine(target.Target),
                texts.SweepOutputTables(SweepTables.SweepTable, SweepTables.ChangesTable),
            ]);
        }
        return ExitCodes.Success;
    }

    private static int UsageError(IEnumerable<string> problems, TextWriter error, Texts texts)
    {
        foreach (var problem in problems)
            error.WriteLine(texts.Error(problem));
        error.WriteLine(texts.SeeHelp);
        return ExitCodes.UsageError;
    }
}
