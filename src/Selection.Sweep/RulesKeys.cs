using System.Text;
using System.Text.Json.Nodes;
using Selection.Core.Rules;
using Selection.IO.Rules;

namespace Selection.Sweep;

/// <summary>
/// Rules with keys set to other values (<c>topShare</c> 0.3, <c>floor.GSP</c> 36): pure, and checked exactly as a
/// rules file is. The rules are written as a format-2 file (<see cref="RulesWriter"/>, which reads back as the same
/// rules), the keys are set in that JSON, and the text is read by <see cref="RulesReader"/>: so a value the reader
/// would refuse in a file (topShare 0, a weight of 101, a floor outside the indicator's scale) is refused here with
/// the reader's own message naming the key, and no path can make rules the engine cannot run on.
/// </summary>
/// <remarks>
/// The result is format 2 (<see cref="SelectionRules.Version"/> 2) whatever the input's format: the meaning is the
/// same (format 1's one default, <c>minKommunePossiblePoints</c>, is written out), and the engine does not read the
/// version. Every other key is kept.
/// </remarks>
public static class RulesKeys
{
    /// <summary>How the varied rules are named as a source in the reader's problems.</summary>
    public const string Source = "--vary";

    /// <summary>
    /// <paramref name="rules"/> with each key of <paramref name="settings"/> set to its value; or <c>null</c> and
    /// why not: the reader's problems, or a key the rules do not have (an indicator they do not use, a floor by
    /// period without a school year, one floor set twice).
    /// </summary>
    public static (SelectionRules? Rules, IReadOnlyList<string> Problems) Apply(SelectionRules rules, IReadOnlyList<(SweepKey Key, decimal Value)> settings, SweepTexts t)
    {
        var json = JsonNode.Parse(RulesWriter.Write(rules))!.AsObject();
        var set = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (key, value) in settings)
        {
            var (node, name, problem) = Place(rules, json, key, t);
            if (problem is not null)
            {
                problems.Add(problem);
                continue;
            }
            if (!set.Add(node!.GetPath() + "." + name))
            {
                problems.Add(t.KeyTwice(key.Name));
                continue;
            }
            node![name!] = key.IsWhole ? JsonValue.Create(decimal.Truncate(value)) : JsonValue.Create(value);
        }
        if (problems.Count > 0)
            return (null, problems);
        var (read, readProblems) = RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), Source);
        return read is null
            ? (null, readProblems.Where(p => p.IsError).Select(p => p.Message).ToArray())
            : (read, []);
    }

    /// <summary>Why <paramref name="rules"/> have no <paramref name="key"/> to set (an indicator they do not use, a floor by period without a school year), or <c>null</c>.</summary>
    public static string? Check(SelectionRules rules, SweepKey key, SweepTexts t) =>
        Place(rules, JsonNode.Parse(RulesWriter.Write(rules))!.AsObject(), key, t).Problem;

    /// <summary>The JSON object and property that hold <paramref name="key"/>, or why the rules have no such key.</summary>
    private static (JsonObject? Node, string? Name, string? Problem) Place(SelectionRules rules, JsonObject json, SweepKey key, SweepTexts t)
    {
        switch (key.Kind)
        {
            case SweepKeyKind.TopShare: return (json, "topShare", null);
            case SweepKeyKind.SpreadThreshold: return (json["spread"]!.AsObject(), "threshold", null);
            case SweepKeyKind.Route1Count: return (json, "route1Count", null);
            case SweepKeyKind.Route2Max: return (json, "route2Max", null);
            case SweepKeyKind.MinPossiblePoints: return (json, "minPossiblePoints", null);
            case SweepKeyKind.MinKommunePossiblePoints: return (json, "minKommunePossiblePoints", null);
        }
        // An indicator's key: the writer writes the indicators in the rules' order.
        var index = rules.Indicators.ToList().FindIndex(r => r.Indicator == key.Indicator);
        if (index < 0)
            return (null, null, t.IndicatorNotUsed(key.Name, key.Indicator!.Code));
        var indicator = json["indicators"]![index]!.AsObject();
        if (key.Kind == SweepKeyKind.Weight)
            return (indicator, "weight", null);
        var floors = rules.Indicators[index].Floors;
        if (floors.IsConstant)
            return (indicator, "floor", null);
        if (key.Year is not { } year)
        {
            var example = floors.Periods[^1].From!.Value;
            return (null, null, t.FloorByPeriod(key.Name, key.Indicator!.Code, t.Periods(floors), example.ToString()));
        }
        var period = floors.Periods.ToList().FindIndex(p => p.Holds(year));
        return (indicator["floor"]![period]!.AsObject(), "value", null);
    }
}
