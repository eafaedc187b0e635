using System.Globalization;
using Selection.Core.Kommuner;

namespace Selection.Panel;

/// <summary>
/// The panel's summary (console and <c>sammendrag.txt</c>): each round in one line, then how persistent the
/// selection is: how many schools were flagged, and how many kommuner taken, in k of the n rounds.
/// </summary>
public static class PanelSummary
{
    public static IReadOnlyList<string> Lines(IReadOnlyList<PanelRound> rounds, KommuneHistory history, CultureInfo language)
    {
        var t = new PanelTexts(language);
        var n = rounds.Count;
        var lines = new List<string>();
        var rulesNames = rounds.Select(r => r.Rules.Rules.Name).Distinct().ToArray();
        lines.Add(t.Rounds(n, rounds[0].Folder, rounds[^1].Folder, rulesNames.Length == 1 ? rulesNames[0] : t.RulesPerRound));
        if (rounds.Any(r => r.Rules.Rules.IsIllustrative))
            lines.Add(t.Illustrative);
        foreach (var round in rounds)
        {
            var r = round.Result;
            lines.Add(t.Round(round.Folder, string.Join(", ", r.Window), r.Structure.Year, r.SchoolRanking.Flagged,
                r.Kommuner.Count(k => k.Route == Core.Route.WeakOverall), r.Route2Candidates.Count,
                r.Kommuner.Count(k => PanelRound.Taken(k, round.Rules.Rules))));
        }

        // Schools by orgnr: in how many rounds flagged.
        var flagged = rounds.SelectMany(r => r.Result.Schools.Select(s => (s.School.OrgNr, s.Flagged)))
            .GroupBy(s => s.OrgNr)
            .Select(g => g.Count(s => s.Flagged))
            .ToArray();
        lines.Add(t.SchoolsPersistence(flagged.Length, n, Distribution(flagged, n)));

        // Kommuner of the last structure: in how many rounds taken, themselves or (in an older structure) the kommune they were part of.
        var last = rounds[^1].Result.Structure;
        var taken = last.Kommuner.ToDictionary(k => k.Nummer.Value, _ => 0);
        foreach (var round in rounds)
        {
            var inRound = new HashSet<string>();
            foreach (var k in round.Result.Kommuner.Where(k => PanelRound.Taken(k, round.Rules.Rules)))
                foreach (var successor in PanelTables.FollowedAs(k.Kommune.Nummer, round.Result.Structure.Year, last.Year, history).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    inRound.Add(successor);
            foreach (var nummer in inRound.Where(taken.ContainsKey))
                taken[nummer]++;
        }
        lines.Add(t.KommunerPersistence(taken.Count, last.Year, n, Distribution(taken.Values.ToArray(), n)));
        if (rounds.Any(r => r.Result.Structure.Year != last.Year))
            lines.Add(t.Followed(last.Year));
        var always = last.Kommuner.Where(k => taken[k.Nummer.Value] == n).Select(k => $"{k.Navn} ({k.Nummer.Value})").ToArray();
        lines.Add(always.Length == 0 ? t.AlwaysNone(n) : t.Always(always.Length, n, string.Join(", ", always)));
        return lines;
    }

    /// <summary><c>0: 1700, 1: 400, …, n: 12</c>: how many have each count of rounds.</summary>
    private static string Distribution(IReadOnlyCollection<int> counts, int rounds) =>
        string.Join(", ", Enumerable.Range(0, rounds + 1).Select(k => $"{k}: {counts.Count(c => c == k).ToString(CultureInfo.InvariantCulture)}"));
}
