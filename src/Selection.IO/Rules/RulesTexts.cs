using Selection.Core.Texts;

namespace Selection.IO.Rules;

/// <summary>
/// The problems of a rules file (<see cref="RulesReader"/>), from <c>RulesTexts.resx</c> (bokmål) and
/// <c>RulesTexts.en.resx</c>, in the language of the command (<see cref="Catalog"/>). A bad value is
/// reported as <see cref="Key"/> around one of the short sentences below (<c>key 'topShare': must be a number</c>);
/// key names, keywords and values stay as the file writes them.
/// </summary>
public static class RulesTexts
{
    private static readonly Catalog Texts = new("Selection.IO.Rules.RulesTexts", typeof(RulesTexts).Assembly);

    // Finding and reading the file
    public static string RulesEmpty => Texts.Get(nameof(RulesEmpty));
    public static string RulesUnreadable(string path, string? error) => Texts.Format(nameof(RulesUnreadable), path, error);
    public static string RulesNotFound(string name, string presets) => Texts.Format(nameof(RulesNotFound), name, presets);

    /// <summary>How a problem names a preset's rules in place of a file: <c>preset illustrativ</c>.</summary>
    public static string PresetSource(string name) => Texts.Format(nameof(PresetSource), name);

    public static string NotUtf8 => Texts.Get(nameof(NotUtf8));

    /// <summary><c>the rules file is not valid JSON: {0}</c>, with the parser's sentence (<see cref="JsonMessages"/>).</summary>
    public static string NotJson(string sentence) => Texts.Format(nameof(NotJson), sentence);

    // A bad key
    /// <summary><c>key '{0}': {1}</c>: what is wrong with the key named <paramref name="key"/> (<c>indicators[2].floor</c>).</summary>
    public static string Key(string key, string message) => Texts.Format(nameof(Key), key, message);

    public static string OneObject => Texts.Get(nameof(OneObject));
    public static string FormatVersion(string versions) => Texts.Format(nameof(FormatVersion), versions);
    public static string KeyNeedsV2 => Texts.Get(nameof(KeyNeedsV2));
    public static string FloorListNeedsV2 => Texts.Get(nameof(FloorListNeedsV2));
    public static string FloorList => Texts.Get(nameof(FloorList));
    public static string FloorPeriodObject => Texts.Get(nameof(FloorPeriodObject));
    public static string FloorEndsBeforeStart(object until, object from) => Texts.Format(nameof(FloorEndsBeforeStart), until, from);
    public static string FloorOneOpenBefore => Texts.Get(nameof(FloorOneOpenBefore));
    public static string FloorOneOpenAfter => Texts.Get(nameof(FloorOneOpenAfter));
    public static string FloorOverlap(object start, object end) => Texts.Format(nameof(FloorOverlap), start, end);
    public static string FloorGap(string years) => Texts.Format(nameof(FloorGap), years);
    public static string SchoolYearText => Texts.Get(nameof(SchoolYearText));
    public static string ParticipantsObject => Texts.Get(nameof(ParticipantsObject));
    public static string SchoolRegisterObject => Texts.Get(nameof(SchoolRegisterObject));
    public static string NoiseObject => Texts.Get(nameof(NoiseObject));
    public static string NoiseSdPercentage => Texts.Get(nameof(NoiseSdPercentage));
    public static string NoiseSdRange(decimal maximum) => Texts.Format(nameof(NoiseSdRange), maximum);
    public static string StructureYear => Texts.Get(nameof(StructureYear));
    public static string TopShareRange => Texts.Get(nameof(TopShareRange));
    public static string SpreadObject => Texts.Get(nameof(SpreadObject));
    public static string NotNegative => Texts.Get(nameof(NotNegative));
    public static string IndicatorsList => Texts.Get(nameof(IndicatorsList));
    public static string IndicatorsEmpty => Texts.Get(nameof(IndicatorsEmpty));
    public static string IndicatorObject => Texts.Get(nameof(IndicatorObject));
    public static string IndicatorTwice(object indicator) => Texts.Format(nameof(IndicatorTwice), indicator);

    /// <summary>An indicator whose betterIs the file gives wrong: <c>{0} ({1}) is better higher</c>.</summary>
    public static string BetterIsHigher(object indicator, string measure) => Texts.Format(nameof(BetterIsHigher), indicator, measure);

    /// <summary>An indicator whose betterIs the file gives wrong: <c>{0} ({1}) is better lower</c>.</summary>
    public static string BetterIsLower(object indicator, string measure) => Texts.Format(nameof(BetterIsLower), indicator, measure);

    public static string FloorOutside(object indicator, decimal minimum, decimal maximum) => Texts.Format(nameof(FloorOutside), indicator, minimum, maximum);
    public static string UnknownKey(string known) => Texts.Format(nameof(UnknownKey), known);
    public static string UnknownKeyCase(string close) => Texts.Format(nameof(UnknownKeyCase), close);
    public static string KeyTwice => Texts.Get(nameof(KeyTwice));
    public static string KeyMissing => Texts.Get(nameof(KeyMissing));
    public static string NonEmptyString => Texts.Get(nameof(NonEmptyString));
    public static string TrueOrFalse => Texts.Get(nameof(TrueOrFalse));
    public static string WholeNumber => Texts.Get(nameof(WholeNumber));
    public static string AtLeast(int minimum) => Texts.Format(nameof(AtLeast), minimum);
    public static string AtMost(int maximum) => Texts.Format(nameof(AtMost), maximum);
    public static string Number => Texts.Get(nameof(Number));

    /// <summary><c>must be one of {0}</c>, with the keywords quoted as JSON writes them.</summary>
    public static string OneOf(string choices) => Texts.Format(nameof(OneOf), choices);
}
