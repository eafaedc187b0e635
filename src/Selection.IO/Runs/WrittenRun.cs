using Selection.Core;
using Selection.IO.Output;
using Selection.IO.Parquet;

namespace Selection.IO.Runs;

/// <summary>
/// What a run that has just been written still holds of its own files: tables it wrote, and the result its evidence was
/// written from. Its report (issue 14) reads these instead of reading the files back, which at the size of the issue's
/// 100× country was a quarter of the run and most of its memory (issue 11). They are the rows the files were written
/// from, as the files give them back, so the report is the one <c>selection report</c> writes from the finished folder,
/// byte for byte (a test).
/// </summary>
public sealed class WrittenRun
{
    /// <param name="result">The result the run's evidence (<c>observasjoner</c>) was written from.</param>
    /// <param name="tables">Tables written, by name (<c>skoler</c>, ...), as they were given to the writer. Their rows are
    /// kept as the files give them back: a decimal with its file column's scale, not its own
    /// (<see cref="ParquetTables.RowsAsRead"/>).</param>
    public WrittenRun(SelectionResult result, IReadOnlyDictionary<string, TypedTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Result = result;
        Tables = tables.ToDictionary(t => t.Key, t => t.Value with { Rows = ParquetTables.RowsAsRead(t.Value.Columns, t.Value.Rows) }, StringComparer.Ordinal);
    }

    public SelectionResult Result { get; }

    public IReadOnlyDictionary<string, TypedTable> Tables { get; }
}
