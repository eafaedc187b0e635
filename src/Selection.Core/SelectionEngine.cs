using Selection.Core.Data;
using Selection.Core.Kommuner;
using Selection.Core.Rules;
using Selection.Core.Texts;

namespace Selection.Core;

/// <summary>
/// The selection, top to bottom (DOMAIN §3–§5): place the schools in the kommune structure, choose the
/// window, compute national limits, give risk points, rank the schools and flag the top share, then
/// take the kommuner by route 1 and route 2. Pure: no files, no console, no clock.
/// </summary>
public static class SelectionEngine
{
    public static SelectionOutcome Run(SelectionInput input, SelectionRules rules, KommuneHistory history, SchoolYear? lastYear = null)
    {
        var problems = new List<Problem>();
        var structure = history.StructureFor(rules.KommuneStructure);

        // 1. Place every school in the kommune structure; data must belong to a registered school.
        var placed = InputChecks.PlaceSchools(input.Schools, history, rules.KommuneStructure, problems);
        InputChecks.SchoolsWithDataAreRegistered(input, problems);
        var schoolsByOrgNr = placed.ToDictionary(p => p.School.OrgNr);

        // 2. The window: windowYears ending at the last school year (default: the latest school year with
        //    values that count: included schools, not suppressed, indicators the rules use).
        if (input.Observations.Count == 0)
            problems.Add(Problem.Error("no-data", CheckTexts.NoData));
        InputChecks.SchoolYearsInLine(input, problems);
        if (problems.Any(p => p.IsError))
            return new SelectionOutcome(null, problems);

        bool IsIncluded(PlacedSchool s) =>
            s.Placement.Kind != PlacementKind.OutsideKommune && (rules.IncludePrivateSchools || s.School.Eierform == Eierform.Offentlig);
        bool Counts(Observation o) => o.Value is not null && rules.RuleFor(o.Indicator) is not null && IsIncluded(schoolsByOrgNr[o.OrgNr]);

        var yearsWithData = input.Observations.Where(Counts).Select(o => o.Year).ToHashSet();
        if (yearsWithData.Count == 0)
        {
            problems.Add(Problem.Error("no-data-in-window", CheckTexts.NoDataInWindow));
            return new SelectionOutcome(null, problems);
        }
        var first = yearsWithData.Min();
        var last = lastYear ?? yearsWithData.Max();
        if (last < first || last > yearsWithData.Max() || last.StartYear - rules.WindowYears + 1 < SchoolYear.Earliest)
        {
            problems.Add(Problem.Error(
                "window-outside-data",
                CheckTexts.WindowOutsideData(last, first, yearsWithData.Max())));
            return new SelectionOutcome(null, problems);
        }
        var window = rules.WindowEndingAt(last);
        var emptyYears = window.Where(y => !yearsWithData.Contains(y)).ToArray();
        if (emptyYears.Length > 0)
        {
            problems.Add(Problem.Error(
                "window-year-without-data",
                CheckTexts.WindowYearWithoutData(emptyYears.Length, window[0], window[^1], rules.WindowYears, last, string.Join(", ", emptyYears), string.Join(", ", yearsWithData.Order()))));
            return new SelectionOutcome(null, problems);
        }
        var inWindow = new HashSet<SchoolYear>(window);

        // 3. Sort the observations: what counts, and why the rest does not.

        int outsideWindow = 0, ofExcluded = 0, notUsed = 0, missingValue = 0;
        var counted = new List<Observation>();
        foreach (var o in input.Observations)
        {
            if (!inWindow.Contains(o.Year)) outsideWindow++;
            else if (!IsIncluded(schoolsByOrgNr[o.OrgNr])) ofExcluded++;
            else if (rules.RuleFor(o.Indicator) is null) notUsed++;
            else if (o.Value is null) missingValue++;
            else counted.Add(o);
        }

        // 4. National limits, then risk points.
        var limits = NationalLimits.Compute(rules, window, counted, input.NationalValues);
        var withoutLimit = 0;
        var scored = new List<ScoredObservation>();
        foreach (var o in counted)
        {
            var limit = limits.For(o.Indicator, o.Year);
            if (limit is null)
            {
                withoutLimit++;
                continue;
            }
            var rule = rules.RuleFor(o.Indicator)!;
            scored.Add(new ScoredObservation(o, rule, limit, RiskPoints.For(o.Value!.Value, limit.Value, rule)));
        }
        var scoredBySchool = scored.ToLookup(s => s.Observation.OrgNr);

        // 5. Shares, national ranking, flagging.
        var schools = ScoreAndRankSchools(placed, IsIncluded, scoredBySchool, rules, out var rankingSummary);

        // 6. Kommune level: route 1 and route 2.
        var countedBySchool = counted.ToLookup(o => o.OrgNr);
        var kommuner = RouteKommuner(structure, schools, countedBySchool, scoredBySchool, rules, limits, out var route1Summary);
        var route2 = kommuner.Where(k => k.Route == Route.LargeDifferences).OrderBy(k => k.Route2Order).ToArray();

        var counts = new SelectionCounts(
            SchoolsInRegister: input.Schools.Count,
            SchoolsRanked: schools.Count(s => s.Status == SchoolStatus.Ranked),
            SchoolsFlagged: schools.Count(s => s.Flagged),
            SchoolsNotRankable: schools.Count(s => s.Status == SchoolStatus.NotRankable),
            SchoolsWithoutDataInWindow: schools.Count(s => s.Status == SchoolStatus.NotRankable && s.Possible == 0),
            SchoolsPrivateExcluded: schools.Count(s => s.Status == SchoolStatus.PrivateExcluded),
            SchoolsOutsideKommune: schools.Count(s => s.Status == SchoolStatus.OutsideKommune),
            SchoolsMapped: schools.Count(s => s.Placement.Kind == PlacementKind.Mapped),
            ObservationsRead: input.Observations.Count,
            ObservationsScored: scored.Count,
            ObservationsOutsideWindow: outsideWindow,
            ObservationsOfExcludedSchools: ofExcluded,
            ObservationsIndicatorNotUsed: notUsed,
            ObservationsMissingValue: missingValue,
            ObservationsWithoutLimit: withoutLimit);

        var result = new SelectionResult(rules, structure, last, window, limits, schools, kommuner, rankingSummary, route1Summary, route2, counts);
        return new SelectionOutcome(result, problems);
    }

