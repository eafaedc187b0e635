using System.Text;

namespace Selection.IO.Csv;

/// <summary>
/// Matches column and file names as analysts spell them (DOMAIN §9): ignoring case, surrounding
/// spaces, and the æ/ø/å spelling variants, so that <c>Skoleår</c>, <c>skoleaar</c> and <c>SKOLEAR</c>
/// are one name, as are <c>Støtte_fra_lærer</c> and <c>stotte_fra_laerer</c>. Spaces and hyphens count
/// as underscores.
/// </summary>
public static class ColumnNames
{
    /// <summary>The key a name is matched by.</summary>
    public static string Key(string name)
    {
        var lower = name.Trim().Trim('\uFEFF').ToLowerInvariant();
        var sb = new StringBuilder(lower.Length + 4);
        foreach (var c in lower)
        {
            switch (c)
            {
                case 'æ': sb.Append("ae"); break;
                case 'ø': sb.Append('o'); break;
                case 'å': sb.Append('a'); break;
                case ' ' or '-' or '\u00A0': sb.Append('_'); break;
                default: sb.Append(c); break;
            }
        }
        return sb.Replace("oe", "o").Replace("aa", "a").ToString();
    }

    /// <summary>Whether two names are the same column.</summary>
    public static bool Same(string a, string b) => Key(a) == Key(b);
}
