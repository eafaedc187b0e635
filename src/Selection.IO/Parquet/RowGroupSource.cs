namespace Selection.IO.Parquet;

/// <summary>
/// A table written one row group at a time (<see cref="ParquetTables.RowGroupSize"/> rows), so that a table of
/// millions of rows is never held whole: the evidence of a 100× country is filled into one group's arrays,
/// written, and the arrays filled again. <see cref="ParquetTables.Write(string, RowGroupSource)"/> gives the
/// same bytes as the whole table written at once.
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
    /// Fills rows <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> − 1 into
    /// <paramref name="group"/>, from its first row. Called for consecutive stretches, from row 0 on.
    /// </summary>
    public abstract void Fill(ColumnTable group, int start, int count);
}
