using System.Text;

namespace Selection.Import.Tests;

/// <summary>
/// What the import refuses: every refusal names the file (and line and column where one applies) and says what was
/// expected, and an import with an error makes no files at all.
/// </summary>
public class RefusalTests
{
    private const string Nsr = "Organisasjonsnummer;Navn;Kommunenummer;ErOffentligSkole;ErPrivatskole\n971000007;Alfa skole;0301;true;false\n";
    private const string Eu = "orgnr;skoleaar;trinn;mobbing;antall_besvart\n971000007;2023-24;7;6,5;20\n";
    private const string Np = "orgnr;skoleaar;trinn;fag;andel_mestringsniva_1\n971000007;2023-24;5;lesing;20,0\n";
    private const string Gsp = "orgnr;skoleaar;grunnskolepoeng\n971000007;2023-24;40,0\n";

    /// <summary>A folder of the given files (text as UTF-8), imported in English; the files of a whole data set unless replaced.</summary>
    private static ImportResult Import(params (string Name, string Text)[] files)
    {
        using var folder = new TempFolder();
        var all = new Dictionary<string, string> { ["nsr.csv"] = Nsr, ["eu.csv"] = Eu, ["np.csv"] = Np, ["gsp.csv"] = Gsp };
        foreach (var (name, text) in files)
            all[name] = text;
        foreach (var (name, text) in all.Where(f => f.Value.Length > 0))
            File.WriteAllText(folder.File(name), text, new UTF8Encoding(false));
        return Importer.Import(folder.Path, TestFolders.English);
    }

    private static string SingleError(ImportResult result)
    {
        result.Files.Should().BeEmpty("nothing is made when there is an error");
        return result.Problems.Should().ContainSingle(p => p.IsError).Which.ToString();
    }

    [Test]
    public void A_year_code_that_could_be_two_school_years_is_refused_naming_the_file_and_column()
    {
        var report = "EnhetID;EnhetNavn;202501 Grunnskolepoeng\n6119;Alfa skole;40,0\n";

        var result = Import(("gsp.csv", ""), ("enheter.csv", "EnhetID;Kode;Navn;Nivaa\n6119;971000007;Alfa skole;4\n"), ("rapport.csv", report));

        SingleError(result).Should().Be("rapport.csv: the file is not recognised: the column '202501 Grunnskolepoeng' looks like a report column, but the year code '202501' is a year and a month from January to May, which can belong to two school years; write the school year (2024-25) or the eight-digit code (20242025)");
    }

    [Test]
    public void A_report_by_unit_id_without_a_unit_table_is_refused()
    {
        var result = Import(("gsp.csv", ""), ("rapport.csv", "EnhetID;EnhetNavn;202406 Grunnskolepoeng\n6119;Alfa skole;40,0\n"));

        SingleError(result).Should().StartWith("rapport.csv line 1, column EnhetID: the report names its units by EnhetID, the statistics bank's own unit ids, but the folder holds no unit table");
    }

    [Test]
    public void Unit_ids_the_unit_table_does_not_have_are_refused_listing_them()
    {
        var result = Import(
            ("gsp.csv", ""),
            ("enheter.csv", "EnhetID;Kode;Navn;Nivaa\n6119;971000007;Alfa skole;4\n"),
            ("rapport.csv", "EnhetID;EnhetNavn;202406 Grunnskolepoeng\n6119;Alfa skole;40,0\n7001;Ukjent;41,0\n7002;Ukjent;42,0\n"));

        SingleError(result).Should().Be("rapport.csv, column EnhetID: 2 unit ids are not in the unit table (enheter.csv): 7001, 7002. Is the unit table from the same report?");
    }

    [Test]
    public void Rows_for_the_same_school_that_disagree_are_refused_so_pupils_are_never_counted_twice()
    {
        // Gender rows in an export without a gender column: the second row would be the same school's data twice.
        var eu = "EnhetNivaa;Organisasjonsnummer;Skoleaarnavn;TrinnKode;Spoersmaalgruppe;AndelMobbet;AntallBesvart\n"
            + "4;971000007;2023-24;7;Mobbing på skolen;6,0;20\n"
            + "4;971000007;2023-24;7;Mobbing på skolen;8,0;10\n";

        var result = Import(("eu.csv", eu));

        SingleError(result).Should().Be("eu.csv line 3: two different values for school 971000007 2023-24 grade 7 mobbing: this row and eu.csv, line 2. Are only the rows for all genders and owner forms selected, and are the same data not in two files?");
    }

