using System.Text;

namespace Selection.Import.Tests;

/// <summary>
/// Issue 15, item 5: the messy cases of real exports, each a small committed folder under <c>Fixtures/</c> whose
/// expected tables are worked out by hand from its few rows.
/// </summary>
public class MessyExportTests
{
    private const string Bom = "\uFEFF";

    private const string Skoler = Bom + "orgnr;skolenavn;kommunenummer;eierform;trinn_fra;trinn_til\r\n"
        + "971000007;Alfa skole;0301;offentlig;1;7\r\n"
        + "971000074;Beta skole;0301;offentlig;8;10\r\n"
        + "971000147;Gamma skole;4601;privat;1;10\r\n";

    internal static ImportResult Import(string fixture, ImportTexts? texts = null)
    {
        var result = Importer.Import(TestFolders.Fixture(fixture), texts ?? TestFolders.English);
        result.Problems.Where(p => p.IsError).Should().BeEmpty();
        return result;
    }

    internal static string Text(ImportResult result, string file) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.Name == file).Bytes);

    internal static string Log(ImportResult result) => Text(result, Importer.LogFile);

    [Test]
    public void Question_groups_are_mapped_by_code_then_by_name_whatever_the_spelling_and_the_rest_left_out()
    {
        var result = Import("navnedrift");

        // G1 is "Støtte fra lærer" in 2022-23 and "Støtte fra lærerne" in 2023-24: one group by its code. The group
        // without a code and in capitals is found by its name. Alfa's two years have counts 20/20 and 21/19: the larger.
        Text(result, "elevundersokelsen.csv").Should().Be(Bom
            + "orgnr;skoleaar;trinn;stotte_fra_laerer;motivasjon;antall_besvart;standardavvik_stotte_fra_laerer;standardavvik_motivasjon\r\n"
            + "971000007;2022-23;7;4,20;4,00;20;0,80;0,70\r\n"
            + "971000007;2023-24;7;4,30;3,95;21;0,75;0,72\r\n"
            + "971000147;2022-23;10;3,90;;15;0,90;\r\n");
        var log = Log(result);
        log.Should().Contain("Question group G1 'Støtte fra lærer' → stotte_fra_laerer (by its name; the code is unknown)")
            .And.Contain("Question group G1 'Støtte fra lærerne' → stotte_fra_laerer (by its code, first mapped by name at eu-148-indikator.csv, line 2)")
            .And.Contain("Question group no code 'STOTTE FRA LAERER' → stotte_fra_laerer (by its name; the code is unknown)")
            .And.Contain("Question group EUIndeks_1379 'Trivsel': not an indicator; its rows are left out")
            .And.Contain("left out 1 row: a single question, not the question group's own row (first: line 4)")
            .And.Contain("left out 1 row: the question group 'Trivsel' (EUIndeks_1379) is not an indicator (first: line 7)")
            .And.Contain("left out 1 row: the question group 'Arbeidsro' (G9) is not an indicator (first: line 8)")
            .And.Contain("left out 1 row: grade 9 is not an indicator grade (first: line 9)")
            .And.Contain("elevundersokelsen: 1 row whose question groups had different numbers answering; the largest is written in antall_besvart")
            .And.Contain("elevundersokelsen: 1 cell without a row: the school has a row for another question group that year and grade but none for this one");
    }

    [Test]
    public void Suppressed_no_data_and_absent_stay_three_different_things()
    {
        var result = Import("prikket-tomt-fravaerende");

        // Alfa has a value; Gamma's 7th grade is suppressed (*), its 10th grade has a row without data (empty);
        // Beta (grades 8–10) has no row for 10th grade: it gets none. The boys' row of Alfa is not the data.
        Text(result, "elevundersokelsen.csv").Should().Be(Bom
            + "orgnr;skoleaar;trinn;mobbing;antall_besvart\r\n"
            + "971000007;2023-24;7;5,0;20\r\n"
            + "971000147;2023-24;7;*;*\r\n"
            + "971000147;2023-24;10;;\r\n");
        Text(result, "nasjonalt.csv").Should().Be(Bom + "skoleaar;indikator;verdi\r\n2023-24;EU7_MOBBING;7,5\r\n");
        Text(result, "kommunalt.csv").Should().Be(Bom
            + "kommunenummer;skoleaar;indikator;verdi;antall\r\n"
            + "0301;2023-24;EU7_MOBBING;6,9;4321\r\n"
            + "4601;2023-24;EU10_MOBBING;*;*\r\n");
        var log = Log(result);
        log.Should().Contain("left out 1 row: a fylke row (fylker are not used) (first: line 3)")
            .And.Contain("left out 1 row: not the row for all in KjoennKode (first: line 8)")
            .And.Contain("left out 1 row: 2100 is no kommune the engine can place (Svalbard, abroad, or a number no kommune structure knows); kommunalt takes kommuner only (first: line 6)")
            .And.Contain("Filter KjoennKode: selected «-10 (Alle kjønn)» (8); left out «2 (Gutt)» (1)");
        // One row each of a value, a suppressed value and no data; Beta's 10th grade is the one school absent.
        log.Should().MatchRegex(@"elevundersokelsen\s+2023-24\s+3\s+3\s+1\s+1\s+1\n");
    }

    [Test]
    public void Wide_reports_map_unit_ids_through_the_unit_table_and_read_thousands_separators()
    {
        var result = Import("tusenskille");

        // Alfa's 2024-25 share is suppressed with 8 pupils; Gamma's cells are all empty (no row); Beta's 9th grade
        // is no indicator grade; 1 024 with a non-breaking space is 1024. Engelsk is written, as in sample-data.
        Text(result, "nasjonale_prover.csv").Should().Be(Bom
            + "orgnr;skoleaar;trinn;fag;andel_mestringsniva_1;antall_elever\r\n"
            + "971000007;2023-24;5;lesing;20,0;25\r\n"
            + "971000007;2023-24;5;engelsk;30,0;25\r\n"
            + "971000007;2024-25;5;lesing;*;8\r\n"
            + "971000074;2023-24;8;regning;12,5;1024\r\n");
        // 202406 and 202506 are the June ending 2023-24 and 2024-25; only 2024-25 has a standard deviation column.
        Text(result, "grunnskolepoeng.csv").Should().Be(Bom
            + "orgnr;skoleaar;grunnskolepoeng;antall_elever;standardavvik\r\n"
            + "971000074;2023-24;40,2;45;\r\n"
            + "971000074;2024-25;*;7;*\r\n"
            + "971000147;2023-24;43,0;30;\r\n");
        Text(result, "nasjonalt.csv").Should().Be(Bom + "skoleaar;indikator;verdi\r\n"
            + "2023-24;NP5_LES_MN1;25,0\r\n2024-25;NP5_LES_MN1;24,5\r\n2023-24;GSP;41,4\r\n2024-25;GSP;41,6\r\n");
        Text(result, "kommunalt.csv").Should().Be(Bom + "kommunenummer;skoleaar;indikator;verdi;antall\r\n0301;2023-24;NP5_LES_MN1;22,1;5432\r\n");
        var log = Log(result);
        log.Should().Contain("Column '2023-24 Skalapoeng': not a measure the import uses; left out")
            .And.Contain("Column '202506 Grunnskolepoeng' → school year 2024-25, grunnskolepoeng")
            .And.Contain("6119 → orgnr 971000007 'Alfa skole' (enheter.csv, line 5; used in np-rapport.csv)")
            .And.Contain("-76 → kommunenummer 0301 'Oslo' (enheter.csv, line 4; used in np-rapport.csv)");
    }

    [Test]
    public void The_all_rows_are_found_by_their_names_when_the_export_has_no_codes()
    {
        var result = Import("begge-kjonn");

        // "Begge kjønn" and "Alle" are the rows for all; Gutt, Jente and Offentlig skole split the same pupils.
        Text(result, "elevundersokelsen.csv").Should().Be(Bom
            + "orgnr;skoleaar;trinn;stotte_fra_laerer;motivasjon;antall_besvart\r\n"
            + "971000007;2023-24;7;4,1;;22\r\n"
            + "971000147;2023-24;10;;3,6;18\r\n");
        Log(result).Should().Contain("Filter Kjoenn: selected «Begge kjønn» (2), «Alle» (1); left out «Gutt» (1), «Jente» (1)")
            .And.Contain("Filter EierformNavn: selected «Alle eierformer» (1), «Alle» (1); left out «Offentlig skole» (1)");
    }

    [Test]
    public void Windows_1252_files_are_read_with_their_letters()
    {
        var result = Import("windows-1252");

        Text(result, "skoler.csv").Should().Be(Bom + "orgnr;skolenavn;kommunenummer;eierform;trinn_fra;trinn_til\r\n"
            + "971000074;Bjørkely ungdomsskole;0301;offentlig;8;10\r\n"
            + "971000007;Øvre Åsen skole;0301;offentlig;1;7\r\n"
            + "971000147;Gamma skole;4601;privat;1;10\r\n");
        Text(result, "elevundersokelsen.csv").Should().Be(Bom + "orgnr;skoleaar;trinn;stotte_fra_laerer;antall_besvart\r\n"
            + "971000074;2023-24;10;3,80;51\r\n"
            + "971000007;2023-24;7;4,25;24\r\n");
        Log(result).Should().Contain("Windows-1252");
    }

    [Test]
    public void The_register_as_NSRs_JSON_carries_the_optional_columns_and_leaves_out_what_is_no_school()
    {
        var result = Import("nsr-json");

        // The owner (ErSkole false) and the school abroad (pseudo-number U90099013) are left out; "301" is 0301;
        // Beta's kommune is nested (Kommune.Kommunenummer); nothing is excluded for being special, inactive or vgs.
        Text(result, "skoler.csv").Should().Be(Bom
            + "orgnr;skolenavn;kommunenummer;eierform;trinn_fra;trinn_til;spesialskole;aktiv;grunnskole;elevtall\r\n"
            + "971000007;Alfa skole;0301;offentlig;1;7;false;true;true;250\r\n"
            + "971000074;Beta skole;0301;offentlig;8;10;true;true;true;12\r\n"
            + "971000287;Delta videregående skole;4601;offentlig;;;false;true;false;800\r\n"
            + "971000147;Gamma skole;4601;privat;1;10;false;false;true;0\r\n");
        Log(result).Should().Contain("left out 1 row: not a school (ErSkole is false) (first: line 7)")
            .And.Contain("left out 1 row: 'U90099013' is not an organisation number (NSR gives schools abroad pseudo-numbers)");
    }

    [Test]
    public void A_file_of_unknown_shape_is_an_error_naming_it_its_columns_and_what_was_expected()
    {
        var result = Importer.Import(TestFolders.Fixture("ukjent-fil"), TestFolders.English);

        result.Files.Should().BeEmpty();
        result.Problems.Should().ContainSingle(p => p.IsError).Which.ToString().Should()
            .StartWith("notater.csv: the file is not recognised; its columns are «Dato», «Kommentar». Expected one of: Elevundersøkelsen from the statistics bank");
    }

    [Test]
    public void Canonical_tables_pass_through_byte_for_byte_under_their_canonical_names()
    {
        var result = Import("navnedrift");

        result.Files.Single(f => f.Name == "nasjonale_prover.csv").Bytes.Should().Equal(File.ReadAllBytes(Path.Combine(TestFolders.Fixture("navnedrift"), "np-kanonisk.csv")));
        result.Files.Single(f => f.Name == "grunnskolepoeng.csv").Bytes.Should().Equal(File.ReadAllBytes(Path.Combine(TestFolders.Fixture("navnedrift"), "grunnskolepoeng.csv")));
        Text(result, "skoler.csv").Should().Be(Skoler);
        Log(result).Should().Contain("'np-kanonisk.csv' written unchanged, byte for byte, as nasjonale_prover.csv");
    }
}
