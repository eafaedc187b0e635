using System.Globalization;
using System.Text.RegularExpressions;
using Selection.IO.Csv;
using Selection.IO.Output;

namespace Selection.Proposal.Returned;

/// <summary>
/// Whether a cell of a returned shortlist means what the run's shortlist says, after Norwegian Excel
/// opened and saved it again. Text: trimmed, line endings as LF, a leading <c>'</c> before
/// <c>= + - @</c> (the writer's formula escaping) optional, and a <c>?</c> where the run's text holds a
/// character Windows-1252 cannot (Excel's "CSV (semikolondelt)" writes <c>Porsáŋgu</c> as
/// <c>Porsá?gu</c>). Whole numbers: equal as numbers (<c>2</c> = <c>2,0</c>). Shares: equal as numbers
/// within the precision shown (see <see cref="SameShare"/>).
/// </summary>
public static partial class CellMeaning
{
    /// <summary>Whether <paramref name="returned"/> means the same as the run's <paramref name="run"/> for a column of <paramref name="kind"/>.</summary>
    public static bool Same(string run, string returned, ShortlistValue kind)
    {
        var r = Text(run);
        var t = Text(returned);
        if (r.Length == 0 || t.Length == 0)
            return r.Length == t.Length;
        return kind switch
        {
            ShortlistValue.Integer when Number(r) is { Percent: false } a => Number(t) is { Percent: false } b && a.Value == b.Value,
            ShortlistValue.Percent when Number(r) is { } a => Number(t) is { } b && SameShare(a, b),
            _ => SameText(r, t),
        };
    }

    /// <summary>
    /// Text as compared: trimmed (spaces, tabs, non-breaking spaces, line breaks), CRLF and CR as LF, and
    /// without the <c>'</c> the writer puts before a text that starts like a formula.
    /// </summary>
    public static string Text(string cell)
    {
        var t = Trim(cell.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        if (t.Length > 1 && t[0] == '\'' && t[1] is '=' or '+' or '-' or '@' or '\t' or '\n')
            t = Trim(t[1..]);
        return t;
    }

    private static string Trim(string s) => s.Trim(' ', '\t', '\n', '\u00A0', '\u202F', '\uFEFF');

    /// <summary>Equal, or equal but for <c>?</c> where the run's character has no Windows-1252 form.</summary>
    private static bool SameText(string run, string returned)
    {
        if (string.Equals(run, returned, StringComparison.Ordinal))
            return true;
        if (run.Length != returned.Length)
            return false;
        for (var i = 0; i < run.Length; i++)
            if (run[i] != returned[i] && !(returned[i] == '?' && !InWindows1252(run[i])))
                return false;
        return true;
    }

    private static bool InWindows1252(char c) =>
        c < 0x80 || TextDecoding.Windows1252.GetString(TextDecoding.Windows1252.GetBytes(c.ToString())) == c.ToString();

    /// <summary>A number as written: its value, how many decimals it shows, and whether it ends in <c>%</c>.</summary>
    public readonly record struct WrittenNumber(decimal Value, int Decimals, bool Percent)
    {
        /// <summary>The value in percent (<c>0,359</c> is 35.9; <c>35,9 %</c> is 35.9).</summary>
        public decimal InPercent => Percent ? Value : Value * 100;

        /// <summary>Half a unit of the last decimal shown, in percent.</summary>
        public decimal HalfUnitInPercent
        {
            get
            {
                var half = 0.5m;
                for (var i = 0; i < Decimals; i++)
                    half /= 10;
                return Percent ? half : half * 100;
            }
        }
    }

    /// <summary>
    /// A number with a decimal comma or point (not both), an optional sign and an optional trailing
    /// <c>%</c> (with or without a space); <c>null</c> for anything else (<c>1.</c>, <c>1e3</c>, <c>1 000</c>).
    /// </summary>
    public static WrittenNumber? Number(string cell)
    {
        var t = Trim(cell);
        var percent = t.EndsWith('%');
        if (percent)
            t = Trim(t[..^1]);
        var m = NumberPattern().Match(t);
        if (!m.Success)
            return null;
        var decimals = m.Groups["frac"].Success ? m.Groups["frac"].Value.Length : 0;
        if (!decimal.TryParse(t.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return null;
        return new WrittenNumber(value, decimals, percent);
    }

    /// <summary>
    /// Two shares are the same when they differ by at most half a unit of the last decimal shown, in the
    /// coarser of the two texts: the returned <c>36 %</c> is the run's <c>35,9 %</c> (±0,5), and so is
    /// <c>0,359</c>; the returned <c>0,3592</c> (an xlsx cell at full precision) is the run's <c>35,9 %</c>
    /// (±0,05, the run's own rounding). Percent and fraction are both read; the bound is inclusive.
    /// </summary>
    public static bool SameShare(WrittenNumber run, WrittenNumber returned) =>
        Math.Abs(run.InPercent - returned.InPercent) <= Math.Max(run.HalfUnitInPercent, returned.HalfUnitInPercent);

    /// <summary>
    /// A priority: empty (<c>null</c>, no error), or a whole number of at least 1, written <c>1</c>,
    /// <c>1,0</c> or <c>1.0</c>. Anything else (<c>0</c>, <c>-1</c>, <c>1,5</c>, <c>1.</c>, <c>høy</c>) is the error.
    /// </summary>
    public static (int? Priority, bool Valid) Priority(string cell)
    {
        var t = Trim(cell);
        if (t.Length == 0)
            return (null, true);
        var m = PriorityPattern().Match(t);
        if (!m.Success || !int.TryParse(m.Groups["whole"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            return (null, false);
        return (n, true);
    }

    [GeneratedRegex(@"^[+-]?[0-9]+([.,](?<frac>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<whole>[0-9]+)([.,]0+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PriorityPattern();
}
