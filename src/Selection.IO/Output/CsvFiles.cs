using CsvHelper;

namespace Selection.IO.Output;

/// <summary>
/// The two CSV dialects the engine writes. Machine files (DOMAIN §10): RFC 4180, <c>,</c>, UTF-8 without
/// BOM, CRLF. Files for people: Excel-ready, <c>;</c>, UTF-8 with BOM, and a text cell that starts with
/// <c>= + - @</c> is prefixed with <c>'</c> so Excel shows it instead of running it.
/// </summary>
public static class CsvFiles
{
    public static readonly CsvWriterOptions Machine = CsvWriterOptions.Default with
    {
        Separator = ',',
        WriteByteOrderMark = false,
        NewLine = "\r\n",
        Injection = CsvInjection.None,
    };

    public static readonly CsvWriterOptions Excel = CsvWriterOptions.Default with
    {
        Separator = ';',
        WriteByteOrderMark = true,
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
    };

    /// <summary>Writes a header and rows of text cells to <paramref name="path"/>.</summary>
    public static void Write(string path, CsvWriterOptions options, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        Write(stream, options, header, rows);
    }

    public static void Write(Stream stream, CsvWriterOptions options, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        Write(stream, options, header, rows, row => row.Count, static (writer, row) =>
        {
            foreach (var cell in row)
                writer.WriteField(cell);
        });

    /// <summary>
    /// Writes a header and rows, each row's cells by <paramref name="writeCells"/>; a row whose <paramref name="width"/>
    /// is not the header's is refused.
    /// </summary>
    public static void Write<TRow>(Stream stream, CsvWriterOptions options, IReadOnlyList<string> header, IEnumerable<TRow> rows, Func<TRow, int> width, Action<CsvWriter, TRow> writeCells)
    {
        using var writer = CsvWriter.Create(stream, options, leaveOpen: true);
        foreach (var name in header)
            writer.WriteField(name);
        writer.EndRecord();
        foreach (var row in rows)
        {
            if (width(row) != header.Count)
                throw new InvalidOperationException($"A row has {width(row)} cells for {header.Count} columns.");
            writeCells(writer, row);
            writer.EndRecord();
        }
    }
}
