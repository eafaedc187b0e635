using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Selection.Excel;

/// <summary>
/// Reads one sheet of an .xlsx workbook as text, for shortlists a statsforvalter returns after Excel saved them.
/// </summary>
/// <remarks>
/// <para>Every cell becomes text in a canonical invariant form: a string (shared or inline) its text; a number
/// the shortest invariant text that round-trips its double (0.359 → "0.359", 1 → "1", 301 → "301",
/// 1E+20 → "1E+20"); a boolean "TRUE" or "FALSE"; an error its code ("#N/A"); a formula its cached value
/// ("" when none is cached); an empty or missing cell "". Cells are placed by their A1 reference, so a sparse
/// row keeps its columns.</para>
/// <para>The header is the first non-empty row; the rows returned are the non-empty rows after it. The headers
/// and every row have as many cells as the widest of them.</para>
/// <para>It never throws on bad input: a file that is not a zip, a zip that is not a workbook, corrupt XML, a
/// workbook whose parts unpack to more than the limit, give <c>(null, message)</c>.</para>
/// </remarks>
public static class XlsxReader
{
    /// <summary>The default limit on the unpacked size of all the workbook's parts: 256 MiB.</summary>
    public const long DefaultMaxUncompressedBytes = 256L * 1024 * 1024;

    private const int MaxEntries = 10_000;
    private const long MaxCells = 10_000_000;
    private const int MaxColumns = 16_384;
    private const int MaxRows = 1_048_576;

    /// <summary>Reads the sheet named <paramref name="sheetName"/> (compared ignoring case, as Excel does), or the
    /// first worksheet when it is <see langword="null"/> or no sheet has that name; <see cref="XlsxSheet.Name"/>
    /// says which was read.</summary>
    /// <returns>The sheet, or <see langword="null"/> and a message saying what is wrong with the file, in the language of <see cref="CultureInfo.CurrentUICulture"/> (<see cref="XlsxTexts"/>).</returns>
    public static (XlsxSheet? Sheet, string? Error) Read(
        byte[] bytes, string? sheetName, long maxUncompressedBytes = DefaultMaxUncompressedBytes)
    {
        if (bytes is null || bytes.Length == 0)
            return (null, XlsxTexts.Empty);
        if (bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
            return (null, XlsxTexts.OldXls);

        try
        {
            var sizeError = CheckSize(bytes, maxUncompressedBytes);
            if (sizeError is not null)
                return (null, sizeError);

            using var stream = new MemoryStream(bytes, writable: false);
            var settings = new OpenSettings { MaxCharactersInPart = maxUncompressedBytes };
            using var document = SpreadsheetDocument.Open(stream, isEditable: false, settings);
            return ReadSheet(document, sheetName);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The seam's one error policy: whatever the SDK or the zip reader finds wrong is a bad file.
            return (null, XlsxTexts.NotAWorkbook(e.Message));
        }
    }

    // Unpacks every entry once, counting, before the SDK sees it: the sizes a zip declares can lie.
    private static string? CheckSize(byte[] bytes, long limit)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return XlsxTexts.NotAZip;
        }

