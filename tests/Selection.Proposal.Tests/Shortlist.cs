using System.Globalization;
using Selection.IO.Csv;
using Selection.IO.Output;

namespace Selection.Proposal.Tests;

/// <summary>A shortlist as cells (header first), to edit the way a statsforvalter or Excel would.</summary>
public sealed class Shortlist(List<List<string>> cells)
{
    public const string Oslo = "statsforvalteren-i-ostfold-buskerud-oslo-og-akershus.csv";
    public const string Troms = "statsforvalteren-i-troms-og-finnmark.csv";

    public List<List<string>> Cells { get; } = cells;

    public List<string> Header => Cells[0];

    public IEnumerable<List<string>> Rows => Cells.Skip(1);

    public static Shortlist Of(TestRun run, string file) => new(run.Cells(file));

    public int Column(string header) => Header.IndexOf(header) is >= 0 and var i ? i : throw new ArgumentException(header);

    public Shortlist Set(int row, string header, string value)
    {
        Cells[row][Column(header)] = value;
        return this;
    }

    /// <summary>Every cell of the columns of <paramref name="kind"/>, rewritten by <paramref name="rewrite"/>.</summary>
    public Shortlist Rewrite(ShortlistValue kind, Func<string, string> rewrite, params string[] except)
    {
        for (var c = 0; c < Header.Count; c++)
            if (ShortlistColumns.KindOf(Header[c]) == kind && !except.Contains(Header[c]))
                foreach (var row in Rows)
                    if (row[c].Length > 0)
                        row[c] = rewrite(row[c]);
        return this;
    }

    public Shortlist RemoveColumn(string header)
    {
        var c = Column(header);
        foreach (var row in Cells)
            row.RemoveAt(c);
        return this;
    }

    public byte[] Csv(char separator = ';', string newLine = "\r\n", bool quoteAll = false, System.Text.Encoding? encoding = null, bool bom = true) =>
        Resave.Csv(Cells, separator, newLine, quoteAll, encoding, bom);

    // Cell rewrites Excel makes.
    public static string Fraction(string percent) =>
        (CellMeaning.Number(percent)!.Value.Value / 100m).ToString(CultureInfo.InvariantCulture).Replace('.', ',');

    public static string WholePercent(string percent) =>
        Math.Round(CellMeaning.Number(percent)!.Value.Value, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + " %";

    public static string PointNoSpace(string percent) => percent.Replace(',', '.').Replace(" %", "%");

    public static string WithDecimal(string integer) => integer + ",0";

    public static string WithoutZero(string nr) => nr.TrimStart('0');

    public static readonly System.Text.Encoding Windows1252 = TextDecoding.Windows1252;
}
