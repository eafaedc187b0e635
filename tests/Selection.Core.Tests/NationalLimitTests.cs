using Selection.Core.Rules;

namespace Selection.Core.Tests;

/// <summary>DOMAIN §3, national limit: the national row, the pupil-weighted mean or the school mean.</summary>
public class NationalLimitTests
{
    private static readonly IReadOnlyList<IndicatorRule> StotteOnly = [TestRules.Rule(Indicator.EU7_STOTTE, 1.0m)];

    /// <summary>Two schools: 3.0 with 30 pupils, 5.0 with 10 pupils. Weighted mean 3.5; school mean 4.0.</summary>
    private static (Scenario Scenario, OrgNr Small) TwoSchools(decimal? nationalRow)
    {
        var s = new Scenario();
        var big = s.School();
        var small = s.School();
        s.Value(big, Indicator.EU7_STOTTE, 3.0m, pupils: 30).Value(small, Indicator.EU7_STOTTE, 5.0m, pupils: 10);
        if (nationalRow is not null)
            s.National(Indicator.EU7_STOTTE, nationalRow.Value);
        return (s, small);
    }

    [Test]
    public void The_national_row_is_the_limit_when_the_data_has_one()
    {
        var (s, _) = TwoSchools(nationalRow: 3.2m);

        var limit = s.Result(TestRules.With(StotteOnly)).Limits.For(Indicator.EU7_STOTTE, Scenario.Y2023)!;

        limit.Should().Be(new NationalLimit(Indicator.EU7_STOTTE, Scenario.Y2023, 3.2m, LimitSource.NationalRow, 0, 0));
    }

    [Test]
    public void Without_a_national_row_the_limit_is_the_pupil_weighted_mean()
    {
        var (s, _) = TwoSchools(nationalRow: null);

        var limit = s.Result(TestRules.With(StotteOnly)).Limits.For(Indicator.EU7_STOTTE, Scenario.Y2023)!;

        // (3.0 × 30 + 5.0 × 10) / 40 = 140 / 40 = 3.5
        limit.Should().Be(new NationalLimit(Indicator.EU7_STOTTE, Scenario.Y2023, 3.5m, LimitSource.PupilWeightedMean, 2, 40));
    }

    [Test]
    public void Pupil_weighted_mode_ignores_the_national_row()
    {
        var (s, _) = TwoSchools(nationalRow: 3.2m);

        var limit = s.Result(TestRules.With(StotteOnly, nationalLimit: NationalLimitMode.PupilWeightedMean)).Limits.For(Indicator.EU7_STOTTE, Scenario.Y2023)!;

        limit.Value.Should().Be(3.5m);
        limit.Source.Should().Be(LimitSource.PupilWeightedMean);
    }

    [Test]
    public void School_mean_mode_takes_the_unweighted_mean()
    {
        var (s, _) = TwoSchools(nationalRow: 3.2m);

        var limit = s.Result(TestRules.With(StotteOnly, nationalLimit: NationalLimitMode.SchoolMean)).Limits.For(Indicator.EU7_STOTTE, Scenario.Y2023)!;

        (limit.Value, limit.Source, limit.Schools).Should().Be((4.0m, LimitSource.SchoolMean, 2));
    }

    [Test]
    public void The_limit_decides_the_points_row_versus_computed_mean()
    {
        // A national row of 2.9 makes the school at 3.0 not worse (0 points); without the row, the
        // computed mean 3.5 makes it worse (1 point). The school at 5.0 is not worse either way.
        var (withRow, _) = TwoSchools(nationalRow: 2.9m);
        var (computed, _) = TwoSchools(nationalRow: null);

        withRow.Result(TestRules.With(StotteOnly)).Schools.Sum(x => x.Points).Should().Be(0);
        computed.Result(TestRules.With(StotteOnly)).Schools.Sum(x => x.Points).Should().Be(1);
    }

    [Test]
    public void A_value_without_a_pupil_count_gets_points_but_takes_no_part_in_the_mean()
    {
        var s = new Scenario();
        var a = s.School();
        var b = s.School();
        var noCount = s.School();
        s.Value(a, Indicator.EU7_STOTTE, 4.0m, pupils: 10)
            .Value(b, Indicator.EU7_STOTTE, 5.0m, pupils: 10)
            .Value(noCount, Indicator.EU7_STOTTE, 1.5m, pupils: null);

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 2.0m)]));

        result.Limits.For(Indicator.EU7_STOTTE, Scenario.Y2023)!.Value.Should().Be(4.5m);
        result.Schools.Single(x => x.School.OrgNr == noCount).Points.Should().Be(3);
    }

    [Test]
    public void An_indicator_year_without_any_limit_gives_neither_points_nor_possible_points_and_is_reported()
    {
        // No national row and no pupil counts for GSP: no limit. EU7_STOTTE has a row.
        var s = new Scenario();
        var school = s.School();
        s.National(Indicator.EU7_STOTTE, 4.0m)
            .Value(school, Indicator.EU7_STOTTE, 3.5m)
            .Value(school, Indicator.GSP, 30m, pupils: null);

        var result = s.Result(TestRules.With(windowYears: 1));

        result.Limits.Missing.Should().Equal((Indicator.GSP, Scenario.Y2023));
        var row = result.Schools.Single();
        (row.Points, row.Possible).Should().Be((1L, 3L));
        result.Counts.ObservationsWithoutLimit.Should().Be(1);
    }

    [Test]
    public void Private_schools_left_out_by_rule_take_no_part_in_the_computed_limit()
    {
        var s = new Scenario();
        var pub = s.School();
        var priv = s.School(eierform: Data.Eierform.Privat);
        s.Value(pub, Indicator.EU7_STOTTE, 4.0m, pupils: 10).Value(priv, Indicator.EU7_STOTTE, 2.0m, pupils: 90);

        var limit = s.Result(TestRules.With(StotteOnly)).Limits.For(Indicator.EU7_STOTTE, Scenario.Y2023)!;

        limit.Value.Should().Be(4.0m);
    }
}
