using Selection.Core.Data;
using Selection.Core.Rules;

namespace Selection.Core;

/// <summary>
/// DOMAIN §3: the risk points of one observation. 3 when the value is worse than the absolute floor,
/// else 1 when it is worse than the national limit, else 0. Equal is not worse; values are compared
/// exactly as given.
/// </summary>
public static class RiskPoints
{
    public static int For(decimal value, decimal nationalLimit, IndicatorRule rule, SchoolYear year)
    {
        if (Indicator.IsWorse(value, rule.FloorIn(year), rule.BetterIs))
            return IndicatorRule.FloorPoints;
        if (Indicator.IsWorse(value, nationalLimit, rule.BetterIs))
            return IndicatorRule.LimitPoints;
        return 0;
    }
}

/// <summary>
/// One observation that counts in a school's share: its value against the limit and floor, and the
/// points it earned. The evidence behind every risk point. The observation is row <see cref="Row"/> of
/// <see cref="Table"/>, read from there: a country's evidence holds no second copy of its observations.
/// </summary>
public sealed record ScoredObservation(ObservationTable Table, int Row, IndicatorRule Rule, NationalLimit Limit, int Points)
{
    /// <summary>The observation, made for the asking (<see cref="ObservationTable.this[int]"/>).</summary>
    public Observation Observation => Table[Row];

    public decimal Value => Table.ValueAt(Row);

    public SchoolYear Year => Table.YearOf(Row);

    /// <summary>The pupils behind the value, when the data gave them.</summary>
    public int? Pupils => Table.PupilsOf(Row);

    /// <summary>Where the value was read.</summary>
    public Origin Origin => Table.OriginOf(Row);

    /// <summary>The absolute floor the value was held against: the rule's, in the observation's school year.</summary>
    public decimal Floor => Rule.FloorIn(Year);

    public int WeightedPoints => checked(Points * Rule.Weight);

    public int PossiblePoints => Rule.PossiblePoints;
}

/// <summary>Risk points summed over one indicator: which indicators weigh most in a kommune or school.</summary>
public sealed record IndicatorPoints(Indicator Indicator, long Points, long Possible)
{
    /// <summary>Sums weighted and possible points per indicator; most points first, then catalogue order.</summary>
    public static IReadOnlyList<IndicatorPoints> Sum(IEnumerable<(Indicator Indicator, int WeightedPoints, int PossiblePoints)> observations)
    {
        // Per indicator by its catalogue order: a kommune of a 100× country sums hundreds of thousands.
        var points = new long[Indicator.All.Count];
        var possible = new long[Indicator.All.Count];
        var seen = new bool[Indicator.All.Count];
        foreach (var (indicator, weighted, possiblePoints) in observations)
        {
            points[indicator.Order] += weighted;
            possible[indicator.Order] += possiblePoints;
            seen[indicator.Order] = true;
        }
        return Indicator.All
            .Where(i => seen[i.Order])
            .Select(i => new IndicatorPoints(i, points[i.Order], possible[i.Order]))
            .OrderByDescending(p => p.Points)
            .ThenBy(p => p.Indicator.Order)
            .ToArray();
    }
}
