using System.CommandLine;
using Selection.Core;
using Selection.Excel;
using Selection.IO.Input;
using Selection.IO.Output;
using Selection.IO.Reference;
using Selection.IO.Rules;
using Selection.IO.Validation;
using Selection.Report;

namespace Selection.Cli.Commands;

/// <summary><c>selection run</c>: the yearly selection, from a data folder to the output folder.</summary>
public static class RunCommand
{
    /// <summary>How many errors of one kind the console shows before it counts the rest.</summary>
    public const int ProblemsPerKind = 20;

    /// <summary>How many warnings of one kind a successful run shows.</summary>
    public const int WarningsPerKind = 3;

    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var data = new Option<string>("--data") { Description = texts.RunData, HelpName = texts.FolderName, Required = true };
        var rules = new Option<string>("--rules") { Description = texts.RunRules, HelpName = texts.RulesName, Required = true };
        var @out = new Option<string>("--out") { Description = texts.RunOut, HelpName = texts.FolderName, Required = true };
        var to = new Option<string?>("--to") { Description = texts.RunTo, HelpName = texts.SchoolYearName }.WithDefault(texts.RunToDefault);
        var force = ForceOption("run", texts);
        var verbose = VerboseOption(texts);
        var noReport = new Option<bool>("--no-report") { Description = texts.RunNoReport };

