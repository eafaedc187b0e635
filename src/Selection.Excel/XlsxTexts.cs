using Selection.Core.Texts;

namespace Selection.Excel;

/// <summary>
/// Why <see cref="XlsxReader"/> cannot read a workbook (a returned shortlist that is damaged, or not a
/// workbook at all), from <c>XlsxTexts.resx</c> (bokmål) and <c>XlsxTexts.en.resx</c> (English). What the
/// Open XML SDK or the zip reader itself says is passed on as it is.
/// </summary>
public static class XlsxTexts
{
    private static readonly Catalog Texts = new("Selection.Excel.XlsxTexts", typeof(XlsxTexts).Assembly);

    /// <summary><c>the file is empty</c></summary>
    public static string Empty => Texts.Get(nameof(Empty));

    /// <summary><c>the file is not an Excel workbook (.xlsx): it looks like an old .xls (Excel 97-2003) file; save it as .xlsx</c></summary>
    public static string OldXls => Texts.Get(nameof(OldXls));

    /// <summary><c>the file is not an Excel workbook (.xlsx): {0}</c>, with what the SDK found.</summary>
    public static string NotAWorkbook(string reason) => Texts.Format(nameof(NotAWorkbook), reason);

    /// <summary><c>the file is not an Excel workbook (.xlsx): it is not a zip archive</c></summary>
    public static string NotAZip => Texts.Get(nameof(NotAZip));

    /// <summary><c>the file is not an Excel workbook (.xlsx): it has {0} parts (at most {1} are read)</c></summary>
    public static string TooManyParts(int parts, int max) => Texts.Format(nameof(TooManyParts), parts, max);

    /// <summary><c>the file is not an Excel workbook (.xlsx): it is a zip archive without [Content_Types].xml</c></summary>
    public static string NoContentTypes => Texts.Get(nameof(NoContentTypes));

    /// <summary><c>the workbook unpacks to more than {0} MiB; it is refused (a real shortlist is far smaller)</c></summary>
    public static string TooLarge(long mebibytes) => Texts.Format(nameof(TooLarge), mebibytes);

    /// <summary><c>the file is not an Excel workbook (.xlsx): it has no workbook part</c></summary>
    public static string NoWorkbookPart => Texts.Get(nameof(NoWorkbookPart));

    /// <summary><c>the workbook has no worksheet</c></summary>
    public static string NoWorksheet => Texts.Get(nameof(NoWorksheet));

    /// <summary><c>sheet "{0}" has a row numbered {1}, outside Excel's 1 to {2}</c></summary>
    public static string RowOutOfRange(string sheet, int row, int max) => Texts.Format(nameof(RowOutOfRange), sheet, row, max);

    /// <summary><c>sheet "{0}", row {1}: the cell reference "{2}" is not one Excel makes</c></summary>
    public static string CellReferenceInvalid(string sheet, int row, string? reference) => Texts.Format(nameof(CellReferenceInvalid), sheet, row, reference);

    /// <summary><c>sheet "{0}", cell {1}: {2}</c></summary>
    public static string CellUnreadable(string sheet, string cell, string reason) => Texts.Format(nameof(CellUnreadable), sheet, cell, reason);

    /// <summary><c>sheet "{0}" has more than {1} cells; it is refused</c>, the limit written with thousands separators.</summary>
    public static string TooManyCells(string sheet, string max) => Texts.Format(nameof(TooManyCells), sheet, max);

    /// <summary><c>the shared string "{0}" does not exist</c></summary>
    public static string SharedStringMissing(string value) => Texts.Format(nameof(SharedStringMissing), value);
}
