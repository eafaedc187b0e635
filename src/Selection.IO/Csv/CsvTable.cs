using Selection.Core;

namespace Selection.IO.Csv;

/// <summary>One data row of a CSV file: its 1-based line in the file, and its fields, trimmed.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>The field at <paramref name="index"/>, or "" when the row is short.</summary>
    public string this[int index] => index < Fields.Count ? Fields[index] : "";
}

/// <summary>
/// A CSV file read into memory: the header, the rows with their line numbers, and the dialect that was
/// detected (encoding, separator). Fields are trimmed of spaces, tabs and non-breaking spaces (Udir's
/// school names carry trailing spaces).
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string file, string encoding, char separator, IReadOnlyList<string> headers, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Encoding = encoding;
        Separator = separator;
        Headers = headers;
        Rows = rows;
    }

    /// <summary>The file's name, as problems name it.</summary>
    public string File { get; }

    public string Encoding { get; }

    public char Separator { get; }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>The index of the column whose name matches <paramref name="name"/> (see <see cref="ColumnNames"/>), or -1.</summary>
    public int IndexOf(string name)
    {
        var key = ColumnNames.Key(name);
        for (var i = 0; i < Headers.Count; i++)
            if (ColumnNames.Key(Headers[i]) == key)
                return i;
        return -1;
    }

    /// <summary>
    /// Reads CSV bytes. The separator is the first of <c>;</c>, tab and <c>,</c> found in the header line
    /// (outside quotes); a file whose header has none of them has one column. Problems (empty or binary
    /// file, no header, malformed quoting, a row with more fields than the header) are returned, each
    /// with the file and line; the table is <c>null</c> only when the file cannot be read at all.
    /// </summary>
    public static (CsvTable? Table, IReadOnlyList<Problem> Problems) Read(byte[] bytes, string file)
    {
        var problems = new List<Problem>();
        using var stream = CsvRowStream.Open(bytes, file, problems, checkControlCharacters: false);
        if (stream is null)
            return (null, problems);
        var rows = new List<CsvRow>();
        while (stream.Next())
        {
            var fields = new string[stream.FieldCount];
            for (var i = 0; i < fields.Length; i++)
                fields[i] = stream.Cell(i);
            rows.Add(new CsvRow(stream.Line, fields));
        }
        stream.Finish(problems);
        return stream.Failed
            ? (null, problems)
            : (new CsvTable(file, stream.Encoding, stream.Separator, stream.Headers.ToArray(), rows), problems);
    }

    /// <summary>The first of <c>;</c>, tab and <c>,</c> in the first line, outside quotes; <c>,</c> when none.</summary>
    public static char DetectSeparator(ReadOnlySpan<byte> utf8)
    {
        var end = utf8.IndexOfAny((byte)'\n', (byte)'\r');
        var header = end < 0 ? utf8 : utf8[..end];
        bool semicolon = false, tab = false, inQuotes = false;
        foreach (var b in header)
        {
            if (b == '"') inQuotes = !inQuotes;
            else if (!inQuotes && b == ';') semicolon = true;
            else if (!inQuotes && b == '\t') tab = true;
        }
        return semicolon ? ';' : tab ? '\t' : ',';
    }
}