        var command = new Command("run", texts.RunDescription)
        {
            data, rules, @out, to, force, verbose, noReport,
        };
        command.SetAction(parsed => Execute(
            parsed.GetRequiredValue(data),
            parsed.GetRequiredValue(rules),
            parsed.GetRequiredValue(@out),
            parsed.GetValue(to),
            parsed.GetValue(force),
            output,
            error,
            texts,
            NewProgress(error, parsed.GetValue(verbose), texts),
            withReport: !parsed.GetValue(noReport)));
        return command;
    }

    /// <summary>--verbose: each phase of the command with its time, on stderr.</summary>
    public static Option<bool> VerboseOption(Texts texts) => new("--verbose") { Description = texts.VerboseDescription };

    /// <summary>--force of a command that writes --out: replaces only an earlier output of the same command.</summary>
    public static Option<bool> ForceOption(string command, Texts texts) => new("--force") { Description = texts.ForceDescription(command) };

    /// <summary>The progress reporter of a long command, in the command's language.</summary>
    public static Progress NewProgress(TextWriter error, bool verbose, Texts texts) => new(error, verbose, total: texts.PhaseTotal);

    public static int Execute(string dataFolder, string rulesName, string outFolder, string? to, bool force, TextWriter output, TextWriter error, Texts texts, Progress? progress = null, bool withReport = true)
    {
        progress ??= Progress.Quiet;
        var started = TimeProvider.System.GetUtcNow();
        if (!TryParseTo(to, error, texts, out var lastYear))
            return ExitCodes.UsageError;

        var (target, outCode) = CommandOutput.Open(OutputRequest(dataFolder, rulesName, outFolder, force), error, texts);
        if (target is null)
            return outCode;
        using (target)
        {
            if (Select(dataFolder, rulesName, lastYear, progress, error, texts) is not { } selected)
                return ExitCodes.InputError;
            var (loadedRules, data, report, result) = selected;

            var notices = new RunNotices(
                loadedRules.Rules.IsIllustrative,
                loadedRules.Rules.Name,
                loadedRules.Rules.Provenance,
                data.Info.Synthetic,
                data.Info.Name ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataFolder))));
            var shortlists = Shortlists.Statsforvaltere(result).Count;
            var summary = RunSummary.Lines(result, data, loadedRules, notices, shortlists, report.Warnings, texts.Language);
            var written = progress.Phase(texts.PhaseWriteOutput, () => target.Write(folder =>
            {
                RunWriter.Write(folder, result, notices, summary, data, loadedRules, ReproducibleCommand(dataFolder, rulesName, loadedRules, to), [ShortlistWorkbook.Instance], AnalystWorkbookXlsx.Instance,
                    withReport ? new RunReportWriter(texts.Language) : null);
                RunLog.Write(folder, started, TimeProvider.System.GetUtcNow(), Environment.GetCommandLineArgs(), dataFolder, outFolder);
            }));
            progress.Done();
            if (written != ExitCodes.Success)
                return written;

            // The output is in place: from here on nothing changes the exit code.
            if (report.Warnings > 0)
            {
                var warnings = new StringWriter();
                warnings.WriteLine(texts.RunWarnings(texts.Warnings(report.Warnings)));
                ValidationReportWriter.WriteProblems(warnings, report.Problems, WarningsPerKind);
                target.Print(error, [warnings.ToString().TrimEnd('\n', '\r')]);
            }
            var full = target.Target;
            target.Print(output, [
                .. summary,
                texts.OutputLine(full),
                texts.RunOutputTables(RunWriter.SchoolsTable, RunWriter.KommunerTable),
                texts.RunOutputEvidence(RunWriter.ObservationsTable, RunWriter.KommuneObservationsTable),
                texts.RunOutputWorkbook(RunWriter.AnalystWorkbookName + AnalystWorkbookXlsx.Instance.Extension),
                texts.RunOutputManifest(Manifest.FileName),
                .. withReport ? [texts.RunOutputReport(RunWriter.ReportFile)] : Array.Empty<string>(),
                texts.RunOutputShortlists(Path.Combine(full, RunWriter.ShortlistFolder) + Path.DirectorySeparatorChar),
            ]);
        }
        return ExitCodes.Success;
    }

    /// <summary><c>--to</c> as a school year (none when not given); a bad one is printed as <c>run</c> prints it.</summary>
    public static bool TryParseTo(string? to, TextWriter error, Texts texts, out SchoolYear? lastYear)
    {
        lastYear = null;
        if (to is null)
            return true;
        var parsed = SchoolYear.Parse(to);
        if (!parsed.Success)
        {
            error.WriteLine(texts.Error("--to: " + parsed.Error));
            return false;
        }
        lastYear = parsed.Value;
        return true;
    }

    /// <summary>
    /// What a command that makes its own selection (<c>panel</c>, <c>stability</c>) asks of <c>--out</c>: the same as
    /// <c>run</c>, and replaced with <c>--force</c> only when it holds an earlier output of that command (its marker).
    /// </summary>
    public static OutputRequest OutputRequestOf(string command, string dataFolder, string rulesName, string outFolder, bool force) =>
        OutputRequest(dataFolder, rulesName, outFolder, force) with
        {
            Command = command,
            RecognisesEarlierOutput = null,
            EvidenceName = OutputTexts.EvidenceMarker(OutputFolder.MarkerFile),
        };

    /// <summary>The rules, the data, its validation and the selection, as <c>run</c> makes them.</summary>
    public sealed record Selected(LoadedRules Rules, LoadedDataSet Data, ValidationReport Report, SelectionResult Result);

    /// <summary>
    /// Loads the rules, reads and checks the data and makes the selection, each a phase of
    /// <paramref name="progress"/>; on the first failure prints why (as <c>run</c> does) and returns <c>null</c>
    /// (exit 1 for the caller). Shared by every command that makes a selection of its own.
    /// </summary>
    public static Selected? Select(string dataFolder, string rulesName, SchoolYear? lastYear, Progress progress, TextWriter error, Texts texts) =>
        LoadRules(rulesName, progress, error, texts) is { } loadedRules ? Select(dataFolder, loadedRules, lastYear, progress, error, texts) : null;

    /// <summary>Loads the rules as <c>run</c> does, a phase of <paramref name="progress"/>; on failure prints why and returns <c>null</c> (exit 1).</summary>
    public static LoadedRules? LoadRules(string rulesName, Progress progress, TextWriter error, Texts texts)
    {
        var (loadedRules, rulesProblems) = progress.Phase(texts.PhaseReadRules, () => RulesReader.Load(rulesName));
        if (loadedRules is null)
        {
            error.WriteLine(texts.RunRulesCannotBeUsed(rulesName));
            ValidationReportWriter.WriteProblems(error, rulesProblems);
        }
        return loadedRules;
    }

    /// <summary>The rest of <see cref="Select(string, string, SchoolYear?, Progress, TextWriter, Texts)"/> on rules already loaded (<see cref="LoadRules"/>).</summary>
    public static Selected? Select(string dataFolder, LoadedRules loadedRules, SchoolYear? lastYear, Progress progress, TextWriter error, Texts texts)
    {
        ReferenceTables.LoadBeside();
        var data = progress.Phase(texts.PhaseReadData, () => DataSetReader.Read(dataFolder));
        var report = progress.Phase(texts.PhaseCheckData, () => DataSetValidator.Validate(data, ReferenceTables.History, loadedRules.Rules));
        if (report.HasErrors)
        {
            error.WriteLine(texts.RunDataHasErrors(dataFolder, texts.Errors(report.Errors)));
            ValidationReportWriter.WriteProblems(error, report.Problems, ProblemsPerKind);
            return null;
        }

        var outcome = progress.Phase(texts.PhaseScore, () => SelectionEngine.Run(data.Input, loadedRules.Rules, ReferenceTables.History, lastYear));
        if (!outcome.Succeeded)
        {
            error.WriteLine(texts.RunCannotBeMade);
            ValidationReportWriter.WriteProblems(error, outcome.Problems, ProblemsPerKind);
            return null;
        }
        return new Selected(loadedRules, data, report, outcome.Result!);
    }

    /// <summary>
    /// What <c>run</c> asks of <c>--out</c>: not the data folder or the rules file (when it is a file, not a
    /// preset), not inside them, not containing them; replaced with <c>--force</c> only when it holds an
    /// earlier run (its marker, or a manifest.json of a run made before outputs carried one).
    /// </summary>
    public static OutputRequest OutputRequest(string dataFolder, string rulesName, string outFolder, bool force)
    {
        var inputs = new List<OutputInput> { OutputInput.DataFolder(dataFolder) };
        if (File.Exists(rulesName))
            inputs.Add(OutputInput.RulesFile(rulesName));
        return new OutputRequest("run", outFolder, force, inputs)
        {
            RecognisesEarlierOutput = Manifest.DescribesRun,
            EvidenceName = OutputTexts.EvidenceManifestOrMarker(Manifest.FileName, OutputFolder.MarkerFile),
        };
    }

    /// <summary>
    /// The command line as the manifest records it: the data folder by its name, the rules by preset or
    /// file name, the output folder as &lt;out&gt; and no --force, so that the same run made from another
    /// folder records the same command. run.log has the command line as typed.
    /// </summary>
    public static IReadOnlyList<string> ReproducibleCommand(string dataFolder, string rulesName, LoadedRules rules, string? to) =>
        ReproducibleCommand("run", dataFolder, rulesName, rules, to);

    /// <summary>
    /// The same for another command over a data folder and rules (<c>stability</c>, <c>sweep</c>): its own options
    /// before <c>--out</c> (<paramref name="beforeOut"/>) and after it (<paramref name="afterOut"/>), <c>--to</c> last.
    /// </summary>
    public static IReadOnlyList<string> ReproducibleCommand(
        string name, string dataFolder, string rulesName, LoadedRules rules, string? to, IEnumerable<string>? beforeOut = null, IEnumerable<string>? afterOut = null)
    {
        var command = new List<string>
        {
            name,
            "--data", Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataFolder))),
            "--rules", rules.Source.StartsWith("preset:", StringComparison.Ordinal) ? rulesName : Path.GetFileName(rulesName),
        };
        command.AddRange(beforeOut ?? []);
        command.AddRange(["--out", "<out>"]);
        command.AddRange(afterOut ?? []);
        if (to is not null)
            command.AddRange(["--to", to]);
        return command;
    }
}