    private static IReadOnlyList<SchoolResult> ScoreAndRankSchools(
        IEnumerable<PlacedSchool> placed,
        Func<PlacedSchool, bool> isIncluded,
        ILookup<OrgNr, ScoredObservation> scoredBySchool,
        SelectionRules rules,
        out SchoolRankingSummary summary)
    {
        var unranked = new List<SchoolResult>();
        foreach (var p in placed.OrderBy(p => p.School.OrgNr))
        {
            if (!isIncluded(p))
            {
                var status = p.Placement.Kind == PlacementKind.OutsideKommune ? SchoolStatus.OutsideKommune : SchoolStatus.PrivateExcluded;
                unranked.Add(new SchoolResult(p.School, p.Placement, status, 0, 0, null, null, false, []));
                continue;
            }
            var observations = scoredBySchool[p.School.OrgNr]
                .OrderBy(o => o.Rule.Indicator.Order).ThenBy(o => o.Observation.Year).ToArray();
            long points = observations.Sum(o => (long)o.WeightedPoints);
            long possible = observations.Sum(o => (long)o.PossiblePoints);
            var share = possible > 0 ? new RiskShare(points, possible) : (RiskShare?)null;
            var rankable = possible >= rules.MinPossiblePoints;
            unranked.Add(new SchoolResult(p.School, p.Placement, rankable ? SchoolStatus.Ranked : SchoolStatus.NotRankable, points, possible, share, null, false, observations));
        }

        var ranking = MinRanking.Rank(unranked.Where(s => s.Status == SchoolStatus.Ranked), s => s.Share!.Value, s => s.School.OrgNr.Value);
        var cut = MinRanking.Cut(rules.TopShare, ranking.Count);
        var rankOf = ranking.ToDictionary(r => r.Item.School.OrgNr, r => r.Rank);
        // Zero is not a risk (DOMAIN §4): a school with 0 risk points is never flagged, whatever its rank.
        var schools = unranked
            .Select(s => rankOf.TryGetValue(s.School.OrgNr, out var rank) ? s with { Rank = rank, Flagged = rank <= cut && s.Points > 0 } : s)
            .ToArray();
        var atRisk = ranking.Where(r => r.Item.Points > 0).ToArray();
        summary = new SchoolRankingSummary(
            ranking.Count,
            cut,
            schools.Count(s => s.Flagged),
            MinRanking.TieStraddling(atRisk, cut),
            ranking.Count(r => r.Rank <= cut && r.Item.Points == 0));
        return schools;
    }

