using System.CommandLine;
using Selection.Core;
using Selection.Core.Stability;
using Selection.IO.Reference;
using Selection.Stability;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection stability</c> (issue 13): the whole selection on replicate data sets drawn around the observed
/// values, and how often each school was flagged and each kommune taken.
/// </summary>
public static class StabilityCommand
{
    /// <summary>The decimals replicate values are drawn at: six, finer than any published value.</summary>
    public const int DrawScale = 6;

    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var data = new Option<string>("--data") { Description = texts.RunData, HelpName = texts.FolderName, Required = true };
        var rules = new Option<string>("--rules") { Description = texts.RunRules, HelpName = texts.RulesName, Required = true };
        var @out = new Option<string>("--out") { Description = texts.StabilityOut, HelpName = texts.FolderName, Required = true };
        var replicates = new Option<int>("--replicates") { Description = texts.StabilityReplicates, HelpName = texts.NumberName, DefaultValueFactory = _ => 10_000 };
        replicates.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > 1_000_000)
                result.AddError(texts.StabilityReplicatesRange(value));
        });
        var seed = new Option<int>("--seed") { Description = texts.StabilitySeed, HelpName = texts.NumberName, DefaultValueFactory = _ => 1 };
        var to = new Option<string?>("--to") { Description = texts.RunTo, HelpName = texts.SchoolYearName }.WithDefault(texts.RunToDefault);
        var force = RunCommand.ForceOption("stability", texts);
        var verbose = RunCommand.VerboseOption(texts);
        var command = new Command("stability", texts.StabilityDescription) { data, rules, @out, replicates, seed, to, force, verbose };
        command.SetAction(parsed => Execute(
            parsed.GetRequiredValue(data),
            parsed.GetRequiredValue(rules),
            parsed.GetRequiredValue(@out),
            parsed.GetValue(replicates),
            parsed.GetValue(seed),
            parsed.GetValue(to),
            parsed.GetValue(force),
            output,
            error,
            texts,
            RunCommand.NewProgress(error, parsed.GetValue(verbose), texts)));
        return command;
    }

    public static int Execute(string dataFolder, string rulesName, string outFolder, int replicates, int seed, string? to, bool force, TextWriter output, TextWriter error, Texts texts, Progress? progress = null)
    {
        progress ??= Progress.Quiet;
        if (!RunCommand.TryParseTo(to, error, texts, out var lastYear))
            return ExitCodes.UsageError;
        var (target, outCode) = CommandOutput.Open(RunCommand.OutputRequestOf("stability", dataFolder, rulesName, outFolder, force), error, texts);
        if (target is null)
            return outCode;
        using (target)
        {
            if (RunCommand.Select(dataFolder, rulesName, lastYear, progress, error, texts) is not { } selected)
                return ExitCodes.InputError;
            var (loadedRules, data, _, observed) = selected;
            var (model, _) = SelectionEngine.Prepare(data.Input, loadedRules.Rules, ReferenceTables.History, observed.LastYear, DrawScale);
            // The rules' noise.sd where they give one, the documented defaults for the rest.
            var pupilSd = NoiseDefaults.PupilSd.ToDictionary(p => p.Key, p => loadedRules.Rules.NoiseSd.GetValueOrDefault(p.Key, p.Value));
            var noise = NoiseModel.For(model!, pupilSd);
            var counts = progress.Counted(texts.StabilityPhase(replicates), replicates, step => StabilityAnalysis.Run(noise, replicates, seed, replicateDone: _ => step()));
            var summary = StabilitySummary.Lines(observed, noise, counts, seed, texts.Language);
            var command = RunCommand.ReproducibleCommand("stability", dataFolder, rulesName, loadedRules, to, afterOut:
            [
                "--replicates", replicates.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ]);
            var written = progress.Phase(texts.PhaseWriteOutput, () => target.Write(folder =>
                StabilityWriter.Write(folder, observed, noise, counts, seed, pupilSd, summary, data, loadedRules, command)));
            progress.Done();
            if (written != ExitCodes.Success)
                return written;
            target.Print(output, [
                .. summary,
                texts.OutputLine(target.Target),
                texts.StabilityOutputTables(StabilityTables.SchoolsTable, StabilityTables.KommunerTable),
            ]);
        }
        return ExitCodes.Success;
    }
}
