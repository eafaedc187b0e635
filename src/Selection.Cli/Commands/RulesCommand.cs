using System.CommandLine;
using System.Text;
using Selection.IO.Rules;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection rules</c>: the presets that ship with the engine, and a check of a rules file. A
/// researcher starts a rules file of their own from <c>selection rules show illustrativ</c>.
/// </summary>
public static class RulesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var list = new Command("list", "List the rules presets.");
        list.SetAction(_ =>
        {
            foreach (var name in RulesReader.PresetNames)
            {
                var (rules, _) = RulesReader.Load(name);
                output.WriteLine($"{name,-14}{rules?.Rules.Name} — {rules?.Rules.Provenance}");
            }
            return ExitCodes.Success;
        });

        var nameArgument = new Argument<string>("name") { Description = "The preset's name." };
        var show = new Command("show", "Print a preset's rules file, to copy and edit.") { nameArgument };
        show.SetAction(parsed =>
        {
            var name = parsed.GetRequiredValue(nameArgument);
            var content = RulesReader.PresetContent(name);
            if (content is null)
            {
                error.WriteLine($"error: no preset '{name}' (presets: {string.Join(", ", RulesReader.PresetNames)})");
                return ExitCodes.UsageError;
            }
            output.Write(Encoding.UTF8.GetString(content));
            return ExitCodes.Success;
        });

        var fileArgument = new Argument<string>("rules") { Description = "A rules file or preset name." };
        var check = new Command("check", "Check a rules file strictly and say what it sets.") { fileArgument };
        check.SetAction(parsed =>
        {
            var (rules, problems) = RulesReader.Load(parsed.GetRequiredValue(fileArgument));
            if (rules is null)
            {
                IO.Validation.ValidationReportWriter.WriteProblems(error, problems);
                return ExitCodes.InputError;
            }
            var r = rules.Rules;
            output.WriteLine($"{r.Name}: valid (format {r.Version}){(r.IsIllustrative ? ", ILLUSTRATIVE" : ", official")}");
            output.WriteLine($"  {r.Indicators.Count} indicators: {string.Join(", ", r.Indicators.Select(i => $"{i.Indicator} (weight {i.Weight}, floor {i.Floor})"))}");
            return ExitCodes.Success;
        });

        return new Command("rules", "Rules presets and rules files (DOMAIN §8).") { list, show, check };
    }
}