        using (archive)
        {
            if (archive.Entries.Count > MaxEntries)
                return XlsxTexts.TooManyParts(archive.Entries.Count, MaxEntries);
            if (archive.GetEntry("[Content_Types].xml") is null)
                return XlsxTexts.NoContentTypes;

            var total = 0L;
            var buffer = new byte[81_920];
            foreach (var entry in archive.Entries)
            {
                using var content = entry.Open();
                int read;
                while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > limit)
                        return XlsxTexts.TooLarge(limit / (1024 * 1024));
                }
            }
        }
        return null;
    }

    private static (XlsxSheet?, string?) ReadSheet(SpreadsheetDocument document, string? sheetName)
    {
        var workbookPart = document.WorkbookPart;
        var sheets = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList();
        if (workbookPart is null || sheets is null)
            return (null, XlsxTexts.NoWorkbookPart);

        var worksheets = sheets
            .Where(s => s.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart)
            .ToList();
        if (worksheets.Count == 0)
            return (null, XlsxTexts.NoWorksheet);

        var sheet = worksheets.FirstOrDefault(s => string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase))
                    ?? worksheets[0];
        var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
        var sheetData = worksheetPart.Worksheet?.GetFirstChild<SheetData>();
        var name = sheet.Name?.Value ?? "";

        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?
            .Elements<SharedStringItem>().Select(RichText).ToList() ?? [];

        var rows = new List<(int Line, string[] Cells)>();
        var width = 0;
        var line = 0;
        long cells = 0;
        foreach (var row in sheetData?.Elements<Row>() ?? [])
        {
            line = row.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : line + 1;
            if (line is < 1 or > MaxRows)
                return (null, XlsxTexts.RowOutOfRange(name, line, MaxRows));

            var values = new SortedDictionary<int, string>();
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column + 1;
                if (column is < 1 or > MaxColumns)
                    return (null, XlsxTexts.CellReferenceInvalid(name, line, cell.CellReference?.Value));
                var (text, error) = CellText(cell, sharedStrings);
                if (error is not null)
                    return (null, XlsxTexts.CellUnreadable(name, cell.CellReference?.Value ?? "", error));
                if (text.Length > 0)
                    values[column] = text;
            }
            if (values.Count == 0)
                continue;

            var last = values.Keys.Max();
            width = Math.Max(width, last);
            cells += last;
            if (cells > MaxCells)
                return (null, XlsxTexts.TooManyCells(name, MaxCells.ToString("N0", CultureInfo.InvariantCulture)));
            var array = new string[last];
            Array.Fill(array, "");
            foreach (var (c, text) in values)
                array[c - 1] = text;
            rows.Add((line, array));
        }

        if (rows.Count == 0)
            return (new XlsxSheet(name, [], []), null);
        if ((long)width * rows.Count > MaxCells)
            return (null, XlsxTexts.TooManyCells(name, MaxCells.ToString("N0", CultureInfo.InvariantCulture)));

        var headers = Pad(rows[0].Cells, width);
        var data = rows.Skip(1).Select(r => new XlsxRow(r.Line, Pad(r.Cells, width))).ToList();
        return (new XlsxSheet(name, headers, data), null);
    }

    private static string[] Pad(string[] cells, int width)
    {
        if (cells.Length == width)
            return cells;
        var padded = new string[width];
        Array.Fill(padded, "");
        cells.CopyTo(padded, 0);
        return padded;
    }

    private static (string Text, string? Error) CellText(Cell cell, List<string> sharedStrings)
    {
        var type = cell.DataType?.Value;
        var value = cell.CellValue?.Text ?? "";
        if (type == CellValues.InlineString)
            return (cell.InlineString is { } inline ? RichText(inline) : value, null);
        if (type == CellValues.SharedString)
        {
            if (value.Length == 0)
                return ("", null);
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= sharedStrings.Count)
                return ("", XlsxTexts.SharedStringMissing(value));
            return (sharedStrings[index], null);
        }
        if (type == CellValues.Boolean)
            return (value.Trim() switch { "1" or "true" => "TRUE", "0" or "false" => "FALSE", _ => value }, null);
        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date)
            return (XString.Decode(value), null);

        // A number (no type, or "n").
        if (value.Length == 0)
            return ("", null);
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? (number.ToString("R", CultureInfo.InvariantCulture), null)
            : (value, null);
    }

    // The text of a shared or inline string: its t, or its runs' t; phonetic runs (rPh) are not text.
    private static string RichText(OpenXmlElement item)
    {
        var text = new System.Text.StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text t)
                text.Append(t.Text);
            else if (child is Run run)
                foreach (var rt in run.Elements<Text>())
                    text.Append(rt.Text);
        }
        return XString.Decode(text.ToString());
    }

    // "B3" → 2; 0 when the reference has no letters or too many.
    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
                column = column * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z')
                column = column * 26 + (c - 'a' + 1);
            else
                break;
            if (column > MaxColumns)
                return 0;
        }
        return column;
    }
}
