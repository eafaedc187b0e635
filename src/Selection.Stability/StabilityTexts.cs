using System.Globalization;
using System.Resources;
using Selection.IO.Texts;

namespace Selection.Stability;

/// <summary>The texts of the stability summary, from <c>StabilityTexts.resx</c> (bokmål) and <c>StabilityTexts.en.resx</c>.</summary>
public sealed class StabilityTexts(CultureInfo language) : ResourceTexts(Manager, language)
{
    private static readonly ResourceManager Manager = new("Selection.Stability.StabilityTexts", typeof(StabilityTexts).Assembly);

    public string Replicates(int replicates, int seed, int binomial, int normal, int held, int spreadFromData) => Format([replicates, seed, binomial, normal, held, spreadFromData]);
    public string Illustrative(string rules) => Format([rules]);
    public string Schools(int flagged, int firm, int band) => Format([flagged, firm, band]);
    public string Kommuner(int taken, int firm, int band) => Format([taken, firm, band]);
    public string Firm(string list) => Format([list]);
    public string Band(string list) => Format([list]);
    public string KommuneP(string name, Core.KommuneNr nummer, string p) => Format([name, nummer, p]);
    public string None => Get();
}
