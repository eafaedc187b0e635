using Selection.Core.Data;

namespace Selection.Core.Tests;

/// <summary>
/// The one-pass tally behind the checks across a data set: schools and rows counted once however many
/// observations they have, unregistered orgnr with their distinct rows in order, each school year's
/// first row in file then line order. Expectations counted by hand.
/// </summary>
public class InputTallyTests
{
    private static readonly OrgNr A = OrgNr.Parse("974760673").Value;
    private static readonly OrgNr B = OrgNr.Parse("971524960").Value;
    private static readonly OrgNr Stranger = OrgNr.Parse("970000143").Value;

    private static School Registered(OrgNr orgnr, int line) =>
        new(orgnr, "Skole", KommuneNr.Of("0301"), Eierform.Offentlig, 1, 10, new Origin("skoler.csv", line));

    private static Observation Obs(OrgNr orgnr, Indicator indicator, int year, decimal? value, string? file, int line) =>
        new(orgnr, indicator, new SchoolYear(year), value, 10, new Origin(file!, line));

    private static readonly SelectionInput Input = new(
        [Registered(A, 2), Registered(B, 3), Registered(OrgNr.FromFirstEightDigits("98541460")!.Value, 4)],
        [
            // one row of Elevundersøkelsen: three observations, one row
            Obs(A, Indicator.EU7_MOBBING, 2023, 5m, "elevundersokelsen.csv", 2),
            Obs(A, Indicator.EU7_STOTTE, 2023, 4m, "elevundersokelsen.csv", 2),
            Obs(A, Indicator.EU7_MOTIVASJON, 2023, null, "elevundersokelsen.csv", 2),
            Obs(B, Indicator.EU7_MOBBING, 2022, 6m, "elevundersokelsen.csv", 3),
            Obs(Stranger, Indicator.EU7_MOBBING, 2023, 7m, "elevundersokelsen.csv", 4),
            Obs(Stranger, Indicator.EU7_STOTTE, 2023, 3m, "elevundersokelsen.csv", 4),
            // the same line number in another file is another row; a line too long for a bitmap still counts
            Obs(A, Indicator.NP5_LES_MN1, 2023, 20m, "nasjonale_prover.csv", 2),
            Obs(Stranger, Indicator.GSP, 2023, 40m, "grunnskolepoeng.csv", int.MaxValue),
            Obs(B, Indicator.GSP, 2023, null, "grunnskolepoeng.csv", 7),
            // no file at all is not the same as an empty file name
            Obs(B, Indicator.GSP, 2022, 41m, null, 9),
            Obs(B, Indicator.GSP, 2022, 41m, "", 9),
        ],
        []);

    [Test]
    public void Schools_and_rows_of_a_year_are_counted_once_each()
    {
        var tally = InputTally.Of(Input);

        tally.Years.Select(y => (y.Year.StartYear, y.Schools, y.Rows)).Should().Equal(
            (2022, 1, 3),  // B; rows elevundersokelsen:3, (no file):9, "":9
            (2023, 3, 5)); // A, Stranger, B; rows elevundersokelsen:2 and :4, nasjonale_prover:2, grunnskolepoeng:max and :7
    }

    [Test]
    public void A_years_first_row_is_the_first_in_file_then_line_order()
    {
        var tally = InputTally.Of(Input);

        tally.Years.Select(y => y.First).Should().Equal(new Origin(null!, 9), new Origin("elevundersokelsen.csv", 2));
    }

    [Test]
    public void An_orgnr_outside_the_register_is_named_with_its_distinct_rows_in_order()
    {
        var tally = InputTally.Of(Input);

        tally.Unregistered.Should().ContainSingle();
        tally.Unregistered[0].OrgNr.Should().Be(Stranger);
        tally.Unregistered[0].Rows.Should().Equal(new Origin("elevundersokelsen.csv", 4), new Origin("grunnskolepoeng.csv", int.MaxValue));
    }

    [Test]
    public void A_registered_school_has_data_when_any_observation_is_its_own_suppressed_or_not()
    {
        var tally = InputTally.Of(Input);

        Input.Schools.Select(tally.HasData).Should().Equal(true, true, false);
    }

    [Test]
    public void Each_source_and_year_counts_its_schools_values_and_suppressed_values()
    {
        var tally = InputTally.Of(Input);

        tally.SourceYears.Select(s => (s.Source, s.Year.StartYear, s.Schools, s.Values, s.Suppressed)).Should().Equal(
            (DataSource.Elevundersokelsen, 2022, 1, 1, 0),
            (DataSource.Elevundersokelsen, 2023, 2, 5, 1),
            (DataSource.NasjonaleProver, 2023, 1, 1, 0),
            (DataSource.Grunnskolepoeng, 2022, 1, 2, 0),
            (DataSource.Grunnskolepoeng, 2023, 2, 2, 1));
    }

    [Test]
    public void An_input_is_counted_once_and_an_input_made_from_it_again()
    {
        var tally = InputTally.Of(Input);
        var fewer = Input with { Observations = Input.Observations.Take(4).ToArray() };

        InputTally.Of(Input).Should().BeSameAs(tally, "the validator and the engine count the same input");
        InputTally.Of(fewer).Should().NotBeSameAs(tally);
        InputTally.Of(fewer).Years.Select(y => (y.Year.StartYear, y.Rows)).Should().Equal((2022, 1), (2023, 1));
    }
}
