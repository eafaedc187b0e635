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

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)]));

        result.Window.Should().Equal(new SchoolYear(2021), new SchoolYear(2022), new SchoolYear(2023));
        var row = result.Schools.Single();
        (row.Points, row.Possible).Should().Be((2L, 9L));
        result.Counts.ObservationsOutsideWindow.Should().Be(1);
    }

    [Test]
    public void To_moves_the_window_back_and_leaves_later_years_out()
    {
        var (s, _) = FourYears();

        var result = s.Result(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)]), lastYear: new SchoolYear(2022));

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
    public void A_window_with_no_data_is_an_error_not_an_empty_selection()
    {
        var (s, _) = FourYears();

        var outcome = s.Run(TestRules.With(), lastYear: new SchoolYear(2030));

        outcome.Succeeded.Should().BeFalse();
        outcome.Problems.Single().Code.Should().Be("no-data-in-window");
        outcome.Problems.Single().Message.Should().Contain("2028-29 – 2030-31");
    }
}
