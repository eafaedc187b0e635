using System.Diagnostics;
using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Selection.IO.Parquet;

/// <summary>Writing typed rows with Parquet.Net (see <see cref="ParquetTables.Write(Stream, IReadOnlyList{ParquetColumn}, IReadOnlyList{object?[]})"/>).</summary>
internal static class ParquetWriting
{
    /// <summary>The most digits Parquet.Net writes in a DECIMAL (16-byte fixed-length array).</summary>
    private const int MaxPrecision = 38;

    /// <summary>The rows, checked cell by cell, turned into columns and written as <see cref="Write(ColumnTable)"/> writes them.</summary>
    public static byte[] Write(IReadOnlyList<ParquetColumn> columns, IReadOnlyList<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Validate(columns, rows);
        var table = new ColumnTable(columns, rows.Count);
        for (var c = 0; c < columns.Count; c++)
        {
            // Each column's array by its type (the cells were checked above), not Array.SetValue per cell.
            switch (table.Data(c))
            {
                case string?[] a: Fill(a, rows, c); break;
                case int[] a: Fill(a, rows, c); break;
                case int?[] a: Fill(a, rows, c); break;
                case long[] a: Fill(a, rows, c); break;
                case long?[] a: Fill(a, rows, c); break;
                case double[] a: Fill(a, rows, c); break;
                case double?[] a: Fill(a, rows, c); break;
                case decimal[] a: Fill(a, rows, c); break;
                case decimal?[] a: Fill(a, rows, c); break;
                case bool[] a: Fill(a, rows, c); break;
                case bool?[] a: Fill(a, rows, c); break;
                case var other: throw new UnreachableException($"a column of {other.GetType().Name}");
            }
        }
        return Write(table);
    }

    private static void Fill<T>(T[] column, IReadOnlyList<object?[]> rows, int c)
    {
        for (var r = 0; r < rows.Count; r++)
            column[r] = (T)rows[r][c]!;
    }

    /// <summary>The table's columns written from their arrays, a row group at a time (slices, not copies).</summary>
    public static byte[] Write(ColumnTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        // Written to memory first: Parquet.Net records absolute stream positions as column offsets, so
        // the file must start at position 0 of a seekable stream.
        using var memory = new MemoryStream();
        Write(memory, table.Columns, table.RowCount, c => DecimalsOf(table.Data(c)), (start, _, c) => (table.Data(c), start));
        return memory.ToArray();
    }

    /// <summary>Writes <paramref name="source"/> to <paramref name="output"/> (seekable, at position 0) one row group at a time.</summary>
    public static void Write(Stream output, RowGroupSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        // One array per column type, filled for each column in turn and written before the next is filled.
        var groupSize = Math.Min(ParquetTables.RowGroupSize, source.RowCount);
        var arrays = new Dictionary<(ParquetColumnType, bool), Array>();
        Write(output, source.Columns, source.RowCount, source.Decimals, (start, count, c) =>
        {
            var column = source.Columns[c];
            if (!arrays.TryGetValue((column.Type, column.Nullable), out var array))
                arrays.Add((column.Type, column.Nullable), array = ColumnTable.ArrayFor(column, groupSize));
            source.Fill(c, array, start, count);
            return (array, 0);
        });
    }

