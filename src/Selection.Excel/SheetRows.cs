using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Selection.Excel;

/// <summary>
/// The styles of a data sheet's cells, column by column. A style is numbered at its first use
/// (<see cref="StyleTable"/>), so <see cref="Register"/> visits the cells in the order they are written and
/// numbers each style where writing them would have; the rows are written later, straight into the archive
/// (<see cref="SheetRowsWriter"/>), after the styles part is made.
/// </summary>
internal sealed class SheetStyles
{
    private readonly uint?[] _plain;
    private readonly uint?[] _quoted;

    private SheetStyles(int columns)
    {
        _plain = new uint?[columns];
        _quoted = new uint?[columns];
    }

    /// <summary>Numbers the styles of <paramref name="sheet"/>'s data cells in <paramref name="styles"/>, in the order writing them uses them.</summary>
    public static SheetStyles Register(SheetSpec sheet, StyleTable styles)
    {
        var result = new SheetStyles(sheet.Columns.Count);
        var columns = sheet.Columns;
        foreach (var row in sheet.Rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                if (column.Kind != SheetCellKind.Text)
                    result._plain[c] ??= styles.Index(NumberStyle(column)); // a number column's style is looked up for every cell, empty or not
                else if (row[c] is string text && NeedsQuotePrefix(text))
                    result._quoted[c] ??= styles.Index(TextStyle(column) with { QuotePrefix = true });
                else if (row[c] is not null || column.FillIn)
                    result._plain[c] ??= styles.Index(TextStyle(column));
            }
        }
        return result;
    }

    /// <summary>The style of a cell of column <paramref name="column"/>: a text with Excel's quote prefix, or any other.</summary>
    public uint Of(int column, bool quoted) =>
        (quoted ? _quoted[column] : _plain[column]) ?? throw new UnreachableException($"the style of column {column} was not registered");

    /// <summary>A text starting with = + - @ gets Excel's quote prefix: shown as text, and still text when edited.</summary>
    public static bool NeedsQuotePrefix(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@';

    private static StyleKey TextStyle(SheetColumn column) =>
        new(Fill: column.FillIn ? Fill.FillIn : Fill.None, NumberFormat: NumberFormat.Text, Unlocked: column.FillIn);

    private static StyleKey NumberStyle(SheetColumn column) => new(
        Fill: column.FillIn ? Fill.FillIn : Fill.None,
        NumberFormat: column.Kind switch
        {
            SheetCellKind.Integer => NumberFormat.Integer,
            SheetCellKind.Percent => NumberFormat.Percent,
            SheetCellKind.Number => NumberFormat.General,
            _ => NumberFormat.TwoDecimals,
        },
        Unlocked: column.FillIn);
}

/// <summary>
/// Writes a data sheet's rows (row 2 on) as UTF-8 into a stream: the workbook's archive entry, so a country's
/// hundreds of thousands of cells pass through neither the SDK's package nor an XML writer per element.
/// The bytes are those System.Xml's <see cref="XmlWriter"/> writes for the same elements, which is what the SDK's
/// writer wraps: the spreadsheet namespace's <c>x</c> prefix, attributes in the schema's order (r, s, t),
/// <c>" /&gt;"</c> closing an element with nothing in it, <c>xml:space="preserve"</c> where the SDK puts it.
/// A text of characters that need nothing from XML is encoded directly; any other text (markup characters,
/// line breaks, tabs, characters outside the Basic Multilingual Plane, line separators) is escaped by an
/// <see cref="XmlWriter"/> of the same settings, so its escaping is System.Xml's own.
/// </summary>
internal sealed class SheetRowsWriter : IDisposable
{
    private const int BufferSize = 1 << 16;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _output;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _used;

    public SheetRowsWriter(Stream output) => _output = output;

