using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Selection.Excel;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 9, item 1: the shortlist as the statsforvalter opens it in Excel. The workbook a run writes is
/// read back with the OpenXml SDK: the same table as the CSV, typed cells, only the two fill-in columns
/// unlocked, a validation on Prioritet, an explanation sheet; and snapshot-tested cell by cell.
/// </summary>
public class ShortlistWorkbookTests
{
    private const string Oslo = "statsforvalteren-i-ostfold-buskerud-oslo-og-akershus";

    private string _run = null!;

    [OneTimeSetUp]
    public void MakeRun() => _run = Liten.Run();

    private byte[] Workbook => File.ReadAllBytes(Path.Combine(_run, "statsforvaltere", Oslo + ".xlsx"));

    private string RunId()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_run, "manifest.json")));
        return manifest.RootElement.GetProperty("runId").GetString()!;
    }

    [Test]
    public void The_workbook_holds_the_same_table_as_the_csv()
    {
        var (sheet, error) = XlsxReader.Read(Workbook, ShortlistWorkbook.SheetName);
        error.Should().BeNull();
        var csv = File.ReadAllLines(Path.Combine(_run, "statsforvaltere", Oslo + ".csv"), Encoding.UTF8);

        string.Join(";", sheet!.Headers).Should().Be(csv[0]);
        var row = sheet.Rows.Single();
        row.Line.Should().Be(2);
        row.Cells.Take(8).Should().Equal("0301", "Oslo", "2", "", "", "Prioriter", "1", "0.3333333333333333");
        row.Cells[19].Should().Be(RunId());
    }

    [Test]
    public void Only_prioritet_and_begrunnelse_are_unlocked_the_sheet_is_protected_and_prioritet_is_validated()
    {
        using var stream = new MemoryStream(Workbook, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToArray();
        sheets.Select(s => s.Name!.Value).Should().Equal(ShortlistWorkbook.SheetName, ShortlistWorkbook.ExplanationSheetName);
        var data = ((WorksheetPart)document.WorkbookPart.GetPartById(sheets[0].Id!.Value!)).Worksheet;
        var formats = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToArray();
        bool Locked(Cell c) => formats[(int)(c.StyleIndex?.Value ?? 0)].Protection?.Locked?.Value ?? true;

        data.GetFirstChild<SheetProtection>()!.Sheet!.Value.Should().BeTrue();
        data.GetFirstChild<SheetProtection>()!.HashValue.Should().BeNull("protection guards against slips, not people: no password");
        var cells = data.Descendants<Cell>().ToArray();
        cells.Where(c => !Locked(c)).Select(c => c.CellReference!.Value).Should().Equal("D2", "E2");
        var validation = data.Descendants<DataValidation>().Single();
        (validation.Type!.Value == DataValidationValues.Whole).Should().BeTrue();
        (validation.Operator!.Value == DataValidationOperatorValues.GreaterThanOrEqual).Should().BeTrue();
        (validation.Formula1!.Text, validation.SequenceOfReferences!.InnerText, validation.AllowBlank!.Value).Should().Be(("1", "D2:D2", true));
        cells.Single(c => c.CellReference == "A2").DataType!.Value.Should().Be(CellValues.InlineString, "0301 keeps its zero as text");
        cells.Single(c => c.CellReference == "H2").DataType.Should().BeNull("a share is a number");
    }

    [Test]
    public void The_workbook_reads_as_a_statsforvalter_opens_it()
    {
        var (sheet, _) = XlsxReader.Read(Workbook, ShortlistWorkbook.SheetName);
        var (notes, _) = XlsxReader.Read(Workbook, ShortlistWorkbook.ExplanationSheetName);
        var text = new StringBuilder();
        text.Append("== ").Append(sheet!.Name).Append('\n');
        for (var i = 0; i < sheet.Headers.Count; i++)
            text.Append(sheet.Headers[i]).Append(" = ").Append(string.Join(" | ", sheet.Rows.Select(r => r.Cells[i]))).Append('\n');
        text.Append("== ").Append(notes!.Name).Append('\n').Append(string.Join("\n", notes.Headers.Select(h => h))).Append('\n');
        foreach (var row in notes.Rows)
            text.Append(string.Join(" | ", row.Cells.Where(c => c.Length > 0))).Append('\n');

        Snapshot.Match(text.ToString().Replace(RunId(), "<kjøring>", StringComparison.Ordinal), "shortlist-ostfold-buskerud-oslo-akershus-xlsx");
    }

    [Test]
    public void The_same_run_writes_the_same_workbook_bytes()
    {
        var again = Liten.Run();

        File.ReadAllBytes(Path.Combine(again, "statsforvaltere", Oslo + ".xlsx")).Should().Equal(Workbook);
    }
}
