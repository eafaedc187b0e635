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
            if (r.LastSchoolYear is { } last)
                output.WriteLine(texts.RulesLastSchoolYear(last, string.Join(", ", r.WindowEndingAt(last))));
            output.WriteLine(texts.RulesIndicators(r.Indicators.Count, string.Join(", ", r.Indicators.Select(i => texts.RulesIndicator(i.Indicator, i.Weight, Floors(i.Floors, texts))))));
            foreach (var (key, value) in RulesReader.LaterKeyDefaults.Where(k => rules.UsesDefault(k.Key)))
                output.WriteLine(texts.RulesKeyDefault(key, value));
            return ExitCodes.Success;
        });

        var upgradeArgument = new Argument<string>("rules") { Description = texts.RulesUpgradeArgument, HelpName = texts.RulesName };
        var upgradeOut = new Option<string?>("--out") { Description = texts.RulesUpgradeOut, HelpName = texts.RulesFileName };
        var upgrade = new Command("upgrade", texts.RulesUpgradeDescription) { upgradeArgument, upgradeOut };
        upgrade.SetAction(parsed =>
        {
            var (rules, problems) = RulesReader.Load(parsed.GetRequiredValue(upgradeArgument));
            if (rules is null)
            {
                IO.Validation.ValidationReportWriter.WriteProblems(error, problems);
                return ExitCodes.InputError;
            }
            var text = RulesWriter.Write(rules.Rules);
            if (parsed.GetValue(upgradeOut) is not { } target)
            {
                output.Write(text);
                return ExitCodes.Success;
            }
            // A new file only, never one that exists (it may be the file just read); written whole or not at all.
            var full = Path.GetFullPath(target);
            if (File.Exists(full) || Directory.Exists(full))
            {
                error.WriteLine(texts.Error(texts.RulesUpgradeExists(full)));
                return ExitCodes.OutputError;
            }
            var temporary = full + $".{Environment.ProcessId}.tmp";
            try
            {
                File.WriteAllText(temporary, text, new UTF8Encoding(false));
                File.Move(temporary, full, overwrite: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (IOException)
                {
                    // the message below says what went wrong; a leftover temporary file is named in it
                }
                error.WriteLine(texts.Error(texts.RulesUpgradeCannot(full, e.Message)));
                return ExitCodes.OutputError;
            }
            output.WriteLine(texts.RulesUpgradeWrote(full, rules.Rules.Version, RulesReader.FormatVersion));
            return ExitCodes.Success;
        });

        var schema = new Command("schema", texts.RulesSchemaDescription);
        schema.SetAction(_ =>
        {
            output.Write(Encoding.UTF8.GetString(RulesReader.SchemaContent()));
            return ExitCodes.Success;
        });

        return new Command("rules", texts.RulesDescription) { list, show, check, upgrade, schema };
    }

    /// <summary>An indicator's floor as <c>rules check</c> says it: <c>15.0</c>, or <c>35 til og med 2021-22, 40 fra 2022-23</c>.</summary>
    private static string Floors(Core.Rules.FloorSchedule floors, Texts texts) => string.Join(", ", floors.Periods.Select(p => p switch
    {
        { From: null, Until: null } => Number(p.Value),
        { From: null, Until: { } u } => texts.RulesFloorUntil(Number(p.Value), u),
        { From: { } f, Until: null } => texts.RulesFloorFrom(Number(p.Value), f),
        { From: { } f, Until: { } u } => texts.RulesFloorBetween(Number(p.Value), f, u),
    }));

    private static string Number(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
