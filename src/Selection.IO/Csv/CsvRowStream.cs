using CsvHelper;
using Selection.Core;

namespace Selection.IO.Csv;

/// <summary>
/// A CSV file's data rows, read once from the first to the last and never kept: the data reader turns
/// each row into data as it goes, so a file of millions of rows is never held as text. A cell is made a
/// string only when asked for (<see cref="Cell"/>); the parsers read plain cells (digits, a school year)
/// from their UTF-8 bytes (<see cref="Utf8"/>). The problems are those of <see cref="CsvTable.Read"/>,
/// in the same order: they are collected by kind while the rows pass and put together by
/// <see cref="Finish"/>.
/// </summary>
public sealed class CsvRowStream : IDisposable
{
    private readonly CsvReader _reader;
    private readonly string[] _headers;
    private readonly int _named;
    private readonly bool _checkControlCharacters;
    private readonly List<Problem> _malformed;
    private readonly List<Problem> _shortRows = [];
    private readonly List<Problem> _extraFields = [];
    private readonly List<Problem> _controlCharacters = [];
    private readonly string _encoding;
    private readonly bool _mixed;
    private Problem? _fatal;

    private CsvRowStream(string file, (string Name, bool Mixed, int LineCount) encoding, char separator, CsvReader reader, string[] headers, List<Problem> malformed, bool checkControlCharacters)
    {
        File = file;
        (_encoding, _mixed, LineCount) = encoding;
        Separator = separator;
        _reader = reader;
        _headers = headers;
        _malformed = malformed;
        _checkControlCharacters = checkControlCharacters;
        _named = Array.FindLastIndex(headers, h => h.Length > 0) + 1;
        if (checkControlCharacters)
            for (var i = 0; i < headers.Length; i++)
                CheckControlCharacters(headers[i], 1, $"{i + 1}");
    }

    /// <summary>The file's name, as problems name it.</summary>
    public string File { get; }

    public string Encoding => _encoding;

    public char Separator { get; }

    /// <summary>The header, each name trimmed.</summary>
    public IReadOnlyList<string> Headers => _headers;

    /// <summary>The current row's 1-based line in the file.</summary>
    public int Line { get; private set; }

    /// <summary>The number of fields of the current row (it may differ from the header's).</summary>
    public int FieldCount => _reader.FieldCount;

    /// <summary>The data rows read so far (lines of separators only are not rows).</summary>
    public int RowCount { get; private set; }

    /// <summary>The number of line breaks in the file: an upper bound of its data rows, give or take one.</summary>
    public int LineCount { get; }

    /// <summary>Whether the file turned out unreadable part way (see <see cref="Finish"/>): nothing read from it counts.</summary>
    public bool Failed => _fatal is not null;

    /// <summary>
    /// Opens CSV bytes: the separator is found as <see cref="CsvTable.DetectSeparator"/> says and the header
    /// read. <c>null</c> when the file cannot be read at all (not text, no header, broken before the first
    /// row), with the problems in <paramref name="problems"/>. With <paramref name="checkControlCharacters"/>
    /// every cell is checked for control characters as the data reader requires.
    /// </summary>
    public static CsvRowStream? Open(byte[] bytes, string file, List<Problem> problems, bool checkControlCharacters)
    {
        var (decoded, error) = TextDecoding.Decode(bytes);
        if (decoded is null)
        {
            problems.Add(Problem.Error("file-unreadable", Input.InputTexts.CannotReadFile(error!), new Origin(file, 0)));
            return null;
        }

        var separator = CsvTable.DetectSeparator(decoded.Utf8.Span);
        var encoding = (decoded.EncodingName, decoded.Mixed, decoded.Utf8.Span.Count((byte)'\n') + 1);
        return Open(options => CsvReader.Create(decoded.Utf8, options), file, encoding, separator, problems, checkControlCharacters);
    }

