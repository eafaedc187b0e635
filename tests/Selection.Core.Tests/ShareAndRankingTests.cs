namespace Selection.Core.Tests;

/// <summary>DOMAIN §4: shares as exact fractions, min-rank, the cut and its ties.</summary>
public class ShareAndRankingTests
{
    [Test]
    public void Missing_is_not_zero_a_suppressed_value_counts_in_neither_sum()
    {
        var s = new Scenario();
        var school = s.School();
        s.National(Indicator.EU7_STOTTE, 4.0m).National(Indicator.GSP, 42m)
            .Value(school, Indicator.EU7_STOTTE, 3.5m)      // 1 of 3
            .Value(school, Indicator.GSP, null);            // suppressed: not 0 of 9, nothing

        var row = s.Result(TestRules.With()).Schools.Single();

        row.Points.Should().Be(1);
        row.Possible.Should().Be(3);
        row.Share!.Value.ToDouble().Should().BeApproximately(1.0 / 3, 1e-12);
    }

    [Test]
    public void Share_sums_points_over_every_observation_in_the_window()
    {
        // EU7_STOTTE: 2023 3.5 → 1 of 3; 2022 2.0 → 3 of 3. GSP 2023 40 → 1×3 of 9. Share = 7/15.
        var s = new Scenario();
        var school = s.School();
        s.National(Indicator.EU7_STOTTE, 4.0m).National(Indicator.EU7_STOTTE, 4.0m, Scenario.Y2022).National(Indicator.GSP, 42m)
            .Value(school, Indicator.EU7_STOTTE, 3.5m)
            .Value(school, Indicator.EU7_STOTTE, 2.0m, year: Scenario.Y2022)
            .Value(school, Indicator.GSP, 40m);

        var row = s.Result(TestRules.With(windowYears: 2)).Schools.Single();

        (row.Points, row.Possible).Should().Be((7L, 15L));
    }

    [Test]
    public void Shares_compare_exactly_so_one_third_and_three_ninths_tie()
    {
        new RiskShare(1, 3).CompareTo(new RiskShare(3, 9)).Should().Be(0);
        new RiskShare(1, 3).Should().Be(new RiskShare(3, 9));
        new[] { new RiskShare(1, 3), new RiskShare(3, 9), new RiskShare(2, 6) }.Distinct().Should().HaveCount(1);
        new RiskShare(1, 3).CompareTo(new RiskShare(33333, 100000)).Should().BePositive();
    }

    [Test]
    public void Min_rank_gives_ties_the_lowest_position()
    {
        // Added (so in orgnr order) E, D, A, C, B. Shares: A 9/9 (GSP below the floor), B and C 1/3 (EU7 below the
        // limit), D 3/9 (GSP below the limit, weight 3), E 0/3. B, C and D tie at 1/3 and share rank 2; E is 5th.
        var s = new Scenario();
        var e = s.School();
        var d = s.School();
        var a = s.School();
        var c = s.School();
        var b = s.School();
        s.National(Indicator.EU7_STOTTE, 4.0m).National(Indicator.GSP, 42m)
            .Value(a, Indicator.GSP, 30m).Value(b, Indicator.EU7_STOTTE, 3.5m).Value(c, Indicator.EU7_STOTTE, 3.5m)
            .Value(d, Indicator.GSP, 40m).Value(e, Indicator.EU7_STOTTE, 4.5m);

        var rank = s.Result(TestRules.With()).Schools.ToDictionary(x => x.School.OrgNr, x => x.Rank);

        new[] { rank[a], rank[b], rank[c], rank[d], rank[e] }.Should().Equal(1, 2, 2, 2, 5);
    }

    [Test]
    public void The_cut_is_the_ceiling_of_top_share_times_n()
    {
        MinRanking.Cut(0.25m, 8).Should().Be(2);
        MinRanking.Cut(0.25m, 9).Should().Be(3);
        MinRanking.Cut(0.25m, 1).Should().Be(1);
        MinRanking.Cut(0.25m, 0).Should().Be(0);
        MinRanking.Cut(1m, 7).Should().Be(7);
    }

    [Test]
    public void A_tie_that_straddles_the_cut_is_flagged_whole_and_reported()
    {
        // 8 schools, top 25 %: cut = 2. Shares: 3/3, then three schools at 1/3, then four at 0/3.
        // Ranks: 1, 2, 2, 2, 5, 5, 5, 5 → the three tied at rank 2 are all flagged: 4 flagged, 2 over the cut.
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        var values = new[] { 2.0m, 3.5m, 3.5m, 3.5m, 4.5m, 4.5m, 4.5m, 4.5m };
        var schools = values.Select(v => { var o = s.School(); s.Value(o, Indicator.EU7_STOTTE, v); return o; }).ToArray();

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)]));

        result.SchoolRanking.Should().Be(new SchoolRankingSummary(8, 2, 4, new TieAtCut(2, 3, 2, 4)));
        result.Schools.Where(x => x.Flagged).Select(x => x.School.OrgNr).Should().BeEquivalentTo(schools[..4]);
        result.Schools.Single(x => x.School.OrgNr == schools[4]).Rank.Should().Be(5);
    }

    [Test]
    public void No_tie_report_when_the_cut_falls_between_two_ranks()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        foreach (var v in new[] { 2.0m, 3.5m, 4.5m, 4.5m })
            s.Value(s.School(), Indicator.EU7_STOTTE, v);

        var ranking = s.Result(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)])).SchoolRanking;

        ranking.Should().Be(new SchoolRankingSummary(4, 1, 1, null));
    }

    [Test]
    public void A_school_below_min_possible_points_is_not_rankable_and_not_counted_in_n()
    {
        // minPossiblePoints 4: a school with only EU7_STOTTE (3 possible) is not rankable; the one with
        // GSP too (12 possible) is, and N = 1.
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m).National(Indicator.GSP, 42m);
        var small = s.School();
        var full = s.School();
        s.Value(small, Indicator.EU7_STOTTE, 2.0m).Value(full, Indicator.EU7_STOTTE, 4.5m).Value(full, Indicator.GSP, 45m);

        var result = s.Result(TestRules.With(minPossiblePoints: 4));

        var notRankable = result.Schools.Single(x => x.School.OrgNr == small);
        notRankable.Status.Should().Be(SchoolStatus.NotRankable);
        notRankable.Rank.Should().BeNull();
        notRankable.Flagged.Should().BeFalse();
        (notRankable.Points, notRankable.Possible).Should().Be((3L, 3L));
        result.SchoolRanking.Rankable.Should().Be(1);
        result.Schools.Single(x => x.School.OrgNr == full).Rank.Should().Be(1);
    }

    [Test]
    public void A_school_with_no_data_in_the_window_is_counted_as_not_rankable()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        var withData = s.School();
        var without = s.School();
        s.Value(withData, Indicator.EU7_STOTTE, 3.0m);

        var result = s.Result(TestRules.With());

        result.Schools.Single(x => x.School.OrgNr == without).Status.Should().Be(SchoolStatus.NotRankable);
        result.Counts.SchoolsNotRankable.Should().Be(1);
        result.Counts.SchoolsWithoutDataInWindow.Should().Be(1);
    }
}
