using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Selection.Excel.Tests;

/// <summary>Reading a sheet back as text, and refusing files that are not workbooks.</summary>
public class XlsxReaderTests
{
    private static XlsxSheet ReadOk(byte[] bytes, string? sheetName = "Kortliste")
    {
        var (sheet, error) = XlsxReader.Read(bytes, sheetName);
        error.Should().BeNull();
        return sheet!;
    }

    private static string ReadError(byte[] bytes, string? sheetName = "Kortliste", long limit = XlsxReader.DefaultMaxUncompressedBytes)
    {
        var (sheet, error) = XlsxReader.Read(bytes, sheetName, limit);
        sheet.Should().BeNull();
        return error!;
    }

    [Test]
    public void A_written_shortlist_reads_back_as_canonical_text()
    {
        var sheet = ReadOk(Shortlists.Bytes(Shortlists.Small()));

        sheet.Name.Should().Be("Kortliste");
        sheet.Headers.Should().Equal("Kommunenummer", "Antall skoler", "Andel", "Prioritet", "Merknad");
        sheet.Rows.Should().HaveCount(2);
        sheet.Rows[0].Line.Should().Be(2);
        sheet.Rows[0].Cells.Should().Equal("0301", "12", "0.359", "", "=SUM(A1)");
        sheet.Rows[1].Line.Should().Be(3);
        sheet.Rows[1].Cells.Should().Equal("4601", "3", "1", "", "ILLUSTRATIV");
    }

    [Test]
    public void Text_Excel_escapes_round_trips()
    {
        var spec = Shortlists.Small() with
        {
            Rows = [["_x0041_", 1L, 0.5, null, "a\r\nb\u0001 "]],
        };

        var sheet = ReadOk(Shortlists.Bytes(spec));

        sheet.Rows[0].Cells[0].Should().Be("_x0041_");
        sheet.Rows[0].Cells[4].Should().Be("a\r\nb\u0001 ");
    }

    [Test]
    public void A_workbook_as_Excel_saves_it_reads_by_cell_reference_with_cached_values()
    {
        // Shared strings (one rich, with a phonetic run), numbers as Excel prints them, a sparse row, a boolean,
        // a formula with its cached value, an error, an empty row and a gap in the row numbers.
        var bytes = Workbook(
            ("Ark1", Rows(
                Row(1, Shared("A1", 0), Shared("B1", 1), Shared("C1", 2), Shared("D1", 3)),
                Row(2),
                Row(4, Shared("A4", 4), Number("C4", "0.35899999999999999"), Bool("D4", "1")),
                Row(5, Number("A5", "301"), Formula("B5", "A5*2", "602"), Error("C5", "#N/A"), Bool("D5", "0")))),
            ("Kortliste", Rows(Row(1, Shared("A1", 0)))));

        var sheet = ReadOk(bytes, "ark1");

        sheet.Name.Should().Be("Ark1");
        sheet.Headers.Should().Equal("Kommunenummer", "Navn", "Andel", "Valgt");
        sheet.Rows.Select(r => r.Line).Should().Equal(4, 5);
        sheet.Rows[0].Cells.Should().Equal("0301", "", "0.359", "TRUE");
        sheet.Rows[1].Cells.Should().Equal("301", "602", "#N/A", "FALSE");
    }

    [Test]
    public void A_row_wider_than_the_header_widens_every_row()
    {
        var bytes = Workbook(("Kortliste", Rows(
            Row(1, Shared("A1", 0)),
            Row(2, Number("A2", "1")),
            Row(3, Number("C3", "2")))));

        var sheet = ReadOk(bytes);

        sheet.Headers.Should().Equal("Kommunenummer", "", "");
        sheet.Rows.Select(r => r.Cells).Should().BeEquivalentTo(
            new[] { new[] { "1", "", "" }, new[] { "", "", "2" } }, o => o.WithStrictOrdering());
    }

    [TestCase("Finnes ikke", TestName = "A name no sheet has")]
    [TestCase(null, TestName = "No name")]
    public void Without_a_sheet_of_that_name_the_first_sheet_is_read(string? name)
    {
        var sheet = ReadOk(Shortlists.Bytes(Shortlists.Small()), name);

        sheet.Name.Should().Be("Kortliste");
        sheet.Headers[0].Should().Be("Kommunenummer");
    }

