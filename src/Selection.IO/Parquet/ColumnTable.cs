namespace Selection.IO.Parquet;

/// <summary>
/// A table held as typed columns, one array per column (<c>string[]</c>, <c>int[]</c> or <c>int?[]</c> by
/// nullability, and so on), for the large evidence tables: filled in one pass and written column by column
/// without a boxed cell per value. <see cref="ParquetTables.Write(string, ColumnTable)"/> gives the same
/// bytes as the row form of the same values.
/// </summary>
public sealed class ColumnTable
{
    private readonly Array[] _data;

    public ColumnTable(IReadOnlyList<ParquetColumn> columns, int rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        Columns = columns;
        RowCount = rows;
        _data = columns.Select(c => ArrayFor(c, rows)).ToArray();
    }

    /// <summary>An array of <paramref name="rows"/> values of <paramref name="column"/>'s type, as a table holds its values.</summary>
    public static Array ArrayFor(ParquetColumn column, int rows) => (column.Type, column.Nullable) switch
    {
        (ParquetColumnType.String, _) => (Array)new string?[rows],
        (ParquetColumnType.Int32, false) => new int[rows],
        (ParquetColumnType.Int32, true) => new int?[rows],
        (ParquetColumnType.Int64, false) => new long[rows],
        (ParquetColumnType.Int64, true) => new long?[rows],
        (ParquetColumnType.Double, false) => new double[rows],
        (ParquetColumnType.Double, true) => new double?[rows],
        (ParquetColumnType.Decimal, false) => new decimal[rows],
        (ParquetColumnType.Decimal, true) => new decimal?[rows],
        (ParquetColumnType.Boolean, false) => new bool[rows],
        (ParquetColumnType.Boolean, true) => new bool?[rows],
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "unknown column type"),
    };

    public IReadOnlyList<ParquetColumn> Columns { get; }

    public int RowCount { get; }

    /// <summary>The values of column <paramref name="column"/>, an array of its type.</summary>
    public Array Data(int column) => _data[column];

    public string?[] Strings(int column) => As<string?[]>(column);

    public int[] Ints(int column) => As<int[]>(column);

    public int?[] NullableInts(int column) => As<int?[]>(column);

    public long[] Longs(int column) => As<long[]>(column);

    public decimal[] Decimals(int column) => As<decimal[]>(column);

    private T As<T>(int column) where T : class =>
        _data[column] as T ?? throw new InvalidOperationException($"Column '{Columns[column].Name}' is a {_data[column].GetType().Name}, not a {typeof(T).Name}.");
}