    /// <summary>
    /// The one writer: the schema (a decimal column's shape from all its values), then each row group of
    /// <see cref="ParquetTables.RowGroupSize"/> rows, column by column: <paramref name="columnOf"/> gives, for a
    /// group's first row, its size and a column, the array and offset its values are at.
    /// </summary>
    private static void Write(Stream output, IReadOnlyList<ParquetColumn> columns, int rowCount, Func<int, IEnumerable<decimal>> decimals, Func<int, int, int, (Array Data, int Offset)> columnOf)
    {
        ValidateColumns(columns);
        var fields = new DataField[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var shape = columns[c].Type == ParquetColumnType.Decimal ? DecimalShape(columns[c].Name, decimals(c)) : (0, 0);
            fields[c] = ParquetTables.Field(columns[c], shape);
        }
        var options = ParquetTables.WriteOptions();
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Type == ParquetColumnType.String)
                options.ColumnEncodingHints[fields[c].Path.ToString()] = EncodingHint.Dictionary;
        }
        WriteColumnsAsync(output, new ParquetSchema(fields), fields, columns, rowCount, columnOf, options).GetAwaiter().GetResult();
    }

    private static IEnumerable<decimal> DecimalsOf(Array data) => data switch
    {
        decimal[] values => values,
        decimal?[] values => values.Where(v => v is not null).Select(v => v!.Value),
        _ => throw new ArgumentException("not a decimal column", nameof(data)),
    };

    private static async Task WriteColumnsAsync(Stream output, ParquetSchema schema, DataField[] fields, IReadOnlyList<ParquetColumn> columns, int rowCount, Func<int, int, int, (Array Data, int Offset)> columnOf, ParquetOptions options)
    {
        var writer = await ParquetWriter.CreateAsync(schema, output, options).ConfigureAwait(false);
        // A text column's values as Parquet.Net takes them, in one array for every text column and row group: a
        // column is written before the next is made ready.
        ReadOnlyMemory<char>[]? memories = null;
        ReadOnlyMemory<char>?[]? nullableMemories = null;
        var groupSize = Math.Min(ParquetTables.RowGroupSize, rowCount);
        await using (writer.ConfigureAwait(false))
        {
            // No row group at all for no rows: a valid file that every reader takes as an empty table.
            for (var start = 0; start < rowCount; start += ParquetTables.RowGroupSize)
            {
                var count = Math.Min(ParquetTables.RowGroupSize, rowCount - start);
                using var group = writer.CreateRowGroup();
                for (var c = 0; c < fields.Length; c++)
                {
                    var field = fields[c];
                    var (data, offset) = columnOf(start, count, c);
                    if (columns[c].Type == ParquetColumnType.String && !columns[c].Nullable && Array.IndexOf((string?[])data, null, offset, count) is var at and >= 0)
                        throw new ArgumentException($"row {start + at - offset}, column '{columns[c].Name}': null in a column that is not nullable", nameof(columns));
                    var task = data switch
                    {
                        string?[] texts when columns[c].Nullable =>
                            group.WriteAsync<ReadOnlyMemory<char>>(field, new ReadOnlyMemory<ReadOnlyMemory<char>?>(
                                NullableMemories(texts, offset, count, nullableMemories ??= new ReadOnlyMemory<char>?[groupSize]), 0, count)),
                        string?[] texts =>
                            group.WriteAsync<ReadOnlyMemory<char>>(field, new ReadOnlyMemory<ReadOnlyMemory<char>>(
                                Memories(texts, offset, count, memories ??= new ReadOnlyMemory<char>[groupSize]), 0, count)),
                        int[] v => group.WriteAsync<int>(field, new ReadOnlyMemory<int>(v, offset, count)),
                        int?[] v => group.WriteAsync<int>(field, new ReadOnlyMemory<int?>(v, offset, count)),
                        long[] v => group.WriteAsync<long>(field, new ReadOnlyMemory<long>(v, offset, count)),
                        long?[] v => group.WriteAsync<long>(field, new ReadOnlyMemory<long?>(v, offset, count)),
                        double[] v => group.WriteAsync<double>(field, new ReadOnlyMemory<double>(v, offset, count)),
                        double?[] v => group.WriteAsync<double>(field, new ReadOnlyMemory<double?>(v, offset, count)),
                        decimal[] v => group.WriteAsync<decimal>(field, new ReadOnlyMemory<decimal>(v, offset, count)),
                        decimal?[] v => group.WriteAsync<decimal>(field, new ReadOnlyMemory<decimal?>(v, offset, count)),
                        bool[] v => group.WriteAsync<bool>(field, new ReadOnlyMemory<bool>(v, offset, count)),
                        bool?[] v => group.WriteAsync<bool>(field, new ReadOnlyMemory<bool?>(v, offset, count)),
                        var other => throw new ArgumentException($"column '{columns[c].Name}' holds a {other.GetType().Name}"),
                    };
                    await task.ConfigureAwait(false);
                }
                group.CompleteValidate();
            }
        }
    }

    private static ReadOnlyMemory<char>[] Memories(string?[] texts, int offset, int count, ReadOnlyMemory<char>[] into)
    {
        for (var i = 0; i < count; i++)
            into[i] = texts[offset + i].AsMemory();
        return into;
    }

    private static ReadOnlyMemory<char>?[] NullableMemories(string?[] texts, int offset, int count, ReadOnlyMemory<char>?[] into)
    {
        for (var i = 0; i < count; i++)
            into[i] = texts[offset + i] is { } text ? text.AsMemory() : (ReadOnlyMemory<char>?)null; // not null as a ReadOnlyMemory: that is an empty text
        return into;
    }

    internal static (int Precision, int Scale) DecimalShape(string name, IEnumerable<decimal> values)
    {
        int scale = 0, integerDigits = 0;
        // The largest magnitude: its whole part has the most digits any value has before the point (the whole
        // part grows with the magnitude), so only that one is truncated.
        var largest = 0m;
        foreach (var value in values)
        {
            if (value.Scale > scale)
                scale = value.Scale;
            if (value > largest || -value > largest)
                largest = Math.Abs(value);
        }
        largest = decimal.Truncate(largest);
        if (largest != 0)
            integerDigits = largest.ToString(CultureInfo.InvariantCulture).Length;
        var precision = Math.Max(1, integerDigits + scale);
        if (precision > MaxPrecision)
        {
            throw new ArgumentException(
                $"the decimal column '{name}' needs {precision} digits ({integerDigits} before the point and {scale} after), more than Parquet's {MaxPrecision}: round its values");
        }
        return (precision, scale);
    }

    private static void ValidateColumns(IReadOnlyList<ParquetColumn> columns)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            ArgumentNullException.ThrowIfNull(column, nameof(columns));
            if (string.IsNullOrEmpty(column.Name))
                throw new ArgumentException("a column has no name", nameof(columns));
            if (!names.Add(column.Name))
                throw new ArgumentException($"the column '{column.Name}' is given twice", nameof(columns));
        }
    }

    private static void Validate(IReadOnlyList<ParquetColumn> columns, IReadOnlyList<object?[]> rows)
    {
        ValidateColumns(columns);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r] ?? throw new ArgumentException($"row {r} is null", nameof(rows));
            if (row.Length != columns.Count)
                throw new ArgumentException($"row {r} has {row.Length} cells but there are {columns.Count} columns", nameof(rows));
            for (var c = 0; c < columns.Count; c++)
            {
                var cell = row[c];
                var column = columns[c];
                if (cell is null)
                {
                    if (!column.Nullable)
                        throw new ArgumentException($"row {r}, column '{column.Name}': null in a column that is not nullable", nameof(rows));
                    continue;
                }
                var ok = column.Type switch
                {
                    ParquetColumnType.String => cell is string,
                    ParquetColumnType.Int32 => cell is int,
                    ParquetColumnType.Int64 => cell is long,
                    ParquetColumnType.Double => cell is double,
                    ParquetColumnType.Decimal => cell is decimal,
                    ParquetColumnType.Boolean => cell is bool,
                    _ => false,
                };
                if (!ok)
                {
                    throw new ArgumentException(
                        $"row {r}, column '{column.Name}': a {cell.GetType().Name} in a {column.Type} column", nameof(rows));
                }
            }
        }
    }
}
