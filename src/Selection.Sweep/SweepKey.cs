using Selection.Core;
using Selection.Core.Rules;

namespace Selection.Sweep;

/// <summary>The rules keys a sweep can vary.</summary>
public enum SweepKeyKind
{
    /// <summary><c>topShare</c>: the flagged share of rankable schools.</summary>
    TopShare,

    /// <summary><c>spread.threshold</c>: the level route 2's spread must be strictly above.</summary>
    SpreadThreshold,

    /// <summary><c>route1Count</c>: route 1's cut (a whole number).</summary>
    Route1Count,

    /// <summary><c>route2Max</c>: how many route-2 candidates are taken (a whole number).</summary>
    Route2Max,

    /// <summary><c>minPossiblePoints</c>: a school's possible points to be rankable (a whole number).</summary>
    MinPossiblePoints,

    /// <summary><c>minKommunePossiblePoints</c>: a kommune's possible points to be ranked on route 1 (a whole number).</summary>
    MinKommunePossiblePoints,

    /// <summary><c>floor.&lt;CODE&gt;</c> or <c>floor.&lt;CODE&gt;@&lt;skoleår&gt;</c>: an indicator's absolute floor.</summary>
    Floor,

    /// <summary><c>weight.&lt;CODE&gt;</c>: an indicator's weight (a whole number).</summary>
    Weight,
}

/// <summary>
/// One rules key a sweep varies (<c>--vary &lt;key&gt;=…</c>), as the rules file names it: <c>topShare</c>,
/// <c>spread.threshold</c>, <c>route1Count</c>, <c>route2Max</c>, <c>minPossiblePoints</c>,
/// <c>minKommunePossiblePoints</c>, <c>floor.GSP</c>, <c>floor.NP5_LES_MN1@2022-23</c>, <c>weight.GSP</c>.
/// </summary>
/// <remarks>
/// A floor is an indicator's one floor (<c>floor.GSP</c>); where the rules give the indicator floors by
/// school year (format 2: a series whose scale changed), the key must name a school year
/// (<c>floor.NP5_LES_MN1@2022-23</c>) and varies the floor of the period holding that year, leaving the other
/// periods as they are. A floor across a scale change is two different measures, so one value for all periods
/// is never guessed (see docs/decisions.md).
/// </remarks>
public sealed record SweepKey(SweepKeyKind Kind, Indicator? Indicator = null, SchoolYear? Year = null)
{
    /// <summary>The keys without an indicator, by their name in a rules file.</summary>
    private static readonly IReadOnlyDictionary<string, SweepKeyKind> Simple = new Dictionary<string, SweepKeyKind>(StringComparer.Ordinal)
    {
        ["topShare"] = SweepKeyKind.TopShare,
        ["spread.threshold"] = SweepKeyKind.SpreadThreshold,
        ["route1Count"] = SweepKeyKind.Route1Count,
        ["route2Max"] = SweepKeyKind.Route2Max,
        ["minPossiblePoints"] = SweepKeyKind.MinPossiblePoints,
        ["minKommunePossiblePoints"] = SweepKeyKind.MinKommunePossiblePoints,
    };

    private const string FloorPrefix = "floor.";
    private const string WeightPrefix = "weight.";

    /// <summary>The key as a rules file and the outputs name it (<c>floor.GSP</c>, <c>floor.NP5_LES_MN1@2022-23</c>).</summary>
    public string Name => Kind switch
    {
        SweepKeyKind.Floor => FloorPrefix + Indicator!.Code + (Year is { } y ? "@" + y : ""),
        SweepKeyKind.Weight => WeightPrefix + Indicator!.Code,
        _ => Simple.First(p => p.Value == Kind).Key,
    };

    /// <summary>Whether the key takes whole numbers only (counts and weights).</summary>
    public bool IsWhole => Kind is SweepKeyKind.Route1Count or SweepKeyKind.Route2Max or SweepKeyKind.MinPossiblePoints
        or SweepKeyKind.MinKommunePossiblePoints or SweepKeyKind.Weight;

    /// <summary>
    /// The key's value in <paramref name="rules"/>, or <c>null</c> where it has none (an indicator the rules do not
    /// use; a floor by period without a school year).
    /// </summary>
    public decimal? ValueIn(SelectionRules rules) => Kind switch
    {
        SweepKeyKind.TopShare => rules.TopShare,
        SweepKeyKind.SpreadThreshold => rules.Spread.Threshold,
        SweepKeyKind.Route1Count => rules.Route1Count,
        SweepKeyKind.Route2Max => rules.Route2Max,
        SweepKeyKind.MinPossiblePoints => rules.MinPossiblePoints,
        SweepKeyKind.MinKommunePossiblePoints => rules.MinKommunePossiblePoints,
        SweepKeyKind.Weight => rules.RuleFor(Indicator!)?.Weight,
        SweepKeyKind.Floor => rules.RuleFor(Indicator!) is not { } rule ? null
            : Year is { } year ? rule.FloorIn(year)
            : rule.Floors.IsConstant ? rule.Floors.Periods[0].Value
            : null,
        _ => null,
    };

    /// <summary>
    /// Parses a key as <c>--vary</c> gives it. Key names are matched exactly, like a rules file's (a key in
    /// another case gets a "did you mean"); indicator codes in any case, like everywhere else.
    /// </summary>
    public static ParseResult<SweepKey> Parse(string text, SweepTexts t)
    {
        if (Simple.TryGetValue(text, out var kind))
            return ParseResult<SweepKey>.Ok(new SweepKey(kind));
        if (text.StartsWith(WeightPrefix, StringComparison.Ordinal))
        {
            if (text.Contains('@', StringComparison.Ordinal))
                return ParseResult<SweepKey>.Fail(t.KeyIndicator(text, t.WeightNoYear));
            var code = Indicator.Parse(text[WeightPrefix.Length..]);
            return code.Success
                ? ParseResult<SweepKey>.Ok(new SweepKey(SweepKeyKind.Weight, code.Value))
                : ParseResult<SweepKey>.Fail(t.KeyIndicator(text, code.Error!));
        }
        if (text.StartsWith(FloorPrefix, StringComparison.Ordinal))
        {
            var rest = text[FloorPrefix.Length..];
            var at = rest.IndexOf('@', StringComparison.Ordinal);
            var code = Indicator.Parse(at < 0 ? rest : rest[..at]);
            if (!code.Success)
                return ParseResult<SweepKey>.Fail(t.KeyIndicator(text, code.Error!));
            if (at < 0)
                return ParseResult<SweepKey>.Ok(new SweepKey(SweepKeyKind.Floor, code.Value));
            var year = SchoolYear.Parse(rest[(at + 1)..]);
            return year.Success
                ? ParseResult<SweepKey>.Ok(new SweepKey(SweepKeyKind.Floor, code.Value, year.Value))
                : ParseResult<SweepKey>.Fail(t.KeyIndicator(text, year.Error!));
        }
        var close = Simple.Keys.Concat([FloorPrefix.TrimEnd('.'), WeightPrefix.TrimEnd('.')])
            .FirstOrDefault(k => text.StartsWith(k, StringComparison.OrdinalIgnoreCase) && (text.Length == k.Length || text[k.Length] == '.'));
        return ParseResult<SweepKey>.Fail(close is not null && !text.StartsWith(close, StringComparison.Ordinal)
            ? t.KeyCase(text, close + text[close.Length..])
            : t.KeyUnknown(text, string.Join(", ", Simple.Keys) + ", " + t.IndicatorKeys));
    }

    public override string ToString() => Name;
}
