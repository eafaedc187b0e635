using System.Globalization;

namespace Selection.IO.Texts;

/// <summary>
/// The languages the engine writes for people: Norwegian bokmål (the neutral resources, the default) and
/// English (the <c>en</c> satellite). A text is looked up in the language given, never in the machine's
/// UI culture, so what a run prints depends only on its command line.
/// </summary>
public static class TextLanguage
{
    /// <summary>Norwegian bokmål, the default: the neutral resources of every assembly.</summary>
    public static CultureInfo Bokmal { get; } = CultureInfo.GetCultureInfo("nb");

    /// <summary>English: the <c>en</c> satellite assemblies.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>The codes a user can give, default first.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["nb", "en"];

    /// <summary>The language of a code (<c>nb</c> or <c>en</c>, any case, spaces around allowed); <c>null</c> for anything else.</summary>
    public static CultureInfo? FromCode(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "nb" => Bokmal,
        "en" => English,
        _ => null,
    };

    /// <summary>The code of a language: <c>en</c> for English, else <c>nb</c>.</summary>
    public static string Code(CultureInfo language) => language.TwoLetterISOLanguageName == "en" ? "en" : "nb";
}
