using Selection.Core.Rules;

namespace Selection.Core.Tests;

/// <summary>DOMAIN §3: 3 points below the floor, 1 below the national limit, 0 otherwise; equal is not worse.</summary>
public class RiskPointsTests
{
    private static readonly IndicatorRule Stotte = TestRules.Rule(Indicator.EU7_STOTTE, floor: 3.0m);
    private static readonly IndicatorRule Mobbing = TestRules.Rule(Indicator.EU7_MOBBING, floor: 15.0m);
    private static readonly SchoolYear AnyYear = new(2023);

    // Higher is better: national limit 4.0, floor 3.0.
    [TestCase(4.1, 0, TestName = "Higher is better: above the limit gives 0")]
    [TestCase(4.0, 0, TestName = "Higher is better: equal to the limit is not worse, 0")]
    [TestCase(3.99, 1, TestName = "Higher is better: just below the limit gives 1")]
    [TestCase(3.0, 1, TestName = "Higher is better: equal to the floor is not worse than the floor, 1")]
    [TestCase(2.99, 3, TestName = "Higher is better: below the floor gives 3, not 1 + 3")]
    public void Points_for_a_higher_is_better_indicator(decimal value, int expected) =>
        RiskPoints.For(value, 4.0m, Stotte, AnyYear).Should().Be(expected);

    // Lower is better: national limit 7.0, floor 15.0.
    [TestCase(6.9, 0, TestName = "Lower is better: below the limit gives 0")]
    [TestCase(7.0, 0, TestName = "Lower is better: equal to the limit is not worse, 0")]
    [TestCase(7.01, 1, TestName = "Lower is better: just above the limit gives 1")]
    [TestCase(15.0, 1, TestName = "Lower is better: equal to the floor gives 1")]
    [TestCase(15.01, 3, TestName = "Lower is better: above the floor gives 3")]
    public void Points_for_a_lower_is_better_indicator(decimal value, int expected) =>
        RiskPoints.For(value, 7.0m, Mobbing, AnyYear).Should().Be(expected);

    [Test]
    public void Floor_beats_national_even_when_the_floor_is_on_the_better_side_of_the_limit()
    {
        // An unusual year: the national limit (2.5) lies below the floor (3.0). A value of 2.8 is better
        // than the national limit but worse than the floor: the floor decides, 3 points.
        RiskPoints.For(2.8m, 2.5m, Stotte, AnyYear).Should().Be(3);
    }

    [Test]
    public void Values_are_compared_as_given_without_rounding()
    {
        // 3.999999 rounds to 4.0 but is below the limit 4.0.
        RiskPoints.For(3.999999m, 4.0m, Stotte, AnyYear).Should().Be(1);
    }

    [Test]
    public void Gsp_weighs_three_so_one_point_is_three_weighted_points_of_nine_possible()
    {
        var s = new Scenario();
        var school = s.School();
        s.National(Indicator.GSP, 42.0m).Value(school, Indicator.GSP, 40.0m);

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.GSP, 37m, weight: 3)]));

        var row = result.Schools.Single();
        row.Points.Should().Be(3);
        row.Possible.Should().Be(9);
        row.Observations.Single().Points.Should().Be(1);
        row.Observations.Single().WeightedPoints.Should().Be(3);
    }

    [Test]
    public void Gsp_below_the_floor_gives_nine_of_nine()
    {
        var s = new Scenario();
        var school = s.School();
        s.National(Indicator.GSP, 42.0m).Value(school, Indicator.GSP, 36.9m);

        var row = s.Result(TestRules.With([TestRules.Rule(Indicator.GSP, 37m, weight: 3)])).Schools.Single();

        (row.Points, row.Possible).Should().Be((9L, 9L));
    }
}
