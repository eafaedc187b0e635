using Selection.Core.Rules;

namespace Selection.Core.Tests;

/// <summary>
/// Issue 15, item 3: the school register's facts (NSR) leave special schools, inactive schools and schools
/// outside grunnskole out where the rules' <c>schoolRegister</c> says so, each with its own status, and are
/// ranked like any school where the rules do not use them.
/// </summary>
public class SchoolRegisterTests
{
    private sealed record Schools(OrgNr Normal, OrgNr Special, OrgNr Inactive, OrgNr Outside, OrgNr Unknown);

    private static (Scenario Scenario, Schools Schools) Fixture()
    {
        var s = new Scenario();
        var normal = s.School();
        var special = s.School(spesialskole: true);
        var inactive = s.School(aktiv: false);
        var outside = s.School(grunnskole: false);
        var unknown = s.School(); // the data says nothing: included
        s.National(Indicator.GSP, 40m);
        foreach (var school in new[] { normal, special, inactive, outside, unknown })
            s.Value(school, Indicator.GSP, 38m);
        return (s, new Schools(normal, special, inactive, outside, unknown));
    }

    [Test]
    public void Each_fact_the_rules_name_leaves_its_schools_out_with_its_own_status_and_count()
    {
        var (s, o) = Fixture();
        var rules = TestRules.With([TestRules.Rule(Indicator.GSP, 30m)], schoolRegister: new SchoolRegisterRule(true, true, true));

        var result = SelectionEngine.Run(s.Input, rules, TestKommuner.History).Result!;

        var status = result.Schools.ToDictionary(r => r.School.OrgNr, r => r.Status);
        (status[o.Normal], status[o.Special], status[o.Inactive], status[o.Outside], status[o.Unknown]).Should().Be(
            (SchoolStatus.Ranked, SchoolStatus.SpecialSchoolExcluded, SchoolStatus.InactiveExcluded, SchoolStatus.OutsideGrunnskoleExcluded, SchoolStatus.Ranked));
        (result.Counts.SchoolsSpecialExcluded, result.Counts.SchoolsInactiveExcluded, result.Counts.SchoolsOutsideGrunnskoleExcluded).Should().Be((1, 1, 1));
        result.Counts.ObservationsOfExcludedSchools.Should().Be(3, "their observations are counted as of excluded schools, not lost");
    }

    [Test]
    public void Without_the_key_or_with_a_fact_switched_off_the_schools_are_ranked()
    {
        var (s, o) = Fixture();

        var without = SelectionEngine.Run(s.Input, TestRules.With([TestRules.Rule(Indicator.GSP, 30m)]), TestKommuner.History).Result!;
        var onlySpecial = SelectionEngine.Run(s.Input, TestRules.With([TestRules.Rule(Indicator.GSP, 30m)], schoolRegister: new SchoolRegisterRule(true, false, false)), TestKommuner.History).Result!;

        without.Schools.Should().OnlyContain(r => r.Status == SchoolStatus.Ranked);
        onlySpecial.Schools.Where(r => r.Status != SchoolStatus.Ranked).Select(r => r.School.OrgNr).Should().Equal(o.Special);
    }

    [Test]
    public void A_private_school_keeps_its_private_status_before_any_register_fact()
    {
        var s = new Scenario();
        var school = s.School(eierform: Data.Eierform.Privat, spesialskole: true);
        s.National(Indicator.GSP, 40m).Value(school, Indicator.GSP, 38m).Value(s.School(), Indicator.GSP, 38m);
        var rules = TestRules.With([TestRules.Rule(Indicator.GSP, 30m)], schoolRegister: new SchoolRegisterRule(true, true, true));

        SelectionEngine.Run(s.Input, rules, TestKommuner.History).Result!.Schools.Single(r => r.School.OrgNr == school).Status.Should().Be(SchoolStatus.PrivateExcluded);
    }

    [Test]
    public void A_schools_suppressed_and_empty_values_in_the_window_are_counted_apart()
    {
        // Of the included school: GSP 2023 suppressed, EU7_STOTTE 2023 empty, GSP 2022 suppressed but outside the window,
        // EU7_MOBBING empty but not an indicator of the rules. Counted: 1 suppressed, 1 no data.
        var s = new Scenario();
        var school = s.School();
        s.National(Indicator.GSP, 40m).National(Indicator.EU7_STOTTE, 4m)
            .Value(school, Indicator.EU7_STOTTE, 3.5m)
            .Value(school, Indicator.GSP, null)
            .Value(s.School(), Indicator.EU7_STOTTE, null, missing: Data.MissingValue.NoData)
            .Value(school, Indicator.GSP, null, year: Scenario.Y2022)
            .Value(school, Indicator.EU7_MOBBING, null, missing: Data.MissingValue.NoData);
        var rules = TestRules.With([TestRules.Rule(Indicator.GSP, 30m), TestRules.Rule(Indicator.EU7_STOTTE, 3m)]);

        var result = s.Result(rules);

        var counts = result.Schools.Select(r => (r.Suppressed, r.NoData)).ToArray();
        counts.Should().Equal((1, 0), (0, 1));
    }
}
