using System.CommandLine;
using Selection.Core;
using Selection.Excel;
using Selection.IO.Output;
using Selection.IO.Runs;
using Selection.IO.Validation;
using Selection.Proposal.Output;
using Selection.Proposal.Returned;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection propose</c>: reads the shortlists the statsforvaltere sent back, checks that they belong
/// to the run and that nothing but Prioritet and Begrunnelse changed, and writes Udir's proposal for the
/// final selection (DOMAIN §6) with a decision log.
/// </summary>
public static class ProposeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var run = new Option<string>("--run") { Description = "The output folder of `selection run` whose shortlists were sent out.", Required = true };
        var returned = new Option<string>("--returned") { Description = "The folder with the shortlists the statsforvaltere sent back (CSV or xlsx, any file names).", Required = true };
        var @out = new Option<string>("--out") { Description = "The folder for the proposal; written only when every returned file passes.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace --out if it holds an earlier output of `selection propose` (never anything else)." };
        var requireAll = new Option<bool>("--require-all") { Description = "Refuse to propose while a statsforvalter with route-2 candidates has sent nothing back." };
        var verbose = RunCommand.VerboseOption();
        var command = new Command("propose", "Turn the statsforvaltere's returned shortlists into the proposal for the final selection, with a decision log.")
        {
            run, returned, @out, force, requireAll, verbose,
        };
        command.SetAction(parsed => Execute(
            parsed.GetRequiredValue(run), parsed.GetRequiredValue(returned), parsed.GetRequiredValue(@out),
            parsed.GetValue(force), parsed.GetValue(requireAll), output, error, new Progress(error, parsed.GetValue(verbose))));
        return command;
    }

    public static int Execute(string runFolder, string returnedFolder, string outFolder, bool force, bool requireAll, TextWriter output, TextWriter error, Progress? progress = null)
    {
        progress ??= Progress.Quiet;
        var request = new OutputRequest("propose", outFolder, force, [new OutputInput("the run folder", runFolder), new OutputInput("the folder of returned shortlists", returnedFolder)]);
        var (target, outCode) = CommandOutput.Open(request, error);
        if (target is null)
            return outCode;
        using (target)
        {
            var (run, problem) = RunFolder.Open(runFolder);
            if (run is null)
            {
                error.WriteLine($"error: {problem}");
                return ExitCodes.InputError;
            }
            if (RunFiles.NotAFolder(returnedFolder, "folder of returned shortlists") is { } notAFolder)
            {
                error.WriteLine($"error: {notAFolder}");
                return ExitCodes.InputError;
            }

            ReturnedAnswers answers;
            IReadOnlyList<RunKommune> kommuner;
            int route2Max;
            try
            {
                kommuner = ProposalBasis.ReadKommuner(run);
                route2Max = ProposalBasis.ReadRoute2Max(run);
                answers = progress.Phase("read and check the returned shortlists", () => ReturnedShortlists.Read(run, returnedFolder, ReturnedWorkbook.Read));
            }
            catch (RunFileException e)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.InputError;
            }

            var problems = answers.Problems.ToList();
            if (requireAll)
                problems.AddRange(answers.Unanswered.Select(s => Problem.Error("statsforvalter-unanswered", $"{s} has route-2 candidates but sent nothing back (--require-all)")));
            if (problems.Any(p => p.IsError))
            {
                var errors = problems.Count(p => p.IsError);
                error.WriteLine($"The returned shortlists in '{returnedFolder}' have {errors} {(errors == 1 ? "error" : "errors")}; nothing was written.");
                ValidationReportWriter.WriteProblems(error, problems, RunCommand.ProblemsPerKind);
                return ExitCodes.InputError;
            }

            var basis = new ProposalBasis(
                run,
                kommuner,
                answers.Answers.SelectMany(a => a.Answers.Select(k => (k, a))).ToDictionary(
                    x => x.k.Kommune,
                    x => new GivenAnswer(x.k.Route == 2 ? x.k.Priority : null, x.k.Begrunnelse, x.a.File, x.k.Origin.Line)),
                answers.Answers.Select(a => new ReturnedFile(a.File, a.Statsforvalter, new FileInfo(Path.Combine(returnedFolder, a.File)).Length, a.Sha256)).ToArray(),
                answers.Unanswered,
                route2Max);
            var proposal = basis.Propose();
            IReadOnlyList<string> files = [];
            var written = progress.Phase("write the proposal", () => target.Write(folder => files = ProposalWriter.Write(folder, basis, ReproducibleCommand(runFolder, returnedFolder), ShortlistWorkbook.Instance)));
            progress.Done();
            if (written != ExitCodes.Success)
                return written;

            var lines = new List<string>();
            if (problems.Count > 0)
            {
                var warnings = new StringWriter();
                warnings.WriteLine($"{problems.Count} {(problems.Count == 1 ? "warning" : "warnings")} in the returned shortlists; the proposal went on:");
                ValidationReportWriter.WriteProblems(warnings, problems, RunCommand.WarningsPerKind);
                target.Print(error, [warnings.ToString().TrimEnd('\n', '\r')]);
            }
            if (answers.Unanswered.Count > 0)
                target.Print(error, [$"warning: {answers.Unanswered.Count} statsforvaltere sent nothing back; their candidates are unprioritised: {string.Join("; ", answers.Unanswered)}"]);
            if (run.Manifest.IllustrativeRules)
                lines.Add($"!! ILLUSTRATIVE RULES ({run.Manifest.RulesName}): not an official selection.");
            if (run.Manifest.SyntheticData)
                lines.Add($"!! SYNTHETIC DATA ({run.Manifest.DataSetName}): not real schools.");
            lines.Add($"Run           {run.Manifest.RunId} ({Path.GetFullPath(runFolder)})");
            lines.Add($"Returned      {answers.Answers.Count} shortlists read, {answers.Unanswered.Count} statsforvaltere with candidates sent nothing");
            lines.Add($"Route 1       {proposal.Kommuner.Count(k => k.Route == Route.WeakOverall)} kommuner, all taken");
            lines.Add($"Route 2       {proposal.Kommuner.Count(k => k.Route == Route.LargeDifferences)} candidates, {proposal.Kommuner.Count(k => k.Priority is not null)} prioritised; {proposal.Route2Taken} taken (route2Max {route2Max})");
            lines.Add($"Proposal      {proposal.Taken.Count()} kommuner");
            lines.Add($"Output        {target.Target}");
            lines.Add($"  {ProposalWriter.MachineTable}: the proposal for machines; {ProposalWriter.PeopleTable}.csv and forslag.xlsx for people");
            lines.Add($"  {ProposalWriter.DecisionLog}: why each kommune is in or out, in Norwegian");
            lines.Add($"  {Manifest.FileName}: the run, every returned file and every output by SHA-256; `selection verify --run` checks them");
            target.Print(output, lines);
        }
        return ExitCodes.Success;
    }

    /// <summary>The command as the manifest records it: folders by their names, no --force.</summary>
    private static IReadOnlyList<string> ReproducibleCommand(string runFolder, string returnedFolder) =>
    [
        "propose",
        "--run", Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(runFolder))),
        "--returned", Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(returnedFolder))),
        "--out", "<out>",
    ];
}
