using Selection.IO.Output;

namespace Selection.Excel;

/// <summary>
/// The analyst's workbook (<c>utvalg.xlsx</c>) as .xlsx: one data sheet per sheet of the <see cref="AnalystBook"/>,
/// in order, typed (numbers as text where they are identifiers, counts as whole numbers, shares in percent format),
/// then an explanation sheet with the notes and what every column of every sheet means. Nothing is protected: the
/// workbook is for reading, and its reader sorts, filters and adds columns.
/// </summary>
public sealed class AnalystWorkbookXlsx : IAnalystWorkbookWriter
{
    public const string ExplanationSheetName = "Forklaring";

    public static AnalystWorkbookXlsx Instance { get; } = new();

    public string Extension => ".xlsx";

    public void Write(Stream stream, AnalystBook book) => XlsxWriter.Write(stream, Spec(book));

    public static WorkbookSpec Spec(AnalystBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        return WorkbookSpec.Of(
            book.Sheets.Select(s => new SheetSpec(s.Name, s.Columns.Select(ShortlistWorkbook.Column).ToArray(), s.Rows)).ToArray(),
            ExplanationSheetName,
            book.Notes,
            protect: false);
    }
}