    private static IReadOnlyList<KommuneResult> RouteKommuner(
        KommuneStructure structure,
        IReadOnlyList<SchoolResult> schools,
        ILookup<OrgNr, Observation> countedBySchool,
        ILookup<OrgNr, ScoredObservation> scoredBySchool,
        SelectionRules rules,
        NationalLimitTable limits,
        out Route1Summary route1Summary)
    {
        var schoolsByKommune = schools.Where(s => s.Included).ToLookup(s => s.Kommune!.Nummer);

        // Route 1 on the kommuner's own values.
        var values = structure.Kommuner.ToDictionary(
            k => k.Nummer,
            k => KommuneRoutes.KommuneValues(k.Nummer, schoolsByKommune[k.Nummer].SelectMany(s => countedBySchool[s.School.OrgNr]), rules, limits));
        var shares = structure.Kommuner.Select(k =>
        {
            var possible = values[k.Nummer].Sum(o => (long)o.PossiblePoints);
            return new KommuneShare(k.Nummer, possible > 0 ? new RiskShare(values[k.Nummer].Sum(o => (long)o.WeightedPoints), possible) : null);
        }).ToArray();
        var (ranking, summary) = KommuneRoutes.Route1(shares, rules.Route1Count, rules.MinKommunePossiblePoints);
        route1Summary = summary;
        var rankOf = ranking.ToDictionary(r => r.Item.Kommune, r => r.Rank);

        // Route 2 on the spread of the schools' shares.
        var results = new List<KommuneResult>();
        foreach (var kommune in structure.Kommuner)
        {
            var own = values[kommune.Nummer];
            var included = schoolsByKommune[kommune.Nummer].ToArray();
            var rankable = included.Where(s => s.Status == SchoolStatus.Ranked).ToArray();
            int? rank = rankOf.TryGetValue(kommune.Nummer, out var r) ? r : null;
            var route1 = rank <= rules.Route1Count && own.Sum(o => (long)o.WeightedPoints) > 0;
            var spread = rankable.Length >= 2 ? Spread.Of(rules.Spread.Measure, rankable.Select(s => s.Share!.Value).ToArray()) : (SpreadValue?)null;
            var check = KommuneRoutes.Route2(route1, rankable, spread, rules.Spread.Threshold);
            var points = own.Sum(o => (long)o.WeightedPoints);
            var possible = own.Sum(o => (long)o.PossiblePoints);
            results.Add(new KommuneResult(
                kommune,
                points,
                possible,
                possible > 0 ? new RiskShare(points, possible) : null,
                rank,
                included.Length,
                rankable.Length,
                rankable.Count(s => s.Flagged),
                spread,
                rankable.Length > 0 ? rankable.Max(s => s.Share!.Value) : null,
                route1 ? Route.WeakOverall : check.IsCandidate ? Route.LargeDifferences : null,
                null,
                check,
                own,
                KommuneRoutes.PointsByIndicator(included.SelectMany(s => scoredBySchool[s.School.OrgNr])),
                possible == 0 ? KommuneStatus.NoData : possible < rules.MinKommunePossiblePoints ? KommuneStatus.ThinEvidence : KommuneStatus.Ranked));
        }

        var order = results.Where(k => k.Route == Route.LargeDifferences).ToList();
        order.Sort(KommuneRoutes.CompareRoute2);
        var route2Order = order.Select((k, i) => (k.Kommune.Nummer, Order: i + 1)).ToDictionary(x => x.Nummer, x => x.Order);
        return results
            .Select(k => route2Order.TryGetValue(k.Kommune.Nummer, out var o) ? k with { Route2Order = o } : k)
            .ToArray();
    }
}
