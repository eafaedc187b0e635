using Selection.Core;
using Selection.IO.Input;

namespace Selection.IO.Tests;

/// <summary>Reading a data folder into the method's input, and refusing what cannot be read.</summary>
public class DataSetReaderTests
{
    [Test]
    public void A_valid_folder_reads_into_observations_with_suppressed_cells_as_missing()
    {
        using var folder = DataFolder.Valid();

        var data = DataSetReader.Read(folder.Path);

        data.Problems.Should().BeEmpty();
        data.Input.Schools.Should().HaveCount(3);
        var betaEu = data.Input.Observations.Where(o => o.OrgNr.Value == DataFolder.OrgB && o.Indicator.Source == DataSource.Elevundersokelsen).ToArray();
        betaEu.Should().HaveCount(3).And.OnlyContain(o => o.Value == null && o.Pupils == 4);
        data.Input.Observations.Single(o => o.Indicator == Indicator.GSP && o.OrgNr.Value == DataFolder.OrgA).Value.Should().Be(40.5m);
        data.Input.Observations.Single(o => o.Indicator == Indicator.EU10_MOBBING && o.OrgNr.Value == DataFolder.OrgA)
            .Should().Match<Core.Data.Observation>(o => o.Value == 7.0m && o.Pupils == 25 && o.Year == new SchoolYear(2023));
    }

    [Test]
    public void Rows_of_subjects_that_are_not_indicators_are_ignored_and_counted()
    {
        using var folder = DataFolder.Valid();

        var np = DataSetReader.Read(folder.Path).Sources.Single(s => s.File == "nasjonale_prover.csv");

        np.Rows.Should().Be(5);
        np.RowsUsed.Should().Be(4);
        np.Ignored.Should().Equal(new IgnoredRows("fag 'engelsk' is not an indicator subject", 1));
    }

    [Test]
    public void A_folder_that_does_not_exist_is_an_error()
    {
        DataSetReader.Read("/no/such/folder").Problems.Single().Code.Should().Be("data-folder-missing");
    }

    [Test]
    public void A_missing_required_file_is_named()
    {
        using var folder = DataFolder.Valid();
        File.Delete(Path.Combine(folder.Path, "grunnskolepoeng.csv"));

        var problem = DataSetReader.Read(folder.Path).Problems.Single();

        problem.ToString().Should().Be("grunnskolepoeng.csv: the data folder has no grunnskolepoeng.csv (or grunnskolepoeng.parquet)");
    }

    [Test]
    public void File_names_match_with_or_without_norwegian_letters()
    {
        using var folder = DataFolder.Valid();
        File.Move(Path.Combine(folder.Path, "nasjonale_prover.csv"), Path.Combine(folder.Path, "Nasjonale_prøver.csv"));

        var data = DataSetReader.Read(folder.Path);

        data.Problems.Should().BeEmpty();
        data.Files.Should().Contain("Nasjonale_prøver.csv");
    }

    [Test]
    public void A_row_with_more_fields_than_the_header_is_refused_with_its_line()
    {
        using var folder = DataFolder.Valid()
            .Text("grunnskolepoeng.csv", $"orgnr;skoleaar;grunnskolepoeng;antall_elever\n{DataFolder.OrgA};2023-24;40,5;25\n{DataFolder.OrgC};2023-24;43;1;60\n");

        DataSetReader.Read(folder.Path).Problems.Single().ToString()
            .Should().Be("grunnskolepoeng.csv line 3: the row has 5 fields but the header has 4 (a separator inside an unquoted value?)");
    }

    [Test]
    public void A_value_that_does_not_parse_names_the_cell()
    {
        using var folder = DataFolder.Valid()
            .Text("grunnskolepoeng.csv", $"orgnr;skoleaar;grunnskolepoeng;antall_elever\n{DataFolder.OrgA};2023-24;40,5;25\n{DataFolder.OrgC};2023-24;førti;60\n");

        var problem = DataSetReader.Read(folder.Path).Problems.Single();

        problem.ToString().Should().Be("grunnskolepoeng.csv line 3, column grunnskolepoeng: 'førti' is not a number (found 'førti')");
    }

    [Test]
    public void A_missing_required_column_is_reported_on_line_1()
    {
        using var folder = DataFolder.Valid()
            .Text("skoler.csv", $"orgnr;navn;kommunenummer\n{DataFolder.OrgA};Alfa skole;0301\n");

        var problem = DataSetReader.Read(folder.Path).Problems.Single(p => p.IsError);

        (problem.File, problem.Line, problem.Column, problem.Code).Should().Be(("skoler.csv", 1, "skolenavn", "column-missing"));
    }

    [Test]
    public void An_empty_file_is_refused()
    {
        using var folder = DataFolder.Valid().Bytes("skoler.csv", []);

        DataSetReader.Read(folder.Path).Problems.Single().ToString().Should().Be("skoler.csv: cannot read the file: the file is empty");
    }

    [Test]
    public void A_binary_file_is_refused()
    {
        using var folder = DataFolder.Valid().Bytes("skoler.csv", [0x01, 0x00, 0xFF, 0x10, 0x00]);

        DataSetReader.Read(folder.Path).Problems.Single().Message.Should().Be("cannot read the file: the file is not text (it holds binary bytes)");
    }

    [Test]
    public void An_orgnr_failing_the_check_digit_is_refused()
    {
        using var folder = DataFolder.Valid()
            .Text("skoler.csv", "orgnr;skolenavn;kommunenummer\n974760674;Alfa skole;0301\n");

        DataSetReader.Read(folder.Path).Problems.First().ToString()
            .Should().Be("skoler.csv line 2, column orgnr: '974760674' fails the orgnr mod-11 check (found '974760674')");
    }

