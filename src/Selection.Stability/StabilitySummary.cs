using System.Globalization;
using Selection.Core;
using Selection.Core.Stability;

namespace Selection.Stability;

/// <summary>
/// The stability analysis's summary: the replicates and the noise, then the firm core (taken in at least 90 %
/// of the replicates) and the uncertain band (between 10 and 90 %), kommuner named with their probability.
/// </summary>
public static class StabilitySummary
{
    /// <summary>At or above this, taken (or flagged) firmly; at or below <c>1 − Firm</c>, firmly not.</summary>
    public const double Firm = 0.9;

    public static IReadOnlyList<string> Lines(SelectionResult observed, NoiseModel noise, StabilityCounts counts, int seed, CultureInfo language)
    {
        var t = new StabilityTexts(language);
        var model = noise.Model;
        var n = counts.Replicates;
        var lines = new List<string>
        {
            t.Replicates(n, seed, noise.Kinds.Count(k => k == NoiseKind.Binomial), noise.Kinds.Count(k => k == NoiseKind.Normal), noise.FixedCount, noise.SpreadFromData),
        };
        if (observed.Rules.IsIllustrative)
            lines.Add(t.Illustrative(observed.Rules.Name));
        var pFlagged = counts.SchoolFlagged.Select(c => (double)c / n).ToArray();
        lines.Add(t.Schools(observed.SchoolRanking.Flagged, pFlagged.Count(p => p >= Firm), pFlagged.Count(p => p > 1 - Firm && p < Firm)));

        var kommuner = Enumerable.Range(0, model.Kommuner.Count)
            .Select(k => (Kommune: model.Kommuner[k], P: (double)counts.KommuneTaken[k] / n))
            .OrderByDescending(x => x.P).ThenBy(x => x.Kommune.Nummer)
            .ToArray();
        var firm = kommuner.Where(x => x.P >= Firm).ToArray();
        var band = kommuner.Where(x => x.P > 1 - Firm && x.P < Firm).ToArray();
        var taken = observed.Kommuner.Count(k => k.Route == Route.WeakOverall || (k.Route == Route.LargeDifferences && k.Route2Order <= observed.Rules.Route2Max));
        lines.Add(t.Kommuner(taken, firm.Length, band.Length));
        lines.Add(t.Firm(firm.Length == 0 ? t.None : string.Join(", ", firm.Select(x => t.KommuneP(x.Kommune.Navn, x.Kommune.Nummer, Percent(x.P))))));
        lines.Add(t.Band(band.Length == 0 ? t.None : string.Join(", ", band.Select(x => t.KommuneP(x.Kommune.Navn, x.Kommune.Nummer, Percent(x.P))))));
        return lines;
    }

    private static string Percent(double p) => (p * 100).ToString("0", CultureInfo.InvariantCulture) + " %";
}