    /// <summary>
    /// Opens a file of plain UTF-8 (<see cref="PlainUtf8"/>) to read its rows from the file as they are read, a buffer at a
    /// time, not from a copy of the whole file in memory: otherwise as <see cref="Open(byte[], string, List{Problem}, bool)"/>.
    /// The stream is positioned after the byte order mark, if any, and is closed with the returned stream (or at once
    /// when it cannot be read).
    /// </summary>
    public static CsvRowStream? Open(Stream utf8, PlainUtf8 text, string file, List<Problem> problems, bool checkControlCharacters)
    {
        var opened = Open(options => CsvReader.Create(utf8, options, leaveOpen: false), file, (text.EncodingName, false, text.LineCount), text.Separator, problems, checkControlCharacters);
        if (opened is null)
            utf8.Dispose();
        return opened;
    }

    private static CsvRowStream? Open(Func<CsvReaderOptions, CsvReader> create, string file, (string Name, bool Mixed, int LineCount) encoding, char separator, List<Problem> problems, bool checkControlCharacters)
    {
        var malformed = new List<Problem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            DetectSeparatorHint = false,
            PoolStrings = true, // the same school year, orgnr and value text down a column: one string each
            OnMalformedRecord = record =>
            {
                if (record.Reason != CsvMalformedReason.FieldCountMismatch)
                    malformed.Add(Problem.Error("csv-malformed", CsvTexts.MalformedQuoting(Describe(record.Reason)), new Origin(file, (int)record.LineNumber)));
            },
        };

