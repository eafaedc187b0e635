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
    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var list = new Command("list", texts.RulesListDescription);
        list.SetAction(_ =>
        {
            foreach (var name in RulesReader.PresetNames)
            {
                var (rules, _) = RulesReader.Load(name);
                output.WriteLine($"{name,-14}{rules?.Rules.Name} — {rules?.Rules.Provenance}");
            }
            return ExitCodes.Success;
        });

        var nameArgument = new Argument<string>("name") { Description = texts.RulesShowArgument, HelpName = texts.PresetName };
        var show = new Command("show", texts.RulesShowDescription) { nameArgument };
        show.SetAction(parsed =>
        {
            var name = parsed.GetRequiredValue(nameArgument);
            var content = RulesReader.PresetContent(name);
            if (content is null)
            {
                error.WriteLine(texts.Error(texts.RulesNoPreset(name, string.Join(", ", RulesReader.PresetNames))));
                return ExitCodes.UsageError;
            }
            output.Write(Encoding.UTF8.GetString(content));
            return ExitCodes.Success;
        });

        var fileArgument = new Argument<string>("rules") { Description = texts.RulesCheckArgument, HelpName = texts.RulesName };
        var check = new Command("check", texts.RulesCheckDescription) { fileArgument };
        check.SetAction(parsed =>
        {
            var (rules, problems) = RulesReader.Load(parsed.GetRequiredValue(fileArgument));
            if (rules is null)
            {
                IO.Validation.ValidationReportWriter.WriteProblems(error, problems);
                return ExitCodes.InputError;
            }
            var r = rules.Rules;
            output.WriteLine(r.IsIllustrative ? texts.RulesValidIllustrative(r.Name, r.Version) : texts.RulesValidOfficial(r.Name, r.Version));
            output.WriteLine(texts.RulesIndicators(r.Indicators.Count, string.Join(", ", r.Indicators.Select(i => texts.RulesIndicator(i.Indicator, i.Weight, i.Floor)))));
            foreach (var (key, value) in RulesReader.LaterKeyDefaults.Where(k => rules.UsesDefault(k.Key)))
                output.WriteLine(texts.RulesKeyDefault(key, value));
            return ExitCodes.Success;
        });

        return new Command("rules", texts.RulesDescription) { list, show, check };
    }
}
