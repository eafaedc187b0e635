using System.Numerics;
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
        if (measure == SpreadMeasure.Sd)
        {
            var variance = Variance(shares);
            return new SpreadValue(measure, variance, Math.Sqrt(variance.ToDouble()));
        }
        var values = shares.Select(s => s.ToRational()).Order().ToArray();
        var max = values[^1];
        switch (measure)
        {
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

    /// <summary>
    /// The variance of the shares, exactly: Σ(v − mean)²/n = (Σv² − (Σv)²/n)/n, with Σv and Σv² summed per
    /// possible points (a share is points/possible): a few rational sums for a kommune's schools, not one per
    /// school. The same rational as summing the squared deviations school by school.
    /// </summary>
    private static Rational Variance(IReadOnlyList<RiskShare> shares)
    {
        var byPossible = new Dictionary<long, (long Points, long Squares)>();
        foreach (var share in shares)
        {
            var (points, squares) = byPossible.GetValueOrDefault(share.Possible);
            byPossible[share.Possible] = (checked(points + share.Points), checked(squares + (share.Points * share.Points)));
        }
        var sum = Rational.Zero;
        var sumOfSquares = Rational.Zero;
        foreach (var (possible, (points, squares)) in byPossible)
        {
            sum += new Rational(points, possible);
            sumOfSquares += new Rational(squares, (BigInteger)possible * possible);
        }
        var n = Rational.FromInteger(shares.Count);
        return (sumOfSquares - (sum * sum / n)) / n;
    }
}
