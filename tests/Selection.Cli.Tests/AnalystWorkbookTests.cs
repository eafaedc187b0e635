using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Selection.Core;
using Selection.Excel;
using Selection.IO.Output;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 10, item 5: <c>utvalg.xlsx</c>, the lists an analyst opens. The workbook a run writes is read back
/// with the reader and the OpenXml SDK: its sheets, headers and typed cells, the same rows as skoler.csv and
/// kommuner.csv, exactly the route-1 kommuner and route-2 candidates, every indicator of the rules; a
/// snapshot of the whole workbook as text; and the same bytes from the same run.
/// </summary>
public class AnalystWorkbookTests
{
    private static readonly string[] SheetNames = ["Skoler", "Kommuner", "Rute 1", "Rute 2", "Regelsettet", "Forklaring"];

    private string _run = null!;

    [OneTimeSetUp]
    public void MakeRun() => _run = Liten.Run();

    private byte[] Workbook => File.ReadAllBytes(Path.Combine(_run, "utvalg.xlsx"));

    private XlsxSheet Sheet(string name)
    {
        var (sheet, error) = XlsxReader.Read(Workbook, name);
        error.Should().BeNull();
        sheet!.Name.Should().Be(name);
        return sheet;
    }

    private string[][] Csv(string name) =>
        File.ReadAllLines(Path.Combine(_run, name), Encoding.UTF8).Skip(1).Select(l => Split(l)).ToArray();

