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
    /// <summary>
    /// The selection of <paramref name="input"/> prepared for scoring on arrays, without its evidence: what the
    /// stability analysis re-scores with perturbed values. The same checks as <see cref="Run"/> come first; <c>null</c>
    /// with the problems that stop it. <paramref name="minimumScale"/> gives every slot at least that many decimals, so
    /// that values drawn around the observed ones are not rounded to the data's precision (a value of 4.0 varies by
    /// hundredths).
    /// </summary>
    public static (PreparedSelection? Model, IReadOnlyList<Problem> Problems) Prepare(
        SelectionInput input, SelectionRules rules, KommuneHistory history, SchoolYear? lastYear = null, int minimumScale = 0)
    {
        var problems = new List<Problem>();
        var sorted = Sort(input, rules, history, lastYear, problems);
        if (sorted is null)
            return (null, problems);
        return (Model(sorted, input, rules, problems, minimumScale), problems);
    }

    public static SelectionOutcome Run(SelectionInput input, SelectionRules rules, KommuneHistory history, SchoolYear? lastYear = null)
    {
        var problems = new List<Problem>();
        var sorted = Sort(input, rules, history, lastYear, problems);
        if (sorted is null)
            return new SelectionOutcome(null, problems);
        var (structure, placed, isIncluded, last, window, counted) = (sorted.Structure, sorted.Placed, sorted.IsIncluded, sorted.Last, sorted.Window, sorted.Counted);
        var (outsideWindow, ofExcluded, notUsed, missingValue) = (sorted.OutsideWindow, sorted.OfExcluded, sorted.NotUsed, sorted.MissingValue);

        // 4. National limits, then the selection on arrays: points, shares, ranking, routes (PreparedSelection).
        var limits = NationalLimits.Compute(rules, window, input.ObservationTable, counted, input.NationalValues);
        var model = Model(sorted, input, rules, problems);
        if (model is null)
            return new SelectionOutcome(null, problems);
        var evaluation = model.NewEvaluation();
        model.Evaluate(evaluation);

        // 5. The evidence: every observation against its limit and floor, as people read it, school by school
        //    (the prepared selection's grouping: by school, in the order of the data), each school's in indicator
        //    then year order, in columns (SchoolEvidence): one sort of whole-number keys per school.
        //    Each observation's indicator-year is its slot in the prepared selection, found there once.
        var table = model.Table;
        var limitOfSlot = new NationalLimit?[model.SlotCount];
        for (var slot = 0; slot < model.SlotCount; slot++)
            limitOfSlot[slot] = limits.For(model.RuleOfSlot(slot).Indicator, model.YearOfSlot(slot));
        var columns = new EvidenceColumns(table, rules, model.Values.Length);
        var evidence = new SchoolEvidence[model.Schools.Count];
        var withoutLimitBySchool = new int[model.Schools.Count];
        InParallel.For(model.Schools.Count, i =>
        {
            var own = model.RowsOf(i).Span;
            var first = model.FirstObservationOf(i);
            var keys = new long[own.Length];
            var scored = 0;
            for (var k = 0; k < own.Length; k++)
            {
                var slot = model.SlotOf(first + k);
                if (limitOfSlot[slot] is null)
                {
                    withoutLimitBySchool[i]++;
                    continue;
                }
                keys[scored++] = ((long)model.RuleOfSlot(slot).Indicator.Order << 48) | ((long)(model.YearOfSlot(slot).StartYear - SchoolYear.Earliest) << 32) | (uint)k;
            }
            Array.Sort(keys, 0, scored);
            for (var m = 0; m < scored; m++)
            {
                var k = (int)(keys[m] & uint.MaxValue);
                var slot = model.SlotOf(first + k);
                var limit = limitOfSlot[slot]!;
                columns.Rows[first + m] = own[k];
                columns.Limits[first + m] = limit;
                columns.Points[first + m] = checked((byte)RiskPoints.For(table.ValueAt(own[k]), limit.Value, model.RuleOfSlot(slot), model.YearOfSlot(slot)));
            }
            evidence[i] = scored == 0 ? SchoolEvidence.Empty : new SchoolEvidence(columns, first, scored);
        });
        var withoutLimit = withoutLimitBySchool.Sum();
        var scoredCount = evidence.Sum(s => s.Count);

        // 6. Schools and kommuner with their results.
        var schools = WithCusp(SchoolResults(placed, isIncluded, evidence, sorted.MissingBySchool, model, evaluation, out var rankingSummary), rankingSummary.Cut);
        var kommuner = WithCusp(KommuneResults(schools, evidence, rules, limits, model, evaluation, sorted.InScheme, sorted.KommuneRows, out var route1Summary), rules.Route1Count);
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
            ObservationsScored: scoredCount,
            ObservationsOutsideWindow: outsideWindow,
            ObservationsOfExcludedSchools: ofExcluded,
            ObservationsIndicatorNotUsed: notUsed,
            ObservationsMissingValue: missingValue,
            ObservationsWithoutLimit: withoutLimit,
            SchoolsSpecialExcluded: schools.Count(s => s.Status == SchoolStatus.SpecialSchoolExcluded),
            SchoolsInactiveExcluded: schools.Count(s => s.Status == SchoolStatus.InactiveExcluded),
            SchoolsOutsideGrunnskoleExcluded: schools.Count(s => s.Status == SchoolStatus.OutsideGrunnskoleExcluded));

        var result = new SelectionResult(rules, structure, last, window, limits, schools, kommuner, rankingSummary, route1Summary, route2, counts, sorted.KommuneRowCounts);
        return new SelectionOutcome(result, problems);
    }

    /// <summary>The prepared selection of what steps 1–3 found; <c>null</c>, with the problem, for a value too precise to hold.</summary>
    private static PreparedSelection? Model(SortedInput sorted, SelectionInput input, SelectionRules rules, List<Problem> problems, int minimumScale = 0)
    {
        var (model, tooPrecise) = PreparedSelection.Prepare(rules, sorted.Structure, sorted.Window, sorted.Placed.Where(sorted.IsIncluded), input.ObservationTable, sorted.Counted, input.NationalValues, sorted.InScheme.Keys, minimumScale, sorted.KommuneRows);
        if (tooPrecise is not null)
            problems.Add(tooPrecise);
        return model;
    }

    /// <summary>
    /// Steps 1–3 of the method: the schools placed in the kommune structure, the window chosen, and the
    /// observations sorted into what counts and why the rest does not; <c>null</c> when a problem stops it.
    /// </summary>
    private static SortedInput? Sort(SelectionInput input, SelectionRules rules, KommuneHistory history, SchoolYear? lastYear, List<Problem> problems)
    {
        var structure = history.StructureFor(rules.KommuneStructure);

        // 1. Place every school in the kommune structure; data must belong to a registered school.
        var placed = InputChecks.PlaceSchools(input.Schools, history, rules.KommuneStructure, problems);
        InputChecks.ParticipantsArePlaced(input.KommunerInScheme, history, rules.KommuneStructure, problems);
        InputChecks.KommuneRowsArePlaced(input.KommuneValues, history, rules.KommuneStructure, problems);
        if (rules.KommuneValues == KommuneValueSource.FromData && input.KommuneValues.Count == 0)
            problems.Add(Problem.Error("kommunalt-missing", CheckTexts.KommuneValuesNeedTable));
        var tally = InputTally.Of(input);
        InputChecks.SchoolsWithDataAreRegistered(tally, problems);

        // 2. The window: windowYears ending at the last school year (default: the latest school year with
        //    values that count: included schools, not suppressed, indicators the rules use).
        if (input.Observations.Count == 0)
            problems.Add(Problem.Error("no-data", CheckTexts.NoData));
        InputChecks.SchoolYearsInLine(tally, problems);
        if (problems.Any(p => p.IsError))
            return null;

        bool IsIncluded(PlacedSchool s) =>
            s.Placement.Kind != PlacementKind.OutsideKommune && rules.ExclusionOf(s.School) is null;
        // Whether each school is included, decided once per school; an observation's looked up when the orgnr changes
        // (a school's rows mostly follow one another). The observations are gone through in blocks side by side, each
        // block's findings put together in the observations' order.
        var includedByOrgNr = placed.ToDictionary(p => p.School.OrgNr, IsIncluded);
        var observations = input.ObservationTable;
        var blocks = InParallel.Blocks(observations.Count);
        var blocksOfRows = new SortBlock[blocks];
        // The rows that count, each block's in its own stretch of one array (a country's millions are not grown by copying).
        var countedRows = new int[observations.Count];
        InParallel.For(blocks, b =>
        {
            var (from, to) = InParallel.Block(b, blocks, observations.Count);
            blocksOfRows[b] = new SortBlock(observations, rules, includedByOrgNr, from, to, countedRows);
            blocksOfRows[b].FindYearsWithData();
        });

        var yearsWithData = new HashSet<SchoolYear>();
        foreach (var block in blocksOfRows)
            yearsWithData.UnionWith(block.YearsWithData);
        if (yearsWithData.Count == 0)
        {
            problems.Add(Problem.Error("no-data-in-window", CheckTexts.NoDataInWindow));
            return null;
        }
        var first = yearsWithData.Min();
        var fromRules = lastYear is null && rules.LastSchoolYear is not null;
        var last = lastYear ?? rules.LastSchoolYear ?? yearsWithData.Max();
        if (last < first || last > yearsWithData.Max() || last.StartYear - rules.WindowYears + 1 < SchoolYear.Earliest)
        {
            problems.Add(Problem.Error(
                "window-outside-data",
                fromRules
                    ? CheckTexts.RulesWindowOutsideData(last, first, yearsWithData.Max(), rules.Name)
                    : CheckTexts.WindowOutsideData(last, first, yearsWithData.Max())));
            return null;
        }
        var window = rules.WindowEndingAt(last);
        var emptyYears = window.Where(y => !yearsWithData.Contains(y)).ToArray();
        if (emptyYears.Length > 0)
        {
            problems.Add(Problem.Error(
                "window-year-without-data",
                CheckTexts.WindowYearWithoutData(emptyYears.Length, window[0], window[^1], rules.WindowYears, last, string.Join(", ", emptyYears), string.Join(", ", yearsWithData.Order()))));
            return null;
        }
        var inWindow = new HashSet<SchoolYear>(window);

        // 3. Sort the observations: what counts, and why the rest does not.

        InParallel.For(blocks, b => blocksOfRows[b].Sort(inWindow));
        int outsideWindow = 0, ofExcluded = 0, notUsed = 0, missingValue = 0, countedCount = 0;
        var missingBySchool = new Dictionary<OrgNr, (int Suppressed, int NoData)>();
        foreach (var block in blocksOfRows)
        {
            outsideWindow += block.OutsideWindow;
            ofExcluded += block.OfExcluded;
            notUsed += block.NotUsed;
            missingValue += block.MissingValue;
            // The block's counted rows moved down to follow the blocks before it (never past its own start).
            Array.Copy(countedRows, block.From, countedRows, countedCount, block.Counted);
            countedCount += block.Counted;
            foreach (var (orgnr, (suppressed, noData)) in block.MissingBySchool)
            {
                var (earlierSuppressed, earlierNoData) = missingBySchool.GetValueOrDefault(orgnr);
                missingBySchool[orgnr] = (earlierSuppressed + suppressed, earlierNoData + noData);
            }
        }

        // 4. Kommuner already in the scheme, within their period of support: left out of the routes when the rules say so.
        var inScheme = InScheme(input, rules, history, structure, last);

        // 5. Udir's own kommune values, when route 1 ranks on them.
        var (kommuneRows, kommuneRowCounts) = rules.KommuneValues == KommuneValueSource.FromData
            ? SortKommuneRows(input.KommuneValues, rules, history, structure, inWindow)
            : (null, null);

        var counted = new ArraySegment<int>(countedRows, 0, countedCount);
        return new SortedInput(structure, placed, IsIncluded, last, window, counted, outsideWindow, ofExcluded, notUsed, missingValue, inScheme, kommuneRows, kommuneRowCounts, missingBySchool);
    }

    /// <summary>
    /// The <c>kommunalt</c> rows route 1 ranks on, by kommune of the structure: in the window, of an indicator the
    /// rules use, with a value, placed one-to-one. A split kommune's row is left out; so are rows of two former
    /// kommuner landing on the same kommune, indicator and year (their values are not ours to combine). Counted.
    /// </summary>
    private static (IReadOnlyDictionary<KommuneNr, IReadOnlyList<KommuneRow>>, KommuneRowCounts) SortKommuneRows(
        IReadOnlyList<KommuneRow> rows, SelectionRules rules, KommuneHistory history, KommuneStructure structure, HashSet<SchoolYear> inWindow)
    {
        int outsideWindow = 0, notUsed = 0, suppressed = 0, split = 0;
        var placed = new List<(KommuneNr Kommune, KommuneRow Row)>();
        foreach (var row in rows)
        {
            if (!inWindow.Contains(row.Year)) { outsideWindow++; continue; }
            if (rules.RuleFor(row.Indicator) is null) { notUsed++; continue; }
            if (row.Value is null) { suppressed++; continue; }
            var placement = history.Place(row.Kommune, structure.Year);
            if (placement.Kind is PlacementKind.Direct or PlacementKind.Mapped)
                placed.Add((placement.Kommune!.Nummer, row));
            else
                split++;
        }
        var merged = 0;
        var used = new Dictionary<KommuneNr, IReadOnlyList<KommuneRow>>();
        foreach (var kommune in placed.GroupBy(p => p.Kommune))
        {
            var own = new List<KommuneRow>();
            foreach (var same in kommune.GroupBy(p => (p.Row.Indicator, p.Row.Year)))
            {
                if (same.Count() > 1)
                    merged += same.Count();
                else
                    own.Add(same.Single().Row);
            }
            used[kommune.Key] = own;
        }
        return (used, new KommuneRowCounts(rows.Count, used.Values.Sum(r => r.Count), outsideWindow, notUsed, suppressed, split, merged));
    }

    /// <summary>
    /// The kommuner of the structure that the <c>deltakere</c> table puts within their period of support in this
    /// round, with the round each was selected in (the latest, when listed twice). A number is placed in the
    /// structure like a school's (a split kommune's successors are all in the scheme; an unknown one was refused
    /// in step 1). Without the rules' <c>participants</c> key, nobody is left out.
    /// </summary>
    private static Dictionary<KommuneNr, int> InScheme(SelectionInput input, SelectionRules rules, KommuneHistory history, KommuneStructure structure, SchoolYear last)
    {
        var inScheme = new Dictionary<KommuneNr, int>();
        foreach (var participant in input.KommunerInScheme)
        {
            var placement = history.Place(participant.Kommune, structure.Year);
            IEnumerable<Kommune> kommuner = placement.Kind switch
            {
                PlacementKind.Direct or PlacementKind.Mapped => [placement.Kommune!],
                PlacementKind.Split => placement.Candidates,
                _ => [],
            };
            if (rules.Participants is not { } rule || !rule.WithinPeriod(participant.Round, ParticipantRule.RoundOf(last)))
                continue;
            foreach (var kommune in kommuner)
                inScheme[kommune.Nummer] = Math.Max(participant.Round, inScheme.GetValueOrDefault(kommune.Nummer));
        }
        return inScheme;
    }

    /// <summary>
    /// Every school's result: the evaluation's points, rank and flag, with the scored observations behind them.
    /// The points are summed again from the evidence and must agree: the arrays and the evidence are one method.
    /// </summary>
    private static IReadOnlyList<SchoolResult> SchoolResults(
        IEnumerable<PlacedSchool> placed,
        Func<PlacedSchool, bool> isIncluded,
        SchoolEvidence[] evidence,
        IReadOnlyDictionary<OrgNr, (int Suppressed, int NoData)> missingBySchool,
        PreparedSelection model,
        SelectionEvaluation e,
        out SchoolRankingSummary summary)
    {
        // Each school on its own (InParallel): its place in the prepared selection is its place among the
        // included schools in orgnr order.
        var ordered = placed.OrderBy(p => p.School.OrgNr.Number).ToArray(); // Number orders as the nine digits do
        var modelIndex = new int[ordered.Length];
        var index = 0;
        for (var j = 0; j < ordered.Length; j++)
            modelIndex[j] = isIncluded(ordered[j]) ? index++ : -1;
        var results = new SchoolResult[ordered.Length];
        InParallel.For(ordered.Length, j =>
        {
            var p = ordered[j];
            var i = modelIndex[j];
            if (i < 0)
            {
                var status = p.Placement.Kind == PlacementKind.OutsideKommune ? SchoolStatus.OutsideKommune : model.Rules.ExclusionOf(p.School)!.Value;
                results[j] = new SchoolResult(p.School, p.Placement, status, 0, 0, null, null, false, SchoolEvidence.Empty);
                return;
            }
            if (model.Schools[i].School.OrgNr != p.School.OrgNr)
                throw new InvalidOperationException($"The prepared selection lists school {model.Schools[i].School.OrgNr} where {p.School.OrgNr} belongs.");
            var observations = evidence[i];
            long points = e.SchoolPoints[i], possible = e.SchoolPossible[i];
            Agree(points, observations.WeightedPoints(), possible, observations.PossiblePoints(), $"school {p.School.OrgNr}");
            var rankable = e.SchoolRank[i] > 0;
            var missing = missingBySchool.GetValueOrDefault(p.School.OrgNr);
            results[j] = new SchoolResult(
                p.School,
                p.Placement,
                rankable ? SchoolStatus.Ranked : SchoolStatus.NotRankable,
                points,
                possible,
                possible > 0 ? new RiskShare(points, possible) : null,
                rankable ? e.SchoolRank[i] : null,
                e.SchoolFlagged[i],
                observations,
                Suppressed: missing.Suppressed,
                NoData: missing.NoData);
        });

        var ranked = results.Where(s => s.Rank is not null).ToArray();
        summary = new SchoolRankingSummary(
            e.RankedSchools,
            e.Cut,
            ranked.Count(s => s.Flagged),
            MinRanking.TieStraddling(ranked.Where(s => s.Points > 0).Select(s => s.Rank!.Value), e.Cut),
            ranked.Count(s => s.Rank <= e.Cut && s.Points == 0));
        return results;
    }

    /// <summary>
    /// Every kommune's result: the evaluation's own share, rank and route, with the own values, the spread and
    /// the route-2 conditions behind them (recomputed exactly from the evidence, and checked against the arrays).
    /// </summary>
    private static IReadOnlyList<KommuneResult> KommuneResults(
        IReadOnlyList<SchoolResult> schools,
        SchoolEvidence[] evidence,
        SelectionRules rules,
        NationalLimitTable limits,
        PreparedSelection model,
        SelectionEvaluation e,
        IReadOnlyDictionary<KommuneNr, int> inScheme,
        IReadOnlyDictionary<KommuneNr, IReadOnlyList<KommuneRow>>? kommuneRows,
        out Route1Summary route1Summary)
    {
        var schoolsByKommune = schools.Where(s => s.Included).ToLookup(s => s.Kommune!.Nummer);
        var modelIndexOf = new Dictionary<OrgNr, int>(model.Schools.Count);
        for (var i = 0; i < model.Schools.Count; i++)
            modelIndexOf.Add(model.Schools[i].School.OrgNr, i);
        // Each kommune on its own (InParallel), into its own slot.
        var results = new KommuneResult[model.Kommuner.Count];
        InParallel.For(model.Kommuner.Count, k =>
        {
            var kommune = model.Kommuner[k];
            var included = schoolsByKommune[kommune.Nummer].ToArray();
            var own = kommuneRows is not null
                ? KommuneRoutes.KommuneValuesFromData(kommune.Nummer, kommuneRows.GetValueOrDefault(kommune.Nummer) ?? [], rules, limits)
                : KommuneRoutes.KommuneValues(kommune.Nummer, model.Table, included.Select(s => model.RowsOf(modelIndexOf[s.School.OrgNr])), rules, limits);
            long points = e.KommunePoints[k], possible = e.KommunePossible[k];
            Agree(points, own.Sum(o => (long)o.WeightedPoints), possible, own.Sum(o => (long)o.PossiblePoints), $"kommune {kommune.Nummer}");
            var rankable = included.Where(s => s.Status == SchoolStatus.Ranked).ToArray();
            var route1 = e.KommuneRoute[k] == (int)Route.WeakOverall;
            var spread = rankable.Length >= 2 ? Spread.Of(rules.Spread.Measure, rankable.Select(s => s.Share!.Value).ToArray()) : (SpreadValue?)null;
            var check = KommuneRoutes.Route2(route1, rankable, spread, rules.Spread.Threshold) with { InScheme = inScheme.ContainsKey(kommune.Nummer) };
            if (check.IsCandidate != (e.KommuneRoute[k] == (int)Route.LargeDifferences))
                throw new InvalidOperationException($"Route 2 of kommune {kommune.Nummer}: the exact conditions and the prepared selection disagree.");
            results[k] = new KommuneResult(
                kommune,
                points,
                possible,
                possible > 0 ? new RiskShare(points, possible) : null,
                e.KommuneRank[k] > 0 ? e.KommuneRank[k] : null,
                included.Length,
                rankable.Length,
                rankable.Count(s => s.Flagged),
                spread,
                rankable.Length > 0 ? rankable.Max(s => s.Share!.Value) : null,
                route1 ? Route.WeakOverall : check.IsCandidate ? Route.LargeDifferences : null,
                e.KommuneRoute2Order[k] > 0 ? e.KommuneRoute2Order[k] : null,
                check,
                own,
                KommuneRoutes.PointsByIndicator(included.Select(s => evidence[modelIndexOf[s.School.OrgNr]])),
                possible == 0 ? KommuneStatus.NoData
                    : inScheme.ContainsKey(kommune.Nummer) ? KommuneStatus.InScheme
                    : possible < rules.MinKommunePossiblePoints ? KommuneStatus.ThinEvidence
                    : KommuneStatus.Ranked,
                inScheme.TryGetValue(kommune.Nummer, out var since) ? since : null);
        });

        var ranked = results.Where(k => k.Rank is not null).ToArray();
        route1Summary = new Route1Summary(
            e.RankedKommuner,
            rules.Route1Count,
            results.Count(k => k.Route == Route.WeakOverall),
            MinRanking.TieStraddling(ranked.Where(k => k.Points > 0).Select(k => k.Rank!.Value), rules.Route1Count),
            ranked.Count(k => k.Rank <= rules.Route1Count && k.Points == 0),
            e.ThinKommuner,
            e.InSchemeKommuner);
        return results;
    }

    /// <summary>The cusp of every ranked school: the points it is from changing its flag (<see cref="Cusp"/>).</summary>
    private static IReadOnlyList<SchoolResult> WithCusp(IReadOnlyList<SchoolResult> schools, int cut)
    {
        // Ordered by their ranks (competition ranks of the exact shares), each written back to its own place.
        var ranked = Enumerable.Range(0, schools.Count).Where(j => schools[j].Rank is not null).ToArray();
        var points = Cusp.PointsToChange(ranked.Select(j => schools[j].Share!.Value).ToArray(), ranked.Select(j => schools[j].Rank!.Value).ToArray(), cut);
        var results = schools.ToArray();
        for (var m = 0; m < ranked.Length; m++)
            results[ranked[m]] = schools[ranked[m]] with { PointsToCut = points[m] };
        return results;
    }

    /// <summary>The cusp of every kommune ranked on route 1: the points it is from changing route 1's outcome.</summary>
    private static IReadOnlyList<KommuneResult> WithCusp(IReadOnlyList<KommuneResult> kommuner, int route1Count)
    {
        var ranked = kommuner.Where(k => k.Rank is not null).ToArray();
        var points = Cusp.PointsToChange(ranked.Select(k => k.Share!.Value).ToArray(), route1Count);
        var byNummer = ranked.Select((k, i) => (k.Kommune.Nummer, points[i])).ToDictionary(x => x.Nummer, x => x.Item2);
        return kommuner.Select(k => byNummer.TryGetValue(k.Kommune.Nummer, out var p) ? k with { PointsToRoute1 = p } : k).ToArray();
    }

    /// <summary>The arrays and the evidence are one method: a disagreement is a fault of the engine, never of the data.</summary>
    private static void Agree(long points, long evidencePoints, long possible, long evidencePossible, string what)
    {
        if (points != evidencePoints || possible != evidencePossible)
            throw new InvalidOperationException(
                $"The risk points of {what} disagree: {points}/{possible} on the arrays, {evidencePoints}/{evidencePossible} in the evidence.");
    }

    /// <summary>
    /// A block of the observations sorted into what counts and why the rest does not (step 3), and first the school
    /// years in which it has values that count (step 2). Each block its own: the engine puts them together in order.
    /// </summary>
    /// <param name="observations">The observations.</param>
    /// <param name="rules">The rules: which indicators they use.</param>
    /// <param name="includedByOrgNr">Whether each registered school is included.</param>
    /// <param name="from">The block's first observation.</param>
    /// <param name="to">The observation after the block's last.</param>
    /// <param name="counted">Where the block's counted rows go: from <paramref name="from"/> on, one after the other.</param>
    private sealed class SortBlock(ObservationTable observations, SelectionRules rules, Dictionary<OrgNr, bool> includedByOrgNr, int from, int to, int[] counted)
    {
        private OrgNr? _lastOrgNr;
        private bool _lastIncluded;

        /// <summary>The block's first observation.</summary>
        public int From => from;

        public int OutsideWindow { get; private set; }

        public int OfExcluded { get; private set; }

        public int NotUsed { get; private set; }

        public int MissingValue { get; private set; }

        /// <summary>How many of the block's rows count: at <c>counted[From..]</c>.</summary>
        public int Counted { get; private set; }

        public Dictionary<OrgNr, (int Suppressed, int NoData)> MissingBySchool { get; } = [];

        /// <summary>Whether the school of observation <paramref name="row"/> is included, looked up when the orgnr changes.</summary>
        private bool OfIncluded(int row)
        {
            var orgnr = observations.OrgNrOf(row);
            if (_lastOrgNr != orgnr)
            {
                _lastOrgNr = orgnr;
                _lastIncluded = includedByOrgNr[orgnr];
            }
            return _lastIncluded;
        }

        private bool Counts(int row) => observations.HasValueAt(row) && rules.RuleFor(observations.IndicatorOf(row)) is not null && OfIncluded(row);

        /// <summary>The school years of the block with values that count (<see cref="FindYearsWithData"/>).</summary>
        public HashSet<SchoolYear> YearsWithData { get; } = [];

        /// <summary>Finds the school years of the block with values that count: included schools, not suppressed, indicators the rules use.</summary>
        public void FindYearsWithData()
        {
            SchoolYear? lastYear = null;
            for (var row = from; row < to; row++)
            {
                if (Counts(row) && observations.YearOf(row) is var year && year != lastYear)
                {
                    YearsWithData.Add(year);
                    lastYear = year;
                }
            }
        }

        /// <summary>Sorts the block's observations: counted, or outside the window, of a school left out, of an indicator not used, or without a value.</summary>
        public void Sort(HashSet<SchoolYear> inWindow)
        {
            // Whether a year is in the window, looked up when the year changes.
            SchoolYear? lastYearSeen = null;
            var lastInWindow = false;
            for (var row = from; row < to; row++)
            {
                var year = observations.YearOf(row);
                if (year != lastYearSeen)
                    (lastYearSeen, lastInWindow) = (year, inWindow.Contains(year));
                if (!lastInWindow) OutsideWindow++;
                else if (!OfIncluded(row)) OfExcluded++;
                else if (rules.RuleFor(observations.IndicatorOf(row)) is null) NotUsed++;
                else if (!observations.HasValueAt(row))
                {
                    MissingValue++;
                    var orgnr = observations.OrgNrOf(row);
                    var (suppressed, noData) = MissingBySchool.GetValueOrDefault(orgnr);
                    MissingBySchool[orgnr] = observations.MissingOf(row) == Data.MissingValue.NoData ? (suppressed, noData + 1) : (suppressed + 1, noData);
                }
                else counted[from + Counted++] = row;
            }
        }
    }

    /// <summary>What steps 1–3 found: the structure, the placed schools and who is included, the window, what counts (rows of the input's table).</summary>
    private sealed record SortedInput(
        KommuneStructure Structure,
        IReadOnlyList<PlacedSchool> Placed,
        Func<PlacedSchool, bool> IsIncluded,
        SchoolYear Last,
        IReadOnlyList<SchoolYear> Window,
        IReadOnlyList<int> Counted,
        int OutsideWindow,
        int OfExcluded,
        int NotUsed,
        int MissingValue,
        IReadOnlyDictionary<KommuneNr, int> InScheme,
        IReadOnlyDictionary<KommuneNr, IReadOnlyList<KommuneRow>>? KommuneRows,
        KommuneRowCounts? KommuneRowCounts,
        IReadOnlyDictionary<OrgNr, (int Suppressed, int NoData)> MissingBySchool);
}
