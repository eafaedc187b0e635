using Selection.Core;
using Selection.IO.Output;
using Selection.IO.Parquet;

namespace Selection.IO.Runs;

/// <summary>
/// What a run that has just been written still holds of its own files: tables it wrote, and the result its evidence was
/// written from. Its report (issue 14) reads these instead of reading the files back, which at the size of the issue's
/// 100× country was a quarter of the run and most of its memory (issue 11). They are the rows the files were written
/// from, so the report is the one <c>selection report</c> writes from the finished folder, byte for byte (a test).
/// </summary>
public sealed class WrittenRun
{
    /// <param name="result">The result the run's evidence (<c>observasjoner</c>) was written from.</param>
    /// <param name="tables">Tables written, by name (<c>skoler</c>, ...), as they were given to the writer.</param>
    /// <exception cref="ArgumentException">A table has a decimal column: read back, a decimal has the scale of its
    /// file's column, not its own, so its rows would not be the ones read from the file.</exception>
    public WrittenRun(SelectionResult result, IReadOnlyDictionary<string, TypedTable> tables)
    {
        foreach (var (name, table) in tables)
        {
            if (table.Columns.FirstOrDefault(c => c.Type == ParquetColumnType.Decimal) is { } column)
                throw new ArgumentException($"Table '{name}' has a decimal column, '{column.Name}': read from its file it would have the file's scale.", nameof(tables));
        }
        Result = result;
        Tables = tables;
    }

    public SelectionResult Result { get; }

    public IReadOnlyDictionary<string, TypedTable> Tables { get; }
}
