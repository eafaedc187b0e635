using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Selection.Core.Stability;

/// <summary>
/// A binomial count <c>K ~ Binomial(n, p)</c> drawn by inverting its distribution function: the smallest <c>k</c>
/// with <c>P(K ≤ k) ≥ u</c>. The distribution function is kept (from MathNet) for the 16 counts around the mode,
/// where nearly every draw lands: there the count is the number of tabled values below <c>u</c>, without a branch
/// to mispredict. A draw outside the window steps from the mode with the ratio of neighbouring probabilities,
/// <c>P(k + 1) = P(k) · (n − k)/(k + 1) · p/(1 − p)</c>. A country's tens of thousands of draws per replicate so
/// touch a small record each, in order, where tables of each observation's whole distribution (megabytes) fell
/// out of the cache.
/// </summary>
public readonly record struct BinomialInversion
{
    public const int WindowSize = 16;

    [InlineArray(WindowSize)]
    private struct Window
    {
        private double _element;
    }

    private readonly int _n;
    private readonly int _mode;
    private readonly int _windowStart;    // the window holds P(K ≤ k) for k = start … start + 15 (1 past n)
    private readonly double _belowWindow; // P(K ≤ start − 1); −1 when the window starts at 0
    private readonly Window _window;
    private readonly double _cdfAtMode;   // P(K ≤ mode)
    private readonly double _pmfAtMode;   // P(K = mode)
    private readonly double _odds;        // p / (1 − p)

    private BinomialInversion(int n, int mode, double cdfAtMode, double pmfAtMode, double odds, Func<int, double> cdf)
    {
        _n = n;
        _mode = mode;
        _cdfAtMode = cdfAtMode;
        _pmfAtMode = pmfAtMode;
        _odds = odds;
        _windowStart = Math.Max(0, Math.Min(mode - (WindowSize / 2) + 1, n - WindowSize + 1));
        _belowWindow = _windowStart == 0 ? -1 : cdf(_windowStart - 1);
        for (var j = 0; j < WindowSize; j++)
            _window[j] = cdf(_windowStart + j);
    }

    /// <summary>The draw of <paramref name="n"/> trials with probability <paramref name="p"/> (clamped to [0, 1]).</summary>
    public static BinomialInversion For(int n, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        p = Math.Clamp(p, 0, 1);
        if (p == 0)
            return new BinomialInversion(n, 0, 1, 1, 0, _ => 1);
        if (p == 1)
            return new BinomialInversion(n, n, 1, 1, double.PositiveInfinity, k => k >= n ? 1 : 0);
        var mode = Math.Min((int)Math.Floor((n + 1) * p), n);
        // MathNet's CDF is not a number at k = n (a regularised beta with a zero parameter): P(K ≤ n) is 1.
        double Cdf(int k) => k >= n ? 1 : MathNet.Numerics.Distributions.Binomial.CDF(p, n, k);
        return new BinomialInversion(n, mode, Cdf(mode), MathNet.Numerics.Distributions.Binomial.PMF(p, n, mode), p / (1 - p), Cdf);
    }

    public int N => _n;

    /// <summary>
    /// The smallest k with P(K ≤ k) ≥ <paramref name="u"/>, for u in (0, 1]. Outside the window the sums are stepped
    /// from the mode, so they agree with MathNet's to the last bits: a u within about 1e-12 of 0 or 1 (once in 10¹²
    /// draws) gets a count in that far tail, not necessarily the one exact sums would give.
    /// </summary>
    public int Quantile(double u)
    {
        if (u > _belowWindow && u <= _window[WindowSize - 1])
        {
            // The tabled values below u, two at a time: each lane of a comparison is all ones (−1 as a long) or 0.
            ReadOnlySpan<double> window = _window;
            var target = Vector128.Create(u);
            var below = Vector128<long>.Zero;
            for (var j = 0; j < WindowSize; j += 2)
                below += Vector128.LessThan(Vector128.Create(window.Slice(j, 2)), target).AsInt64();
            return _windowStart - (int)Vector128.Sum(below);
        }
        return Walk(u);
    }

    /// <summary><see cref="Quantile"/> by stepping from the mode, for a u outside the window.</summary>
    public int Walk(double u)
    {
        var k = _mode;
        var cdf = _cdfAtMode;
        var pmf = _pmfAtMode;
        if (u <= cdf)
        {
            // Down while P(K ≤ k − 1) = P(K ≤ k) − P(k) still reaches u.
            while (k > 0)
            {
                var below = cdf - pmf;
                if (below < u)
                    break;
                pmf = pmf * k / ((_n - k + 1) * _odds);
                cdf = below;
                k--;
            }
            return k;
        }
        // Up until P(K ≤ k) reaches u, or the next probability no longer changes the sum (a u within a rounding
        // error of 1: the count stops where the distribution's last weight registers, not at n).
        while (k < _n && cdf < u)
        {
            var next = pmf * (_n - k) * _odds / (k + 1);
            if (cdf + next == cdf)
                break;
            pmf = next;
            k++;
            cdf += pmf;
        }
        return k;
    }
}
