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
        var text = ToText();
        CsvFiles.Write(Path.Combine(folder, name + ".csv"), CsvFiles.Machine, text.Header, text.Rows);
        ParquetTables.Write(Path.Combine(folder, name + ".parquet"), Columns, Rows);
        return [name + ".csv", name + ".parquet"];
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
