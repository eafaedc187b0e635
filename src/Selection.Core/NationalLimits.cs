using Selection.Core.Data;
using Selection.Core.Rules;

namespace Selection.Core;

/// <summary>Where a national limit came from.</summary>
public enum LimitSource
{
    /// <summary>A <c>nasjonalt</c> row of the data set.</summary>
    NationalRow,

    /// <summary>The pupil-weighted mean of the included schools' values that have a pupil count.</summary>
    PupilWeightedMean,

    /// <summary>The unweighted mean of the included schools' values.</summary>
    SchoolMean,
}

/// <summary>
/// The national limit of one indicator in one school year, with what it rests on: the number of
/// school values and pupils behind a computed mean (zero for a national row).
/// </summary>
public sealed record NationalLimit(Indicator Indicator, SchoolYear Year, decimal Value, LimitSource Source, int Schools, long Pupils);

/// <summary>The national limits of a selection, and the indicator-years that have none.</summary>
public sealed class NationalLimitTable
{
    private readonly Dictionary<(Indicator, SchoolYear), NationalLimit> _limits;

    internal NationalLimitTable(IEnumerable<NationalLimit> limits, IReadOnlyList<(Indicator Indicator, SchoolYear Year)> missing)
    {
        _limits = limits.ToDictionary(l => (l.Indicator, l.Year));
        Missing = missing;
    }

    /// <summary>Every limit, in indicator then year order.</summary>
    public IReadOnlyList<NationalLimit> All =>
        _limits.Values.OrderBy(l => l.Indicator.Order).ThenBy(l => l.Year).ToArray();

    /// <summary>
    /// Indicator-years of the window for which there is no limit: no national row and nothing to
    /// compute a mean from. Observations there give neither points nor possible points.
    /// </summary>
    public IReadOnlyList<(Indicator Indicator, SchoolYear Year)> Missing { get; }

    public NationalLimit? For(Indicator indicator, SchoolYear year) =>
        _limits.TryGetValue((indicator, year), out var limit) ? limit : null;
}

/// <summary>
/// DOMAIN §3, "National limit": per indicator and school year, the national row when the rules let it
/// count, otherwise the mean of the schools the selection includes that year.
/// </summary>
public static class NationalLimits
{
    /// <param name="rules">Which indicators, and which mode.</param>
    /// <param name="window">The school years of the window.</param>
    /// <param name="observations">The observations of the data set.</param>
    /// <param name="includedRows">The rows of <paramref name="observations"/> of included schools in the window (any value, missing included), in the data's order.</param>
    /// <param name="nationalValues">The national rows of the data set.</param>
    public static NationalLimitTable Compute(
        SelectionRules rules,
        IReadOnlyList<SchoolYear> window,
        ObservationTable observations,
        IReadOnlyList<int> includedRows,
        IEnumerable<NationalValue> nationalValues)
    {
        var rows = nationalValues
            .GroupBy(n => (n.Indicator, n.Year))
            .ToDictionary(g => g.Key, g => g.First());
        // Per indicator and year, in one pass: the pupil-weighted sum, and the plain sum and count (in the data's
        // order, as the school mean always added them).
        // Only the rules' indicator-years in the window get a limit, and of those, with a nasjonalt row to give it, none
        // from the schools' values: the rows of the others are not summed (with a full nasjonalt table, no row is).
        var places = new IndicatorYearPlaces(window);
        var summed = new bool[places.Count];
        foreach (var rule in rules.Indicators)
            foreach (var year in window)
                summed[places.Of(rule.Indicator, year)] =
                    rules.NationalLimit != NationalLimitMode.DataOrPupilWeightedMean || !rows.ContainsKey((rule.Indicator, year));
        var sums = new Dictionary<(Indicator, SchoolYear), ValueSums>();
        var plainSums = rules.NationalLimit == NationalLimitMode.SchoolMean;
        foreach (var row in includedRows)
        {
            var place = places.Of(observations.IndicatorOf(row), observations.YearOf(row));
            if (place < 0 || !summed[place] || !observations.HasValueAt(row))
                continue;
            ref var sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, (observations.IndicatorOf(row), observations.YearOf(row)), out _);
            var value = observations.ValueAt(row);
            sum.Weighted.Add(value, observations.PupilsOf(row));
            if (plainSums)
                sum.Sum += value;
            sum.Count++;
        }

        var limits = new List<NationalLimit>();
        var missing = new List<(Indicator, SchoolYear)>();
        foreach (var rule in rules.Indicators)
        {
            foreach (var year in window)
            {
                var limit = LimitFor(rules.NationalLimit, rule.Indicator, year, rows, sums.GetValueOrDefault((rule.Indicator, year)));
                if (limit is null)
                    missing.Add((rule.Indicator, year));
                else
                    limits.Add(limit);
            }
        }
        return new NationalLimitTable(limits, missing);
    }

    /// <summary>The sums of one indicator-year's values.</summary>
    private struct ValueSums
    {
        public PupilWeightedSum Weighted;
        public decimal Sum;
        public int Count;
    }

    private static NationalLimit? LimitFor(
        NationalLimitMode mode,
        Indicator indicator,
        SchoolYear year,
        Dictionary<(Indicator, SchoolYear), NationalValue> rows,
        ValueSums values)
    {
        switch (mode)
        {
            case NationalLimitMode.DataOrPupilWeightedMean when rows.TryGetValue((indicator, year), out var row):
                return new NationalLimit(indicator, year, row.Value, LimitSource.NationalRow, 0, 0);
            case NationalLimitMode.DataOrPupilWeightedMean:
            case NationalLimitMode.PupilWeightedMean:
                var weighted = values.Weighted.Mean;
                return weighted is null
                    ? null
                    : new NationalLimit(indicator, year, weighted.Value.Mean, LimitSource.PupilWeightedMean, weighted.Value.Count, weighted.Value.Pupils);
            case NationalLimitMode.SchoolMean:
                return values.Count == 0
                    ? null
                    : new NationalLimit(indicator, year, values.Sum / values.Count, LimitSource.SchoolMean, values.Count, 0);
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, null);
        }
    }
}

/// <summary>
/// A pupil-weighted mean being summed (a national limit, a kommune's own value): Σ value × pupils and Σ pupils
/// over the values that have a pupil count above zero. Decimal sums of values and counts are exact, so the order
/// of adding does not change the mean.
/// </summary>
public struct PupilWeightedSum
{
    private decimal _sum;
    private long _pupils;
    private int _count;

    /// <summary>Adds an observation's value, when it has one and a pupil count above zero.</summary>
    public void Add(decimal? value, int? pupils)
    {
        if (value is not { } v || pupils is not > 0)
            return;
        _sum += v * pupils.Value;
        _pupils += pupils.Value;
        _count++;
    }

    /// <summary>The mean with the values and pupils behind it; <c>null</c> when no value had a pupil count.</summary>
    public readonly (decimal Mean, int Count, long Pupils)? Mean => _pupils == 0 ? null : (_sum / _pupils, _count, _pupils);
}
