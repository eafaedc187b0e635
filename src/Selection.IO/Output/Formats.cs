using System.Globalization;
using System.Text;
using Selection.Core;

namespace Selection.IO.Output;

/// <summary>
/// How numbers and flags are written, independent of the process culture: machine files use a point,
/// files for people (Excel, Norwegian) a comma. Shares and spreads carry 6 decimals.
/// </summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Int(long value) => value.ToString(Invariant);

    public static string Int(long? value) => value is null ? "" : Int(value.Value);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A share or spread with 6 decimals and a point: <c>0.416667</c>.</summary>
    public static string Decimal6(double value) => value.ToString("0.000000", Invariant);

    /// <summary>As <see cref="Decimal6(double)"/>, with a decimal comma for Norwegian Excel: <c>0,416667</c>.</summary>
    public static string Decimal6Comma(double? value) => value is null ? "" : Decimal6(value.Value).Replace('.', ',');

    public static string ShareComma(RiskShare? share) => share is null ? "" : Decimal6Comma(share.Value.ToDouble());

    /// <summary>
    /// A name made safe as a file name: lower case, æ → ae, ø → o, å → a, anything else that is not a
    /// letter or digit becomes one hyphen. "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus"
    /// gives <c>statsforvalteren-i-ostfold-buskerud-oslo-og-akershus</c>.
    /// </summary>
    public static string FileSlug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            var piece = c switch
            {
                'æ' => "ae",
                'ø' => "o",
                'å' => "a",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => "-",
            };
            if (piece == "-" && (sb.Length == 0 || sb[^1] == '-'))
                continue;
            sb.Append(piece);
        }
        return sb.ToString().TrimEnd('-');
    }
}