    [Test]
    public void A_percentage_above_100_is_out_of_range()
    {
        using var folder = DataFolder.Valid()
            .Text("nasjonale_prover.csv", $"orgnr;skoleaar;trinn;fag;andel_mestringsniva_1;antall_elever\n{DataFolder.OrgA};2023-24;5;lesing;130;20\n");

        DataSetReader.Read(folder.Path).Problems.Single().ToString()
            .Should().Be("nasjonale_prover.csv line 2, column andel_mestringsniva_1: a percentage for NP5_LES_MN1 must lie between 0 and 100 (found '130')");
    }

    [Test]
    public void The_school_year_is_read_in_every_listed_form()
    {
        using var folder = DataFolder.Valid()
            .Text("grunnskolepoeng.csv", $"orgnr;Skoleår;grunnskolepoeng;antall_elever\n{DataFolder.OrgA};2020-21;40;25\n{DataFolder.OrgA};2021-2022;40;25\n{DataFolder.OrgA};202223;40;25\n{DataFolder.OrgA};20232024;40;25\n{DataFolder.OrgC};2023;43;60\n");

        var years = DataSetReader.Read(folder.Path).Input.Observations.Where(o => o.Indicator == Indicator.GSP).Select(o => o.Year.StartYear);

        years.Should().Equal(2020, 2021, 2022, 2023, 2023);
    }

    [Test]
    public void Identical_duplicate_rows_are_a_warning_and_counted_once_conflicting_ones_an_error()
    {
        using var identical = DataFolder.Valid()
            .Text("grunnskolepoeng.csv", $"orgnr;skoleaar;grunnskolepoeng;antall_elever\n{DataFolder.OrgA};2023-24;40,5;25\n{DataFolder.OrgA};2023-24;40,5;25\n");
        using var conflicting = DataFolder.Valid()
            .Text("grunnskolepoeng.csv", $"orgnr;skoleaar;grunnskolepoeng;antall_elever\n{DataFolder.OrgA};2023-24;40,5;25\n{DataFolder.OrgA};2023-24;41,5;25\n");

        var warned = DataSetReader.Read(identical.Path);
        warned.HasErrors.Should().BeFalse();
        warned.Problems.Single().Code.Should().Be("duplicate-row");
        warned.Input.Observations.Count(o => o.Indicator == Indicator.GSP).Should().Be(1);

        var refused = DataSetReader.Read(conflicting.Path).Problems.Single();
        refused.ToString().Should().Be($"grunnskolepoeng.csv line 3, column orgnr: {DataFolder.OrgA} 2023-24 appears again with other values than on line 2 (found '{DataFolder.OrgA}')");
    }

    [Test]
    public void A_row_repeated_after_other_schools_rows_is_found_and_named_by_its_first_line()
    {
        // Row keys are kept school by school: a school that comes back after another must still find its own
        // rows, and a key of one school is never taken for the same key of another.
        using var folder = DataFolder.Valid()
            .Text("nasjonale_prover.csv", "orgnr;skoleaar;trinn;fag;andel_mestringsniva_1;antall_elever\n"
                + $"{DataFolder.OrgA};2023-24;5;lesing;20;25\n{DataFolder.OrgA};2023-24;5;regning;21;25\n"
                + $"{DataFolder.OrgC};2023-24;5;lesing;20;25\n{DataFolder.OrgC};2023-24;5;regning;21;25\n"
                + $"{DataFolder.OrgA};2023-24;8;lesing;30;25\n{DataFolder.OrgA};2023-24;5;regning;21;25\n{DataFolder.OrgA};2023-24;5;lesing;22;25\n");

        var read = DataSetReader.Read(folder.Path);

        read.Problems.Select(p => p.ToString()).Should().Equal(
            $"nasjonale_prover.csv line 7, column orgnr: {DataFolder.OrgA} 2023-24 trinn 5 regning appears again, identical to line 3: counted once (found '{DataFolder.OrgA}')",
            $"nasjonale_prover.csv line 8, column orgnr: {DataFolder.OrgA} 2023-24 trinn 5 lesing appears again with other values than on line 2 (found '{DataFolder.OrgA}')");
        read.Input.Observations.Where(o => o.Indicator.Source == DataSource.NasjonaleProver).Select(o => (o.OrgNr.Value, o.Indicator.Code, o.Origin.Line)).Should().Equal(
            (DataFolder.OrgA, "NP5_LES_MN1", 2), (DataFolder.OrgA, "NP5_REG_MN1", 3), (DataFolder.OrgC, "NP5_LES_MN1", 4), (DataFolder.OrgC, "NP5_REG_MN1", 5), (DataFolder.OrgA, "NP8_LES_MN1", 6));
    }

    [Test]
    public void Datasett_json_says_whether_the_data_is_synthetic_even_with_a_byte_order_mark()
    {
        using var folder = DataFolder.Valid().Text("datasett.json", "{\"name\": \"test\", \"synthetic\": true}", new System.Text.UTF8Encoding(true));

        var info = DataSetReader.Read(folder.Path).Info;

        (info.Name, info.Synthetic).Should().Be(("test", true));
    }

    [Test]
    public void National_rows_are_read_with_their_indicator_and_an_unknown_code_is_refused()
    {
        using var folder = DataFolder.Valid().Text("nasjonalt.csv", "skoleaar;indikator;verdi\n2023-24;GSP;41,8\n2023-24;NP9_LES;20\n");

        var data = DataSetReader.Read(folder.Path);

        data.Input.NationalValues.Single().Should().Match<Core.Data.NationalValue>(n => n.Indicator == Indicator.GSP && n.Value == 41.8m);
        data.Problems.Single().Should().Match<Problem>(p => p.Line == 3 && p.Column == "indikator" && p.Found == "NP9_LES");
    }
}