    [Test]
    public void A_table_from_a_canonical_file_and_from_exports_at_once_is_refused()
    {
        var export = "EnhetNivaa;Organisasjonsnummer;Skoleaarnavn;TrinnKode;Spoersmaalgruppe;AndelMobbet\n4;971000007;2023-24;7;Mobbing på skolen;6,0\n";

        var result = Import(("eu-150.csv", export));

        SingleError(result).Should().Be("eu.csv: the table elevundersokelsen comes both from 'eu.csv' (canonical) and from the exports eu-150.csv; remove one source");
    }

    [Test]
    public void A_missing_table_is_refused_saying_where_it_comes_from()
    {
        var result = Import(("nsr.csv", ""));

        SingleError(result).Should().Be("no file gives the table skoler; it comes from NSR's school register (CSV or JSON) or a canonical skoler.csv");
    }

    [Test]
    public void A_value_outside_its_scale_is_refused_naming_line_and_column()
    {
        var eu = "EnhetNivaa;Organisasjonsnummer;Skoleaarnavn;TrinnKode;Spoersmaalgruppe;Score\n4;971000007;2023-24;7;Motivasjon;41\n";

        var result = Import(("eu.csv", eu));

        SingleError(result).Should().Be("eu.csv line 2, column Score: the value lies outside 1–5 (found '41')");
    }

    [Test]
    public void An_Excel_workbook_is_refused_with_what_to_do()
    {
        var result = Import(("nedlasting.xlsx", "PK"));

        SingleError(result).Should().Be("nedlasting.xlsx: is an Excel workbook; save it as CSV (semicolon-separated) first");
    }

    [Test]
    public void A_canonical_file_missing_a_column_is_refused_naming_the_column()
    {
        var result = Import(("nasjonale_prover.csv", "orgnr;skoleaar;trinn;andel_mestringsniva_1\n971000007;2023-24;5;20,0\n"), ("np.csv", ""));

        SingleError(result).Should().StartWith("nasjonale_prover.csv: the file is named like the canonical table nasjonale_prover but lacks the column fag; its columns are «orgnr»");
    }

    [Test]
    public void Canonical_national_rows_are_merged_with_the_exports_national_rows()
    {
        var export = "EnhetNivaa;Organisasjonsnummer;Skoleaarnavn;TrinnKode;Spoersmaalgruppe;AndelMobbet\n1;I;2023-24;7;Mobbing på skolen;7,1\n";
        var nasjonalt = "skoleaar;indikator;verdi\n2023-24;GSP;41.5\n2023-2024;EU7_MOBBING;7.1\n";

        var result = Import(("eu-150.csv", export), ("nasjonalt.csv", nasjonalt));

        result.Problems.Where(p => p.IsError).Should().BeEmpty();
        Encoding.UTF8.GetString(result.Files.Single(f => f.Name == "nasjonalt.csv").Bytes).Should()
            .Be("\uFEFFskoleaar;indikator;verdi\r\n2023-24;EU7_MOBBING;7,1\r\n2023-24;GSP;41,5\r\n");
    }

    [Test]
    public void Elevundersokelsen_as_the_export_APIs_JSON_is_read_like_its_CSV()
    {
        var json = """
            [
              {"EnhetNivaa": 4, "Organisasjonsnummer": "971000007", "Skoleaarnavn": "2023-24", "TrinnKode": "7", "KjoennKode": "-10",
               "Spoersmaalgruppekode": "EUIndeks_1398", "Spoersmaalgruppe": "Mobbing på skolen", "AndelMobbet": "5,5", "AntallBesvart": 22},
              {"EnhetNivaa": 4, "Organisasjonsnummer": "971000007", "Skoleaarnavn": "2023-24", "TrinnKode": "7", "KjoennKode": "2",
               "Spoersmaalgruppekode": "EUIndeks_1398", "Spoersmaalgruppe": "Mobbing på skolen", "AndelMobbet": "*", "AntallBesvart": null}
            ]
            """;

        var result = Import(("eu.csv", ""), ("eu-150.json", json));

        result.Problems.Where(p => p.IsError).Should().BeEmpty();
        Encoding.UTF8.GetString(result.Files.Single(f => f.Name == "elevundersokelsen.csv").Bytes).Should()
            .Be("\uFEFForgnr;skoleaar;trinn;mobbing;antall_besvart\r\n971000007;2023-24;7;5,5;22\r\n");
        Encoding.UTF8.GetString(result.Files.Single(f => f.Name == Importer.LogFile).Bytes).Should()
            .Contain("left out 1 row: not the row for all in KjoennKode (first: line 4)");
    }

