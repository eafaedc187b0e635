using Selection.Core.Rules;

namespace Selection.Core.Tests;

/// <summary>
/// DOMAIN §4 and §5: a school with 0 risk points is never flagged and a kommune with 0 risk points is
/// never taken by route 1, whatever min-ranking says; and point sums cannot overflow.
/// </summary>
public class ZeroIsNotARiskTests
{
    private static readonly IReadOnlyList<IndicatorRule> Stotte = [TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)];

    [Test]
    public void Schools_that_all_share_rank_1_at_share_0_are_none_of_them_flagged()
    {
        // Four schools at 4.5 against a limit of 4.0: 0/3 each, all rank 1, cut ⌈0.25 × 4⌉ = 1.
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        for (var i = 0; i < 4; i++)
            s.Value(s.School(), Indicator.EU7_STOTTE, 4.5m);

        var result = s.Result(TestRules.With(Stotte));

        result.Schools.Should().OnlyContain(x => x.Rank == 1 && !x.Flagged);
        result.SchoolRanking.Should().Be(new SchoolRankingSummary(4, 1, 0, null, ZeroShareUnflagged: 4));
        result.Counts.SchoolsFlagged.Should().Be(0);
    }

    [Test]
    public void A_top_share_of_one_flags_only_the_schools_with_risk_points()
    {
        // topShare 1: cut = 4. Shares 1/3, 0/3, 0/3, 0/3: only the first is flagged; the zero tie is not a
        // tie that straddles the cut, since none of it is flagged.
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        var risky = s.School();
        s.Value(risky, Indicator.EU7_STOTTE, 3.5m);
        for (var i = 0; i < 3; i++)
            s.Value(s.School(), Indicator.EU7_STOTTE, 4.5m);

        var result = s.Result(TestRules.With(Stotte, topShare: 1m));

        result.Schools.Where(x => x.Flagged).Select(x => x.School.OrgNr).Should().Equal(risky);
        result.SchoolRanking.Should().Be(new SchoolRankingSummary(4, 4, 1, null, ZeroShareUnflagged: 3));
    }

    [Test]
    public void A_kommune_at_share_0_is_ranked_but_never_taken_by_route_1()
    {
        // Oslo 1/3 (rank 1), Bergen and Eigersund 0/3 (rank 2); route1Count 30 takes only Oslo.
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        s.Value(s.School("0301"), Indicator.EU7_STOTTE, 3.5m);
        s.Value(s.School("4601"), Indicator.EU7_STOTTE, 4.5m);
        s.Value(s.School("1101"), Indicator.EU7_STOTTE, 4.5m);

        var result = s.Result(TestRules.With(Stotte));

        result.Kommuner.Where(k => k.Route == Route.WeakOverall).Select(k => k.Kommune.Nummer.Value).Should().Equal("0301");
        result.Kommuner.Single(k => k.Kommune.Nummer.Value == "4601").Rank.Should().Be(2);
        result.Route1.Should().Be(new Route1Summary(3, 30, 1, null, ZeroShareNotTaken: 2));
    }

    [Test]
    public void Identical_shares_get_identical_ranks_at_the_largest_weight()
    {
        // Weight 100 on GSP: 3 × 100 = 300 possible per observation. Two schools with the same values
        // tie exactly; a third, better school ranks below them.
        var s = new Scenario();
        s.National(Indicator.GSP, 42m);
        var a = s.School();
        var b = s.School();
        var c = s.School();
        s.Value(a, Indicator.GSP, 30m).Value(b, Indicator.GSP, 30m).Value(c, Indicator.GSP, 41m);

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.GSP, 37m, weight: IndicatorRule.MaxWeight)]));

        result.Schools.Select(x => (x.School.OrgNr, x.Points, x.Rank)).Should().Equal((a, 300L, 1), (b, 300L, 1), (c, 100L, 3));
    }

    [Test]
    public void Rules_with_a_weight_outside_1_to_100_cannot_be_built()
    {
        var build = () => TestRules.With([TestRules.Rule(Indicator.GSP, 37m, weight: 700_000_000)]);

        build.Should().Throw<ArgumentException>().WithMessage("Weights lie between 1 and 100.*");
    }

    [Test]
    public void Comparing_shares_whose_cross_products_leave_64_bits_throws_instead_of_wrapping()
    {
        var huge = new RiskShare(long.MaxValue / 2, long.MaxValue / 2 + 1);

        var compare = () => huge.CompareTo(new RiskShare(3, 7));

        compare.Should().Throw<OverflowException>();
    }
}
