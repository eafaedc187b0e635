using Selection.Proposal.Output;

namespace Selection.Proposal.Tests;

/// <summary>
/// What a person reads about the returned shortlists and a proposal folder, in bokmål (the command line's
/// default language): the same problems <see cref="RefusalTests"/> pins in English.
/// </summary>
[SetUICulture("nb")]
public class NorwegianMessagesTests
{
    private const string Oslo = Shortlist.Oslo;
    private const string Sf = "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus";
    private const string Priority = "Prioritet (fyll inn for rute 2)";

    private static Shortlist Osl() => Shortlist.Of(TestRun.Liten, Oslo);

    private static string[] Problems(ReturnedAnswers answers) => answers.Problems.Select(p => p.ToString()).ToArray();

    private static string[] Read(byte[] file, string name = Oslo) => Problems(new ReturnedFolder().With(name, file).Read(TestRun.Liten));

    private static string[] ReadWithXlsx(byte[] file, string name) =>
        Problems(ReturnedShortlists.Read(TestRun.Liten.Folder, new ReturnedFolder().With(name, file).Folder, ReturnedWorkbook.Read));

    [Test]
    public void An_edited_cell_is_reported_in_bokmal_with_file_line_and_column() =>
        Read(Osl().Set(1, "Kommunens andel risikopoeng", "45,0 %").Csv()).Should().Equal(
            $"{Oslo} linje 2, kolonne Kommunens andel risikopoeng: «45,0 %» avviker fra kjøringens «33,3 %»");

    [Test]
    public void A_priority_that_is_not_a_whole_number_is_reported_in_bokmal_with_what_was_found() =>
        Read(Osl().Set(1, Priority, "høy").Csv()).Should().Equal(
            $"{Oslo} linje 2, kolonne {Priority}: prioriteten må være et helt tall, 1 eller høyere (1 = høyest), eller tom (fant «høy»)");

    [Test]
    public void A_priority_on_route_1_is_a_warning_in_bokmal() =>
        Read(Shortlist.Of(TestRun.Liten, Shortlist.Troms).Set(1, Priority, "1").Csv(), Shortlist.Troms).Should().Equal(
            $"{Shortlist.Troms} linje 2, kolonne {Priority}: kommune 5501 er på rute 1: prioriteten blir oversett (kommuner på rute 1 tas med uansett) (fant «1»)");

    [Test]
    public void A_file_from_another_run_names_both_runs_in_bokmal() =>
        Read(Osl().Set(1, "Kjøring", "K0123456789ab").Csv()).Should().Equal(
            $"{Oslo} linje 2, kolonne Kjøring: filen hører til kjøring K0123456789ab, ikke til denne kjøringen, {TestRun.Liten.RunId}");

    [Test]
    public void An_unknown_statsforvalter_is_quoted_the_Norwegian_way() =>
        Read(Osl().Set(1, "Statsforvalter", "Statsforvalteren i Agder").Csv(), "agder.csv").Should().Equal(
            "agder.csv linje 2, kolonne Statsforvalter: filen er for «Statsforvalteren i Agder», som ikke har noen kortliste i denne kjøringen "
            + $"(kjøringen har kortlister for Statsforvalteren i Troms og Finnmark, {Sf})");

    [Test]
    public void A_kommune_added_and_one_left_out_are_both_reported_in_bokmal()
    {
        var s = Osl();
        s.Cells.Add([.. s.Cells[1]]);
        s.Set(2, "Kommunenummer", "1103");
        s.Cells.RemoveAt(1);

        Read(s.Csv()).Should().Equal(
            $"{Oslo} linje 2: kommune 1103 står ikke på kjøringens kortliste for {Sf}",
            $"{Oslo}: kommune 0301 Oslo mangler i svarfilen (den står på kjøringens kortliste)");
    }

    [Test]
    public void A_missing_column_and_an_extra_column_with_text_are_reported_in_bokmal()
    {
        var s = Osl().RemoveColumn("Kjøring");
        s.Header.Add("Kommentar");
        s.Cells[1].Add("ring oss");

        Read(s.Csv()).Should().Equal(
            $"{Oslo} linje 1, kolonne Kjøring: filen mangler kolonnen «Kjøring» (kjøringens kortliste har den); sett den inn igjen slik den var",
            $"{Oslo} linje 1, kolonne Kommentar: kolonnen «Kommentar» er ikke i kjøringens kortliste og inneholder tekst (linje 2); skriv kommentarer i Begrunnelse og fjern kolonnen");
    }

