namespace Selection.Import.Reading;

/// <summary>One row of an export: its 1-based line in the file (for JSON, the line its object starts on) and its cells.</summary>
public sealed record ExportRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at <paramref name="index"/>, trimmed; "" for -1 or past the end of the row.</summary>
    public string this[int index] => index >= 0 && index < Cells.Count ? Cells[index].Trim() : "";

    /// <summary>The first cell of <paramref name="columns"/> that is not empty, or "".</summary>
    public string First(IReadOnlyList<int> columns)
    {
        foreach (var column in columns)
            if (this[column] is { Length: > 0 } cell)
                return cell;
        return "";
    }
}

/// <summary>
/// A file of the export folder read as a table, whatever its format: a CSV file's header and rows, or a JSON
/// array of objects with one column per property (a nested object's properties as <c>Kommune.Kommunenummer</c>).
/// Every shape the import recognises is read from this, so one set of column rules applies to CSV and JSON.
/// </summary>
public sealed class ExportTable(string file, string format, IReadOnlyList<string> headers, IReadOnlyList<ExportRow> rows, bool isJson)
{
    /// <summary>The file's name in the export folder, as messages name it.</summary>
    public string File { get; } = file;

    /// <summary>The format and dialect it was read in, for the log.</summary>
    public string Format { get; } = format;

    public IReadOnlyList<string> Headers { get; } = headers;

    public IReadOnlyList<ExportRow> Rows { get; } = rows;

    public bool IsJson { get; } = isJson;

    /// <summary>The index of the first column named one of <paramref name="names"/> (any case and æøå spelling), or -1.</summary>
    public int Column(params string[] names) => Names.Column(Headers, names);

    /// <summary>
    /// Every column named one of <paramref name="names"/>, in the order of the names: a JSON register may give
    /// the kommune flat on one unit (<c>Kommunenummer</c>) and nested on another (<c>Kommune.Kommunenummer</c>).
    /// </summary>
    public int[] Columns(params string[] names) =>
        names.SelectMany(n => Enumerable.Range(0, Headers.Count).Where(i => IO.Csv.ColumnNames.Same(Headers[i], n))).Distinct().ToArray();

    /// <summary>Whether the table has a column named one of <paramref name="names"/>.</summary>
    public bool Has(params string[] names) => Column(names) >= 0;

    /// <summary>The header of column <paramref name="index"/>, as the file writes it.</summary>
    public string Header(int index) => index >= 0 && index < Headers.Count ? Headers[index] : "";
}
