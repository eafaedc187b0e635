using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Selection.Excel.Tests;

/// <summary>The written workbook, read back with the OpenXml SDK itself.</summary>
public class XlsxWriterTests
{
    private byte[] _bytes = null!;
    private MemoryStream _stream = null!;
    private SpreadsheetDocument _document = null!;

    [SetUp]
    public void WriteSmallShortlist()
    {
        _bytes = Shortlists.Bytes(Shortlists.Small());
        _stream = new MemoryStream(_bytes, writable: false);
        _document = SpreadsheetDocument.Open(_stream, isEditable: false);
    }

    [TearDown]
    public void Close()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private WorksheetPart Part(string name)
    {
        var sheet = _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)_document.WorkbookPart.GetPartById(sheet.Id!.Value!);
    }

    private Worksheet Data => Part("Kortliste").Worksheet;

    private Cell CellAt(string reference, string sheet = "Kortliste") =>
        Part(sheet).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    private CellFormat StyleOf(Cell cell) =>
        _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>()
            .ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private static string TextOf(Cell cell) => cell.InlineString!.InnerText;

    [Test]
    public void The_workbook_is_valid_to_the_SDKs_schema_validator()
    {
        new OpenXmlValidator().Validate(_document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
    }

    [Test]
    public void The_sheets_are_the_data_sheet_then_the_explanation_sheet()
    {
        _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value)
            .Should().Equal("Kortliste", "Forklaring");
    }

    [Test]
    public void A_text_column_keeps_its_leading_zero_as_a_string_cell()
    {
        var cell = CellAt("A2");

        cell.DataType!.Value.Should().Be(CellValues.InlineString);
        TextOf(cell).Should().Be("0301");
    }

    [Test]
    public void Integer_and_percent_are_numbers_and_the_percent_shows_one_decimal()
    {
        var integer = CellAt("B2");
        integer.DataType.Should().BeNull();
        integer.CellValue!.Text.Should().Be("12");

        var percent = CellAt("C2");
        percent.DataType.Should().BeNull();
        percent.CellValue!.Text.Should().Be("0.359");
        var formatId = StyleOf(percent).NumberFormatId!.Value;
        var format = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!
            .Elements<NumberingFormat>().Single(f => f.NumberFormatId! == formatId);
        format.FormatCode!.Value.Should().BeOneOf("0.0 %", "0.0%");
    }

    [Test]
    public void A_text_that_looks_like_a_formula_stays_text_and_the_workbook_has_no_formula()
    {
        var cell = CellAt("E2");

        cell.DataType!.Value.Should().Be(CellValues.InlineString);
        TextOf(cell).Should().Be("=SUM(A1)");
        StyleOf(cell).QuotePrefix!.Value.Should().BeTrue("Excel keeps it text when edited");
        foreach (var part in _document.WorkbookPart!.WorksheetParts)
            part.Worksheet.Descendants<CellFormula>().Should().BeEmpty();
    }

    [Test]
    public void The_header_is_bold_wrapped_and_frozen_with_an_autofilter()
    {
        var header = CellAt("A1");
        TextOf(header).Should().Be("Kommunenummer");
        var style = StyleOf(header);
        var font = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)style.FontId!.Value);
        font.Bold.Should().NotBeNull();
        style.Alignment!.WrapText!.Value.Should().BeTrue();

        var pane = Data.Descendants<Pane>().Single();
        pane.State!.Value.Should().Be(PaneStateValues.Frozen);
        pane.VerticalSplit!.Value.Should().Be(1D);
        pane.TopLeftCell!.Value.Should().Be("A2");
        Data.GetFirstChild<AutoFilter>()!.Reference!.Value.Should().Be("A1:E3");
    }

    [Test]
    public void Column_widths_are_the_specs()
    {
        Data.Descendants<Column>().Select(c => (c.Min!.Value, c.Width!.Value))
            .Should().Equal((1U, 14D), (2U, 10D), (3U, 9D), (4U, 11D), (5U, 30D));
    }

    [Test]
    public void Both_sheets_are_protected_without_a_password()
    {
        foreach (var name in new[] { "Kortliste", "Forklaring" })
        {
            var protection = Part(name).Worksheet.GetFirstChild<SheetProtection>()!;
            protection.Sheet!.Value.Should().BeTrue();
            protection.Password.Should().BeNull();
            protection.HashValue.Should().BeNull();
            protection.AlgorithmName.Should().BeNull();
        }
        var data = Data.GetFirstChild<SheetProtection>()!;
        data.AutoFilter!.Value.Should().BeFalse("filtering stays allowed");
        data.FormatColumns!.Value.Should().BeFalse("widening columns stays allowed");
    }

    [Test]
    public void Only_the_fill_in_columns_data_cells_are_unlocked_and_coloured()
    {
        foreach (var reference in new[] { "D2", "D3" })
        {
            var style = StyleOf(CellAt(reference));
            style.Protection!.Locked!.Value.Should().BeFalse();
            style.FillId!.Value.Should().NotBe(0U);
        }
        StyleOf(CellAt("D1")).FillId!.Value.Should().NotBe(0U, "the fill-in header is marked");
        StyleOf(CellAt("A1")).FillId!.Value.Should().Be(0U);

        var others = Data.Descendants<Cell>().Where(c => !c.CellReference!.Value!.StartsWith('D') || c.CellReference == "D1");
        others.Should().HaveCount(5 * 3 - 2);
        foreach (var cell in others)
            (StyleOf(cell).Protection?.Locked?.Value ?? true).Should().BeTrue($"{cell.CellReference} is locked");
        foreach (var cell in Part("Forklaring").Worksheet.Descendants<Cell>())
            (StyleOf(cell).Protection?.Locked?.Value ?? true).Should().BeTrue($"{cell.CellReference} is locked");
    }

    [Test]
    public void The_priority_column_accepts_whole_numbers_of_one_or_more_or_blank()
    {
        var validation = Data.Descendants<DataValidation>().Single();

        validation.Type!.Value.Should().Be(DataValidationValues.Whole);
        validation.Operator!.Value.Should().Be(DataValidationOperatorValues.GreaterThanOrEqual);
        validation.Formula1!.Text.Should().Be("1");
        validation.AllowBlank!.Value.Should().BeTrue();
        validation.ShowErrorMessage!.Value.Should().BeTrue();
        validation.Error!.Value.Should().Be("Prioritet må være et helt tall, 1 eller høyere (1 = høyest).");
        validation.Prompt!.Value.Should().Be(
            "Skriv 1 for kommunen dere prioriterer høyest, 2 for den neste, osv. La stå tom for ingen prioritet.");
        validation.SequenceOfReferences!.InnerText.Should().Be("D2:D3");
    }

    [Test]
    public void The_explanation_sheet_has_the_lines_then_a_table_of_the_columns()
    {
        var rows = Part("Forklaring").Worksheet.Descendants<Row>()
            .Select(r => (r.RowIndex!.Value, string.Join(" | ", r.Elements<Cell>().Select(TextOf))))
            .ToList();

        rows.Should().Equal(
            (1U, "Kortliste for Statsforvalteren i Testfylke"),
            (2U, "ILLUSTRATIVE regler, SYNTETISKE data."),
            (4U, "Kolonne | Forklaring"),
            (5U, "Kommunenummer | Kommunens nummer (fire sifre)."),
            (6U, "Antall skoler | Skoler i utvalget."),
            (7U, "Andel | Andel rangerbare skoler."),
            (8U, "Prioritet | Fyll inn: 1 = høyest."),
            (9U, "Merknad | Merknader."));
    }

    [Test]
    public void No_document_properties_and_every_entry_is_dated_1980()
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(_bytes), System.IO.Compression.ZipArchiveMode.Read);

        zip.Entries.Select(e => e.FullName).Should().NotContain(n => n.StartsWith("docProps/") || n.Contains("core-properties"));
        zip.Entries[0].FullName.Should().Be("[Content_Types].xml");
        foreach (var entry in zip.Entries)
            entry.LastWriteTime.DateTime.Should().Be(new DateTime(1980, 1, 1));
    }

    [Test]
    public void The_same_spec_gives_byte_identical_files()
    {
        Thread.Sleep(2100); // past the 2-second resolution of zip times

        Shortlists.Bytes(Shortlists.Small()).Should().Equal(_bytes);
    }

    [TestCase(32_767, TestName = "On the limit")]
    [TestCase(32_768, TestName = "One over the limit")]
    public void A_text_cell_holds_at_most_32767_characters(int length)
    {
        var spec = Shortlists.Small();
        var rows = spec.Rows.ToList();
        rows[0] = ["0301", 12L, 0.359, null, new string('x', length)];

        var write = () => Shortlists.Bytes(spec with { Rows = rows });

        if (length <= XlsxWriter.MaxCellTextLength)
            write.Should().NotThrow();
        else
            write.Should().Throw<ArgumentException>().WithMessage("data row 1, column \"Merknad\" has 32768 characters*");
    }

    [Test]
    public void A_value_of_the_wrong_type_for_its_column_is_refused()
    {
        var spec = Shortlists.Small() with { Rows = [["0301", "12", 0.359, null, ""]] };

        var write = () => Shortlists.Bytes(spec);

        write.Should().Throw<ArgumentException>()
            .WithMessage("data row 1, column \"Antall skoler\": a Integer column cannot hold a String");
    }

    [TestCase("", TestName = "Empty sheet name")]
    [TestCase("Kort/liste", TestName = "Slash in sheet name")]
    [TestCase("'Kortliste", TestName = "Leading apostrophe")]
    [TestCase("Kortliste for statsforvalteren 1", TestName = "32 characters")]
    public void A_sheet_name_Excel_refuses_is_refused(string name)
    {
        var write = () => Shortlists.Bytes(Shortlists.Small() with { SheetName = name });

        write.Should().Throw<ArgumentException>();
    }

    /// <summary>A stream that cannot seek: the archive is made in memory first and copied into it.</summary>
    private sealed class Unseekable(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }

    [Test]
    public void A_workbook_is_the_same_bytes_written_into_a_new_file_into_memory_after_other_bytes_or_into_a_stream_that_cannot_seek()
    {
        var spec = Shortlists.Small();
        var path = Path.Combine(Path.GetTempPath(), $"xlsx-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite))
                XlsxWriter.Write(file, spec);
            using var after = new MemoryStream();
            after.Write([1, 2, 3]);
            XlsxWriter.Write(after, spec);
            using var unseekable = new MemoryStream();
            XlsxWriter.Write(new Unseekable(unseekable), spec);

            File.ReadAllBytes(path).Should().Equal(_bytes);
            after.ToArray().Skip(3).Should().Equal(_bytes);
            unseekable.ToArray().Should().Equal(_bytes);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
