using System.Globalization;
using System.Text.RegularExpressions;
using Selection.Core;

namespace Selection.Import.Sources;

/// <summary>Where a row of an export belongs: the country, a fylke, a kommune or a school.</summary>
public readonly record struct Place(UnitLevel Level, OrgNr School, KommuneNr Kommune);

/// <summary>Reads the grades of the exports.</summary>
public static partial class Grades
{
    [GeneratedRegex(@"^\s*(?:trinn\s*)?(?<n>[0-9]{1,2})\s*\.?\s*(?:års)?(?:trinn)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Grade();

    /// <summary>
    /// A grade written <c>7</c>, <c>7. trinn</c>, <c>7. årstrinn</c> or <c>Trinn 7</c>; <c>null</c> for anything else
    /// (<c>-10</c>, <c>Alle trinn</c>, <c>Vg1</c>).
    /// </summary>
    public static int? Parse(string text)
    {
        var match = Grade().Match(text);
        if (!match.Success)
            return null;
        var n = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return n is >= 1 and <= 13 ? n : null;
    }
}
