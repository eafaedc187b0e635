namespace Selection.Core.Tests;

/// <summary>
/// Issue 10: the problems the engine and the checks across a data set find read in bokmål when the
/// command runs in bokmål (the UI culture the command line sets from --language).
/// </summary>
[SetUICulture("nb")]
public class NorwegianCheckMessagesTests
{
    private static Scenario FourYears()
    {
        var s = new Scenario();
        var school = s.School();
        foreach (var year in new[] { 2020, 2021, 2022, 2023 })
        {
            s.National(Indicator.EU7_STOTTE, 4.0m, new SchoolYear(year));
            s.Value(school, Indicator.EU7_STOTTE, 3.5m, year: new SchoolYear(year));
        }
        return s;
    }

    [Test]
    public void A_window_outside_the_data_is_reported_in_bokmal_with_the_years_that_have_data()
    {
        var outcome = FourYears().Run(TestRules.With(windowYears: 3), lastYear: new SchoolYear(2030));

        var problem = outcome.Problems.Single();
        problem.Code.Should().Be("window-outside-data");
        problem.ToString().Should().Be("Vinduet kan ikke slutte i 2030-31: dataene har verdier som teller i 2020-21 – 2023-24");
    }

    [Test]
    public void A_window_year_without_data_is_named_in_bokmal()
    {
        var outcome = FourYears().Run(TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3.0m)], windowYears: 3), lastYear: new SchoolYear(2021));

        outcome.Problems.Single().Message.Should().Be(
            "Vinduet 2019-20 – 2021-22 (3 skoleår til og med 2021-22) har ingen data for 2019-20: ingen skole som er med i utvalget, " +
            "har en verdi som teller i det året (dataene har verdier som teller i 2020-21, 2021-22, 2022-23, 2023-24)");
    }

    [Test]
    public void A_school_in_a_split_kommune_is_reported_in_bokmal_with_file_line_column_and_the_candidates()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        var school = s.School("1507", name: "Fjellvik skule");
        s.Value(school, Indicator.EU7_STOTTE, 3.5m);

        var outcome = s.Run(TestRules.With());

        outcome.Problems.Single().ToString().Should().Be(
            $"skoler.csv linje 2, kolonne kommunenummer: skolen {school} Fjellvik skule er registrert i kommune 1507, som ble delt; " +
            "den kan ikke plasseres etter nummer. Registrer den under en av: 1508 Ålesund, 1580 Haram (fant «1507»)");
    }

    [Test]
    public void Data_for_a_school_not_in_the_register_counts_its_rows_in_bokmal()
    {
        var s = new Scenario();
        var ghost = OrgNr.Parse("974760673").Value;
        s.School();
        s.Value(ghost, Indicator.EU7_STOTTE, 3.5m).Value(ghost, Indicator.EU7_MOBBING, 10m);

        var outcome = s.Run(TestRules.With());

        outcome.Problems.Single().Message.Should().Be("orgnr 974760673 har data (2 rader), men ingen rad i skoler: skolen kan ikke plasseres i en kommune");
    }

    [Test]
    public void A_school_year_cut_off_from_the_rest_is_reported_in_bokmal_with_the_gap()
    {
        var s = FourYears();
        var school = s.School();
        s.Value(school, Indicator.EU7_STOTTE, 3.5m, year: new SchoolYear(2052));

        var outcome = s.Run(TestRules.With());

        outcome.Problems.Single().ToString().Should().Be(
            "data.csv linje 6, kolonne skoleaar: skoleåret 2052-53 (1 rad) passer ikke med resten av dataene, 2020-21 – 2023-24: " +
            "det ligger 28 skoleår etter dem, uten data imellom (en skrivefeil i skoleaar?) (fant «2052-53»)");
    }
}
