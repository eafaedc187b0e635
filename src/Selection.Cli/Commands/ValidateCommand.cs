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

    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "The data folder to check.", Required = true };
        var rules = new Option<string?>("--rules") { Description = "A rules file or preset: checks it too, and checks kommuner in its structure (default 2024)." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var verbose = RunCommand.VerboseOption();
        var command = new Command("validate", "Check a data folder and report every problem, with file, line, column and the text found.") { data, rules, format, verbose };
        command.SetAction(parsed => Execute(parsed.GetRequiredValue(data), parsed.GetValue(rules), parsed.GetValue(format) ?? "text", output, new Progress(error, parsed.GetValue(verbose))));
        return command;
    }

    public static int Execute(string dataFolder, string? rulesName, string format, TextWriter output, Progress? progress = null)
    {
        progress ??= Progress.Quiet;
        LoadedRules? loaded = null;
        IReadOnlyList<Core.Problem> rulesProblems = [];
        if (rulesName is not null)
            (loaded, rulesProblems) = progress.Phase("read the rules", () => RulesReader.Load(rulesName));

        var data = progress.Phase("read the data folder", () => DataSetReader.Read(dataFolder));
        var report = progress.Phase("check the data", () => DataSetValidator.Validate(data, ReferenceTables.History, loaded?.Rules));
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
