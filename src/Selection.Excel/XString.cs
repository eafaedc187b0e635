using System.Globalization;
using System.Text;

namespace Selection.Excel;

/// <summary>
/// The OOXML escape of text in cells (ST_Xstring, ECMA-376 Part 1 §22.9.2.19): a character XML cannot carry
/// (or that XML would change, a CR) is written <c>_xHHHH_</c>, and a literal <c>_xHHHH_</c> in the text gets
/// its underscore escaped as <c>_x005F_</c>. This is what Excel writes and reads.
/// </summary>
internal static class XString
{
    public static string Encode(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? escape = null;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (c == '\r' || !IsXmlChar(c))
                escape = Escape(c);
            else if (c == '_' && IsEscapeAt(text, i))
                escape = "_x005F_";

            if (escape is null)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            sb.Append(escape);
        }
        return sb?.ToString() ?? text;
    }

    public static string Decode(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
            return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && IsEscapeAt(text, i))
            {
                sb.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 6;
                continue;
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    private static string Escape(char c) => "_x" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "_";

    private static bool IsEscapeAt(string text, int i) =>
        i + 6 < text.Length && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_'
        && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3])
        && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]);

    // XML 1.0 Char, for a single UTF-16 unit (a surrogate alone is not one).
    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
