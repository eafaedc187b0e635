using System.Globalization;
using System.Text;
using Selection.Core;
using Selection.IO.Csv;
using Selection.IO.Input;
using Selection.IO.Parquet;
using Selection.IO.Validation;

namespace Selection.IO.Tests;

/// <summary>
/// Issue 10: what the data side of Selection.IO says about a file (CSV cells and rows, the encoding and
/// separator it was read in, a file that cannot be read, a corrupt Parquet file, the headings of the
/// grouped problems) is in bokmål when the command's language is bokmål, and in the English it always
/// used otherwise.
/// </summary>
public class NorwegianMessagesTests
{
    private static readonly CultureInfo Bokmal = CultureInfo.GetCultureInfo("nb");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static T In<T>(CultureInfo language, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language;
        try { return read(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    private static IReadOnlyList<Problem> CsvProblems(string text) =>
        CsvTable.Read(new UTF8Encoding(false).GetBytes(text), "skoler.csv").Problems;

    [Test]
    public void A_short_row_is_reported_in_bokmal_with_file_and_line()
    {
        const string csv = "orgnr;skolenavn;kommunenummer\n974760673;Alfa skole\n";

        In(Bokmal, () => CsvProblems(csv).Single().ToString()).Should().Be(
            "skoler.csv linje 2: raden har 2 felt, men overskriften har 3 (en linje som er kuttet av?); en prikket verdi trenger sitt eget tomme felt");
        In(English, () => CsvProblems(csv).Single().ToString()).Should().Be(
            "skoler.csv line 2: the row has 2 fields but the header has 3 (a line cut short?); a suppressed value needs its own empty field");
    }

    [Test]
    public void A_row_of_one_field_is_one_field_in_english_and_felt_in_bokmal()
    {
        const string csv = "orgnr;skolenavn\n974760673\n";

        In(Bokmal, () => CsvProblems(csv).Single().Message).Should().StartWith("raden har 1 felt, men overskriften har 2");
        In(English, () => CsvProblems(csv).Single().Message).Should().StartWith("the row has 1 field but the header has 2");
    }

    [TestCase("4.5,0", "«4.5,0» er ikke et tall (det har både «,» og «.»)")]
    [TestCase("4 5", "«4 5» er ikke et tall (det står et mellomrom inni det)")]
    [TestCase("fire", "«fire» er ikke et tall")]
    public void A_value_that_does_not_parse_is_named_in_bokmal(string cell, string expected) =>
        In(Bokmal, () => Cells.Value(cell).Error).Should().Be(expected);

    [TestCase("-3", "«-3» er et negativt antall")]
    [TestCase("2,5", "«2,5» er ikke et heltall")]
    [TestCase("mange", "«mange» er ikke et antall")]
    public void A_count_that_does_not_parse_is_named_in_bokmal(string cell, string expected) =>
        In(Bokmal, () => Cells.Count(cell).Error).Should().Be(expected);

    [Test]
    public void A_grade_that_does_not_parse_is_named_in_bokmal() =>
        In(Bokmal, () => Cells.Trinn("femte").Error).Should().Be("«femte» er ikke et trinn (trinn 1–13)");

    [Test]
    public void The_dialect_of_a_file_is_described_in_bokmal()
    {
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("orgnr\tskolenavn\n974760673\tAlfa\n")).ToArray();

        In(Bokmal, () => SourceTable.FromCsv(CsvTable.Read(withBom, "skoler.csv").Table!).Format).Should().Be("CSV, UTF-8 med BOM, skilletegn «tabulator»");
        In(English, () => SourceTable.FromCsv(CsvTable.Read(withBom, "skoler.csv").Table!).Format).Should().Be("CSV, UTF-8 with BOM, separator 'tab'");
    }

    [Test]
    public void A_file_in_two_encodings_is_described_and_warned_about_in_bokmal()
    {
        var bytes = Encoding.UTF8.GetBytes("orgnr;skolenavn\n974760673;Bjørkelia\n").Concat(TextDecoding.Windows1252.GetBytes("971524960;Jåttå\n")).ToArray();

        var (table, problems) = In(Bokmal, () => CsvTable.Read(bytes, "skoler.csv"));

        table!.Encoding.Should().Be("blandet: 1 linje UTF-8, 1 linje Windows-1252, hver lest slik den er skrevet");
        problems.Single().Message.Should().Be("filen blander to tegnkodinger (blandet: 1 linje UTF-8, 1 linje Windows-1252, hver lest slik den er skrevet); lagre den på nytt i én (UTF-8)");
        problems.Single().Code.Should().Be("encoding-mixed", "a warning is found by its code, whatever the language");
    }

    [Test]
    public void An_excel_workbook_under_a_csv_name_is_refused_in_bokmal() =>
        In(Bokmal, () => CsvProblems("PK\u0003\u0004rest").Single().ToString()).Should().Be(
            "skoler.csv: kan ikke lese filen: filen er et ZIP-arkiv (en Excel-arbeidsbok?), ikke CSV-tekst: lagre den fra Excel som «CSV (semikolondelt)»");

    [Test]
    public void A_file_that_cannot_be_read_is_refused_in_bokmal()
    {
        using var folder = new DataFolder().Text("tom.csv", "");
        var missing = Path.Combine(folder.Path, "ingen.csv");

        In(Bokmal, () => InputFile.ReadAll(missing).Error).Should().Be("filen finnes ikke");
        In(Bokmal, () => InputFile.ReadAll(folder.Path).Error).Should().Be("det er en mappe, ikke en fil");
        In(Bokmal, () => InputFile.ReadAll(Path.Combine(folder.Path, "tom.csv")).Error).Should().Be("filen er tom");
        In(Bokmal, () => InputFile.Unreadable("filen finnes ikke")).Should().Be("kan ikke lese filen: filen finnes ikke");
        In(Bokmal, () => InputFile.Unreadable("kan ikke lese filen: ingen tilgang")).Should().Be("kan ikke lese filen: ingen tilgang");
        In(English, () => InputFile.Unreadable("the file does not exist")).Should().Be("cannot read the file: the file does not exist");
    }

    [Test]
    public void A_file_too_large_gives_its_size_in_plain_digits_in_bokmal()
    {
        using var folder = new DataFolder().Text("stor.csv", new string('x', 2048));
        var path = Path.Combine(folder.Path, "stor.csv");

        In(Bokmal, () => InputFile.ReadAll(path, maxBytes: 1024).Error).Should().Be("filen er på 2048 byte; mer enn 1024 byte blir ikke lest");
        In(English, () => InputFile.ReadAll(path, maxBytes: 1024).Error).Should().Be("the file is 2,048 bytes; more than 1,024 is not read");
    }

    [Test]
    public void A_data_folder_without_its_files_is_reported_in_bokmal()
    {
        using var folder = new DataFolder().Text("skoler.csv", "orgnr;skolenavn;kommunenummer\n");

        var problems = In(Bokmal, () => DataSetReader.Read(folder.Path).Problems.Select(p => p.ToString()).ToArray());

        problems.Should().Contain("elevundersokelsen.csv: datamappen har ingen elevundersokelsen.csv (eller elevundersokelsen.parquet)");
        In(Bokmal, () => DataSetReader.Read(Path.Combine(folder.Path, "ingen")).Problems.Single().Message)
            .Should().Be($"datamappen «{Path.Combine(folder.Path, "ingen")}» finnes ikke");
    }

    [Test]
    public void A_missing_required_column_lists_the_columns_found_in_bokmal_quotes()
    {
        using var folder = DataFolder.Valid().Text("skoler.csv", "orgnr;navn;kommunenummer\n974760673;Alfa;0301\n");

        var problem = In(Bokmal, () => DataSetReader.Read(folder.Path).Problems.Single(p => p.Code == "column-missing").ToString());

        problem.Should().Be("skoler.csv linje 1, kolonne skolenavn: den påkrevde kolonnen «skolenavn» mangler (kolonner i filen: «orgnr», «navn», «kommunenummer»)");
    }

    [Test]
    public void A_corrupt_parquet_file_is_reported_in_bokmal()
    {
        var truncated = "PAR1 noe som ikke er en Parquet-fil"u8.ToArray();
        var notParquet = "orgnr;skolenavn\n"u8.ToArray();

        In(Bokmal, () => ParquetTables.Read(truncated, "skoler.parquet").Problems.Single().ToString())
            .Should().Be("skoler.parquet: kan ikke lese Parquet-filen: filen er avkortet eller skadet (den slutter ikke med «PAR1»)");
        In(Bokmal, () => ParquetTables.Read(notParquet, "skoler.parquet").Problems.Single().Message)
            .Should().Be("kan ikke lese Parquet-filen: filen er ikke en Parquet-fil (den begynner ikke med «PAR1»)");
        In(English, () => ParquetTables.Read(truncated, "skoler.parquet").Problems.Single().Message)
            .Should().Be("cannot read the Parquet file: the file is truncated or corrupt (it does not end with 'PAR1')");
    }

    [Test]
    public void Every_kind_of_problem_has_a_title_in_both_languages()
    {
        foreach (var code in ProblemKinds.Codes)
        {
            var bokmal = In(Bokmal, () => ProblemKinds.Title(code));
            var english = In(English, () => ProblemKinds.Title(code));
            bokmal.Should().NotBe(code, "{0} has a title in bokmål", code);
            english.Should().NotBe(code, "{0} has a title in English", code);
            bokmal.Should().NotBe(english, "{0} is translated", code);
        }
        In(Bokmal, () => ProblemKinds.Title("csv-short-row")).Should().Be("Rader med færre felt enn overskriften");
        In(Bokmal, () => ProblemKinds.Title("a-code-without-a-title")).Should().Be("a-code-without-a-title");
    }

    [Test]
    public void Grouped_problems_have_bokmal_headings_counts_and_severities()
    {
        var problems = new[]
        {
            Problem.Warning("json-unknown-key", "…", new Origin("datasett.json", 0), "kilde"),
            Problem.Error("value-invalid", "a", new Origin("skoler.csv", 2)),
            Problem.Error("value-invalid", "b", new Origin("skoler.csv", 3)),
            Problem.Error("value-invalid", "c", new Origin("skoler.csv", 4)),
        };
        var text = new StringWriter();

        In(Bokmal, () => { ValidationReportWriter.WriteProblems(text, problems, perKind: 2); return 0; });

        text.ToString().Split('\n').Should().Equal(
            "Celler som ikke kan leses (3 feil):",
            "  feil: skoler.csv linje 2: a",
            "  feil: skoler.csv linje 3: b",
            "  ... og 1 til; «selection validate --format json» viser alle",
            "Ukjente JSON-nøkler (1 advarsel):",
            "  advarsel: datasett.json, kolonne kilde: …",
            "");
    }
}
