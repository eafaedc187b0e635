using System.Globalization;

namespace Selection.Core;

/// <summary>
/// A share of risk points: weighted risk points over possible risk points, kept as the two integers
/// so that shares compare exactly (by cross-multiplication) and ties are real ties. DOMAIN §4.
/// </summary>
public readonly record struct RiskShare : IComparable<RiskShare>
{
    public RiskShare(long points, long possible)
    {
        if (possible <= 0)
            throw new ArgumentOutOfRangeException(nameof(possible), possible, "A share needs possible points.");
        if (points < 0 || points > possible)
            throw new ArgumentOutOfRangeException(nameof(points), points, "Points lie between 0 and the possible points.");
        Points = points;
        Possible = possible;
    }

    /// <summary>Σ weighted risk points.</summary>
    public long Points { get; }

    /// <summary>Σ possible risk points (never zero).</summary>
    public long Possible { get; }

    /// <summary>Compares by value: 3/9 equals 1/3.</summary>
    public int CompareTo(RiskShare other) => checked(Points * other.Possible).CompareTo(checked(other.Points * Possible));

    /// <summary>Whether the two shares are the same number (3/9 and 1/3 are).</summary>
    public bool SameValueAs(RiskShare other) => CompareTo(other) == 0;

    /// <summary>Equality is by value, like <see cref="CompareTo"/>: 3/9 equals 1/3.</summary>
    public bool Equals(RiskShare other) => Possible != 0 && other.Possible != 0 ? SameValueAs(other) : Possible == other.Possible;

    public override int GetHashCode()
    {
        if (Possible == 0)
            return 0;
        var gcd = (long)System.Numerics.BigInteger.GreatestCommonDivisor(Points, Possible);
        return HashCode.Combine(Points / gcd, Possible / gcd);
    }

    public Rational ToRational() => new(Points, Possible);

    public double ToDouble() => (double)Points / Possible;

    /// <summary><c>points/possible</c>, as written in explanations.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Points}/{Possible}");
}
