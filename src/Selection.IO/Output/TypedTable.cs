using System.Globalization;
using Selection.IO.Parquet;

namespace Selection.IO.Output;

/// <summary>A table to write: a header and rows of text cells.</summary>
public sealed record OutputTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// An output table with typed columns, written both as machine CSV and as Parquet, so the two hold
/// the same values: integers as integers, shares and spreads as doubles (6 decimals in CSV), flags as
/// booleans, measured values as exact decimals. A null cell is an empty CSV field.
/// </summary>
public sealed record TypedTable(IReadOnlyList<ParquetColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>The cells as machine CSV writes them.</summary>
    public OutputTable ToText() =>
        new(Columns.Select(c => c.Name).ToArray(), Rows.Select(r => (IReadOnlyList<string>)r.Select(Text).ToArray()).ToArray());

    /// <summary>
    /// Writes the table as <c>&lt;name&gt;.csv</c> (machine CSV) and <c>&lt;name&gt;.parquet</c> in <paramref name="folder"/>, the
    /// same values in both; returns the two file names.
    /// </summary>
    public IReadOnlyList<string> WriteCsvAndParquet(string folder, string name)
    {
        WriteCsv(Path.Combine(folder, name + ".csv"));
        ParquetTables.Write(Path.Combine(folder, name + ".parquet"), Columns, Rows);
        return [name + ".csv", name + ".parquet"];
    }

    /// <summary>
    /// Writes the table as machine CSV: the cells of <see cref="ToText"/>, formatted straight into the writer (a
    /// country's table is not made into a string per cell first).
    /// </summary>
    public void WriteCsv(Stream stream, CsvHelper.CsvWriterOptions options)
    {
        var buffer = new char[64];
        CsvFiles.Write(stream, options, [.. Columns.Select(c => c.Name)], Rows, row => row.Length, (writer, row) =>
        {
            foreach (var cell in row)
                writer.WriteField(Text(cell, buffer));
        });
    }

    /// <summary>Writes the table as machine CSV to a new file at <paramref name="path"/>.</summary>
    public void WriteCsv(string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        WriteCsv(stream, CsvFiles.Machine);
    }

    /// <summary>
    /// The text of <see cref="Text(object?)"/>, a number formatted into <paramref name="buffer"/> (the same formats, the
    /// same code); a number too long for it is made a string.
    /// </summary>
    private static ReadOnlySpan<char> Text(object? cell, Span<char> buffer)
    {
        var written = 0;
        var done = cell switch
        {
            int i => i.TryFormat(buffer, out written, default, CultureInfo.InvariantCulture),
            long l => l.TryFormat(buffer, out written, default, CultureInfo.InvariantCulture),
            double d => d.TryFormat(buffer, out written, "0.000000", CultureInfo.InvariantCulture),
            decimal m => m.TryFormat(buffer, out written, default, CultureInfo.InvariantCulture),
            _ => false,
        };
        return done ? buffer[..written] : Text(cell);
    }

    /// <summary>One cell as text: invariant numbers, doubles with 6 decimals, <c>true</c>/<c>false</c>.</summary>
    public static string Text(object? cell) => cell switch
    {
        null => "",
        string s => s,
        int i => Formats.Int(i),
        long l => Formats.Int(l),
        double d => Formats.Decimal6(d),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => Formats.Bool(b),
        _ => throw new ArgumentException($"No text form for a {cell.GetType().Name}.", nameof(cell)),
    };
}
