using System.CommandLine;
using Selection.Core;
using Selection.Excel;
using Selection.IO.Input;
using Selection.IO.Output;
using Selection.IO.Reference;
using Selection.IO.Rules;
using Selection.IO.Validation;

namespace Selection.Cli.Commands;

/// <summary><c>selection run</c>: the yearly selection, from a data folder to the output folder.</summary>
public static class RunCommand
{
    /// <summary>How many errors of one kind the console shows before it counts the rest.</summary>
    public const int ProblemsPerKind = 20;

    /// <summary>How many warnings of one kind a successful run shows.</summary>
    public const int WarningsPerKind = 3;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "The data folder (DOMAIN §9): skoler, elevundersokelsen, nasjonale_prover, grunnskolepoeng, optional nasjonalt and datasett.json.", Required = true };
        var rules = new Option<string>("--rules") { Description = "A rules file (JSON, DOMAIN §8) or the name of a preset: illustrativ.", Required = true };
        var @out = new Option<string>("--out") { Description = "The output folder; written only when the whole run succeeds.", Required = true };
        var to = new Option<string?>("--to") { Description = "The last school year of the window, e.g. 2023-24 (default: the latest in the data)." };
        var force = new Option<bool>("--force") { Description = "Replace --out if it holds an earlier output of `selection run` (never anything else)." };
        var verbose = VerboseOption();

        var command = new Command("run", "Run the selection: rank every school, flag the top share, take kommuner by route 1 and route 2, write the statsforvalter shortlists.")
        {
            data, rules, @out, to, force, verbose,
        };
        command.SetAction(parsed => Execute(
            parsed.GetRequiredValue(data),
            parsed.GetRequiredValue(rules),
            parsed.GetRequiredValue(@out),
            parsed.GetValue(to),
            parsed.GetValue(force),
            output,
            error,
            new Progress(error, parsed.GetValue(verbose))));
        return command;
    }

    /// <summary>--verbose: each phase of the command with its time, on stderr.</summary>
    public static Option<bool> VerboseOption() => new("--verbose") { Description = "Print each phase of the command with its time (on stderr)." };

    public static int Execute(string dataFolder, string rulesName, string outFolder, string? to, bool force, TextWriter output, TextWriter error, Progress? progress = null)
    {
        progress ??= Progress.Quiet;
        var started = TimeProvider.System.GetUtcNow();
        SchoolYear? lastYear = null;
        if (to is not null)
        {
            var parsedYear = SchoolYear.Parse(to);
            if (!parsedYear.Success)
            {
                error.WriteLine($"error: --to: {parsedYear.Error}");
                return ExitCodes.UsageError;
            }
            lastYear = parsedYear.Value;
        }

        var (target, outCode) = CommandOutput.Open(OutputRequest(dataFolder, rulesName, outFolder, force), error);
        if (target is null)
            return outCode;
        using (target)
        {
            var (loadedRules, rulesProblems) = progress.Phase("read the rules", () => RulesReader.Load(rulesName));
            if (loadedRules is null)
            {
                error.WriteLine($"The rules '{rulesName}' cannot be used; nothing was written.");
                ValidationReportWriter.WriteProblems(error, rulesProblems);
                return ExitCodes.InputError;
            }

            var data = progress.Phase("read the data folder", () => DataSetReader.Read(dataFolder));
            var report = progress.Phase("check the data", () => DataSetValidator.Validate(data, ReferenceTables.History, loadedRules.Rules));
            if (report.HasErrors)
            {
                error.WriteLine($"The data folder '{dataFolder}' has {report.Errors} {(report.Errors == 1 ? "error" : "errors")}; nothing was written.");
                ValidationReportWriter.WriteProblems(error, report.Problems, ProblemsPerKind);
                return ExitCodes.InputError;
            }

            var outcome = progress.Phase("score, rank and route", () => SelectionEngine.Run(data.Input, loadedRules.Rules, ReferenceTables.History, lastYear));
            if (!outcome.Succeeded)
            {
                error.WriteLine("The selection cannot be made from this data; nothing was written.");
                ValidationReportWriter.WriteProblems(error, outcome.Problems, ProblemsPerKind);
                return ExitCodes.InputError;
            }
            var result = outcome.Result!;

            var notices = new RunNotices(
                loadedRules.Rules.IsIllustrative,
                loadedRules.Rules.Name,
                loadedRules.Rules.Provenance,
                data.Info.Synthetic,
                data.Info.Name ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataFolder))));
            var shortlists = Shortlists.Statsforvaltere(result).Count;
            var summary = RunSummary.Lines(result, data, loadedRules, notices, shortlists, report.Warnings);
            var written = progress.Phase("write the output", () => target.Write(folder =>
            {
                RunWriter.Write(folder, result, notices, summary, data, loadedRules, ReproducibleCommand(dataFolder, rulesName, loadedRules, to), [ShortlistWorkbook.Instance], AnalystWorkbookXlsx.Instance);
                RunLog.Write(folder, started, TimeProvider.System.GetUtcNow(), Environment.GetCommandLineArgs(), dataFolder, outFolder);
            }));
            progress.Done();
            if (written != ExitCodes.Success)
                return written;

            // The output is in place: from here on nothing changes the exit code.
            if (report.Warnings > 0)
            {
                var warnings = new StringWriter();
                warnings.WriteLine($"{report.Warnings} {(report.Warnings == 1 ? "warning" : "warnings")} in the input; the run went on (`selection validate` lists them all):");
                ValidationReportWriter.WriteProblems(warnings, report.Problems, WarningsPerKind);
                target.Print(error, [warnings.ToString().TrimEnd('\n', '\r')]);
            }
            var full = target.Target;
            target.Print(output, [
                .. summary,
                $"Output        {full}",
                $"  {RunWriter.SchoolsTable}.csv, {RunWriter.KommunerTable}.csv (and .parquet): the national ranking and the kommune routes",
                $"  {RunWriter.ObservationsTable}.parquet, {RunWriter.KommuneObservationsTable}.parquet: the evidence behind every risk point",
                $"  {RunWriter.AnalystWorkbookName}{AnalystWorkbookXlsx.Instance.Extension}: the same lists for Excel (skoler, kommuner, rute 1, rute 2, the rules)",
                $"  {Manifest.FileName}: rules, SHA-256 of every input and output; `selection verify --run` checks them",
                $"  {Path.Combine(full, RunWriter.ShortlistFolder)}{Path.DirectorySeparatorChar}: one shortlist per statsforvalter (.csv and .xlsx)",
            ]);
        }
        return ExitCodes.Success;
    }

    /// <summary>
    /// What <c>run</c> asks of <c>--out</c>: not the data folder or the rules file (when it is a file, not a
    /// preset), not inside them, not containing them; replaced with <c>--force</c> only when it holds an
    /// earlier run (its marker, or a manifest.json of a run made before outputs carried one).
    /// </summary>
    public static OutputRequest OutputRequest(string dataFolder, string rulesName, string outFolder, bool force)
    {
        var inputs = new List<OutputInput> { new("the data folder", dataFolder) };
        if (File.Exists(rulesName))
            inputs.Add(new OutputInput("the rules file", rulesName));
        return new OutputRequest("run", outFolder, force, inputs)
        {
            RecognisesEarlierOutput = Manifest.DescribesRun,
            EvidenceName = $"{Manifest.FileName} or marker {OutputFolder.MarkerFile}",
        };
    }

    /// <summary>
    /// The command line as the manifest records it: the data folder by its name, the rules by preset or
    /// file name, the output folder as &lt;out&gt; and no --force, so that the same run made from another
    /// folder records the same command. run.log has the command line as typed.
    /// </summary>
    public static IReadOnlyList<string> ReproducibleCommand(string dataFolder, string rulesName, LoadedRules rules, string? to)
    {
        var command = new List<string>
        {
            "run",
            "--data", Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataFolder))),
            "--rules", rules.Source.StartsWith("preset:", StringComparison.Ordinal) ? rulesName : Path.GetFileName(rulesName),
            "--out", "<out>",
        };
        if (to is not null)
            command.AddRange(["--to", to]);
        return command;
    }
}