    /// <summary>Writes <paramref name="sheet"/>'s data rows, each cell with its style from <paramref name="styles"/>.</summary>
    public void Write(SheetSpec sheet, SheetStyles styles)
    {
        var columns = sheet.Columns;
        var letters = new byte[columns.Count][];
        var plain = new byte[columns.Count][];
        var quoted = new byte[columns.Count][];
        for (var c = 0; c < columns.Count; c++)
            letters[c] = Encoding.ASCII.GetBytes(XlsxWriter.ColumnName(c));

        Span<byte> number = stackalloc byte[16];
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = sheet.Rows[r];
            var line = r + 2;
            line.TryFormat(number, out var digits, provider: CultureInfo.InvariantCulture);
            var lineBytes = number[..digits];
            Ascii("<x:row r=\""u8);
            Ascii(lineBytes);
            Ascii("\""u8);
            var empty = true;
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                var value = row[c];
                if (value is null && !column.FillIn)
                    continue;
                if (empty)
                {
                    Ascii(">"u8);
                    empty = false;
                }
                Ascii("<x:c r=\""u8);
                Ascii(letters[c]);
                Ascii(lineBytes);
                Ascii("\" s=\""u8);
                if (column.Kind == SheetCellKind.Text && value is string text)
                {
                    var isQuoted = SheetStyles.NeedsQuotePrefix(text);
                    Ascii(StyleText(isQuoted ? quoted : plain, c, styles.Of(c, isQuoted)));
                    var encoded = XString.Encode(text);
                    var preserve = encoded.Length > 0 && (char.IsWhiteSpace(encoded[0]) || char.IsWhiteSpace(encoded[^1])
                        || encoded.Contains('\n') || encoded.Contains('\t'));
                    Ascii("\" t=\"inlineStr\"><x:is><x:t"u8);
                    if (preserve)
                        Ascii(" xml:space=\"preserve\""u8);
                    Ascii(">"u8); // an empty text too: XmlWriter closes a text it was given, "<x:t></x:t>"
                    Text(encoded);
                    Ascii("</x:t></x:is></x:c>"u8);
                }
                else
                {
                    Ascii(StyleText(plain, c, styles.Of(c, quoted: false)));
                    if (value is null)
                    {
                        Ascii("\" />"u8);
                        continue;
                    }
                    Ascii("\"><x:v>"u8);
                    Ascii(NumberText(value));
                    Ascii("</x:v></x:c>"u8);
                }
            }
            Ascii(empty ? " />"u8 : "</x:row>"u8);
        }
    }

    private static byte[] StyleText(byte[][] cache, int column, uint style) =>
        cache[column] ??= Encoding.ASCII.GetBytes(style.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number as the SDK's cell value writes it: integers as they are, others as the shortest double that reads back the same.</summary>
    private static string NumberText(object value) => value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => ((double)m).ToString("R", CultureInfo.InvariantCulture),
        _ => throw new UnreachableException(),
    };

    private void Ascii(string text)
    {
        if (_buffer.Length - _used < text.Length)
            Flush();
        for (var i = 0; i < text.Length; i++)
            _buffer[_used + i] = (byte)text[i];
        _used += text.Length;
    }

    private void Ascii(ReadOnlySpan<byte> bytes)
    {
        if (_buffer.Length - _used < bytes.Length)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _output.Write(bytes);
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    /// <summary>Element text: encoded directly when no character of it needs anything from XML, else escaped by System.Xml.</summary>
    private void Text(string text)
    {
        foreach (var c in text)
        {
            if (!NeedsNothing(c))
            {
                Ascii(EscapedBySystemXml(text));
                return;
            }
        }
        var most = Utf8.GetMaxByteCount(text.Length);
        if (_buffer.Length - _used < most)
        {
            Flush();
            if (most > _buffer.Length)
            {
                _output.Write(Utf8.GetBytes(text));
                return;
            }
        }
        _used += Utf8.GetBytes(text, _buffer.AsSpan(_used));
    }

    /// <summary>
    /// Whether XML writes <paramref name="c"/> in element text as its UTF-8 and nothing else: printable ASCII but
    /// for the markup characters, and the Basic Multilingual Plane's letters from U+00A0 on, but for the line and
    /// paragraph separators and the surrogates. Everything else goes to System.Xml.
    /// </summary>
    private static bool NeedsNothing(char c) =>
        (c >= 0x20 && c < 0x7F && c is not ('&' or '<' or '>'))
        || (c >= 0xA0 && c < 0x2028) || (c > 0x2029 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);

    /// <summary>The bytes an <see cref="XmlWriter"/> of the sheet's settings writes for <paramref name="text"/> in an element.</summary>
    private static byte[] EscapedBySystemXml(string text)
    {
        using var memory = new MemoryStream();
        using (var writer = XmlWriter.Create(memory, new XmlWriterSettings { Encoding = Utf8, ConformanceLevel = ConformanceLevel.Fragment }))
            writer.WriteString(text);
        return memory.ToArray();
    }

    private void Flush()
    {
        _output.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose() => Flush();
}
