namespace Selection.Core.Tests;

/// <summary>Issue 13, item 3: how many weighted risk points a result is from changing, counted by hand.</summary>
public class CuspTests
{
    private static RiskShare S(long points, long possible) => new(points, possible);

    [Test]
    public void Within_the_cut_a_result_must_lose_points_until_it_is_below_the_next_and_outside_gain_until_it_ties()
    {
        // Shares 9/9, 4/9, 3/9, 0/9; cut 2. Flagged: 9/9 and 4/9.
        // 9/9 must fall below the others' 2nd highest (3/9): to 2/9, lose 7. 4/9 likewise to 2/9: lose 2.
        // 3/9 must reach the others' 2nd highest (4/9): gain 1. 0/9 must reach 4/9: gain 4.
        var points = Cusp.PointsToChange([S(9, 9), S(4, 9), S(3, 9), S(0, 9)], cut: 2);

        points.Should().Equal(7, 2, 1, 4);
    }

    [Test]
    public void A_tie_at_the_cut_is_within_it_so_a_tied_result_must_fall_strictly_below()
    {
        // 3/3, 1/3, 1/3 with cut 2: both 1/3 are rank 2 and flagged; each stays until it falls below the other's 1/3.
        Cusp.PointsToChange([S(3, 3), S(1, 3), S(1, 3)], cut: 2).Should().Equal(3, 1, 1);
    }

    [Test]
    public void Zero_is_never_a_risk_and_a_share_of_other_possible_points_is_compared_exactly()
    {
        // Cut 3 of 3: every result is within the cut, but 0/3 is not flagged: it needs one point.
        Cusp.PointsToChange([S(2, 3), S(0, 3), S(1, 3)], cut: 3).Should().Equal(2, 1, 1);
        // Cut 1: 9/9 must fall below the others' highest, 1/2: to 4/9, lose 5. 1/2 must reach 9/9: 2/2, gain 1; 0/1 likewise: gain 1.
        Cusp.PointsToChange([S(9, 9), S(1, 2), S(0, 1)], cut: 1).Should().Equal(5, 1, 1);
    }

    [Test]
    public void Ordered_by_competition_ranks_the_points_are_those_of_ordering_the_shares()
    {
        // Random shares with many ties (possible points of 3, 6 and 9), ranked 1 for the highest, ties alike.
        var random = new Random(11);
        var shares = Enumerable.Range(0, 400).Select(_ => random.Next(3) is var k ? S(random.Next((k + 1) * 3 + 1), (k + 1) * 3) : default).ToArray();
        var ranks = shares.Select(a => 1 + shares.Count(b => b.CompareTo(a) > 0)).ToArray();

        foreach (var cut in new[] { 0, 1, 37, 100, 399, 400 })
            Cusp.PointsToChange(shares, ranks, cut).Should().Equal(Cusp.PointsToChange(shares, cut), $"cut {cut}");
        Cusp.PointsToChange([S(3, 3), S(1, 3), S(1, 3)], [1, 2, 2], cut: 2).Should().Equal(3, 1, 1);
    }

    [Test]
    public void The_engine_gives_every_ranked_school_and_route_1_kommune_its_cusp()
    {
        // Oslo 3/3 (flagged, cut ⌈0.25 × 4⌉ = 1), Bergen and Eigersund 1/3, Stavanger 0/3; route1Count 1.
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        foreach (var (kommune, value) in new[] { ("0301", 2.0m), ("4601", 3.5m), ("1101", 3.5m), ("1103", 4.5m) })
            s.Value(s.School(kommune), Indicator.EU7_STOTTE, value);

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)], route1Count: 1));

        result.Schools.OrderBy(r => r.School.OrgNr).Select(r => r.PointsToCut).Should().Equal(3, 2, 2, 3);
        result.Kommuner.Where(k => k.Rank is not null).OrderBy(k => k.Kommune.Nummer).Select(k => (k.Kommune.Nummer.Value, k.PointsToRoute1))
            .Should().Equal(("0301", (int?)3), ("1101", 2), ("1103", 3), ("4601", 2));
    }
}
