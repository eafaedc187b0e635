using System.Globalization;
using System.Reflection;
using System.Resources;

namespace Selection.Core.Texts;

/// <summary>
/// The messages of one <c>.resx</c> pair (bokmål neutral, <c>.en</c> satellite) for code that has no
/// language to pass around: problems found deep in a reader or a check. A message is looked up in the
/// language of <see cref="CultureInfo.CurrentUICulture"/>, which the command line sets from
/// <c>--language</c> (or <c>SELECTION_LANGUAGE</c>) for the whole command and restores after it, so what a
/// command prints depends on its command line, never on the machine's settings. Any culture but English
/// falls back to bokmål. Numbers in a message are formatted with the invariant culture.
/// </summary>
/// <remarks>
/// A message class holds one static <see cref="Catalog"/> and a static member per message, named like its
/// resource key; a test finds every catalog and checks both files have every member's key with the same
/// placeholders.
/// </remarks>
public sealed class Catalog(string baseName, Assembly assembly)
{
    /// <summary>The resources behind the messages.</summary>
    public ResourceManager Resources { get; } = new(baseName, assembly);

    /// <summary>The message named <paramref name="key"/> in the current language.</summary>
    public string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture)
        ?? throw new MissingManifestResourceException($"No text '{key}' in {Resources.BaseName}.");

    /// <summary>The message named <paramref name="key"/>, with <paramref name="args"/> formatted invariantly.</summary>
    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>The one-form (<paramref name="one"/>) or the many-form (<paramref name="many"/>) by <paramref name="count"/>, formatted with the count first.</summary>
    public string Count(int count, string one, string many, params object?[] rest) =>
        Format(count == 1 ? one : many, [count, .. rest]);
}
