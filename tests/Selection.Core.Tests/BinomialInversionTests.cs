using MathNet.Numerics.Distributions;
using Selection.Core.Stability;

namespace Selection.Core.Tests;

/// <summary>
/// Issue 13, speed: a binomial count drawn from a window of its distribution function around the mode, and by
/// stepping from the mode outside it, is the count a search of the whole distribution function gives.
/// </summary>
public class BinomialInversionTests
{
    [Test]
    public void Two_fair_trials_give_the_smallest_count_whose_cumulative_probability_reaches_u()
    {
        // P(K ≤ 0) = 0.25, P(K ≤ 1) = 0.75, P(K ≤ 2) = 1 (MathNet's sums are within a few units in the last place).
        var draw = BinomialInversion.For(2, 0.5);

        draw.Quantile(1e-9).Should().Be(0);
        draw.Quantile(0.2499999).Should().Be(0);
        draw.Quantile(0.2500001).Should().Be(1);
        draw.Quantile(0.7499999).Should().Be(1);
        draw.Quantile(0.7500001).Should().Be(2);
        draw.Quantile(1.0).Should().Be(2);
    }

    [Test]
    public void A_certain_outcome_is_drawn_whatever_u()
    {
        foreach (var u in new[] { 1e-12, 0.3, 0.999999, 1.0 })
        {
            BinomialInversion.For(30, 0).Quantile(u).Should().Be(0);
            BinomialInversion.For(30, 1).Quantile(u).Should().Be(30);
            BinomialInversion.For(30, -0.1).Quantile(u).Should().Be(0, "p is clamped to [0, 1]");
            BinomialInversion.For(30, 1.2).Quantile(u).Should().Be(30);
        }
    }

    [Test]
    public void A_u_of_one_gives_the_last_count_whose_probability_registers_not_n()
    {
        // Binomial(400, 0.84): P(K > 390) is about 1e-24, below a double's resolution next to 1.
        var k = BinomialInversion.For(400, 0.84).Quantile(1.0);

        k.Should().BeLessThan(400);
        (1 - Binomial.CDF(0.84, 400, k)).Should().BeLessThan(1e-15);
        BinomialInversion.For(5, 0.5).Quantile(1.0).Should().Be(5, "every count of a small n registers");
    }

    [TestCase(1)]
    [TestCase(5)]
    [TestCase(15)]
    [TestCase(16)]
    [TestCase(17)]
    [TestCase(36)]
    [TestCase(120)]
    [TestCase(400)]
    public void The_window_and_the_walk_give_the_count_of_a_search_of_the_whole_distribution(int n)
    {
        var random = new Random(n);
        foreach (var p in new[] { 0.001, 0.03, 0.16, 0.5, 0.84, 0.97, 0.999 })
        {
            var cdf = Enumerable.Range(0, n + 1).Select(k => k == n ? 1.0 : Binomial.CDF(p, n, k)).ToArray();
            var draw = BinomialInversion.For(n, p);
            // Uniforms, and the tabled values themselves and their neighbours, to within 1e-12 of 0 and 1 (closer,
            // sums stepped from the mode are not resolved, and a draw lands there once in 10¹²).
            var us = Enumerable.Range(0, 4000).Select(_ => 1.0 - random.NextDouble())
                .Concat(cdf.SelectMany(c => new[] { c, Math.BitDecrement(c), Math.BitIncrement(c) }))
                .Where(u => u is >= 1e-12 and <= 1 - 1e-12);
            foreach (var u in us)
            {
                var expected = Array.FindIndex(cdf, c => c >= u);
                // Stepping sums probabilities, so it may differ from MathNet's own sums in the last bits: only there.
                var nearATabledValue = cdf.Any(c => Math.Abs(c - u) <= 1e-12);
                if (!nearATabledValue)
                {
                    draw.Quantile(u).Should().Be(expected, $"n = {n}, p = {p}, u = {u:R}");
                    draw.Walk(u).Should().Be(expected, $"the walk alone, n = {n}, p = {p}, u = {u:R}");
                }
                else
                    draw.Quantile(u).Should().BeInRange(Math.Max(0, expected - 1), Math.Min(n, expected + 1));
            }
        }
    }
}
