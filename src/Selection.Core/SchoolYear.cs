namespace Selection.Core;

/// <summary>
/// A school year, named by the calendar year in whose autumn it starts: <c>2023-24</c> is
/// <see cref="StartYear"/> 2023.
/// </summary>
public readonly record struct SchoolYear : IComparable<SchoolYear>
{
    /// <summary>The earliest school year that can be named: 1900-01.</summary>
    public const int Earliest = 1900;

    /// <summary>The latest school year that can be named: 2998-99.</summary>
    public const int Latest = 2998;

    public SchoolYear(int startYear)
    {
        if (startYear is < Earliest or > Latest)
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, "A school year starts between 1900 and 2998.");
        StartYear = startYear;
    }

    public int StartYear { get; }

    /// <summary>
    /// Parses the forms in DOMAIN §9: <c>2023-24</c>, <c>2023-2024</c>, <c>202324</c>,
    /// <c>20232024</c> and <c>2023</c>; an en dash or a slash may stand for the hyphen. The second
    /// year, when given, must follow the first.
    /// </summary>
    public static ParseResult<SchoolYear> Parse(string? text)
    {
        var t = (text ?? "").Trim().Replace('\u2013', '-').Replace('/', '-');
        int first, second;
        switch (t.Length)
        {
            case 4 when AllDigits(t):
                return Make(int.Parse(t, System.Globalization.CultureInfo.InvariantCulture), null, text);
            case 6 when AllDigits(t):
                first = Number(t[..4]);
                second = Number(t[4..]);
                return Make(first, (first / 100 * 100) + second + (second < first % 100 ? 100 : 0), text);
            case 8 when AllDigits(t):
                return Make(Number(t[..4]), Number(t[4..]), text);
            case 7 when t[4] == '-' && AllDigits(t[..4]) && AllDigits(t[5..]):
                first = Number(t[..4]);
                second = Number(t[5..]);
                return Make(first, (first / 100 * 100) + second + (second < first % 100 ? 100 : 0), text);
            case 9 when t[4] == '-' && AllDigits(t[..4]) && AllDigits(t[5..]):
                return Make(Number(t[..4]), Number(t[5..]), text);
            default:
                return ParseResult<SchoolYear>.Fail(Texts.ParseTexts.NotASchoolYear(text?.Trim()));
        }
    }

    private static ParseResult<SchoolYear> Make(int first, int? second, string? text)
    {
        if (first is < Earliest or > Latest)
            return ParseResult<SchoolYear>.Fail(Texts.ParseTexts.ImplausibleSchoolYear(text?.Trim()));
        if (second is not null && second != first + 1)
            return ParseResult<SchoolYear>.Fail(Texts.ParseTexts.SchoolYearNotConsecutive(text?.Trim()));
        return ParseResult<SchoolYear>.Ok(new SchoolYear(first));
    }

    private static bool AllDigits(string s) => s.Length > 0 && !s.AsSpan().ContainsAnyExceptInRange('0', '9');

    private static int Number(string s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    public int CompareTo(SchoolYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(SchoolYear a, SchoolYear b) => a.StartYear < b.StartYear;

    public static bool operator >(SchoolYear a, SchoolYear b) => a.StartYear > b.StartYear;

    public static bool operator <=(SchoolYear a, SchoolYear b) => a.StartYear <= b.StartYear;

    public static bool operator >=(SchoolYear a, SchoolYear b) => a.StartYear >= b.StartYear;

    /// <summary>The canonical form, <c>2023-24</c>; each year's made once (a country's tables write millions of them).</summary>
    public override string ToString() =>
        StartYear == 0 ? "" : Names[StartYear - Earliest] ??= $"{StartYear}-{(StartYear + 1) % 100:00}";

    // By start year from Earliest. Two threads may both make a year's text: equal strings, either one kept.
    private static readonly string?[] Names = new string?[Latest - Earliest + 1];
}