        CsvReader? reader = null;
        try
        {
            reader = create(options);
            var headers = reader.Headers.Select(Clean).ToArray();
            if (headers.Length == 0 || headers.All(h => h.Length == 0))
            {
                // The rows are still read, for what they say about quoting, as the whole-file reader does.
                while (reader.Read())
                {
                }
                reader.Dispose();
                problems.AddRange(malformed);
                problems.Add(Problem.Error("csv-no-header", CsvTexts.NoHeaderRow, new Origin(file, 1)));
                return null;
            }
            return new CsvRowStream(file, encoding, separator, reader, headers, malformed, checkControlCharacters);
        }
        catch (CsvFormatException e)
        {
            reader?.Dispose();
            problems.AddRange(malformed);
            problems.Add(Problem.Error("csv-malformed", CsvTexts.CannotReadCsv(e.Message), new Origin(file, (int)e.LineNumber)));
            return null;
        }
    }

    /// <summary>
    /// Moves to the next data row; <c>false</c> at the end, or when the file breaks part way (then
    /// <see cref="Failed"/>). A row is checked as it passes: too short, extra fields, control characters.
    /// </summary>
    public bool Next()
    {
        if (_fatal is not null)
            return false;
        try
        {
            while (_reader.Read())
            {
                if (IsBlank())
                    continue; // a line of separators only, as Excel writes below a table
                Line = (int)_reader.LineNumber;
                RowCount++;
                CheckRow();
                return true;
            }
            return false;
        }
        catch (CsvFormatException e)
        {
            _fatal = Problem.Error("csv-malformed", CsvTexts.CannotReadCsv(e.Message), new Origin(File, (int)e.LineNumber));
            return false;
        }
    }

    /// <summary>The current row's field at <paramref name="index"/>, trimmed; "" past the end of the row.</summary>
    public string Cell(int index) => index < 0 || index >= _reader.FieldCount ? "" : Clean(_reader.GetString(index));

    /// <summary>
    /// The current row's field at <paramref name="index"/> as UTF-8 (quotes removed, not trimmed), valid until
    /// the next row; empty past the end of the row. The text of <see cref="Cell"/> is a function of these bytes.
    /// </summary>
    public ReadOnlySpan<byte> Utf8(int index) => index < 0 || index >= _reader.FieldCount ? [] : _reader.GetSpan(index);

    /// <summary>
    /// The problems of reading, in the order of <see cref="CsvTable.Read"/> (then the control characters):
    /// call once the rows have all been read. When the file broke part way, only the quoting problems
    /// before the break and the break itself.
    /// </summary>
    public void Finish(List<Problem> problems)
    {
        problems.AddRange(_malformed);
        if (_fatal is { } fatal)
        {
            problems.Add(fatal);
            return;
        }
        problems.AddRange(_shortRows);
        problems.AddRange(_extraFields);
        if (_mixed)
            problems.Add(Problem.Warning("encoding-mixed", CsvTexts.EncodingMixed(_encoding), new Origin(File, 0)));
        problems.AddRange(_controlCharacters);
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>A field is blank when trimming leaves nothing; a field of plain ASCII needs no string to tell.</summary>
    private bool IsBlankField(int index)
    {
        var bytes = _reader.GetSpan(index);
        if (bytes.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
            return true;
        return bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 && Cell(index).Length == 0;
    }

    private bool IsBlank()
    {
        for (var i = 0; i < _reader.FieldCount; i++)
            if (!IsBlankField(i))
                return false;
        return true;
    }

    private void CheckRow()
    {
        // A row shorter than the header is a cut line (`…,40.0,15` → `…,4`), not suppressed cells: refused.
        // Empty header cells at the end (Excel's trailing separators) need no field.
        var fields = _reader.FieldCount;
        if (fields < _named)
            _shortRows.Add(Problem.Error("csv-short-row", CsvTexts.ShortRow(fields, _named), new Origin(File, Line)));
        if (fields > _headers.Length)
        {
            for (var i = _headers.Length; i < fields; i++)
            {
                if (!IsBlankField(i))
                {
                    _extraFields.Add(Problem.Error("csv-extra-fields", CsvTexts.ExtraFields(fields, _headers.Length), new Origin(File, Line)));
                    break;
                }
            }
        }
        if (!_checkControlCharacters)
            return;
        for (var i = 0; i < fields; i++)
        {
            var bytes = _reader.GetSpan(i);
            // Only a field with a byte below 0x20, DEL, or the lead byte of U+0080–U+009F can hold one.
            if (bytes.IndexOfAnyInRange((byte)0x00, (byte)0x1F) >= 0 || bytes.IndexOfAny((byte)0x7F, (byte)0xC2) >= 0)
                CheckControlCharacters(Cell(i), Line, ControlCharacters.ColumnName(_headers, i));
        }
    }

    private void CheckControlCharacters(string cell, int line, string column)
    {
        if (ControlCharacters.Find(cell, File, line, column) is { } problem)
            _controlCharacters.Add(problem);
    }

    /// <summary>Trims spaces, tabs, non-breaking spaces and a stray BOM (Udir's school names carry trailing spaces).</summary>
    internal static string Clean(string field) => field.Trim(TrimmedCharacters);

    private static readonly char[] TrimmedCharacters = [' ', '\t', '\u00A0', '\uFEFF'];

    internal static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => CsvTexts.StrayQuote,
        CsvMalformedReason.TextAfterClosingQuote => CsvTexts.TextAfterClosingQuote,
        CsvMalformedReason.UnterminatedQuote => CsvTexts.UnterminatedQuote,
        CsvMalformedReason.LineBreakInQuotes => CsvTexts.LineBreakInQuotes,
        _ => reason.ToString(),
    };
}

/// <summary>
/// A control character (ESC, BEL, a line break inside a quoted cell) is refused in every cell of every
/// table: written raw to a CSV, the console or an explanation it would act, not read.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The problem with <paramref name="cell"/>, or <c>null</c> when it has no control character.</summary>
    public static Problem? Find(string cell, string file, int line, string column)
    {
        var at = cell.AsSpan().IndexOfAnyInRange('\u0000', '\u001F');
        if (at < 0)
            at = cell.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        return at < 0 ? null : Problem.Error(
            "value-control-character",
            Input.InputTexts.ControlCharacter(cell[at]),
            new Origin(file, line), column, Visible(cell));
    }

    /// <summary>How a problem in a data cell names its column: the header, or the position when there is none.</summary>
    public static string ColumnName(IReadOnlyList<string> headers, int index) =>
        index < headers.Count && headers[index].Length > 0 ? headers[index] : $"{index + 1}";

    /// <summary>A cell with its control characters shown as <c>\u001B</c>, safe to print.</summary>
    public static string Visible(string cell)
    {
        var b = new System.Text.StringBuilder(cell.Length + 8);
        foreach (var c in cell)
            b.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        return b.ToString();
    }
}
