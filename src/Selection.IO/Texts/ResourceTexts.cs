using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace Selection.IO.Texts;

/// <summary>
/// The base of a typed accessor over one <c>.resx</c> pair (bokmål neutral, <c>.en</c> satellite): each text
/// is a member named like its resource key, so a text is added by one member and one entry in each file.
/// Numbers and dates in a text are formatted with the invariant culture, so output never depends on the
/// machine's regional settings.
/// </summary>
public abstract class ResourceTexts(ResourceManager resources, CultureInfo language)
{
    /// <summary>The language the texts are looked up in.</summary>
    public CultureInfo Language { get; } = language;

    /// <summary>The resources behind the texts, for tests that check every key has a member.</summary>
    public ResourceManager Resources { get; } = resources;

    /// <summary>The text named <paramref name="key"/> (by default the calling member's name).</summary>
    protected string Get([CallerMemberName] string key = "") =>
        Resources.GetString(key, Language) ?? throw new MissingManifestResourceException($"No text '{key}' in {Resources.BaseName}.");

    /// <summary>The text named <paramref name="key"/>, with <paramref name="args"/> formatted invariantly.</summary>
    protected string Format(object?[] args, [CallerMemberName] string key = "") =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>The one-form or the many-form of a count, by the count.</summary>
    protected string Count(int count, string one, string many) =>
        string.Format(CultureInfo.InvariantCulture, Get(count == 1 ? one : many), count);
}
