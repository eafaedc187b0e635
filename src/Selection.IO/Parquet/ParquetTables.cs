using Parquet;
using Parquet.Schema;
using Selection.Core;
using Selection.IO.Csv;
using Selection.IO.Input;

namespace Selection.IO.Parquet;

/// <summary>The types a column of a Parquet file written by <see cref="ParquetTables.Write(Stream, IReadOnlyList{ParquetColumn}, IReadOnlyList{object?[]})"/> can have.</summary>
public enum ParquetColumnType
{
    /// <summary>UTF-8 text (<see cref="string"/>).</summary>
    String,

    /// <summary>A 32-bit integer (<see cref="int"/>).</summary>
    Int32,

    /// <summary>A 64-bit integer (<see cref="long"/>).</summary>
    Int64,

    /// <summary>A 64-bit floating point number (<see cref="double"/>).</summary>
    Double,

    /// <summary>
    /// An exact decimal (<see cref="decimal"/>), stored as Parquet DECIMAL(precision, scale) with the scale
    /// and precision fitted to the column's values (see <see cref="ParquetTables"/>).
    /// </summary>
    Decimal,

    /// <summary>A boolean (<see cref="bool"/>).</summary>
    Boolean,
}

/// <summary>One column of a Parquet file: its name, its type, and whether its cells may be null.</summary>
public sealed record ParquetColumn(string Name, ParquetColumnType Type, bool Nullable = true);

/// <summary>
/// Reads and writes flat Parquet files (DOMAIN §9, §10): input tables are read as text, like CSV, so
/// that one set of checks applies to both; the engine's outputs are written with a typed schema,
/// deterministically (same rows, same bytes).
/// <para>
/// Decimals are written as Parquet DECIMAL(p, s): s is the largest <see cref="decimal.Scale"/> among the
/// column's values and p the fewest digits that hold every value at that scale (INT32 up to 9 digits,
/// INT64 up to 18, a fixed-length byte array up to 38). Every value therefore reads back equal to what
/// was written; a value with fewer decimals than the column's widest one reads back padded with zeros
/// (40.5 next to 4.10 reads back as 40.50).
/// </para>
/// </summary>
public static class ParquetTables
{
    /// <summary>The most rows in one row group.</summary>
    internal const int RowGroupSize = 1_000_000;

