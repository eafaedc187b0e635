namespace Selection.Core.Tests;

/// <summary>
/// DOMAIN §5: a kommune whose own values rest on too little (possible points below
/// minKommunePossiblePoints) is not ranked on route 1, and is counted; it may still be a route-2 candidate.
/// </summary>
public class ThinEvidenceTests
{
    [Test]
    public void A_kommune_resting_on_one_value_is_not_ranked_and_the_next_one_takes_its_place()
    {
        // Oslo: one EU7_STOTTE value 2.0 → 3 of 3 possible (share 1, would rank 1).
        // Bergen: EU7_STOTTE 3.5 (1 of 3) and GSP 40 (1×3 of 9) → 4 of 12 possible.
        // Eigersund: EU7_STOTTE 4.5 (0) and GSP 45 (0) → 0 of 12.
        // minKommunePossiblePoints 12, route1Count 1: Oslo is thin; Bergen ranks 1 and is taken; Eigersund ranks 2.
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m).National(Indicator.GSP, 42m);
        s.Value(s.School("0301"), Indicator.EU7_STOTTE, 2.0m);
        var bergen = s.School("4601");
        s.Value(bergen, Indicator.EU7_STOTTE, 3.5m).Value(bergen, Indicator.GSP, 40m);
        var eigersund = s.School("1101");
        s.Value(eigersund, Indicator.EU7_STOTTE, 4.5m).Value(eigersund, Indicator.GSP, 45m);

        var result = s.Result(TestRules.With(route1Count: 1, minKommunePossiblePoints: 12));

        var byNr = result.Kommuner.ToDictionary(k => k.Kommune.Nummer.Value);
        (byNr["0301"].Status, byNr["0301"].Rank, byNr["0301"].Route, byNr["0301"].Possible).Should().Be((KommuneStatus.ThinEvidence, (int?)null, (Route?)null, 3L));
        (byNr["4601"].Status, byNr["4601"].Rank, byNr["4601"].Route).Should().Be((KommuneStatus.Ranked, (int?)1, (Route?)Route.WeakOverall));
        (byNr["1101"].Status, byNr["1101"].Rank).Should().Be((KommuneStatus.Ranked, (int?)2));
        byNr["1103"].Status.Should().Be(KommuneStatus.NoData);
        result.Route1.Should().Be(new Route1Summary(2, 1, 1, null, 0, ThinEvidence: 1));
    }

    [Test]
    public void At_the_threshold_exactly_a_kommune_is_ranked()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        s.Value(s.School("0301"), Indicator.EU7_STOTTE, 2.0m);

        var result = s.Result(TestRules.With(minKommunePossiblePoints: 3));

        var oslo = result.Kommuner.Single(k => k.Kommune.Nummer.Value == "0301");
        (oslo.Status, oslo.Rank, oslo.Route).Should().Be((KommuneStatus.Ranked, (int?)1, (Route?)Route.WeakOverall));
    }

    [Test]
    public void A_thin_kommune_can_still_be_a_route_2_candidate_on_its_schools()
    {
        // Oslo's two schools: 3/3 and 0/3 (spread sd 0.5 > 0.15, one flagged); its own pupil-weighted value
        // (2.0 and 4.5 with 10 pupils each → 3.25, 1 of 3) gives 3 possible points < 12: thin on route 1.
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        s.Value(s.School("0301"), Indicator.EU7_STOTTE, 2.0m);
        s.Value(s.School("0301"), Indicator.EU7_STOTTE, 4.5m);

        var oslo = s.Result(TestRules.With(minKommunePossiblePoints: 12)).Kommuner.Single(k => k.Kommune.Nummer.Value == "0301");

        (oslo.Status, oslo.Route).Should().Be((KommuneStatus.ThinEvidence, (Route?)Route.LargeDifferences));
    }
}
