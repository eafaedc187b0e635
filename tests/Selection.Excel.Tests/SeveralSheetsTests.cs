using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Selection.Excel.Tests;

/// <summary>A workbook of several data sheets (the analyst's <c>utvalg.xlsx</c>), read back with the SDK and the reader.</summary>
public class SeveralSheetsTests
{
    private static WorkbookSpec Book(bool protect = false) => WorkbookSpec.Of(
        [
            new SheetSpec("Skoler",
                [
                    new SheetColumn("Orgnr", SheetCellKind.Text, false, 12, "Skolens organisasjonsnummer."),
                    new SheetColumn("Andel", SheetCellKind.Percent, false, 9, "Andel risikopoeng."),
                ],
                [["981000005", 1.0], ["981000137", 0.0]]),
            new SheetSpec("Rute 1", [new SheetColumn("Kommunenummer", SheetCellKind.Text, false, 15, "Kommunens nummer.")], []),
            new SheetSpec("Regelsettet",
                [
                    new SheetColumn("Nøkkel", SheetCellKind.Text, false, 20, "Nøkkelen i regelfilen."),
                    new SheetColumn("Gulv", SheetCellKind.Number, false, 8, "Det absolutte gulvet."),
                ],
                [["floor", 3.85m], ["floor", 15m]]),
        ],
        "Forklaring",
        ["Utvalget", "ILLUSTRATIVE REGLER."],
        protect);

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);

    private static Worksheet Part(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
    }

    [Test]
    public void The_sheets_come_in_the_specs_order_then_the_explanation_and_the_workbook_is_valid()
    {
        using var document = Open(Shortlists.Bytes(Book()));

        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value)
            .Should().Equal("Skoler", "Rute 1", "Regelsettet", "Forklaring");
        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        document.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Select(d => (d.LocalSheetId!.Value, d.Text))
            .Should().Equal((0U, "'Skoler'!$A$1:$B$3"), (1U, "'Rute 1'!$A$1:$A$1"), (2U, "'Regelsettet'!$A$1:$B$3"));
    }

    [Test]
    public void Every_sheet_holds_its_rows_in_place_and_no_part_keeps_a_comment()
    {
        var bytes = Shortlists.Bytes(Book());
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            reader.ReadToEnd().Should().NotContain("<!--", entry.FullName);
        }
        using var document = Open(bytes);
        Part(document, "Skoler").Descendants<Row>().Select(r => r.RowIndex!.Value).Should().Equal(1U, 2U, 3U);
        Part(document, "Rute 1").Descendants<Row>().Select(r => r.RowIndex!.Value).Should().Equal(1U);
        Part(document, "Regelsettet").Descendants<Row>().Select(r => r.RowIndex!.Value).Should().Equal(1U, 2U, 3U);
    }

    [Test]
    public void Every_data_sheet_has_a_frozen_header_and_an_autofilter_and_only_the_first_is_selected()
    {
        using var document = Open(Shortlists.Bytes(Book()));

        foreach (var (name, selected) in new[] { ("Skoler", true), ("Rute 1", false), ("Regelsettet", false) })
        {
            var sheet = Part(document, name);
            sheet.Descendants<Pane>().Single().State!.Value.Should().Be(PaneStateValues.Frozen);
            sheet.GetFirstChild<AutoFilter>().Should().NotBeNull();
            (sheet.Descendants<SheetView>().Single().TabSelected?.Value ?? false).Should().Be(selected, name);
        }
    }

    [Test]
    public void Without_protection_no_sheet_is_protected_and_with_it_every_sheet_is()
    {
        using (var open = Open(Shortlists.Bytes(Book(protect: false))))
            foreach (var name in new[] { "Skoler", "Rute 1", "Regelsettet", "Forklaring" })
                Part(open, name).GetFirstChild<SheetProtection>().Should().BeNull(name);
        using var locked = Open(Shortlists.Bytes(Book(protect: true)));
        foreach (var name in new[] { "Skoler", "Rute 1", "Regelsettet", "Forklaring" })
            Part(locked, name).GetFirstChild<SheetProtection>()!.Sheet!.Value.Should().BeTrue(name);
    }

    [Test]
    public void A_number_column_is_a_number_in_the_general_format()
    {
        var bytes = Shortlists.Bytes(Book());
        using var document = Open(bytes);
        var cell = Part(document, "Regelsettet").Descendants<Cell>().Single(c => c.CellReference == "B2");
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToArray();

        cell.DataType.Should().BeNull("a number");
        cell.CellValue!.Text.Should().Be("3.85");
        formats[(int)(cell.StyleIndex?.Value ?? 0)].NumberFormatId!.Value.Should().Be(0U, "General shows as many decimals as the number has");
        XlsxReader.Read(bytes, "Regelsettet").Sheet!.Rows.Select(r => r.Cells[1]).Should().Equal("3.85", "15");
    }

    [Test]
    public void The_explanation_names_each_sheet_before_its_columns()
    {
        var (sheet, _) = XlsxReader.Read(Shortlists.Bytes(Book()), "Forklaring");

        sheet!.Rows.Select(r => string.Join(" | ", r.Cells.Where(c => c.Length > 0))).Should().Equal(
            "ILLUSTRATIVE REGLER.",
            "Kolonne | Forklaring",
            "Ark «Skoler»",
            "Orgnr | Skolens organisasjonsnummer.",
            "Andel | Andel risikopoeng.",
            "Ark «Rute 1»",
            "Kommunenummer | Kommunens nummer.",
            "Ark «Regelsettet»",
            "Nøkkel | Nøkkelen i regelfilen.",
            "Gulv | Det absolutte gulvet.");
    }

    [Test]
    public void Two_sheets_of_one_name_whatever_the_case_are_refused()
    {
        var spec = Book();
        var twice = spec with { MoreSheets = [.. spec.MoreSheets, new SheetSpec("SKOLER", spec.Columns, [])] };

        var write = () => Shortlists.Bytes(twice);

        write.Should().Throw<ArgumentException>().WithMessage("two sheets have the same name \"SKOLER\"*");
    }

    [Test]
    public void A_bad_row_names_its_sheet_when_there_are_several()
    {
        var spec = Book();
        var bad = spec with { MoreSheets = [spec.MoreSheets[0] with { Rows = [[12L]] }, spec.MoreSheets[1]] };

        var write = () => Shortlists.Bytes(bad);

        write.Should().Throw<ArgumentException>()
            .WithMessage("sheet \"Rute 1\", data row 1, column \"Kommunenummer\": a Text column cannot hold a Int64");
    }

    [Test]
    public void The_same_sheets_give_byte_identical_files()
    {
        var first = Shortlists.Bytes(Book());
        Thread.Sleep(2100); // past the 2-second resolution of zip times

        Shortlists.Bytes(Book()).Should().Equal(first);
    }
}