    /// <summary>
    /// The rows of a table as its Parquet file gives them back (<see cref="ReadTyped(Stream)"/>): a
    /// decimal has its column's scale in the file, the most decimals any of the column's values has (2.5 in a column
    /// that also holds 1.25 comes back as 2.50), not its own. Rows of a table without decimals are the rows given.
    /// </summary>
    public static IReadOnlyList<object?[]> RowsAsRead(IReadOnlyList<ParquetColumn> columns, IReadOnlyList<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var decimalColumns = Enumerable.Range(0, columns.Count).Where(c => columns[c].Type == ParquetColumnType.Decimal).ToArray();
        if (decimalColumns.Length == 0)
            return rows;
        // Zero with the column's scale: a decimal sum has the larger scale of the two, so value + zero is the value
        // written with exactly that many decimals.
        var zeroOf = new decimal[columns.Count];
        foreach (var c in decimalColumns)
            zeroOf[c] = new decimal(0, 0, 0, false, (byte)ParquetWriting.DecimalShape(columns[c].Name, rows.Select(r => r[c]).OfType<decimal>()).Scale);
        var read = new object?[rows.Count][];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = (object?[])rows[i].Clone();
            foreach (var c in decimalColumns)
                if (row[c] is decimal value)
                    row[c] = value + zeroOf[c];
            read[i] = row;
        }
        return read;
    }

    private const string Unreadable = "file-unreadable";

    /// <summary>
    /// Reads a flat Parquet file into the engine's text table: the header is the column names in file
    /// order; each row becomes a <see cref="CsvRow"/> whose line is its index + 2 (as if a header were line
    /// 1). Cells are text, formatted with the invariant culture: null is "" (a missing value); strings as
    /// they are, trimmed of spaces, tabs and non-breaking spaces like the CSV reader; integers plain;
    /// decimals exactly; floating point numbers as their shortest round-trip text ("NaN", "Infinity");
    /// booleans as "true"/"false"; dates as yyyy-MM-dd (a timestamp with a time of day as
    /// yyyy-MM-ddTHH:mm:ss with any fraction); other types as their invariant text.
    /// </summary>
    /// <returns>
    /// The table and no problems; or no table and one "file-unreadable" problem when the bytes are not a
    /// Parquet file, are corrupt or truncated, or have a nested or repeated (list, map, struct) column.
    /// Never throws for bad input.
    /// </returns>
    public static (SourceTable? Table, IReadOnlyList<Problem> Problems) Read(byte[] bytes, string file)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(file);
        string error;
        try
        {
            var (headers, rows, failure) = ParquetReading.ReadText(bytes);
            if (failure is null)
                return (new SourceTable(file, SourceTable.ParquetFormat, headers!, rows!), []);
            error = failure;
        }
        catch (Exception e)
        {
            error = ParquetReading.Describe(e, null);
        }
        return (null, [Problem.Error(Unreadable, ParquetTexts.CannotRead(error), new Origin(file, 0))]);
    }

    /// <summary>
    /// Writes <paramref name="rows"/> as a Parquet file with the schema <paramref name="columns"/>. Each row
    /// has one cell per column, of the CLR type of the column's <see cref="ParquetColumnType"/> (string,
    /// int, long, double, decimal, bool), or null when the column is nullable. Snappy compression, one row
    /// group per 1,000,000 rows, dictionary encoding for strings; no timestamps or random
    /// ids, so the same input always gives the same bytes.
    /// </summary>
    /// <exception cref="ArgumentException">A column name is empty or repeated, a row has the wrong number of
    /// cells, a cell has the wrong type or is null in a column that is not nullable, or a decimal column
    /// needs more than 38 digits.</exception>
    public static void Write(Stream output, IReadOnlyList<ParquetColumn> columns, IReadOnlyList<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = ParquetWriting.Write(columns, rows);
        output.Write(bytes);
        output.Flush();
    }

    /// <summary>Writes the file at <paramref name="path"/>, replacing it; see <see cref="Write(Stream, IReadOnlyList{ParquetColumn}, IReadOnlyList{object?[]})"/>.</summary>
    public static void Write(string path, IReadOnlyList<ParquetColumn> columns, IReadOnlyList<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = ParquetWriting.Write(columns, rows);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>
    /// Writes <paramref name="table"/> at <paramref name="path"/>, replacing it, column by column from its arrays:
    /// the same bytes as the row form of the same values.
    /// </summary>
    /// <exception cref="ArgumentException">A column name is empty or repeated, a text column holds a null where
    /// it may not, or a decimal column needs more than 38 digits.</exception>
    public static void Write(string path, ColumnTable table)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllBytes(path, ParquetWriting.Write(table));
    }

    /// <summary>
    /// Writes <paramref name="source"/> at <paramref name="path"/>, which must not exist yet, one row group at a
    /// time straight into the file: the same bytes as the whole table written by <see cref="Write(string, ColumnTable)"/>.
    /// A failure part way leaves the file cut short: for a folder that is put in place only when complete.
    /// </summary>
    public static void Write(string path, RowGroupSource source)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        ParquetWriting.Write(file, source);
    }

    /// <summary>
    /// Reads a file written by <see cref="Write(Stream, IReadOnlyList{ParquetColumn}, IReadOnlyList{object?[]})"/>
    /// (or any flat file whose columns are UTF-8 strings, INT32, INT64, DOUBLE, DECIMAL or BOOLEAN) as typed
    /// cells: the columns with their types, and the rows as object?[] of the CLR types
    /// <see cref="Write(Stream, IReadOnlyList{ParquetColumn}, IReadOnlyList{object?[]})"/> takes. Decimals
    /// come back with the column's scale.
    /// </summary>
    /// <exception cref="InvalidDataException">The stream is not a Parquet file, is corrupt, or has a column of
    /// another type or shape.</exception>
    public static (IReadOnlyList<ParquetColumn> Columns, IReadOnlyList<object?[]> Rows) ReadTyped(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ParquetReading.ReadTyped(input);
    }

    /// <summary>
    /// As <see cref="ReadTyped(Stream)"/>, but only the columns named in <paramref name="only"/> (in the file's
    /// order; a name the file does not have is left out): the other columns are never decoded, so a reader that
    /// needs four columns of the evidence does not hold all eighteen.
    /// </summary>
    public static (IReadOnlyList<ParquetColumn> Columns, IReadOnlyList<object?[]> Rows) ReadTyped(Stream input, IReadOnlySet<string> only)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(only);
        return ParquetReading.ReadTyped(input, only);
    }

    /// <summary>
    /// The columns named in <paramref name="only"/> (a name the file does not have is left out), each as one array of
    /// typed cells over the whole file: no row objects, for a reader that passes over millions of rows once.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a Parquet file, are corrupt, or a column has another type or shape.</exception>
    public static IReadOnlyDictionary<string, object?[]> ReadColumns(byte[] bytes, IReadOnlySet<string> only)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(only);
        return ParquetReading.ReadTypedColumns(bytes, only);
    }

    /// <summary>The Parquet.Net field for a column; decimals get the (precision, scale) fitted to the data.</summary>
    internal static DataField Field(ParquetColumn column, (int Precision, int Scale) decimalShape) => column.Type switch
    {
        ParquetColumnType.String => new DataField<string>(column.Name, column.Nullable),
        ParquetColumnType.Int32 => new DataField<int>(column.Name, column.Nullable),
        ParquetColumnType.Int64 => new DataField<long>(column.Name, column.Nullable),
        ParquetColumnType.Double => new DataField<double>(column.Name, column.Nullable),
        ParquetColumnType.Boolean => new DataField<bool>(column.Name, column.Nullable),
        ParquetColumnType.Decimal => new DecimalDataField(column.Name, decimalShape.Precision, decimalShape.Scale, isNullable: column.Nullable),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "unknown column type"),
    };

    /// <summary>Options for writing: fixed so that output bytes depend on the rows only.</summary>
    internal static ParquetOptions WriteOptions() => new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        CompressionLevel = System.IO.Compression.CompressionLevel.Optimal,
    };

    /// <summary>
    /// Options for reading: byte arrays without a logical type are read as UTF-8 text, and decimals as
    /// <see cref="global::Parquet.Data.BigDecimal"/> (unscaled integer and scale), which is exact for any
    /// precision.
    /// </summary>
    internal static ParquetOptions ReadOptions() => new()
    {
        TreatByteArrayAsString = true,
        UseBigDecimal = true,
    };
}