    [Test]
    public void A_damaged_xlsx_is_reported_in_bokmal() =>
        ReadWithXlsx("PK\u0003\u0004 not really"u8.ToArray(), "svar.xlsx").Should().Equal(
            "svar.xlsx: kan ikke lese filen: filen er ikke en Excel-arbeidsbok (.xlsx): den er ikke et zip-arkiv");

    [Test]
    public void An_old_xls_workbook_named_xlsx_is_reported_in_bokmal() =>
        ReadWithXlsx([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "svar.xlsx").Should().Equal(
            "svar.xlsx: kan ikke lese filen: filen er ikke en Excel-arbeidsbok (.xlsx): den ser ut som en gammel .xls-fil (Excel 97-2003); lagre den som .xlsx");

    [Test]
    public void The_whole_report_of_a_folder_with_several_problems_reads_in_bokmal()
    {
        var folder = new ReturnedFolder()
            .With("a.csv", Osl().Set(1, Priority, "1").Csv())
            .With("b.csv", Osl().Set(1, Priority, "2").Csv())
            .With("kopi av a.csv", Osl().Set(1, Priority, "1").Csv())
            .With("svar.xls", [0xD0, 0xCF, 0x11, 0xE0])
            .WithText("README.txt", "svar fra statsforvalteren")
            .WithText("~$svar.xlsx", "lock");
        Directory.CreateDirectory(Path.Combine(folder.Folder, "gamle"));

        var answers = folder.Read(TestRun.Liten);

        answers.Problems.Select(p => $"{(p.IsError ? "feil" : "advarsel")}: {p}").Should().Equal(
            "advarsel: README.txt: ikke en .csv- eller .xlsx-fil: oversett",
            "advarsel: gamle: en mappe: oversett (bare .csv- og .xlsx-filene rett i svarmappen blir lest)",
            "feil: svar.xls: kan ikke lese filen: en .xls-arbeidsbok blir ikke lest; lagre den som .xlsx eller som CSV (semikolondelt)",
            "advarsel: ~$svar.xlsx: Excels låsefil for en arbeidsbok som er åpen: oversett (lukk arbeidsboken i Excel, så du er sikker på at de siste endringene er lagret)",
            $"feil: a.csv: {Sf} har sendt 3 ulike filer: «a.csv», «b.csv», «kopi av a.csv»; behold én av dem i mappen");
        answers.HasErrors.Should().BeTrue();
    }

    [Test]
    public void The_same_file_twice_is_a_warning_in_bokmal()
    {
        var file = Osl().Set(1, Priority, "1").Csv();

        Problems(new ReturnedFolder().With("a.csv", file).With("kopi av a.csv", file).Read(TestRun.Liten)).Should().Equal(
            "kopi av a.csv: samme fil som «a.csv», byte for byte: telles én gang");
    }

    [Test]
    public void A_missing_folder_of_returned_shortlists_is_reported_in_bokmal()
    {
        var missing = Path.Combine(TestPaths.NewTempFolder("x"), "finnes-ikke");

        Problems(ReturnedShortlists.Read(TestRun.Liten.Folder, missing)).Should().Equal($"{missing}: svarmappen finnes ikke");
    }

    [Test]
    public void A_run_folder_given_as_a_proposal_folder_is_refused_in_bokmal()
    {
        var path = TestRun.Liten.Folder.Path;

        ProposalFolder.Open(path).Error.Should().Be($"«{path}» er ikke utmappen fra «selection propose»");
    }

    [Test]
    public void English_is_unchanged_under_the_English_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        try
        {
            Read(Osl().Set(1, "Kommunens andel risikopoeng", "45,0 %").Csv()).Should().Equal(
                $"{Oslo} line 2, column Kommunens andel risikopoeng: '45,0 %' differs from the run's '33,3 %'");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }
}
