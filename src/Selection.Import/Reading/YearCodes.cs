using System.Globalization;
using Selection.Core;

namespace Selection.Import.Reading;

/// <summary>
/// The school years of the statistics bank's codes. <c>2024-25</c>, <c>2024-2025</c>, <c>20242025</c> and
/// <c>202425</c> are the school year 2024-25 (as the canonical reader reads them). A six-digit code that is no such
/// pair is a year and a month, the statistics bank's time ids: a month from July to December is the autumn of the
/// school year that starts that year (Elevundersøkelsen's <c>202412</c> is 2024-25), June is the end of the school
/// year that ends that year (grunnskolepoeng's <c>202506</c> is 2024-25). January to May could be either (one
/// public source reads the statistics bank's <c>202301</c> as 2023-24), so such a code is refused rather than
/// guessed; write the school year instead.
/// </summary>
public static class YearCodes
{
    public static ParseResult<SchoolYear> Parse(string code, ImportTexts texts)
    {
        var t = code.Trim().Replace('\u2013', '-').Replace('/', '-').Replace(" ", "", StringComparison.Ordinal);
        if (t.Length == 6 && t.All(char.IsAsciiDigit))
        {
            var year = int.Parse(t[..4], CultureInfo.InvariantCulture);
            var last = int.Parse(t[4..], CultureInfo.InvariantCulture);
            if (last == (year + 1) % 100)
                return SchoolYear.Parse(t);
            return last switch
            {
                >= 7 and <= 12 => SchoolYear.Parse(year.ToString(CultureInfo.InvariantCulture)),
                6 => SchoolYear.Parse((year - 1).ToString(CultureInfo.InvariantCulture)),
                >= 1 and <= 5 => ParseResult<SchoolYear>.Fail(texts.YearCodeAmbiguous(code.Trim())),
                _ => ParseResult<SchoolYear>.Fail(texts.YearCodeInvalid(code.Trim())),
            };
        }
        var parsed = SchoolYear.Parse(t);
        return parsed.Success ? parsed : ParseResult<SchoolYear>.Fail(texts.YearCodeInvalid(code.Trim()));
    }
}
