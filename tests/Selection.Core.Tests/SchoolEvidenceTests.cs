using Selection.Core.Rules;

namespace Selection.Core.Tests;

/// <summary>
/// Issue 11: a school's evidence is held in columns shared by every school. It must read as the scored
/// observations always did: in indicator (catalogue) order, then school year, ties in the data's order; an
/// indicator-year without a national limit left out; the sums of its points as the points of its school.
/// </summary>
public class SchoolEvidenceTests
{
    // GSP (higher is better): limit 40, floor 30, weight 2. Støtte (higher is better): limit 4.0, floor 3.0.
    // NP5 lesing: in the rules, but no national row and no pupils, so no limit in 2022.
    private static readonly SelectionRules Rules = TestRules.With(
        [TestRules.Rule(Indicator.EU7_STOTTE, floor: 3.0m), TestRules.Rule(Indicator.NP5_LES_MN1, floor: 40m), TestRules.Rule(Indicator.GSP, floor: 30m, weight: 2)],
        windowYears: 2);

    private static (SelectionResult Result, OrgNr School) Run()
    {
        var s = new Scenario();
        var school = s.School();
        var other = s.School();
        s.National(Indicator.GSP, 40m, Scenario.Y2022).National(Indicator.GSP, 40m, Scenario.Y2023)
            .National(Indicator.EU7_STOTTE, 4.0m, Scenario.Y2022).National(Indicator.EU7_STOTTE, 4.0m, Scenario.Y2023)
            .National(Indicator.NP5_LES_MN1, 20m, Scenario.Y2023)
            // The data's order: year 2023 before 2022, GSP before støtte, the other school in between.
            .Value(school, Indicator.GSP, 29.5m, year: Scenario.Y2023)
            .Value(other, Indicator.GSP, 45m, year: Scenario.Y2023)
            .Value(school, Indicator.EU7_STOTTE, 3.9m, year: Scenario.Y2023)
            .Value(school, Indicator.NP5_LES_MN1, 35m, pupils: null, year: Scenario.Y2022)
            .Value(school, Indicator.GSP, 40m, year: Scenario.Y2022)
            .Value(school, Indicator.EU7_STOTTE, 2.5m, year: Scenario.Y2022)
            .Value(school, Indicator.NP5_LES_MN1, 25m, year: Scenario.Y2023);
        return (s.Result(Rules), school);
    }

    [Test]
    public void A_schools_evidence_is_in_indicator_then_year_order_without_the_indicator_years_that_have_no_limit()
    {
        var (result, orgnr) = Run();
        var school = result.Schools.Single(s => s.School.OrgNr == orgnr);

        school.Observations.Select(o => (o.Rule.Indicator, o.Year.StartYear, o.Value, o.Limit.Value, o.Points, o.WeightedPoints)).Should().Equal(
            (Indicator.EU7_STOTTE, 2022, 2.5m, 4.0m, 3, 3),
            (Indicator.EU7_STOTTE, 2023, 3.9m, 4.0m, 1, 1),
            (Indicator.NP5_LES_MN1, 2023, 25m, 20m, 1, 1),
            (Indicator.GSP, 2022, 40m, 40m, 0, 0),
            (Indicator.GSP, 2023, 29.5m, 40m, 3, 6));
        result.Counts.ObservationsWithoutLimit.Should().Be(1, "NP5 lesing 2022 has no national row and no pupils to compute one from");
        school.Observations.Select(o => o.Origin.Line).Should().Equal(7, 4, 8, 6, 2);
    }

    [Test]
    public void The_evidences_sums_are_the_schools_points_and_possible_points()
    {
        var (result, orgnr) = Run();
        var school = result.Schools.Single(s => s.School.OrgNr == orgnr);

        // 3 + 1 + 1 + 0 + 6 = 11 of 3 + 3 + 3 + 6 + 6 = 21.
        school.Observations.WeightedPoints().Should().Be(11);
        school.Observations.PossiblePoints().Should().Be(21);
        (school.Points, school.Possible).Should().Be((11, 21));
        school.Observations.PointsByObservation().Should().Equal(school.Observations.Select(o => (o.Rule.Indicator, o.WeightedPoints, o.PossiblePoints)));
    }

    [Test]
    public void A_school_left_out_has_no_evidence()
    {
        var s = new Scenario();
        var school = s.School(eierform: Core.Data.Eierform.Privat);
        var included = s.School();
        s.National(Indicator.GSP, 40m).Value(school, Indicator.GSP, 20m).Value(included, Indicator.GSP, 20m);

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.GSP, floor: 30m)]));

        result.Schools.Single(r => r.School.OrgNr == school).Observations.Should().BeSameAs(SchoolEvidence.Empty);
        SchoolEvidence.Empty.Should().BeEmpty();
        SchoolEvidence.Empty.WeightedPoints().Should().Be(0);
    }
}
