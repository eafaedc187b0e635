using System.Text;
using Selection.Core;

namespace Selection.IO.Input;

/// <summary>
/// Parses one column's cells as the parser <c>parse</c> does, with less work: a cell whose bytes equal the
/// previous row's (a school's orgnr down its rows, the school year) takes the previous outcome; a plain
/// cell (digits, one decimal mark) is read from its bytes by <c>plain</c>, which must agree with
/// <c>parse</c> on every text it accepts; any other text is parsed once (<see cref="ParseCache{T}"/>).
/// The outcome, problem message included, is always <c>parse</c>'s.
/// </summary>
/// <remarks>
/// With <c>remember</c> off, plain cells are not looked for among the last few: a column of values, which rarely
/// repeat, is read from its bytes at once. With <c>parseOnce</c> off, a text is parsed each time it is not among
/// the last few: a column of orgnr, whose texts come in blocks (a school's rows), is not kept text by text.
/// </remarks>
internal sealed class CellParser<T>(Func<string, ParseResult<T>> parse, CellParser<T>.PlainParser? plain = null, bool remember = true, bool parseOnce = true)
{
    /// <summary>Reads a plain cell from its UTF-8 bytes; <c>false</c> when the cell is not plain.</summary>
    public delegate bool PlainParser(ReadOnlySpan<byte> utf8, out T value);

    // The last few distinct cells (a school's years, the subjects): their bytes, side by side, and outcomes.
    private const int Slots = 8;
    private const int SlotBytes = 32;
    private readonly ParseCache<T>? _cache = parseOnce ? new(parse) : null;
    private readonly byte[] _bytes = new byte[Slots * SlotBytes];
    private readonly int[] _lengths = [-1, -1, -1, -1, -1, -1, -1, -1];
    private readonly ParseResult<T>[] _results = new ParseResult<T>[Slots];
    private int _nextSlot;

    public ParseResult<T> Parse(TableRows rows, int index)
    {
        if (index < 0 || !rows.TryUtf8(index, out var utf8))
            return Text(rows.Cell(index));
        if (!remember)
            return plain is not null && plain(utf8, out var read) ? ParseResult<T>.Ok(read) : Text(rows.Cell(index));
        for (var slot = 0; slot < Slots; slot++)
            if (_lengths[slot] == utf8.Length && utf8.SequenceEqual(_bytes.AsSpan(slot * SlotBytes, utf8.Length)))
                return _results[slot];
        var result = plain is not null && plain(utf8, out var value) ? ParseResult<T>.Ok(value) : Text(rows.Cell(index));
        if (utf8.Length <= SlotBytes)
        {
            var slot = _nextSlot;
            _nextSlot = (slot + 1) % Slots;
            utf8.CopyTo(_bytes.AsSpan(slot * SlotBytes));
            _lengths[slot] = utf8.Length;
            _results[slot] = result;
        }
        return result;
    }

    private ParseResult<T> Text(string text) => _cache is null ? parse(text) : _cache.Parse(text);
}

/// <summary>
/// The plain forms of <see cref="Csv.Cells"/>, read from UTF-8 bytes: each accepts only text that
/// <see cref="Csv.Cells"/> reads to the same value (pinned by tests), and leaves everything else to it.
/// </summary>
internal static class PlainCells
{
    /// <summary>
    /// An empty cell (missing), a suppression mark of ASCII (<c>*</c>, <c>.</c>, <c>..</c>, <c>:</c>, <c>-</c>; suppressed), or
    /// digits with at most one <c>.</c> or <c>,</c> between digits; 18 digits at most.
    /// </summary>
    public static bool Value(ReadOnlySpan<byte> utf8, out decimal? value)
    {
        value = null;
        if (utf8.IsEmpty || IsSuppressionMark(utf8))
            return true;
        ulong mantissa = 0;
        int digits = 0, scale = -1;
        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                mantissa = (mantissa * 10) + (ulong)(b - '0');
                if (++digits > 18)
                    return false;
                if (scale >= 0)
                    scale++;
            }
            else if ((b == '.' || b == ',') && scale < 0 && i > 0 && i < utf8.Length - 1)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>An empty cell (missing), a suppression mark of ASCII (suppressed), or one to nine digits.</summary>
    public static bool Count(ReadOnlySpan<byte> utf8, out int? count)
    {
        count = null;
        if (utf8.IsEmpty || IsSuppressionMark(utf8))
            return true;
        if (utf8.Length > 9 || utf8.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
            return false;
        var n = 0;
        foreach (var b in utf8)
            n = (n * 10) + (b - '0');
        count = n;
        return true;
    }

    /// <summary>The suppression marks of <see cref="Csv.Cells.SuppressionMarks"/> that are ASCII, as their bytes (the en dash is left to the text).</summary>
    private static readonly byte[][] AsciiSuppressionMarks =
        [.. Csv.Cells.SuppressionMarks.Where(m => m.Length > 0 && Ascii.IsValid(m)).Select(Encoding.ASCII.GetBytes)];

    private static readonly int LongestAsciiSuppressionMark = AsciiSuppressionMarks.Max(m => m.Length);

    /// <summary>Whether the cell is one of <see cref="AsciiSuppressionMarks"/>, as written (a digit first never is).</summary>
    private static bool IsSuppressionMark(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > LongestAsciiSuppressionMark || char.IsAsciiDigit((char)utf8[0]))
            return false;
        foreach (var mark in AsciiSuppressionMarks)
            if (utf8.SequenceEqual(mark))
                return true;
        return false;
    }

    /// <summary>
    /// Nine ASCII digits with their check digit: the organisation number <see cref="Core.OrgNr.Parse"/> makes of them.
    /// Anything else (spaces between groups, a wrong check digit, another length) is left to it, for its message.
    /// </summary>
    public static bool OrgNr(ReadOnlySpan<byte> utf8, out OrgNr orgnr)
    {
        orgnr = default;
        if (utf8.Length != 9 || utf8.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
            return false;
        var text = Encoding.ASCII.GetString(utf8);
        if (Core.OrgNr.Parse(text) is not { Success: true } parsed)
            return false;
        orgnr = parsed.Value;
        return true;
    }

    /// <summary>One or two digits making a grade, 1–13.</summary>
    public static bool Trinn(ReadOnlySpan<byte> utf8, out int trinn)
    {
        trinn = 0;
        if (utf8.IsEmpty || utf8.Length > 2 || utf8.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
            return false;
        foreach (var b in utf8)
            trinn = (trinn * 10) + (b - '0');
        return trinn is >= 1 and <= 13;
    }
}
