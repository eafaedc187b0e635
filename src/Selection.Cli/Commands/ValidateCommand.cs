using System.CommandLine;
using Selection.IO.Input;
using Selection.IO.Reference;
using Selection.IO.Rules;
using Selection.IO.Validation;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection validate</c>: checks a data folder (and rules, when given) and reports every problem
/// at once, grouped, with a summary of what the data holds. Exit 0 when usable (warnings allowed), 1 on errors.
/// </summary>
public static class ValidateCommand
{
    public const int ProblemsPerKindInText = 50;

    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var data = new Option<string>("--data") { Description = texts.ValidateData, HelpName = texts.FolderName, Required = true };
        var rules = new Option<string?>("--rules") { Description = texts.ValidateRules, HelpName = texts.RulesName }.WithDefault(texts.ValidateRulesDefault);
        var format = new Option<string>("--format") { Description = texts.ValidateFormat, HelpName = "text|json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var verbose = RunCommand.VerboseOption(texts);
        var command = new Command("validate", texts.ValidateDescription) { data, rules, format, verbose };
        command.SetAction(parsed => Execute(parsed.GetRequiredValue(data), parsed.GetValue(rules), parsed.GetValue(format) ?? "text", output, texts, RunCommand.NewProgress(error, parsed.GetValue(verbose), texts)));
        return command;
    }

    public static int Execute(string dataFolder, string? rulesName, string format, TextWriter output, Texts texts, Progress? progress = null)
    {
        progress ??= Progress.Quiet;
        LoadedRules? loaded = null;
        IReadOnlyList<Core.Problem> rulesProblems = [];
        if (rulesName is not null)
            (loaded, rulesProblems) = progress.Phase(texts.PhaseReadRules, () => RulesReader.Load(rulesName));

        ReferenceTables.LoadBeside();
        var data = progress.Phase(texts.PhaseReadData, () => DataSetReader.Read(dataFolder));
        var report = progress.Phase(texts.PhaseCheckData, () => DataSetValidator.Validate(data, ReferenceTables.History, loaded?.Rules));
        progress.Done();
        report = report with { Problems = [.. rulesProblems, .. report.Problems] };

        if (format == "json")
        {
            using var buffer = new MemoryStream();
            ValidationReportWriter.WriteJson(buffer, report, loaded?.Rules);
            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            ValidationReportWriter.WriteText(output, report, loaded?.Rules, ProblemsPerKindInText);
        }
        return report.HasErrors ? ExitCodes.InputError : ExitCodes.Success;
    }
}
