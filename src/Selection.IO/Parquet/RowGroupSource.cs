namespace Selection.IO.Parquet;

/// <summary>
/// A table written one row group (<see cref="ParquetTables.RowGroupSize"/> rows) and one column at a time, so that a
/// table of millions of rows is never held whole, nor even one row group of it: the evidence of a country is filled
/// column by column into one array per column type, each written before the next is filled (fresh memory is what costs
/// here: issue 11, session 8). <see cref="ParquetTables.Write(string, RowGroupSource)"/> gives the same bytes as the
/// whole table written at once.
/// </summary>
public abstract class RowGroupSource
{
    public abstract IReadOnlyList<ParquetColumn> Columns { get; }

    public abstract int RowCount { get; }

    /// <summary>
    /// The values of decimal column <paramref name="column"/> that give it its shape, in any order: a decimal
    /// column's precision and scale come from its values and are written before the first row. They depend only on
    /// the most decimals any value has and on the largest magnitude, so every value will do, or any of them that
    /// hold both (no more decimals and no larger magnitude than the column has).
    /// </summary>
    public abstract IEnumerable<decimal> Decimals(int column);

    /// <summary>
    /// Fills column <paramref name="column"/> of rows <paramref name="start"/> to <paramref name="start"/> +
    /// <paramref name="count"/> − 1 into <paramref name="into"/> (an array of the column's type, as
    /// <see cref="ColumnTable"/> holds it, at least <paramref name="count"/> long), from its first element. Called for
    /// each column of a row group in turn, the row groups one after the other from row 0.
    /// </summary>
    public abstract void Fill(int column, Array into, int start, int count);
}
