using System.Text;
using Selection.IO.Csv;

namespace Selection.Import.Reading;

/// <summary>
/// Matches the names in Udir's exports (question groups, filter values, tests, measures) as people and
/// exports spell them: without regard to case, spaces, punctuation or the æ/ø/å spelling variants
/// (<c>Støtte fra lærer</c>, <c>STOTTE FRA LAERER</c> and <c>Stoette fra laerer</c> are one name). Built on the
/// column-name key of the canonical reader (<see cref="ColumnNames"/>), with everything but letters and digits
/// dropped.
/// </summary>
public static class Names
{
    /// <summary>The key a name is matched by: lower case, æøå folded, letters and digits only.</summary>
    public static string Key(string name)
    {
        var key = ColumnNames.Key(name);
        var sb = new StringBuilder(key.Length);
        foreach (var c in key)
            if (char.IsLetterOrDigit(c))
                sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Whether <paramref name="name"/> is one of <paramref name="names"/>, by <see cref="Key"/>.</summary>
    public static bool IsOneOf(string name, params string[] names)
    {
        var key = Key(name);
        return names.Any(n => Key(n) == key);
    }

    /// <summary>The index of the first header that matches one of <paramref name="names"/> (by <see cref="ColumnNames"/>), or -1.</summary>
    public static int Column(IReadOnlyList<string> headers, params string[] names)
    {
        foreach (var name in names)
            for (var i = 0; i < headers.Count; i++)
                if (ColumnNames.Same(headers[i], name))
                    return i;
        return -1;
    }
}
