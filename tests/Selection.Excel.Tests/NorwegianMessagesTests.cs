
namespace Selection.Excel.Tests;

/// <summary>
/// Why a returned workbook cannot be read, in bokmål (the command line's default language): the same
/// refusals <see cref="XlsxReaderTests"/> pins in English.
/// </summary>
[SetUICulture("nb")]
public class NorwegianMessagesTests
{
    private const string Sheet = "xl/worksheets/sheet1.xml";

    private static string ReadError(byte[] bytes, long limit = XlsxReader.DefaultMaxUncompressedBytes)
    {
        var (sheet, error) = XlsxReader.Read(bytes, "Kortliste", limit);
        sheet.Should().BeNull();
        return error!;
    }

    [Test]
    public void An_empty_file_is_reported_in_bokmal() =>
        ReadError([]).Should().Be("filen er tom");

    [Test]
    public void An_old_xls_file_is_reported_in_bokmal_with_what_to_do() =>
        ReadError([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).Should().Be(
            "filen er ikke en Excel-arbeidsbok (.xlsx): den ser ut som en gammel .xls-fil (Excel 97-2003); lagre den som .xlsx");

    [Test]
    public void Bytes_that_are_not_a_zip_are_reported_in_bokmal()
    {
        var bytes = new byte[1000];
        new Random(42).NextBytes(bytes);

        ReadError(bytes).Should().Be("filen er ikke en Excel-arbeidsbok (.xlsx): den er ikke et zip-arkiv");
    }

    [Test]
    public void A_zip_that_is_not_a_workbook_is_reported_in_bokmal() =>
        ReadError(Zip(("hello.txt", "hei"))).Should().Be(
            "filen er ikke en Excel-arbeidsbok (.xlsx): den er et zip-arkiv uten [Content_Types].xml");

    [Test]
    public void A_damaged_sheet_keeps_the_sdk_reason_inside_the_bokmal_frame() =>
        ReadError(Replace(Shortlists.Bytes(Shortlists.Small()), Sheet, "<x:worksheet xmlns:x=\"nope\"><unclosed>")).Should()
            .StartWith("filen er ikke en Excel-arbeidsbok (.xlsx): ");

    [Test]
    public void A_workbook_that_unpacks_past_the_limit_is_refused_in_bokmal() =>
        ReadError(Replace(Shortlists.Bytes(Shortlists.Small()), "xl/padding.bin", new string(' ', 2 * 1024 * 1024)), limit: 1024 * 1024).Should().Be(
            "arbeidsboken blir mer enn 1 MiB pakket ut; den avvises (en ekte kortliste er langt mindre)");

    [Test]
    public void A_cell_naming_a_shared_string_that_does_not_exist_is_reported_in_bokmal_with_sheet_and_cell() =>
        ReadError(Replace(Shortlists.Bytes(Shortlists.Small()), Sheet, SheetXml("""<row r="1"><c r="B1" t="s"><v>999</v></c></row>"""))).Should().Be(
            "arket «Kortliste», celle B1: den delte strengen «999» finnes ikke");

    [Test]
    public void A_row_number_Excel_cannot_have_is_reported_in_bokmal() =>
        ReadError(Replace(Shortlists.Bytes(Shortlists.Small()), Sheet, SheetXml("""<row r="2000000"><c r="A2000000"><v>1</v></c></row>"""))).Should().Be(
            "arket «Kortliste» har en rad med nummer 2000000, utenfor Excels 1 til 1048576");

    [Test]
    public void A_cell_reference_Excel_does_not_make_is_reported_in_bokmal() =>
        ReadError(Replace(Shortlists.Bytes(Shortlists.Small()), Sheet, SheetXml("""<row r="1"><c r="ZZZZ1"><v>1</v></c></row>"""))).Should().Be(
            "arket «Kortliste», rad 1: cellereferansen «ZZZZ1» er ikke en Excel lager");

    private static string SheetXml(string rows) =>
        $"""<?xml version="1.0" encoding="utf-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""";

    private static byte[] Zip(params (string Name, string Content)[] entries) => XlsxFiles.Zip(entries);

    private static byte[] Replace(byte[] workbook, string entryName, string content) => XlsxFiles.Replace(workbook, entryName, content);
}
