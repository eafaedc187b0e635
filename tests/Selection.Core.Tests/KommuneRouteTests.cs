using Selection.Core.Rules;

namespace Selection.Core.Tests;

/// <summary>DOMAIN §5: route 1 on the kommuner's own values, route 2 on the spread between schools.</summary>
public class KommuneRouteTests
{
    private static readonly IReadOnlyList<IndicatorRule> Stotte = [TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)];

    // With a national row of 4.0 and a floor of 3.0, one EU7_STOTTE value gives these shares.
    private const decimal Share1 = 2.0m;      // 3/3
    private const decimal ShareThird = 3.5m;  // 1/3
    private const decimal Share0 = 4.5m;      // 0/3

    private static OrgNr SchoolWith(Scenario s, string kommune, decimal? value, int pupils = 10)
    {
        var school = s.School(kommune);
        if (value is not null)
            s.Value(school, Indicator.EU7_STOTTE, value, pupils);
        return school;
    }

    [Test]
    public void A_kommune_value_is_the_pupil_weighted_mean_of_its_schools()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        SchoolWith(s, "0301", 3.0m, pupils: 30);
        SchoolWith(s, "0301", 5.0m, pupils: 10);

        var oslo = s.Result(TestRules.With(Stotte)).Kommuner.Single(k => k.Kommune.Nummer.Value == "0301");

        var own = oslo.Observations.Single();
        (own.Value, own.Schools, own.Pupils, own.Points).Should().Be((3.5m, 2, 40L, 1));
        (oslo.Points, oslo.Possible).Should().Be((1L, 3L));
    }

    [Test]
    public void Route_1_takes_the_kommuner_ranked_within_the_count_and_a_tie_at_the_cut_whole()
    {
        // Own shares: Oslo 3/3 (rank 1), Bergen and Eigersund 1/3 (both rank 2), Stavanger 0/3 (rank 4).
        // route1Count 2: Oslo, Bergen and Eigersund are taken; the tie at rank 2 takes one more than 2.
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        SchoolWith(s, "0301", Share1);
        SchoolWith(s, "4601", ShareThird);
        SchoolWith(s, "1101", ShareThird);
        SchoolWith(s, "1103", Share0);

        var result = s.Result(TestRules.With(Stotte, route1Count: 2));

        result.Route1.Should().Be(new Route1Summary(4, 2, 3, new TieAtCut(2, 2, 2, 3)));
        result.Route1Kommuner.Select(k => k.Kommune.Nummer.Value).Should().Equal("0301", "1101", "4601");
        result.Kommuner.Single(k => k.Kommune.Nummer.Value == "1103").Route.Should().BeNull();
    }

    [Test]
    public void Kommuner_without_possible_points_are_not_ranked_for_route_1()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        SchoolWith(s, "0301", Share1);

        var result = s.Result(TestRules.With(Stotte));

        result.Route1.Ranked.Should().Be(1);
        result.Kommuner.Where(k => k.Kommune.Nummer.Value != "0301").Should().OnlyContain(k => k.Rank == null && k.Route == null);
    }

    /// <summary>
    /// 15 rankable schools, top 25 %: cut 4. The four schools at 3/3 share rank 1 and are flagged;
    /// the school at 1/3 is rank 5 and is not. Each kommune fails one route-2 condition, but Oslo.
    /// </summary>
    private static SelectionResult Route2Scenario(decimal threshold = 0.15m, SpreadMeasure measure = SpreadMeasure.Sd)
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        SchoolWith(s, "0301", Share1);       // Oslo: {1, 0}: sd 1/2, one flagged → candidate
        SchoolWith(s, "0301", Share0);
        SchoolWith(s, "4601", Share1);       // Bergen: {1, 1}: sd 0 → spread fails alone
        SchoolWith(s, "4601", Share1);
        SchoolWith(s, "1101", ShareThird);   // Eigersund: {1/3, 0}: sd 1/6, none flagged → flagged fails alone
        SchoolWith(s, "1101", Share0);
        SchoolWith(s, "1103", Share1);       // Stavanger: one rankable school (the other has no data)
        SchoolWith(s, "1103", null);
        for (var i = 0; i < 8; i++)
            SchoolWith(s, "1508", Share0);   // Ålesund: eight schools at 0, to make N = 15
        return s.Result(TestRules.With(Stotte, route1Count: 0, spreadThreshold: threshold, spreadMeasure: measure));
    }

    private static KommuneResult Kommune(SelectionResult result, string nr) => result.Kommuner.Single(k => k.Kommune.Nummer.Value == nr);

    [Test]
    public void The_route_2_scenario_flags_exactly_the_four_schools_at_the_top()
    {
        var result = Route2Scenario();

        result.SchoolRanking.Should().Be(new SchoolRankingSummary(15, 4, 4, null));
    }

    [Test]
    public void Route_2_takes_a_kommune_that_meets_all_three_conditions()
    {
        var oslo = Kommune(Route2Scenario(), "0301");

        oslo.Route2Check.Should().Be(new Route2Check(false, true, true, true));
        oslo.Route.Should().Be(Route.LargeDifferences);
        oslo.Route2Order.Should().Be(1);
        oslo.Spread!.Value.Value.Should().BeApproximately(0.5, 1e-12);
    }

    [Test]
    public void Route_2_refuses_a_kommune_whose_spread_is_not_above_the_threshold()
    {
        var bergen = Kommune(Route2Scenario(), "4601");

        bergen.Route2Check.Should().Be(new Route2Check(false, true, false, true));
        bergen.Route.Should().BeNull();
    }

    [Test]
    public void Route_2_refuses_a_kommune_without_a_flagged_school()
    {
        var eigersund = Kommune(Route2Scenario(), "1101");

        eigersund.Route2Check.Should().Be(new Route2Check(false, true, true, false));
        eigersund.Route.Should().BeNull();
    }

    [Test]
    public void Route_2_refuses_a_kommune_with_fewer_than_two_rankable_schools()
    {
        var stavanger = Kommune(Route2Scenario(), "1103");

        stavanger.Schools.Should().Be(2);
        stavanger.RankableSchools.Should().Be(1);
        stavanger.Route2Check.HasTwoRankableSchools.Should().BeFalse();
        stavanger.Route2Check.HasFlaggedSchool.Should().BeTrue();
        stavanger.Route.Should().BeNull();
    }

    [Test]
    public void A_spread_exactly_on_the_threshold_is_not_above_it()
    {
        // Oslo's sd is exactly 1/2.
        Kommune(Route2Scenario(threshold: 0.5m), "0301").Route.Should().BeNull();
        Kommune(Route2Scenario(threshold: 0.4999m), "0301").Route.Should().Be(Route.LargeDifferences);
    }

    [Test]
    public void A_route_1_kommune_is_not_a_route_2_candidate()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        SchoolWith(s, "0301", Share1);
        SchoolWith(s, "0301", Share0);
        SchoolWith(s, "4601", Share0);
        SchoolWith(s, "4601", Share0);

        var oslo = Kommune(s.Result(TestRules.With(Stotte, route1Count: 1)), "0301");

        oslo.Route.Should().Be(Route.WeakOverall);
        oslo.Route2Check.Should().Be(new Route2Check(true, true, true, true));
        oslo.Route2Check.IsCandidate.Should().BeFalse();
    }

    [Test]
    public void Route_2_candidates_are_ordered_by_highest_school_share_then_spread_then_kommunenummer()
    {
        // Three candidates, each with a school at 3/3 (flagged): Bergen {1, 0} (sd 1/2), Oslo {1, 1/3}
        // (sd 1/3), Eigersund {1, 1/3} (sd 1/3). Same highest share: Bergen first by its larger spread,
        // then Oslo (0301) before Eigersund (1101) by kommunenummer.
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        SchoolWith(s, "0301", Share1);
        SchoolWith(s, "0301", ShareThird);
        SchoolWith(s, "1101", Share1);
        SchoolWith(s, "1101", ShareThird);
        SchoolWith(s, "4601", Share1);
        SchoolWith(s, "4601", Share0);
        for (var i = 0; i < 6; i++)
            SchoolWith(s, "1508", Share0);

        var result = s.Result(TestRules.With(Stotte, route1Count: 0, topShare: 0.25m));

        result.Route2Candidates.Select(k => (k.Kommune.Nummer.Value, k.Route2Order)).Should().Equal(("4601", 1), ("0301", 2), ("1101", 3));
    }
}
