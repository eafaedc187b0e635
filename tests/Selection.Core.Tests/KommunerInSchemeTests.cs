using Selection.Core.Rules;

namespace Selection.Core.Tests;

/// <summary>
/// Issue 12, item 5: kommuner already in the scheme (the <c>deltakere</c> table) are left out of both routes
/// while within their period of support, when the rules say so, and reported as such. The scenarios' window
/// ends in 2023-24, so the round is 2025; with a period of three years the rounds 2023 and 2024 are within it.
/// </summary>
public class KommunerInSchemeTests
{
    private static readonly IndicatorRule[] Stotte = [TestRules.Rule(Indicator.EU7_STOTTE, floor: 3.0m)];
    private static readonly ParticipantRule ThreeYears = new(3);

    /// <summary>Own shares (one EU7_STOTTE value each, national 4.0, floor 3.0): Oslo 3/3, Bergen 1/3, Eigersund 0/3.</summary>
    private static Scenario ThreeKommuner()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        s.Value(s.School("0301"), Indicator.EU7_STOTTE, 2.0m);
        s.Value(s.School("4601"), Indicator.EU7_STOTTE, 3.5m);
        s.Value(s.School("1101"), Indicator.EU7_STOTTE, 4.5m);
        return s;
    }

    private static KommuneResult Kommune(SelectionResult result, string nr) => result.Kommuner.Single(k => k.Kommune.Nummer.Value == nr);

    [Test]
    public void A_kommune_selected_last_round_is_left_out_of_route_1_and_the_next_in_rank_is_taken()
    {
        var result = ThreeKommuner().InScheme("0301", 2024).Result(TestRules.With(Stotte, route1Count: 1, participants: ThreeYears));

        var oslo = Kommune(result, "0301");
        (oslo.Status, oslo.Rank, oslo.Route, oslo.InSchemeSince).Should().Be((KommuneStatus.InScheme, (int?)null, (Route?)null, (int?)2024));
        (oslo.Points, oslo.Possible).Should().Be((3L, 3L));
        Kommune(result, "4601").Should().Match<KommuneResult>(k => k.Rank == 1 && k.Route == Route.WeakOverall);
        result.Route1.Should().Be(new Route1Summary(2, 1, 1, null, InScheme: 1));
    }

    [TestCase(2022, TestName = "A kommune selected three rounds ago has finished its period and takes part again")]
    [TestCase(2025, TestName = "A kommune listed for this very round is not yet within a period")]
    public void A_kommune_outside_its_period_takes_part(int selected)
    {
        var result = ThreeKommuner().InScheme("0301", selected).Result(TestRules.With(Stotte, route1Count: 1, participants: ThreeYears));

        Kommune(result, "0301").Should().Match<KommuneResult>(k => k.Status == KommuneStatus.Ranked && k.Route == Route.WeakOverall && k.InSchemeSince == null);
    }

    [Test]
    public void Without_the_rules_participants_key_nobody_is_left_out()
    {
        var result = ThreeKommuner().InScheme("0301", 2024).Result(TestRules.With(Stotte, route1Count: 1));

        Kommune(result, "0301").Route.Should().Be(Route.WeakOverall);
    }

    [Test]
    public void A_kommunenummer_of_an_older_structure_is_placed_like_a_schools()
    {
        // Halden 0101 (2019) → 3001 (2020) → 3101 (2024).
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        s.Value(s.School("3101"), Indicator.EU7_STOTTE, 2.0m);
        s.Value(s.School("4601"), Indicator.EU7_STOTTE, 3.5m);

        var result = s.InScheme("0101", 2023).Result(TestRules.With(Stotte, route1Count: 1, participants: ThreeYears));

        Kommune(result, "3101").Status.Should().Be(KommuneStatus.InScheme);
        Kommune(result, "4601").Route.Should().Be(Route.WeakOverall);
    }

    [Test]
    public void A_kommune_in_the_scheme_is_no_route_2_candidate_and_its_check_says_why()
    {
        // Oslo {3/3, 0/3}: sd 1/2 above 0.15, one flagged school: a candidate, were it not in the scheme.
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        s.Value(s.School("0301"), Indicator.EU7_STOTTE, 2.0m);
        s.Value(s.School("0301"), Indicator.EU7_STOTTE, 4.5m);
        for (var i = 0; i < 6; i++)
            s.Value(s.School("4601"), Indicator.EU7_STOTTE, 4.5m);

        var outside = Kommune(s.Result(TestRules.With(Stotte, route1Count: 0)), "0301");
        var inScheme = Kommune(s.InScheme("0301", 2024).Result(TestRules.With(Stotte, route1Count: 0, participants: ThreeYears)), "0301");

        outside.Route.Should().Be(Route.LargeDifferences);
        (inScheme.Route, inScheme.Route2Order, inScheme.Route2Check.InScheme, inScheme.Route2Check.IsCandidate).Should().Be(((Route?)null, (int?)null, true, false));
    }

    [Test]
    public void An_unknown_kommunenummer_in_deltakere_is_an_error_naming_its_line()
    {
        var outcome = ThreeKommuner().InScheme("0301", 2024).InScheme("9999", 2024).Run(TestRules.With(Stotte, participants: ThreeYears));

        outcome.Succeeded.Should().BeFalse();
        var problem = outcome.Problems.Single();
        (problem.Code, problem.File, problem.Line, problem.Column).Should().Be(("kommune-unknown", "deltakere.csv", (int?)3, "kommunenummer"));
        problem.Message.Should().Be("kommunenummer 9999 in deltakere is not a kommune of the 2024 structure, and the change tables do not lead it there");
    }
}
