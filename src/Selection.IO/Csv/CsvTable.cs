using CsvHelper;
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
        var (decoded, error) = TextDecoding.Decode(bytes);
        if (decoded is null)
        {
            problems.Add(Problem.Error("file-unreadable", Input.InputTexts.CannotReadFile(error!), new Origin(file, 0)));
            return (null, problems);
        }

        var separator = DetectSeparator(decoded.Utf8);
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            DetectSeparatorHint = false,
            OnMalformedRecord = record =>
            {
                if (record.Reason != CsvMalformedReason.FieldCountMismatch)
                    problems.Add(Problem.Error("csv-malformed", CsvTexts.MalformedQuoting(Describe(record.Reason)), new Origin(file, (int)record.LineNumber)));
            },
        };

        var rows = new List<CsvRow>();
        string[] headers;
        try
        {
            using var reader = CsvReader.Create(decoded.Utf8, options);
            headers = reader.Headers.Select(Clean).ToArray();
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                    fields[i] = Clean(reader.GetString(i) ?? "");
                if (fields.All(f => f.Length == 0))
                    continue; // a line of separators only, as Excel writes below a table
                rows.Add(new CsvRow((int)reader.LineNumber, fields));
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(Problem.Error("csv-malformed", CsvTexts.CannotReadCsv(e.Message), new Origin(file, (int)e.LineNumber)));
            return (null, problems);
        }

        if (headers.Length == 0 || headers.All(h => h.Length == 0))
        {
            problems.Add(Problem.Error("csv-no-header", CsvTexts.NoHeaderRow, new Origin(file, 1)));
            return (null, problems);
        }
        // A row shorter than the header is a cut line (`…,40.0,15` → `…,4`), not suppressed cells: refused.
        // Empty header cells at the end (Excel's trailing separators) need no field.
        var named = Array.FindLastIndex(headers, h => h.Length > 0) + 1;
        foreach (var row in rows.Where(r => r.Fields.Count < named))
        {
            problems.Add(Problem.Error(
                "csv-short-row",
                CsvTexts.ShortRow(row.Fields.Count, named),
                new Origin(file, row.Line)));
        }
        foreach (var row in rows.Where(r => r.Fields.Count > headers.Length && r.Fields.Skip(headers.Length).Any(f => f.Length > 0)))
        {
            problems.Add(Problem.Error(
                "csv-extra-fields",
                CsvTexts.ExtraFields(row.Fields.Count, headers.Length),
                new Origin(file, row.Line)));
        }

        if (decoded.Mixed)
            problems.Add(Problem.Warning("encoding-mixed", CsvTexts.EncodingMixed(decoded.EncodingName), new Origin(file, 0)));
        return (new CsvTable(file, decoded.EncodingName, separator, headers, rows), problems);
    }

    private static string Clean(string field) => field.Trim(' ', '\t', '\u00A0', '\uFEFF');

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => CsvTexts.StrayQuote,
        CsvMalformedReason.TextAfterClosingQuote => CsvTexts.TextAfterClosingQuote,
        CsvMalformedReason.UnterminatedQuote => CsvTexts.UnterminatedQuote,
        CsvMalformedReason.LineBreakInQuotes => CsvTexts.LineBreakInQuotes,
        _ => reason.ToString(),
    };

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
