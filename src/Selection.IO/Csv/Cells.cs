using System.Globalization;
using Selection.Core;

namespace Selection.IO.Csv;

/// <summary>
/// Reads the cells of the input as Udir and Excel write them (DOMAIN §9): suppression marks as
/// missing, decimal comma or point, space and non-breaking space as thousands separators.
/// </summary>
public static class Cells
{
    /// <summary>The marks Udir uses for suppressed ("prikket") or absent values; an empty cell too.</summary>
    public static readonly IReadOnlySet<string> SuppressionMarks = new HashSet<string>(StringComparer.Ordinal)
    {
        "", "*", ".", "..", ":", "-", "\u2013",
    };

    public static bool IsSuppressed(string cell) => SuppressionMarks.Contains(cell.Trim());

    /// <summary>
    /// A measured value: <c>null</c> when suppressed; decimal comma or point (not both); an optional
    /// trailing <c>%</c>. The number is kept exactly as written.
    /// </summary>
    public static ParseResult<decimal?> Value(string cell)
    {
        var t = cell.Trim();
        if (IsSuppressed(t))
            return ParseResult<decimal?>.Ok(null);
        var s = t.Replace('\u2212', '-');
        if (s.EndsWith('%'))
            s = s[..^1].TrimEnd(' ', '\u00A0', '\u202F', '\u2009');
        // Thousands separators are for counts: no value (a percentage, an index, grunnskolepoeng) needs
        // one, so a space inside a value is a typo (`4 5.0`), never 45.0.
        if (s.AsSpan().IndexOfAny(" \u00A0\u202F\u2009\t") >= 0)
            return ParseResult<decimal?>.Fail(CsvTexts.NotANumberSpaceInside(t));
        if (s.Contains(',') && s.Contains('.'))
            return ParseResult<decimal?>.Fail(CsvTexts.NotANumberBothMarks(t));
        s = s.Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? ParseResult<decimal?>.Ok(value)
            : ParseResult<decimal?>.Fail(CsvTexts.NotANumber(t));
    }

    /// <summary>A count of pupils: <c>null</c> when suppressed; a whole number, not negative.</summary>
    public static ParseResult<int?> Count(string cell)
    {
        var t = cell.Trim();
        if (IsSuppressed(t))
            return ParseResult<int?>.Ok(null);
        var s = StripGrouping(t).Replace('\u2212', '-');
        if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            if (n < 0)
                return ParseResult<int?>.Fail(CsvTexts.NegativeCount(t));
            return n > int.MaxValue
                ? ParseResult<int?>.Fail(CsvTexts.CountTooLarge(t))
                : ParseResult<int?>.Ok((int)n);
        }
        var asNumber = Value(t);
        return asNumber.Success
            ? ParseResult<int?>.Fail(CsvTexts.NotAWholeNumber(t))
            : ParseResult<int?>.Fail(CsvTexts.NotACount(t));
    }

    /// <summary>A grade (trinn), 1–13; Udir sometimes writes it <c>7. trinn</c>.</summary>
    public static ParseResult<int> Trinn(string cell)
    {
        var t = cell.Trim();
        var s = t.EndsWith("trinn", StringComparison.OrdinalIgnoreCase) ? t[..^5].TrimEnd().TrimEnd('.') : t;
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var trinn) && trinn is >= 1 and <= 13)
            return ParseResult<int>.Ok(trinn);
        return ParseResult<int>.Fail(CsvTexts.NotAGrade(t));
    }

    private static string StripGrouping(string s) =>
        s.Replace(" ", "", StringComparison.Ordinal)
         .Replace("\u00A0", "", StringComparison.Ordinal)
         .Replace("\u202F", "", StringComparison.Ordinal)
         .Replace("\u2009", "", StringComparison.Ordinal);
}
