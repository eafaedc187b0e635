using System.Numerics;

namespace Selection.Core;

/// <summary>
/// An exact rational number, for the spread of shares within a kommune: the spread is compared with
/// its threshold exactly, so a kommune exactly on the threshold is never tipped over it by rounding.
/// Always kept in lowest terms with a positive denominator.
/// </summary>
public readonly record struct Rational : IComparable<Rational>
{
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
            throw new DivideByZeroException("A rational number needs a denominator other than zero.");
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }
        Numerator = numerator;
        Denominator = denominator.IsZero ? BigInteger.One : denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Rational Zero => new(0, 1);

    public static Rational FromInteger(long value) => new(value, 1);

    /// <summary>The exact value of a decimal, as written: 0.15m is 15/100.</summary>
    public static Rational FromDecimal(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[3] < 0)
            mantissa = -mantissa;
        return new Rational(mantissa, BigInteger.Pow(10, scale));
    }

    public static Rational operator +(Rational a, Rational b) =>
        new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) =>
        new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public double ToDouble() => (double)Numerator / (double)Denominator;

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}
