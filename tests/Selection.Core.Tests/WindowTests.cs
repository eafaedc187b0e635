using Selection.Core.Data;

namespace Selection.Core.Tests;

/// <summary>The window: windowYears school years ending at --to, by default the latest year in the data.</summary>
public class WindowTests
{
    private static (Scenario, OrgNr) FourYears()
    {
        var s = new Scenario();
        var school = s.School();
        foreach (var year in new[] { 2020, 2021, 2022, 2023 })
            s.National(Indicator.EU7_STOTTE, 4.0m, new SchoolYear(year));
        // 2020: 2.0 (3 points), 2021: 3.5 (1), 2022: 3.5 (1), 2023: 4.5 (0)
        s.Value(school, Indicator.EU7_STOTTE, 2.0m, year: new SchoolYear(2020))
            .Value(school, Indicator.EU7_STOTTE, 3.5m, year: new SchoolYear(2021))
            .Value(school, Indicator.EU7_STOTTE, 3.5m, year: new SchoolYear(2022))
            .Value(school, Indicator.EU7_STOTTE, 4.5m, year: new SchoolYear(2023));
        return (s, school);
    }

    [Test]
    public void By_default_the_window_ends_at_the_latest_school_year_in_the_data()
    {
        var (s, _) = FourYears();

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)], windowYears: 3));

        result.Window.Should().Equal(new SchoolYear(2021), new SchoolYear(2022), new SchoolYear(2023));
        var row = result.Schools.Single();
        (row.Points, row.Possible).Should().Be((2L, 9L));
        result.Counts.ObservationsOutsideWindow.Should().Be(1);
    }

    [Test]
    public void To_moves_the_window_back_and_leaves_later_years_out()
    {
        var (s, _) = FourYears();

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)], windowYears: 3), lastYear: new SchoolYear(2022));

        result.Window.Should().Equal(new SchoolYear(2020), new SchoolYear(2021), new SchoolYear(2022));
        (result.Schools.Single().Points, result.Schools.Single().Possible).Should().Be((5L, 9L));
        result.Counts.ObservationsOutsideWindow.Should().Be(1);
    }

    [Test]
    public void Window_years_comes_from_the_rules()
    {
        var (s, _) = FourYears();

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)], windowYears: 2));

        result.Window.Should().Equal(new SchoolYear(2022), new SchoolYear(2023));
        result.Schools.Single().Points.Should().Be(1);
    }

    [Test]
    public void To_after_the_data_is_an_error_that_names_the_years_with_data()
    {
        var (s, _) = FourYears();

        var outcome = s.Run(TestRules.With(windowYears: 3), lastYear: new SchoolYear(2030));

        outcome.Succeeded.Should().BeFalse();
        outcome.Problems.Single().Message.Should().Be("The window cannot end in 2030-31: the data has values that count in 2020-21 – 2023-24");
    }

    [Test]
    public void To_1900_is_an_error_not_a_fault()
    {
        var (s, _) = FourYears();

        var outcome = s.Run(TestRules.With(windowYears: 3), lastYear: new SchoolYear(1900));

        outcome.Problems.Single().Code.Should().Be("window-outside-data");
    }

    [Test]
    public void A_window_year_without_data_is_an_error_that_names_it()
    {
        // Data 2020–2023; --to 2021 with a window of 3 reaches back to 2019, which has no data.
        var (s, _) = FourYears();

        var outcome = s.Run(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)], windowYears: 3), lastYear: new SchoolYear(2021));

        outcome.Problems.Single().Message.Should().Be(
            "The window 2019-20 – 2021-22 (3 school years ending 2021-22) has no data for 2019-20: no included school has a value " +
            "that counts in that year (the data has values that count in 2020-21, 2021-22, 2022-23, 2023-24)");
    }

    [Test]
    public void The_default_last_year_is_the_latest_with_values_that_count()
    {
        // 2024 holds only a suppressed value, a value of an indicator the rules leave out, and a private
        // school's value: none counts, so the window still ends in 2023-24.
        var (s, school) = FourYears();
        var y2024 = new SchoolYear(2024);
        var privat = s.School(eierform: Eierform.Privat);
        s.Value(school, Indicator.EU7_STOTTE, null, year: y2024)
            .Value(school, Indicator.GSP, 30m, year: y2024)
            .Value(privat, Indicator.EU7_STOTTE, 2.0m, year: y2024);

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)], windowYears: 3));

        result.LastYear.Should().Be(new SchoolYear(2023));
    }

    [Test]
    public void A_typo_year_far_after_the_data_is_an_error_naming_its_line_not_a_new_window()
    {
        // 205253 for 202425 reads as 2052-53: 28 school years after 2020–2023, with nothing between.
        var (s, school) = FourYears();
        s.Value(school, Indicator.EU7_STOTTE, 3.0m, year: new SchoolYear(2052));

        var problem = s.Run(TestRules.With(windowYears: 3)).Problems.Single();

        problem.ToString().Should().Be(
            "data.csv line 6, column skoleaar: school year 2052-53 (1 row) is out of line with the rest of the data, 2020-21 – 2023-24: " +
            "it lies 28 school years after them, with no data between (a typo in skoleaar?) (found '2052-53')");
    }

    [Test]
    public void A_year_held_by_a_tiny_fraction_of_the_schools_is_out_of_line()
    {
        // 40 schools in 2023, one in 2024: 1 < 5 % of 40.
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        var schools = Enumerable.Range(0, 40).Select(_ => s.School()).ToArray();
        foreach (var school in schools)
            s.Value(school, Indicator.EU7_STOTTE, 4.5m);
        s.Value(schools[0], Indicator.EU7_STOTTE, 4.5m, year: new SchoolYear(2024));

        var problem = s.Run(TestRules.With()).Problems.Single();

        problem.ToString().Should().Be(
            "data.csv line 42, column skoleaar: school year 2024-25 has rows for only 1 school, against 40 in 2023-24: " +
            "fewer than 5 % of the schools is out of line with the rest of the data (a typo in skoleaar?) (found '2024-25')");
    }

    [Test]
    public void A_country_sorted_in_blocks_side_by_side_is_sorted_as_in_one_pass()
    {
        // 12,803 observations: three blocks of about 4,268 (one per 4,096). 6,200 schools with EU7_STOTTE in 2021 and
        // 2022; only the last 400 have 2023 (enough for a year in line), all in the last block, and the window ends there. School s has a suppressed
        // EU7_MOTIVASJON in each block (2021 in the first, 2022 in the second, 2023 in the last): 3 suppressed in all.
        var s = new Scenario();
        foreach (var year in new[] { 2021, 2022, 2023 })
            s.National(Indicator.EU7_STOTTE, 4.0m, new SchoolYear(year)).National(Indicator.EU7_MOTIVASJON, 4.0m, new SchoolYear(year));
        var suppressedSchool = s.School();
        for (var i = 0; i < 6_200; i++)
        {
            var school = i == 0 ? suppressedSchool : s.School();
            s.Value(school, Indicator.EU7_STOTTE, 3.5m, year: new SchoolYear(2021)).Value(school, Indicator.EU7_STOTTE, 4.5m, year: new SchoolYear(2022));
            if (i >= 5_800)
                s.Value(school, Indicator.EU7_STOTTE, 3.5m, year: new SchoolYear(2023));
            if (i is 0 or 3_000 or 6_199)
                s.Value(suppressedSchool, Indicator.EU7_MOTIVASJON, null, year: new SchoolYear(i == 0 ? 2021 : i == 3_000 ? 2022 : 2023));
        }

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3.0m), TestRules.Rule(Indicator.EU7_MOTIVASJON, 3.0m)], windowYears: 3));

        result.Window.Should().Equal(new SchoolYear(2021), new SchoolYear(2022), new SchoolYear(2023));
        (result.Counts.ObservationsRead, result.Counts.ObservationsScored, result.Counts.ObservationsMissingValue).Should().Be((12_803, 12_800, 3));
        result.Schools.Single(r => r.School.OrgNr == suppressedSchool).Suppressed.Should().Be(3);
        // 3.5 is below the national 4.0 (1 point of 3), 4.5 above it (0): 1 of 6, and 2 of 9 with 2023.
        result.Schools.Count(r => (r.Points, r.Possible) == (1, 6)).Should().Be(5_800);
        result.Schools.Count(r => (r.Points, r.Possible) == (2, 9)).Should().Be(400);
    }
}