    [Test]
    public void The_explanation_sheet_is_read_by_its_name()
    {
        var sheet = ReadOk(Shortlists.Bytes(Shortlists.Small()), "Forklaring");

        sheet.Headers.Should().Equal("Kortliste for Statsforvalteren i Testfylke", "");
        sheet.Rows[0].Cells.Should().Equal("ILLUSTRATIVE regler, SYNTETISKE data.", "");
        sheet.Rows[1].Line.Should().Be(4);
    }

    [Test]
    public void Random_bytes_are_not_a_workbook()
    {
        var bytes = new byte[1000];
        new Random(42).NextBytes(bytes);

        ReadError(bytes).Should().Be("the file is not an Excel workbook (.xlsx): it is not a zip archive");
    }

    [Test]
    public void An_empty_file_and_an_old_xls_file_are_named_as_such()
    {
        ReadError([]).Should().Be("the file is empty");
        ReadError([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).Should().Contain("old .xls");
    }

    [Test]
    public void A_zip_that_is_not_a_workbook_is_refused()
    {
        ReadError(Zip(("hello.txt", "hei"))).Should()
            .Be("the file is not an Excel workbook (.xlsx): it is a zip archive without [Content_Types].xml");

        const string types = """<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="txt" ContentType="text/plain" /></Types>""";
        ReadError(Zip(("[Content_Types].xml", types), ("hello.txt", "hei"))).Should()
            .StartWith("the file is not an Excel workbook (.xlsx): ");
    }

    [Test]
    public void A_sheet_of_corrupt_XML_is_an_error_not_an_exception()
    {
        var bytes = Replace(Shortlists.Bytes(Shortlists.Small()), "xl/worksheets/sheet1.xml", "<x:worksheet xmlns:x=\"nope\"><unclosed>");

        ReadError(bytes).Should().StartWith("the file is not an Excel workbook (.xlsx): ");
    }

    [Test]
    public void A_workbook_that_unpacks_past_the_limit_is_refused()
    {
        var bytes = Replace(Shortlists.Bytes(Shortlists.Small()), "xl/padding.bin", new string(' ', 2 * 1024 * 1024));

        bytes.Length.Should().BeLessThan(100 * 1024, "it packs small: a little zip bomb");
        ReadError(bytes, limit: 1024 * 1024).Should()
            .Be("the workbook unpacks to more than 1 MiB; it is refused (a real shortlist is far smaller)");
        ReadOk(bytes).Headers[0].Should().Be("Kommunenummer", "under the default limit it is read");
    }

    // --- building test files ---

    private static byte[] Zip(params (string Name, string Content)[] entries) => XlsxFiles.Zip(entries);

    private static byte[] Replace(byte[] workbook, string entryName, string content) => XlsxFiles.Replace(workbook, entryName, content);

    private static readonly string[] SharedStrings = ["Kommunenummer", "Navn", "Andel", "Valgt", "0301"];

    private static byte[] Workbook(params (string Name, SheetData Data)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var strings = workbookPart.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(SharedStrings.Select((s, i) => i == 1
                // "Navn" as rich text in two runs, with a phonetic run that is not text
                ? new SharedStringItem(
                    new Run(new Text("Na")), new Run(new RunProperties(new Bold()), new Text("vn")),
                    new PhoneticRun(new Text("ナ")) { BaseTextStartIndex = 0U, EndingBaseIndex = 1U })
                : new SharedStringItem(new Text(s))));
            var sheetList = new Sheets();
            uint id = 1;
            foreach (var (name, data) in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(data);
                sheetList.Append(new Sheet { Name = name, SheetId = id++, Id = workbookPart.GetIdOfPart(part) });
            }
            workbookPart.Workbook = new Workbook(sheetList);
        }
        return stream.ToArray();
    }

    private static SheetData Rows(params Row[] rows) => new(rows);

    private static Row Row(uint index, params Cell[] cells) => new(cells) { RowIndex = index };

    private static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    private static Cell Number(string reference, string value) => new() { CellReference = reference, CellValue = new CellValue(value) };

    private static Cell Bool(string reference, string value) =>
        new() { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(value) };

    private static Cell Error(string reference, string value) =>
        new() { CellReference = reference, DataType = CellValues.Error, CellValue = new CellValue(value) };

    private static Cell Formula(string reference, string formula, string cached) =>
        new(new CellFormula(formula), new CellValue(cached)) { CellReference = reference };
}
