using Selection.Core.Rules;

namespace Selection.Core.Tests;

/// <summary>
/// Issue 12, rules format 2: an absolute floor by school year, for the national tests' new scales from
/// 2022-23; and the rules' own last school year. Every expectation is counted by hand.
/// </summary>
public class FloorByYearTests
{
    // Nasjonale prøver 5th grade, lesing, share at mestringsnivå 1 (lower is better):
    // floor 35 until 2021-22 (the old scale), 40 from 2022-23 (the new one).
    private static readonly IndicatorRule Lesing = new(Indicator.NP5_LES_MN1, BetterIs.Lower, 1, FloorSchedule.Of(
    [
        new FloorPeriod(null, Scenario.Y2021, 35m),
        new FloorPeriod(Scenario.Y2022, null, 40m),
    ]));

    private static SelectionRules Rules(SchoolYear? lastSchoolYear = null) =>
        TestRules.With([Lesing], windowYears: 2, lastSchoolYear: lastSchoolYear);

    private static Scenario TwoYears(decimal in2021, decimal in2022, out OrgNr school)
    {
        var s = new Scenario();
        school = s.School();
        s.National(Indicator.NP5_LES_MN1, 25m, Scenario.Y2021).National(Indicator.NP5_LES_MN1, 25m, Scenario.Y2022)
            .Value(school, Indicator.NP5_LES_MN1, in2021, year: Scenario.Y2021)
            .Value(school, Indicator.NP5_LES_MN1, in2022, year: Scenario.Y2022);
        return s;
    }

    [Test]
    public void The_same_value_earns_3_points_under_the_old_floor_and_1_under_the_new()
    {
        // 38 in 2021-22 is worse than that year's floor 35: 3. 38 in 2022-23 is better than 40 but worse
        // than the national 25: 1. 4 of 2 × 3 = 6 possible.
        var result = TwoYears(38m, 38m, out var school).Result(Rules(), Scenario.Y2022);

        var s = result.Schools.Single(r => r.School.OrgNr == school);
        s.Observations.Select(o => (o.Observation.Year, o.Floor, o.Points)).Should().Equal(
            (Scenario.Y2021, 35m, 3),
            (Scenario.Y2022, 40m, 1));
        (s.Points, s.Possible).Should().Be((4, 6));
    }

    [Test]
    public void Equal_to_the_floor_of_its_own_year_is_not_worse_on_either_side_of_the_break()
    {
        // 35 equals the 2021-22 floor and 40 the 2022-23 floor: each is only worse than the national 25.
        var result = TwoYears(35m, 40m, out var school).Result(Rules(), Scenario.Y2022);

        result.Schools.Single(r => r.School.OrgNr == school).Observations.Select(o => o.Points).Should().Equal(1, 1);
    }

    [Test]
    public void A_value_above_both_floors_earns_3_points_in_both_years()
    {
        var result = TwoYears(40.5m, 40.5m, out var school).Result(Rules(), Scenario.Y2022);

        result.Schools.Single(r => r.School.OrgNr == school).Points.Should().Be(6);
    }

    [Test]
    public void The_kommune_values_are_held_against_the_floor_of_their_year_too()
    {
        // One school in the kommune: the kommune's own values are the school's, 38 and 38.
        var result = TwoYears(38m, 38m, out _).Result(Rules(), Scenario.Y2022);

        var kommune = result.Kommuner.Single(k => k.Possible > 0);
        kommune.Observations.Select(o => (o.Year, o.Floor, o.Points)).Should().Equal(
            (Scenario.Y2021, 35m, 3),
            (Scenario.Y2022, 40m, 1));
    }

    [Test]
    public void The_rules_last_school_year_ends_the_window_when_the_run_names_none()
    {
        var s = TwoYears(38m, 38m, out _);
        s.Value(s.School(), Indicator.NP5_LES_MN1, 20m, year: Scenario.Y2023).National(Indicator.NP5_LES_MN1, 25m, Scenario.Y2023);

        s.Result(Rules(lastSchoolYear: Scenario.Y2022)).Window.Should().Equal(Scenario.Y2021, Scenario.Y2022);
        s.Result(Rules()).Window.Should().Equal(Scenario.Y2022, Scenario.Y2023);
        s.Result(Rules(lastSchoolYear: Scenario.Y2022), lastYear: Scenario.Y2023).Window.Should().Equal(Scenario.Y2022, Scenario.Y2023);
    }

    [Test]
    public void A_rules_last_school_year_outside_the_data_is_refused_naming_the_rules_and_the_way_out()
    {
        var outcome = TwoYears(38m, 38m, out _).Run(Rules(lastSchoolYear: new SchoolYear(2018)));

        outcome.Succeeded.Should().BeFalse();
        outcome.Problems.Single().Message.Should().Be(
            "The window cannot end in 2018-19, the lastSchoolYear of the rules test: the data has values that count in 2021-22 – 2022-23 (choose another last school year with --to)");
    }

    [Test]
    public void Floor_periods_must_cover_every_school_year_once()
    {
        var gap = () => FloorSchedule.Of([new FloorPeriod(null, Scenario.Y2021, 35m), new FloorPeriod(Scenario.Y2023, null, 40m)]);
        var overlap = () => FloorSchedule.Of([new FloorPeriod(null, Scenario.Y2022, 35m), new FloorPeriod(Scenario.Y2022, null, 40m)]);
        var closed = () => FloorSchedule.Of([new FloorPeriod(null, Scenario.Y2022, 35m)]);

        gap.Should().Throw<ArgumentException>();
        overlap.Should().Throw<ArgumentException>();
        closed.Should().Throw<ArgumentException>();
        FloorSchedule.Of([new FloorPeriod(Scenario.Y2022, null, 40m), new FloorPeriod(null, Scenario.Y2021, 35m)])
            .Should().Be(FloorSchedule.Of([new FloorPeriod(null, Scenario.Y2021, 35m), new FloorPeriod(Scenario.Y2022, null, 40m)]));
    }
}
