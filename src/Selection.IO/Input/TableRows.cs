using Selection.IO.Csv;

namespace Selection.IO.Input;

/// <summary>
/// The rows of an input table as the parsers read them: once, from the first to the last. A CSV file is
/// streamed (<see cref="CsvRowStream"/>: no row is kept, plain cells are read from their bytes); a table
/// already in memory (Parquet, or text given by a test) is walked.
/// </summary>
internal abstract class TableRows
{
    /// <summary>The file's name, as problems name it.</summary>
    public abstract string File { get; }

    /// <summary>The format and dialect, for the summary.</summary>
    public abstract string Format { get; }

    public abstract IReadOnlyList<string> Headers { get; }

    /// <summary>Moves to the next row; <c>false</c> at the end.</summary>
    public abstract bool Next();

    /// <summary>The current row's line (for Parquet, its row number plus one).</summary>
    public abstract int Line { get; }

    /// <summary>The current row's cell at <paramref name="index"/>, trimmed; "" for -1 or past the end.</summary>
    public abstract string Cell(int index);

    /// <summary>
    /// The current row's cell at <paramref name="index"/> as UTF-8 when the table has its bytes (valid until
    /// the next row; <see cref="Cell"/> is a function of them): lets a parser read digits without a string.
    /// </summary>
    public abstract bool TryUtf8(int index, out ReadOnlySpan<byte> utf8);

    /// <summary>The rows read so far.</summary>
    public abstract int RowCount { get; }

    /// <summary>About how many rows the table has (at least as many, give or take blank lines): to size what is built from it once.</summary>
    public abstract int ExpectedRows { get; }

    public static TableRows Of(SourceTable table) => new InMemory(table);

    public static TableRows Of(CsvRowStream stream, string format) => new Streamed(stream, format);

    private sealed class InMemory(SourceTable table) : TableRows
    {
        private int _next;
        private CsvRow? _row;

        public override string File => table.File;

        public override string Format => table.Format;

        public override IReadOnlyList<string> Headers => table.Headers;

        public override int Line => _row!.Line;

        public override int RowCount => _next;

        public override int ExpectedRows => table.Rows.Count;

        public override bool Next()
        {
            if (_next >= table.Rows.Count)
                return false;
            _row = table.Rows[_next++];
            return true;
        }

        public override string Cell(int index) => index < 0 ? "" : _row![index];

        public override bool TryUtf8(int index, out ReadOnlySpan<byte> utf8)
        {
            utf8 = default;
            return false;
        }
    }

    private sealed class Streamed(CsvRowStream stream, string format) : TableRows
    {
        public override string File => stream.File;

        public override string Format => format;

        public override IReadOnlyList<string> Headers => stream.Headers;

        public override int Line => stream.Line;

        public override int RowCount => stream.RowCount;

        public override int ExpectedRows => stream.LineCount;

        public override bool Next() => stream.Next();

        public override string Cell(int index) => stream.Cell(index);

        public override bool TryUtf8(int index, out ReadOnlySpan<byte> utf8)
        {
            utf8 = stream.Utf8(index);
            return index >= 0;
        }
    }
}
