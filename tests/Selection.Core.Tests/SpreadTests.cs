using Selection.Core.Rules;

namespace Selection.Core.Tests;

/// <summary>The three spread measures of DOMAIN §5, on hand-computed shares.</summary>
public class SpreadTests
{
    private static readonly RiskShare[] ThreeShares = [new(1, 3), new(0, 3), new(3, 3)];

    [Test]
    public void Sd_is_the_population_standard_deviation()
    {
        // {0, 1/3, 1}: mean 4/9; variance ((4/9)² + (1/9)² + (5/9)²) / 3 = 42/243 = 14/81; sd = √14 / 9.
        var sd = Spread.Of(SpreadMeasure.Sd, ThreeShares);

        sd.Exact.Should().Be(new Rational(14, 81));
        sd.Value.Should().BeApproximately(Math.Sqrt(14) / 9, 1e-12);
    }

    [Test]
    public void Sd_summed_per_possible_points_is_the_variance_of_the_squared_deviations_school_by_school()
    {
        // A reference computation: the mean, then every school's squared deviation, in rationals.
        var random = new Random(17);
        for (var trial = 0; trial < 200; trial++)
        {
            var shares = Enumerable.Range(0, random.Next(1, 60)).Select(_ =>
            {
                var possible = random.Next(1, 40);
                return new RiskShare(random.Next(0, possible + 1), possible);
            }).ToArray();
            var values = shares.Select(s => s.ToRational()).ToArray();
            var n = Rational.FromInteger(values.Length);
            var mean = values.Aggregate(Rational.Zero, (a, b) => a + b) / n;
            var expected = values.Aggregate(Rational.Zero, (a, v) => a + ((v - mean) * (v - mean))) / n;

            Spread.Of(SpreadMeasure.Sd, shares).Exact.Should().Be(expected, string.Join(", ", shares));
        }
    }

    [Test]
    public void Range_is_max_minus_min()
    {
        var range = Spread.Of(SpreadMeasure.Range, ThreeShares);

        range.Exact.Should().Be(new Rational(1, 1));
        range.Value.Should().Be(1.0);
    }

    [Test]
    public void Max_minus_median_with_an_odd_number_of_shares()
    {
        // median of {0, 1/3, 1} is 1/3; 1 − 1/3 = 2/3.
        Spread.Of(SpreadMeasure.MaxMinusMedian, ThreeShares).Exact.Should().Be(new Rational(2, 3));
    }

    [Test]
    public void Max_minus_median_with_an_even_number_takes_the_mean_of_the_middle_two()
    {
        // {0, 1/3, 2/3, 1}: median (1/3 + 2/3) / 2 = 1/2; 1 − 1/2 = 1/2.
        RiskShare[] four = [new(0, 3), new(1, 3), new(2, 3), new(3, 3)];

        Spread.Of(SpreadMeasure.MaxMinusMedian, four).Exact.Should().Be(new Rational(1, 2));
    }

    [TestCase(SpreadMeasure.Sd, "0.5", false, TestName = "sd exactly on the threshold is not above")]
    [TestCase(SpreadMeasure.Sd, "0.4999999", true, TestName = "sd just above the threshold")]
    [TestCase(SpreadMeasure.Range, "1", false, TestName = "range exactly on the threshold is not above")]
    [TestCase(SpreadMeasure.Range, "0.9999999", true, TestName = "range just above the threshold")]
    [TestCase(SpreadMeasure.MaxMinusMedian, "0.5", false, TestName = "max − median exactly on the threshold is not above")]
    public void Threshold_is_strict_and_exact(SpreadMeasure measure, string threshold, bool above)
    {
        RiskShare[] twoShares = [new(0, 3), new(3, 3)]; // sd 1/2, range 1, max − median 1/2

        Spread.Of(measure, twoShares).IsAbove(decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(above);
    }

    [Test]
    public void Range_of_one_third_is_above_a_threshold_of_0_333333()
    {
        // As doubles 1/3 − 0 and 0.333333 are close; exactly, 1/3 > 0.333333.
        Spread.Of(SpreadMeasure.Range, [new RiskShare(1, 3), new RiskShare(0, 3)]).IsAbove(0.333333m).Should().BeTrue();
        Spread.Of(SpreadMeasure.Range, [new RiskShare(1, 3), new RiskShare(0, 3)]).IsAbove(0.3333334m).Should().BeFalse();
    }
}
