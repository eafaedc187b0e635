namespace Selection.Core;

/// <summary>A route-2 candidate as the run ranked it: its place in the route-2 order (1 = first).</summary>
public sealed record Route2Candidate(KommuneNr Kommune, int Route2Order);

/// <summary>
/// One kommune of the proposal: its route, the priority its statsforvalter gave (route 2 only), its
/// place among the route-2 candidates in the proposal's order (route 2 only), and whether it is taken.
/// </summary>
public sealed record ProposedKommune(KommuneNr Kommune, Route Route, int? Priority, int? Place, bool Taken, int? Route2Order);

/// <summary>The proposal: every route-1 kommune, then the route-2 candidates in the proposal's order.</summary>
public sealed record Proposal(IReadOnlyList<ProposedKommune> Kommuner, int Route2Max)
{
    public IEnumerable<ProposedKommune> Taken => Kommuner.Where(k => k.Taken);

    public int Route2Taken => Kommuner.Count(k => k.Route == Route.LargeDifferences && k.Taken);
}

/// <summary>
/// DOMAIN §6, the final selection Udir proposes from the statsforvaltere's answers: every route-1
/// kommune; then the route-2 candidates up to <c>route2Max</c>, ordered by the priority their
/// statsforvalter gave (1 first; a candidate without a priority, because the cell was left empty or
/// the statsforvalter sent nothing, after every prioritised one), and within one priority by the
/// run's route-2 order (highest school share, spread, kommunenummer). Priorities of different
/// statsforvaltere are the same scale: every priority-1 candidate of the country comes before any
/// priority 2. Pure: the answers have been read and checked before.
/// </summary>
public static class FinalSelection
{
    public static Proposal Propose(
        IReadOnlyList<KommuneNr> route1,
        IReadOnlyList<Route2Candidate> route2,
        IReadOnlyDictionary<KommuneNr, int> priorities,
        int route2Max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(route2Max);
        if (priorities.Values.Any(p => p < 1))
            throw new ArgumentException("A priority is a whole number of at least 1.", nameof(priorities));
        var candidates = route2.Select(c => c.Kommune).ToHashSet();
        if (route1.Any(candidates.Contains))
            throw new ArgumentException("A kommune is on route 1 and a route-2 candidate at once.", nameof(route2));

        var ordered = route2
            .OrderBy(c => priorities.TryGetValue(c.Kommune, out var p) ? p : int.MaxValue)
            .ThenBy(c => c.Route2Order)
            .ThenBy(c => c.Kommune)
            .Select((c, i) => new ProposedKommune(
                c.Kommune,
                Route.LargeDifferences,
                priorities.TryGetValue(c.Kommune, out var p) ? p : null,
                i + 1,
                i < route2Max,
                c.Route2Order));
        var kommuner = route1
            .Order()
            .Select(k => new ProposedKommune(k, Route.WeakOverall, null, null, true, null))
            .Concat(ordered)
            .ToArray();
        return new Proposal(kommuner, route2Max);
    }
}
