using System.CommandLine;
using Selection.Core;
using Selection.Excel;
using Selection.IO.Input;
using Selection.IO.Output;
using Selection.IO.Reference;
using Selection.IO.Rules;
using Selection.IO.Validation;
using Selection.Panel;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection panel</c> (issue 12, item 3): one selection per window end from <c>--from</c> to <c>--to</c>, each a
/// full run folder under <c>--out</c>, with the panel's tables and a summary of how persistent the selection is.
/// </summary>
public static class PanelCommand
{
    /// <summary>The <c>--rules</c> value that gives each round its own preset, <c>runde-&lt;year&gt;</c>.</summary>
    public const string EachRoundsPreset = "runder";

    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var data = new Option<string>("--data") { Description = texts.RunData, HelpName = texts.FolderName, Required = true };
        var rules = new Option<string>("--rules") { Description = texts.PanelRules(EachRoundsPreset), HelpName = texts.RulesName, Required = true };
        var from = new Option<string>("--from") { Description = texts.PanelFrom, HelpName = texts.SchoolYearName, Required = true };
        var to = new Option<string>("--to") { Description = texts.PanelTo, HelpName = texts.SchoolYearName, Required = true };
        var @out = new Option<string>("--out") { Description = texts.PanelOut, HelpName = texts.FolderName, Required = true };
        var carry = new Option<bool>("--carry-participants") { Description = texts.PanelCarry };
        var force = RunCommand.ForceOption("panel", texts);
        var verbose = RunCommand.VerboseOption(texts);
        var command = new Command("panel", texts.PanelDescription) { data, rules, from, to, @out, carry, force, verbose };
        command.SetAction(parsed => Execute(
            parsed.GetRequiredValue(data),
            parsed.GetRequiredValue(rules),
            parsed.GetRequiredValue(from),
            parsed.GetRequiredValue(to),
            parsed.GetRequiredValue(@out),
            parsed.GetValue(carry),
            parsed.GetValue(force),
            output,
            error,
            texts,
            RunCommand.NewProgress(error, parsed.GetValue(verbose), texts)));
        return command;
    }

    public static int Execute(string dataFolder, string rulesName, string fromText, string toText, string outFolder, bool carryParticipants, bool force, TextWriter output, TextWriter error, Texts texts, Progress? progress = null)
    {
        progress ??= Progress.Quiet;
        var started = TimeProvider.System.GetUtcNow();
        var from = SchoolYear.Parse(fromText);
        var to = SchoolYear.Parse(toText);
        if (!from.Success || !to.Success)
        {
            error.WriteLine(texts.Error(!from.Success ? "--from: " + from.Error : "--to: " + to.Error));
            return ExitCodes.UsageError;
        }
        if (from.Value > to.Value)
        {
            error.WriteLine(texts.Error(texts.PanelFromAfterTo(from.Value, to.Value)));
            return ExitCodes.UsageError;
        }
        var ends = Enumerable.Range(from.Value.StartYear, to.Value.StartYear - from.Value.StartYear + 1).Select(y => new SchoolYear(y)).ToArray();

        var (target, outCode) = CommandOutput.Open(RunCommand.OutputRequestOf("panel", dataFolder, rulesName, outFolder, force), error, texts);
        if (target is null)
            return outCode;
        using (target)
        {
            // The rules of each round: one file or preset for all, or each round's own preset.
            var rulesOf = new Dictionary<SchoolYear, LoadedRules>();
            var rulesNameOf = new Dictionary<SchoolYear, string>();
            var byName = new Dictionary<string, LoadedRules>(StringComparer.Ordinal);
            var loaded = progress.Phase(texts.PhaseReadRules, () =>
            {
                foreach (var end in ends)
                {
                    var name = rulesName == EachRoundsPreset ? $"runde-{end.StartYear + 2}" : rulesName;
                    if (rulesName == EachRoundsPreset && RulesReader.PresetContent(name) is null)
                    {
                        error.WriteLine(texts.Error(texts.PanelNoRoundPreset(end, name, string.Join(", ", RulesReader.PresetNames.Where(p => p.StartsWith("runde-", StringComparison.Ordinal))))));
                        return false;
                    }
                    if (!byName.TryGetValue(name, out var rules))
                    {
                        var (read, problems) = RulesReader.Load(name);
                        if (read is null)
                        {
                            error.WriteLine(texts.RunRulesCannotBeUsed(name));
                            ValidationReportWriter.WriteProblems(error, problems);
                            return false;
                        }
                        byName[name] = rules = read;
                    }
                    rulesOf[end] = rules;
                    rulesNameOf[end] = name;
                }
                return true;
            });
            if (!loaded)
                return ExitCodes.InputError;

            var data = progress.Phase(texts.PhaseReadData, () => DataSetReader.Read(dataFolder));
            var reports = new Dictionary<LoadedRules, ValidationReport>();
            foreach (var rules in rulesOf.Values.Distinct())
            {
                var report = progress.Phase(texts.PhaseCheckData, () => DataSetValidator.Validate(data, ReferenceTables.History, rules.Rules));
                if (report.HasErrors)
                {
                    error.WriteLine(texts.RunDataHasErrors(dataFolder, texts.Errors(report.Errors)));
                    ValidationReportWriter.WriteProblems(error, report.Problems, RunCommand.ProblemsPerKind);
                    return ExitCodes.InputError;
                }
                reports[rules] = report;
            }

            var rounds = new List<PanelRound>();
            var carried = new List<Core.Data.Participant>();
            foreach (var end in ends)
            {
                // With --carry-participants, each round's taken kommuner join the data's deltakere for the rounds after it.
                var input = carried.Count == 0 ? data.Input : data.Input with { Participants = [.. data.Input.KommunerInScheme, .. carried] };
                var outcome = progress.Phase(texts.PanelPhaseScore(end), () => SelectionEngine.Run(input, rulesOf[end].Rules, ReferenceTables.History, end));
                if (!outcome.Succeeded)
                {
                    error.WriteLine(texts.PanelRoundCannotBeMade(end));
                    ValidationReportWriter.WriteProblems(error, outcome.Problems, RunCommand.ProblemsPerKind);
                    return ExitCodes.InputError;
                }
                rounds.Add(new PanelRound(end, rulesOf[end], outcome.Result!));
                if (carryParticipants)
                    carried.AddRange(outcome.Result!.Kommuner.Where(k => PanelRound.Taken(k, rulesOf[end].Rules))
                        .Select(k => new Core.Data.Participant(k.Kommune.Nummer, Core.Rules.ParticipantRule.RoundOf(end), new Core.Origin($"{end}/{RunWriter.KommunerTable}.csv", 0))));
            }

            var summary = PanelSummary.Lines(rounds, ReferenceTables.History, texts.Language);
            var command = PanelCommandLine(dataFolder, rulesName, rulesOf[ends[0]], fromText, toText, carryParticipants);
            var written = progress.Phase(texts.PhaseWriteOutput, () => target.Write(folder =>
            {
                foreach (var round in rounds)
                {
                    var rules = round.Rules;
                    var notices = new RunNotices(
                        rules.Rules.IsIllustrative,
                        rules.Rules.Name,
                        rules.Rules.Provenance,
                        data.Info.Synthetic,
                        data.Info.Name ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataFolder))));
                    var runFolder = Path.Combine(folder, round.Folder);
                    Directory.CreateDirectory(runFolder);
                    // A normal run folder, marker included: `run --out <panel>/<end> --force` may replace it.
                    File.WriteAllText(Path.Combine(runFolder, OutputFolder.MarkerFile), OutputFolder.MarkerText("run"));
                    var runSummary = RunSummary.Lines(round.Result, data, rules, notices, Shortlists.Statsforvaltere(round.Result).Count, reports[rules].Warnings, texts.Language);
                    RunWriter.Write(runFolder, round.Result, notices, runSummary, data, rules,
                        RunCommand.ReproducibleCommand(dataFolder, rulesNameOf[round.End], rules, round.End.ToString()), [ShortlistWorkbook.Instance], AnalystWorkbookXlsx.Instance,
                        new Selection.Report.RunReportWriter(texts.Language));
                    RunLog.Write(runFolder, started, TimeProvider.System.GetUtcNow(), Environment.GetCommandLineArgs(), dataFolder, outFolder);
                }
                PanelWriter.Write(folder, rounds, summary, data, command, ReferenceTables.History);
            }));
            progress.Done();
            if (written != ExitCodes.Success)
                return written;
            var full = target.Target;
            target.Print(output, [
                .. summary,
                texts.OutputLine(full),
                texts.PanelOutputRounds(string.Join(", ", rounds.Select(r => r.Folder + Path.DirectorySeparatorChar))),
                texts.PanelOutputTables(PanelTables.SchoolsTable, PanelTables.KommunerTable),
            ]);
        }
        return ExitCodes.Success;
    }

    /// <summary>The panel's command line as its manifest records it (like a run's: no paths, no --force).</summary>
    private static IReadOnlyList<string> PanelCommandLine(string dataFolder, string rulesName, LoadedRules rules, string from, string to, bool carry) =>
    [
        "panel",
        "--data", Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataFolder))),
        "--rules", rulesName == EachRoundsPreset || rules.Source.StartsWith("preset:", StringComparison.Ordinal) ? rulesName : Path.GetFileName(rulesName),
        "--from", from, "--to", to,
        "--out", "<out>",
        .. carry ? new[] { "--carry-participants" } : [],
    ];
}
