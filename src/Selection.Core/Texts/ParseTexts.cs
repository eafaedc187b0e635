namespace Selection.Core.Texts;

/// <summary>Why a cell is not an orgnr, a kommunenummer, a school year or an indicator code, from <c>ParseTexts.resx</c>.</summary>
public static class ParseTexts
{
    private static readonly Catalog Texts = new("Selection.Core.Texts.ParseTexts", typeof(ParseTexts).Assembly);

    public static string NotAnIndicator(string text, string codes) => Texts.Format(nameof(NotAnIndicator), text, codes);

    public static string NotAKommunenummer(string? text) => Texts.Format(nameof(NotAKommunenummer), text);

    public static string OrgNrEmpty => Texts.Get(nameof(OrgNrEmpty));

    public static string NotAnOrgNr(string text) => Texts.Format(nameof(NotAnOrgNr), text);

    public static string OrgNrCheckDigit(string text) => Texts.Format(nameof(OrgNrCheckDigit), text);

    public static string NotASchoolYear(string? text) => Texts.Format(nameof(NotASchoolYear), text);

    public static string ImplausibleSchoolYear(string? text) => Texts.Format(nameof(ImplausibleSchoolYear), text);

    public static string SchoolYearNotConsecutive(string? text) => Texts.Format(nameof(SchoolYearNotConsecutive), text);

    /// <summary>What an indicator measures, in words (<c>% of pupils bullied ...</c>), by its code (keys <c>Measure_&lt;code&gt;</c>).</summary>
    internal static string Measure(string code) => Texts.Get("Measure_" + code);
}