    [Test]
    public void The_unit_table_is_read_as_the_statistics_banks_filterVerdier_JSON()
    {
        var filterVerdier = """
            {"TidID": [{"indeks": 0, "id": 202412, "kode": "202412", "navn": "2024-25"}],
             "EnhetID": [
               {"indeks": 0, "id": -12, "kode": "I", "navn": "Hele landet", "nivaa": 1, "barn": [1]},
               {"indeks": 1, "id": 6119, "kode": "971000007", "navn": "Alfa skole", "nivaa": 4, "forelder": 0}
             ]}
            """;
        var report = "EnhetID;EnhetNavn;202506 Grunnskolepoeng;202506 Antall elever\n-12;Hele landet;41,6;61 500\n6119;Alfa skole;40,5;31\n";

        var result = Import(("gsp.csv", ""), ("filterVerdier.json", filterVerdier), ("gsp-rapport.csv", report));

        result.Problems.Where(p => p.IsError).Should().BeEmpty();
        Encoding.UTF8.GetString(result.Files.Single(f => f.Name == "grunnskolepoeng.csv").Bytes).Should()
            .Be("\uFEFForgnr;skoleaar;grunnskolepoeng;antall_elever\r\n971000007;2024-25;40,5;31\r\n");
        Encoding.UTF8.GetString(result.Files.Single(f => f.Name == "nasjonalt.csv").Bytes).Should()
            .Be("\uFEFFskoleaar;indikator;verdi\r\n2024-25;GSP;41,6\r\n");
    }

    [Test]
    public void Hidden_files_and_folders_are_passed_over_and_logged()
    {
        using var folder = new TempFolder();
        foreach (var (name, text) in new[] { ("nsr.csv", Nsr), ("eu.csv", Eu), ("np.csv", Np), ("gsp.csv", Gsp), (".DS_Store", "\0\0") })
            File.WriteAllText(folder.File(name), text);
        Directory.CreateDirectory(folder.File("gammelt"));

        var result = Importer.Import(folder.Path, TestFolders.English);

        result.Problems.Where(p => p.IsError).Should().BeEmpty();
        Encoding.UTF8.GetString(result.Files.Single(f => f.Name == Importer.LogFile).Bytes).Should()
            .Contain("'.DS_Store': a hidden file; not read").And.Contain("'gammelt': a folder; not read");
    }

    [Test]
    public void Register_units_that_are_neither_public_nor_private_schools_are_left_out()
    {
        var nsr = "Organisasjonsnummer;Navn;Kommunenummer;ErOffentligSkole;ErPrivatskole\n"
            + "971000007;Alfa skole;0301;true;false\n"
            + "940301009;Oslo kommune;0301;false;false\n"
            + "971000074;Beta skole;0301;;true\n";

        var result = Import(("nsr.csv", nsr));

        Encoding.UTF8.GetString(result.Files.Single(f => f.Name == "skoler.csv").Bytes).Should()
            .Be("\uFEFForgnr;skolenavn;kommunenummer;eierform\r\n971000007;Alfa skole;0301;offentlig\r\n971000074;Beta skole;0301;privat\r\n");
        Encoding.UTF8.GetString(result.Files.Single(f => f.Name == Importer.LogFile).Bytes).Should()
            .Contain("left out 1 row: neither a public nor a private school (neither ErOffentligSkole nor ErPrivatskole says so) (first: line 3)");
    }

    [Test]
    public void The_retrieved_date_comes_from_a_date_in_the_files_names()
    {
        var result = Import(("eu.csv", ""), ("elevundersokelsen-2025-10-03.csv", Eu));

        Encoding.UTF8.GetString(result.Files.Single(f => f.Name == "datasett.json").Bytes).Should().Contain("\"retrieved\": \"2025-10-03\"");
    }
}
