using System.Text;

namespace Selection.IO.Csv;

/// <summary>
/// The bytes of a text file, as UTF-8 without a byte order mark, and how they were read: the encoding's
/// name as the summaries show it (in the language of the command), and whether the lines were in two.
/// </summary>
public sealed record DecodedText(ReadOnlyMemory<byte> Utf8, string EncodingName, bool Mixed = false);

/// <summary>
/// A text file found to be plain UTF-8 by <see cref="TextDecoding.ScanPlainUtf8"/>: what <see cref="TextDecoding.Decode"/>
/// would read as UTF-8 without changing a byte, so that its rows can be read from the file rather than from a copy.
/// </summary>
/// <param name="BomLength">The bytes of its byte order mark: 3, or 0 without one.</param>
/// <param name="EncodingName">The encoding's name as the summaries show it.</param>
/// <param name="Separator">Its separator, as <see cref="CsvTable.DetectSeparator"/> finds it in the header.</param>
/// <param name="LineCount">Its line breaks plus one: an upper bound of its data rows.</param>
public sealed record PlainUtf8(int BomLength, string EncodingName, char Separator, int LineCount);

/// <summary>
/// Finds the encoding of a text file the way analysts' files come: UTF-8 with or without a byte order
/// mark; UTF-16 with a byte order mark (Excel's "Unicode text"); otherwise Windows-1252 when the bytes
/// are not valid UTF-8. Refuses empty and binary files with a message that says what the file looks like.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The UTF-8 byte order mark, EF BB BF.</summary>
    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes after a UTF-8 byte order mark, or all of them when there is none.</summary>
    public static ReadOnlyMemory<byte> WithoutUtf8Bom(byte[] bytes) => bytes.AsMemory(bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1252, the encoding of CSV files saved by Excel on Norwegian Windows.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>Decodes <paramref name="bytes"/>, or says why they are not a text file.</summary>
    public static (DecodedText? Text, string? Error) Decode(byte[] bytes)
    {
        if (bytes.Length == 0)
            return (null, Input.InputTexts.FileEmpty);
        if (bytes.AsSpan().StartsWith(Utf8Bom))
            return Utf8OrError(bytes, Utf8Bom.Length);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return (new DecodedText(Encoding.UTF8.GetBytes(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2)), "UTF-16 LE"), null);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return (new DecodedText(Encoding.UTF8.GetBytes(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)), "UTF-16 BE"), null);
        if (bytes.AsSpan().StartsWith("PK\x03\x04"u8))
            return (null, CsvTexts.ZipNotCsv);
        if (bytes.AsSpan().StartsWith("PAR1"u8))
            return (null, CsvTexts.ParquetNotCsv);
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
            return (null, CsvTexts.NotText);
        return Utf8OrError(bytes, 0);
    }

    /// <summary>
    /// Reads <paramref name="stream"/> (a file of <paramref name="length"/> bytes, from its start) once, a buffer at a time:
    /// when <see cref="Decode"/> would read its bytes as UTF-8 as they are (valid UTF-8, not a zip or Parquet file, no NUL
    /// byte unless after a byte order mark), what a reader of it needs to know, and the stream is put back after the byte
    /// order mark. <c>null</c> for anything else (UTF-16, Windows-1252, a binary file, a header longer than the buffer, a
    /// file whose length changed): such a file is read whole and decoded as before.
    /// </summary>
    public static PlainUtf8? ScanPlainUtf8(Stream stream, long length)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            var decoder = StrictUtf8.GetDecoder();
            long total = 0;
            int bomLength = 0, lineBreaks = 0;
            var separator = ',';
            while (true)
            {
                var filled = 0;
                while (filled < buffer.Length && stream.Read(buffer, filled, buffer.Length - filled) is var n and > 0)
                    filled += n;
                if (filled == 0)
                    break;
                var chunk = buffer.AsSpan(0, filled);
                if (total == 0)
                {
                    if (chunk.StartsWith(Utf8Bom))
                        bomLength = Utf8Bom.Length;
                    else if (chunk.StartsWith("PK\x03\x04"u8) || chunk.StartsWith("PAR1"u8))
                        return null;
                    chunk = chunk[bomLength..];
                    if (chunk.IndexOfAny((byte)'\n', (byte)'\r') < 0 && filled < length)
                        return null;
                    separator = CsvTable.DetectSeparator(chunk);
                }
                total += filled;
                if (bomLength == 0 && chunk.Contains((byte)0))
                    return null;
                // The last chunk flushes the decoder: a sequence cut off at the end of the file is not UTF-8 either.
                decoder.GetCharCount(chunk, flush: total >= length);
                lineBreaks += chunk.Count((byte)'\n');
            }
            if (total != length || lineBreaks == int.MaxValue)
                return null;
            stream.Seek(bomLength, SeekOrigin.Begin);
            return new PlainUtf8(bomLength, bomLength > 0 ? CsvTexts.Utf8WithBom : "UTF-8", separator, lineBreaks + 1);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The bytes after a BOM of <paramref name="bomLength"/> bytes as UTF-8 (not copied), or why not.</summary>
    private static (DecodedText?, string?) Utf8OrError(byte[] bytes, int bomLength)
    {
        var withBom = bomLength > 0;
        try
        {
            StrictUtf8.GetCharCount(bytes, bomLength, bytes.Length - bomLength);
            return (new DecodedText(bytes.AsMemory(bomLength), withBom ? CsvTexts.Utf8WithBom : "UTF-8"), null);
        }
        catch (DecoderFallbackException)
        {
            if (withBom)
                return (null, CsvTexts.BomButNotUtf8);
            return PerLine(bytes);
        }
    }

    /// <summary>
    /// Bytes that are not valid UTF-8 as a whole: each line is read as UTF-8 when it is valid UTF-8
    /// and holds non-ASCII text, else as Windows-1252. A file put together from two sources (a UTF-8
    /// export with lines pasted from Excel) is then read right on every line, never as <c>Ã¸</c>.
    /// </summary>
    private static (DecodedText?, string?) PerLine(byte[] bytes)
    {
        var output = new MemoryStream(bytes.Length + bytes.Length / 8);
        int utf8Lines = 0, ansiLines = 0;
        var start = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var stop = end < 0 ? bytes.Length : end + 1;
            var line = bytes.AsSpan(start, stop - start);
            if (line.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0)
            {
                output.Write(line);
            }
            else if (IsUtf8(line))
            {
                utf8Lines++;
                output.Write(line);
            }
            else
            {
                ansiLines++;
                output.Write(Encoding.UTF8.GetBytes(Windows1252.GetString(line)));
            }
            start = stop;
        }
        var encoding = utf8Lines == 0 ? "Windows-1252" : CsvTexts.MixedEncoding(utf8Lines, ansiLines);
        return (new DecodedText(output.ToArray(), encoding, Mixed: utf8Lines > 0), null);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> line)
    {
        try
        {
            StrictUtf8.GetCharCount(line);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
