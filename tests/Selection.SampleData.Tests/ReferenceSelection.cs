using Selection.Core;
using Selection.Core.Data;
using Selection.Core.Rules;

namespace Selection.SampleData.Tests;

/// <summary>
/// The method written the straightforward way (LINQ and decimals, the way the engine computed it before it
/// scored on arrays), as a reference for the engine on generated countries. Placement and the window are
/// taken from the engine's result; everything after (limits, points, shares, ranking, flags, the kommuner's
/// own values, route 1, route 2 and its order) is computed here again.
/// </summary>
internal static class ReferenceSelection
{
    public sealed record SchoolRow(OrgNr OrgNr, long Points, long Possible, int? Rank, bool Flagged);

    public sealed record KommuneRow(KommuneNr Nummer, long Points, long Possible, int? Rank, Route? Route, int? Route2Order);

    public static (IReadOnlyList<SchoolRow> Schools, IReadOnlyList<KommuneRow> Kommuner) Compute(SelectionInput input, SelectionRules rules, SelectionResult engine)
    {
        var included = engine.Schools.Where(s => s.Included).ToDictionary(s => s.School.OrgNr);
        var window = engine.Window.ToHashSet();
        var counted = input.Observations
            .Where(o => window.Contains(o.Year) && included.ContainsKey(o.OrgNr) && rules.RuleFor(o.Indicator) is not null && o.Value is not null)
            .ToArray();
        var bySlot = counted.ToLookup(o => (o.Indicator, o.Year));
        var bySchool = counted.ToLookup(o => o.OrgNr);

        // National limits: the national row (when the rules let it count), else the mean of the values that count.
        var limits = new Dictionary<(Indicator, SchoolYear), decimal>();
        foreach (var rule in rules.Indicators)
            foreach (var year in engine.Window)
            {
                var values = bySlot[(rule.Indicator, year)].ToArray();
                var row = input.NationalValues.FirstOrDefault(n => n.Indicator == rule.Indicator && n.Year == year);
                decimal? limit = rules.NationalLimit switch
                {
                    NationalLimitMode.DataOrPupilWeightedMean when row is not null => row.Value,
                    NationalLimitMode.SchoolMean => values.Length == 0 ? null : values.Sum(v => v.Value!.Value) / values.Length,
                    _ => WeightedMean(values),
                };
                if (limit is not null)
                    limits[(rule.Indicator, year)] = limit.Value;
            }

        int Points(decimal value, Indicator indicator, SchoolYear year)
        {
            var rule = rules.RuleFor(indicator)!;
            bool Worse(decimal x) => rule.BetterIs == BetterIs.Higher ? value < x : value > x;
            // The floor of the period that holds the year (rules format 2), found here without the engine's own lookup.
            var floor = rule.Floors.Periods.Single(p =>
                (p.From is null || year.StartYear >= p.From.Value.StartYear) && (p.Until is null || year.StartYear <= p.Until.Value.StartYear)).Value;
            return Worse(floor) ? 3 : Worse(limits[(indicator, year)]) ? 1 : 0;
        }

        // Schools: points and possible points over the values with a limit; rankable at minPossiblePoints.
        var scores = included.Keys.Order().Select(orgnr =>
        {
            var scored = bySchool[orgnr].Where(o => limits.ContainsKey((o.Indicator, o.Year))).ToArray();
            var points = scored.Sum(o => (long)Points(o.Value!.Value, o.Indicator, o.Year) * rules.RuleFor(o.Indicator)!.Weight);
            var possible = scored.Sum(o => (long)rules.RuleFor(o.Indicator)!.PossiblePoints);
            return (OrgNr: orgnr, Points: points, Possible: possible);
        }).ToArray();
        var rankable = scores.Where(s => s.Possible >= rules.MinPossiblePoints).ToArray();
        var schoolRanks = MinRank(rankable, s => new RiskShare(s.Points, s.Possible), s => s.OrgNr.Value);
        var cut = (int)Math.Ceiling(rules.TopShare * rankable.Length);
        var schools = scores.Select(s =>
        {
            int? rank = schoolRanks.TryGetValue(s, out var r) ? r : null;
            return new SchoolRow(s.OrgNr, s.Points, s.Possible, rank, rank <= cut && s.Points > 0);
        }).ToArray();
        var schoolOf = schools.ToDictionary(s => s.OrgNr);

        // Kommuner: own values as the pupil-weighted mean of their schools' values, scored like a school's.
        var kommuneOf = included.Values.ToDictionary(s => s.School.OrgNr, s => s.Kommune!.Nummer);
        var byKommune = counted.ToLookup(o => kommuneOf[o.OrgNr]);
        var schoolsByKommune = schools.ToLookup(s => kommuneOf[s.OrgNr]);
        var own = engine.Structure.Kommuner.Select(k =>
        {
            var values = byKommune[k.Nummer].Where(o => limits.ContainsKey((o.Indicator, o.Year)))
                .GroupBy(o => (o.Indicator, o.Year))
                .Select(g => (g.Key, Mean: WeightedMean(g.ToArray())))
                .Where(g => g.Mean is not null)
                .ToArray();
            var points = values.Sum(v => (long)Points(v.Mean!.Value, v.Key.Indicator, v.Key.Year) * rules.RuleFor(v.Key.Indicator)!.Weight);
            var possible = values.Sum(v => (long)rules.RuleFor(v.Key.Indicator)!.PossiblePoints);
            return (k.Nummer, Points: points, Possible: possible);
        }).ToArray();
        var ranked = own.Where(k => k.Possible > 0 && k.Possible >= rules.MinKommunePossiblePoints).ToArray();
        var kommuneRanks = MinRank(ranked, k => new RiskShare(k.Points, k.Possible), k => k.Nummer.Value);

        var rows = own.Select(k =>
        {
            int? rank = kommuneRanks.TryGetValue(k, out var r) ? r : null;
            var route1 = rank <= rules.Route1Count && k.Points > 0;
            var mine = schoolsByKommune[k.Nummer].Where(s => s.Rank is not null).ToArray();
            var shares = mine.Select(s => new RiskShare(s.Points, s.Possible)).ToArray();
            var spread = shares.Length >= 2 ? Spread.Of(rules.Spread.Measure, shares) : (SpreadValue?)null;
            var route2 = !route1 && shares.Length >= 2 && spread!.Value.IsAbove(rules.Spread.Threshold) && mine.Any(s => s.Flagged);
            return (Row: new KommuneRow(k.Nummer, k.Points, k.Possible, rank, route1 ? Route.WeakOverall : route2 ? Route.LargeDifferences : null, null),
                Highest: shares.Length > 0 ? shares.Max() : default, Spread: spread);
        }).ToList();
        var order = rows.Where(r => r.Row.Route == Route.LargeDifferences).ToList();
        order.Sort((a, b) =>
        {
            var c = b.Highest.CompareTo(a.Highest);
            if (c == 0) c = b.Spread!.Value.CompareTo(a.Spread!.Value);
            return c != 0 ? c : a.Row.Nummer.CompareTo(b.Row.Nummer);
        });
        var route2Order = order.Select((r, i) => (r.Row.Nummer, i + 1)).ToDictionary(x => x.Nummer, x => x.Item2);
        return (schools, rows.Select(r => route2Order.TryGetValue(r.Row.Nummer, out var o) ? r.Row with { Route2Order = o } : r.Row).ToArray());
    }

    private static decimal? WeightedMean(IReadOnlyList<Observation> values)
    {
        var weighted = values.Where(v => v.Pupils > 0).ToArray();
        var pupils = weighted.Sum(v => (long)v.Pupils!.Value);
        return pupils == 0 ? null : weighted.Sum(v => v.Value!.Value * v.Pupils!.Value) / pupils;
    }

    /// <summary>Min ranking: highest share first, a tie shares the lowest position, ties ordered by key.</summary>
    private static Dictionary<T, int> MinRank<T>(IEnumerable<T> items, Func<T, RiskShare> share, Func<T, string> key) where T : notnull
    {
        var sorted = items.ToList();
        sorted.Sort((a, b) =>
        {
            var c = share(b).CompareTo(share(a));
            return c != 0 ? c : string.CompareOrdinal(key(a), key(b));
        });
        var ranks = new Dictionary<T, int>();
        for (var i = 0; i < sorted.Count; i++)
            ranks[sorted[i]] = i > 0 && share(sorted[i]).CompareTo(share(sorted[i - 1])) == 0 ? ranks[sorted[i - 1]] : i + 1;
        return ranks;
    }
}
