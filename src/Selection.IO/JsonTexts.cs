using System.Globalization;
using System.Text.RegularExpressions;
using Selection.Core.Texts;

namespace Selection.IO;

/// <summary>
/// The sentences of System.Text.Json's parse errors that a person editing a JSON file by hand meets
/// most (a missing or extra comma, a key without quotes, an unclosed object), from <c>JsonTexts.resx</c>
/// (bokmål) and <c>JsonTexts.en.resx</c>. The English text of each is the runtime's own first sentence,
/// so that <see cref="JsonMessages.FirstSentence"/> recognises it and says it in the command's language;
/// a sentence not here is passed on in the runtime's words.
/// </summary>
public static class JsonTexts
{
    private static readonly Catalog Texts = new("Selection.IO.JsonTexts", typeof(JsonTexts).Assembly);

    public static string StartOfValue(string found) => Texts.Format(nameof(StartOfValue), found);
    public static string AfterValue(string found) => Texts.Format(nameof(AfterValue), found);
    public static string TrailingCommaInObject => Texts.Get(nameof(TrailingCommaInObject));
    public static string TrailingCommaInArray => Texts.Get(nameof(TrailingCommaInArray));
    public static string NoMatchingOpen(string found) => Texts.Format(nameof(NoMatchingOpen), found);
    public static string OpenAtEnd => Texts.Get(nameof(OpenAtEnd));
    public static string NoJson => Texts.Get(nameof(NoJson));
    public static string StartOfPropertyName(string found) => Texts.Format(nameof(StartOfPropertyName), found);
    public static string AfterPropertyName(string found) => Texts.Format(nameof(AfterPropertyName), found);
    public static string InvalidLiteral(string found) => Texts.Format(nameof(InvalidLiteral), found);
    public static string AfterSingleValue(string found) => Texts.Format(nameof(AfterSingleValue), found);
    public static string EndInString => Texts.Get(nameof(EndInString));
    public static string EndInComment => Texts.Get(nameof(EndInComment));
    public static string EndBeforeValue => Texts.Get(nameof(EndBeforeValue));
    public static string EndBeforePropertyOrValue => Texts.Get(nameof(EndBeforePropertyOrValue));
    public static string InvalidInString(string found) => Texts.Format(nameof(InvalidInString), found);
    public static string EndOfNumber(string found) => Texts.Format(nameof(EndOfNumber), found);
    public static string LeadingZero(string found) => Texts.Format(nameof(LeadingZero), found);

    /// <summary>Each sentence by its key, with the member that says it; <c>{0}</c> is the character or text the parser found.</summary>
    private static readonly (string Key, Func<string, string> Say)[] Sentences =
    [
        (nameof(StartOfValue), StartOfValue),
        (nameof(AfterValue), AfterValue),
        (nameof(TrailingCommaInObject), _ => TrailingCommaInObject),
        (nameof(TrailingCommaInArray), _ => TrailingCommaInArray),
        (nameof(NoMatchingOpen), NoMatchingOpen),
        (nameof(OpenAtEnd), _ => OpenAtEnd),
        (nameof(NoJson), _ => NoJson),
        (nameof(StartOfPropertyName), StartOfPropertyName),
        (nameof(AfterPropertyName), AfterPropertyName),
        (nameof(InvalidLiteral), InvalidLiteral),
        (nameof(AfterSingleValue), AfterSingleValue),
        (nameof(EndInString), _ => EndInString),
        (nameof(EndInComment), _ => EndInComment),
        (nameof(EndBeforeValue), _ => EndBeforeValue),
        (nameof(EndBeforePropertyOrValue), _ => EndBeforePropertyOrValue),
        (nameof(InvalidInString), InvalidInString),
        (nameof(EndOfNumber), EndOfNumber),
        (nameof(LeadingZero), LeadingZero),
    ];

    /// <summary>The runtime's sentences as patterns, made from the English texts: <c>{0}</c> matches what was found.</summary>
    private static readonly Lazy<(Regex Pattern, Func<string, string> Say)[]> Patterns = new(() => Sentences
        .Select(s => (new Regex(
            "^" + Regex.Escape(Texts.Resources.GetString(s.Key, CultureInfo.GetCultureInfo("en"))!).Replace(@"\{0}", "(.*)", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant | RegexOptions.Singleline), s.Say))
        .ToArray());

    /// <summary>
    /// <paramref name="sentence"/>, a first sentence of System.Text.Json, in the command's language when it is
    /// one of the sentences above; otherwise as the runtime wrote it.
    /// </summary>
    internal static string Say(string sentence)
    {
        foreach (var (pattern, say) in Patterns.Value)
        {
            var match = pattern.Match(sentence);
            if (match.Success)
                return say(match.Groups.Count > 1 ? match.Groups[1].Value : "");
        }
        return sentence;
    }
}