    // The machine CSV quotes only fields with a comma (the statsforvalter's name); enough for these files.
    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
                quoted = !quoted;
            else if (ch == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
                cell.Append(ch);
        }
        cells.Add(cell.ToString());
        return cells.ToArray();
    }

    private string RunId()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_run, "manifest.json")));
        return manifest.RootElement.GetProperty("runId").GetString()!;
    }

    [Test]
    public void The_sheets_are_skoler_kommuner_rute_1_rute_2_regelsettet_and_forklaring_with_a_frozen_header_and_no_protection()
    {
        using var stream = new MemoryStream(Workbook, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToArray();

        sheets.Select(s => s.Name!.Value).Should().Equal(SheetNames);
        foreach (var sheet in sheets)
        {
            var worksheet = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
            worksheet.GetFirstChild<SheetProtection>().Should().BeNull("the workbook is for reading; nobody fills anything in");
            if (sheet.Name != "Forklaring")
                worksheet.Descendants<Pane>().Single().State!.Value.Should().Be(PaneStateValues.Frozen);
        }
    }

    [Test]
    public void The_headers_are_norwegian()
    {
        Sheet("Skoler").Headers.Should().Equal(
            "Orgnr", "Skolenavn", "Kommunenummer", "Kommunenavn", "Statsforvalter", "Risikopoeng", "Mulige risikopoeng",
            "Andel risikopoeng", "Rang", "Flagget", "Status", "Eierform", "Registrert kommunenummer");
        Sheet("Kommuner").Headers.Should().Equal(
            "Kommunenummer", "Kommunenavn", "Statsforvalter", "Risikopoeng", "Mulige risikopoeng", "Andel risikopoeng", "Rang",
            "Antall skoler", "Antall flaggede skoler", "Spredning mellom skolene", "Rute", "Antall rangerbare skoler",
            "Høyeste skoleandel", "Rekkefølge rute 2", "Rute 2: minst to rangerbare skoler", "Rute 2: spredning over terskelen",
            "Rute 2: minst én flagget skole", "Status");
        Sheet("Rute 2").Headers.Should().Contain(["Rute 2: minst to rangerbare skoler", "Rute 2: spredning over terskelen", "Rute 2: minst én flagget skole"]);
        Sheet("Regelsettet").Headers.Should().Equal("Nøkkel", "Verdi", "Forklaring", "Bedre er (betterIs)", "Vekt (weight)", "Gulv (floor)");
    }

    [Test]
    public void Orgnr_and_kommunenummer_are_text_counts_are_numbers_and_andel_is_a_number_in_percent_format()
    {
        using var stream = new MemoryStream(Workbook, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToArray();
        var percentFormats = document.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Where(f => f.FormatCode!.Value!.Contains('%')).Select(f => f.NumberFormatId!.Value).ToArray();
        Cell At(string sheet, string reference)
        {
            var entry = document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet);
            return ((WorksheetPart)document.WorkbookPart.GetPartById(entry.Id!.Value!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        }
        uint FormatOf(Cell c) => formats[(int)(c.StyleIndex?.Value ?? 0)].NumberFormatId!.Value;

        // Skoler row 2 is Alfa skole (0301), ranked first with a share of 100 %.
        At("Skoler", "A2").DataType!.Value.Should().Be(CellValues.InlineString, "orgnr is text");
        At("Skoler", "C2").DataType!.Value.Should().Be(CellValues.InlineString, "0301 keeps its zero as text");
        (At("Skoler", "F2").DataType, At("Skoler", "F2").CellValue!.Text, FormatOf(At("Skoler", "F2"))).Should().Be((null, "15", 1U), "a count is a whole number");
        (At("Skoler", "H2").DataType, At("Skoler", "H2").CellValue!.Text).Should().Be((null, "1"));
        percentFormats.Should().Contain(FormatOf(At("Skoler", "H2")), "andel is shown in percent");
        At("Kommuner", "A2").DataType!.Value.Should().Be(CellValues.InlineString);
        percentFormats.Should().Contain(FormatOf(At("Kommuner", "F2")));
        percentFormats.Should().Contain(FormatOf(At("Kommuner", "J2")), "the spread is in percentage points");
        (At("Kommuner", "K2").DataType, At("Kommuner", "K2").CellValue!.Text).Should().Be((null, "2"), "Oslo is a route-2 candidate");
    }

    [Test]
    public void Skoler_and_kommuner_hold_the_rows_of_skoler_csv_and_kommuner_csv_in_their_order()
    {
        var skoler = Csv("skoler.csv");
        var kommuner = Csv("kommuner.csv");
        var schoolSheet = Sheet("Skoler");
        var kommuneSheet = Sheet("Kommuner");

        schoolSheet.Rows.Should().HaveCount(skoler.Length);
        schoolSheet.Rows.Select(r => r.Cells[0]).Should().Equal(skoler.Select(r => r[0]));
        schoolSheet.Rows.Select(r => r.Cells[9]).Should().Equal(skoler.Select(r => r[9] == "true" ? "Ja" : "Nei"));
        schoolSheet.Rows.Select(r => r.Cells[12]).Should().Equal(skoler.Select(r => r[12]));
        kommuneSheet.Rows.Should().HaveCount(kommuner.Length);
        kommuneSheet.Rows.Select(r => r.Cells[0]).Should().Equal(kommuner.Select(r => r[0]));
        kommuneSheet.Rows.Select(r => r.Cells[10]).Should().Equal(kommuner.Select(r => r[10]), "rute is 1, 2 or empty");
        schoolSheet.Rows.Select(r => r.Cells[10]).Distinct().Should().BeEquivalentTo("Rangert", "Privat, utelatt", "Utenfor kommune");
    }

    [Test]
    public void Rute_1_holds_exactly_the_route_1_kommuner_and_rute_2_exactly_the_candidates_in_route_2_order()
    {
        var kommuner = Csv("kommuner.csv");
        var route1 = kommuner.Where(r => r[10] == "1").OrderBy(r => int.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture)).Select(r => r[0]).ToArray();
        var route2 = kommuner.Where(r => r[10] == "2").OrderBy(r => int.Parse(r[13], System.Globalization.CultureInfo.InvariantCulture)).Select(r => r[0]).ToArray();

        Sheet("Rute 1").Rows.Select(r => r.Cells[1]).Should().Equal(route1).And.Equal("5501");
        Sheet("Rute 2").Rows.Select(r => r.Cells[1]).Should().Equal(route2).And.Equal("0301");
        Sheet("Rute 2").Rows.Single().Cells.Skip(8).Take(3).Should().Equal("Ja", "Ja", "Ja");
    }

    [Test]
    public void Regelsettet_holds_every_indicator_with_its_norwegian_name_and_every_key_of_the_rules()
    {
        var rows = Sheet("Regelsettet").Rows.Select(r => r.Cells).ToArray();

        rows.Where(r => r[0] == "indicators").Select(r => r[1]).Should().Equal(Indicator.All.Select(i => i.Code));
        rows.Single(r => r[1] == "GSP").Should().Equal("indicators", "GSP", IndicatorNames.Norwegian(Indicator.GSP), "higher", "3", "37");
        rows.Single(r => r[1] == "EU7_STOTTE").Skip(3).Should().Equal("higher", "1", "3.8");
        rows.Select(r => r[0]).Should().Contain([
            "name", "version", "provenance", "offisielt", "kommuneStructure", "windowYears", "skoleår", "nationalLimit",
            "includePrivateSchools", "minPossiblePoints", "topShare", "route1Count", "route2Max", "spread.measure",
            "spread.threshold", "kjøring", "merknad"]);
        rows.Single(r => r[0] == "offisielt")[1].Should().Be("Nei: ILLUSTRATIVE REGLER");
        rows.Single(r => r[0] == "merknad")[1].Should().Contain(RunNotices.IllustrativeMarkNorwegian);
        rows.Single(r => r[0] == "kjøring")[1].Should().Be(RunId());
    }

    [Test]
    public void The_workbook_reads_as_an_analyst_opens_it()
    {
        var text = new StringBuilder();
        foreach (var name in SheetNames)
        {
            var sheet = Sheet(name);
            text.Append("== ").Append(sheet.Name).Append('\n').Append(string.Join(" | ", sheet.Headers)).Append('\n');
            foreach (var row in sheet.Rows)
                text.Append(string.Join(" | ", row.Cells)).Append('\n');
        }

        Snapshot.Match(text.ToString().Replace(RunId(), "<kjøring>", StringComparison.Ordinal), "utvalg-liten-xlsx");
    }

    [Test]
    public void The_same_run_writes_the_same_workbook_bytes_and_the_manifest_lists_it()
    {
        var again = Liten.Run();

        File.ReadAllBytes(Path.Combine(again, "utvalg.xlsx")).Should().Equal(Workbook);
        File.ReadAllText(Path.Combine(_run, "manifest.json")).Should().Contain("\"utvalg.xlsx\"");
    }
}
