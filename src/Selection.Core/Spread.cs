using Selection.Core.Rules;

namespace Selection.Core;

/// <summary>
/// The spread of a kommune's school shares (DOMAIN §5), kept exact for the threshold test: for
/// <see cref="SpreadMeasure.Sd"/> the exact variance (sd &gt; t ⇔ variance &gt; t² for t ≥ 0), for the
/// others the exact value. <see cref="Value"/> is the number people read.
/// </summary>
public readonly record struct SpreadValue(SpreadMeasure Measure, Rational Exact, double Value) : IComparable<SpreadValue>
{
    /// <summary>Whether the spread is strictly above the threshold. Equal is not above.</summary>
    public bool IsAbove(decimal threshold)
    {
        if (threshold < 0)
            return true;
        var t = Rational.FromDecimal(threshold);
        return Measure == SpreadMeasure.Sd ? Exact > t * t : Exact > t;
    }

    public int CompareTo(SpreadValue other) => Exact.CompareTo(other.Exact);
}

public static class Spread
{
    /// <summary>
    /// The spread of <paramref name="shares"/> by <paramref name="measure"/>: population standard
    /// deviation, max − min, or max − median (the mean of the two middle shares when their number is even).
    /// </summary>
    public static SpreadValue Of(SpreadMeasure measure, IReadOnlyList<RiskShare> shares)
    {
        if (shares.Count == 0)
            throw new ArgumentException("The spread needs at least one share.", nameof(shares));
        var values = shares.Select(s => s.ToRational()).Order().ToArray();
        var max = values[^1];
        switch (measure)
        {
            case SpreadMeasure.Sd:
                var n = Rational.FromInteger(values.Length);
                var mean = values.Aggregate(Rational.Zero, (a, b) => a + b) / n;
                var variance = values.Aggregate(Rational.Zero, (a, v) => a + ((v - mean) * (v - mean))) / n;
                return new SpreadValue(measure, variance, Math.Sqrt(variance.ToDouble()));
            case SpreadMeasure.Range:
                var range = max - values[0];
                return new SpreadValue(measure, range, range.ToDouble());
            case SpreadMeasure.MaxMinusMedian:
                var mid = values.Length / 2;
                var median = values.Length % 2 == 1
                    ? values[mid]
                    : (values[mid - 1] + values[mid]) / Rational.FromInteger(2);
                var d = max - median;
                return new SpreadValue(measure, d, d.ToDouble());
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, null);
        }
    }
}
