using System.Globalization;
using System.Text;
using Selection.Core.Rules;

namespace Selection.IO.Rules;

/// <summary>
/// Writes rules as a format-2 file (<c>selection rules upgrade</c>), in the presets' layout: one key per line,
/// the spread and each indicator on one line, every key written out (format 2 has no defaults), numbers as
/// the file gave them (<c>15.0</c> stays <c>15.0</c>). Reading the text back gives the same rules.
/// </summary>
public static class RulesWriter
{
    public static string Write(SelectionRules rules)
    {
        var b = new StringBuilder();
        b.Append("{\n");
        void Key(string key, string json, bool last = false) => b.Append("  ").Append(Text(key)).Append(": ").Append(json).Append(last ? "\n" : ",\n");
        Key("name", Text(rules.Name));
        Key("version", RulesReader.FormatVersion.ToString(CultureInfo.InvariantCulture));
        Key("provenance", Text(rules.Provenance));
        Key("kommuneStructure", Integer(rules.KommuneStructure));
        if (rules.LastSchoolYear is { } last)
            Key("lastSchoolYear", Text(last.ToString()));
        Key("windowYears", Integer(rules.WindowYears));
        Key("nationalLimit", Text(RulesReader.NationalLimitKeywords[rules.NationalLimit]));
        Key("includePrivateSchools", rules.IncludePrivateSchools ? "true" : "false");
        if (rules.SchoolRegister is { } register)
            Key("schoolRegister", $"{{ \"excludeSpecialSchools\": {Word(register.ExcludeSpecialSchools)}, \"excludeInactive\": {Word(register.ExcludeInactive)}, \"excludeOutsideGrunnskole\": {Word(register.ExcludeOutsideGrunnskole)} }}");
        Key("minPossiblePoints", Integer(rules.MinPossiblePoints));
        Key("minKommunePossiblePoints", Integer(rules.MinKommunePossiblePoints));
        if (rules.KommuneValues != Core.Rules.KommuneValueSource.Computed)
            Key("kommuneValues", Text(RulesReader.KommuneValueKeywords[rules.KommuneValues]));
        Key("topShare", Number(rules.TopShare));
        Key("route1Count", Integer(rules.Route1Count));
        Key("route2Max", Integer(rules.Route2Max));
        Key("spread", $"{{ \"measure\": {Text(RulesReader.MeasureKeywords[rules.Spread.Measure])}, \"threshold\": {Number(rules.Spread.Threshold)} }}");
        if (rules.NoiseSd.Count > 0)
            Key("noise", "{ \"sd\": { " + string.Join(", ", rules.NoiseSd.OrderBy(p => p.Key.Order).Select(p => $"{Text(p.Key.Code)}: {Number(p.Value)}")) + " } }");
        if (rules.Participants is { } participants)
            Key("participants", $"{{ \"leaveOut\": true, \"periodYears\": {Integer(participants.PeriodYears)} }}");
        b.Append("  \"indicators\": [\n");
        for (var i = 0; i < rules.Indicators.Count; i++)
        {
            var r = rules.Indicators[i];
            b.Append("    { \"code\": ").Append(Text(r.Indicator.Code))
                .Append(", \"betterIs\": ").Append(Text(r.BetterIs == Core.BetterIs.Higher ? "higher" : "lower"))
                .Append(", \"weight\": ").Append(Integer(r.Weight))
                .Append(", \"floor\": ").Append(Floor(r.Floors))
                .Append(i < rules.Indicators.Count - 1 ? " },\n" : " }\n");
        }
        b.Append("  ]\n}\n");
        return b.ToString();
    }

    private static string Word(bool value) => value ? "true" : "false";

    private static string Floor(FloorSchedule floors) => floors.IsConstant
        ? Number(floors.Periods[0].Value)
        : "[" + string.Join(", ", floors.Periods.Select(p =>
            "{ " + string.Join(", ", new[]
            {
                p.From is { } f ? $"\"from\": {Text(f.ToString())}" : null,
                p.Until is { } u ? $"\"until\": {Text(u.ToString())}" : null,
                $"\"value\": {Number(p.Value)}",
            }.OfType<string>()) + " }")) + "]";

    /// <summary>A JSON string that keeps æ, ø and å as they are: only quotes, backslashes and control characters escaped.</summary>
    private static string Text(string value)
    {
        var b = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
            b.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return b.Append('"').ToString();
    }

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
