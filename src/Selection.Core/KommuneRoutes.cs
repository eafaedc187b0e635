using Selection.Core.Data;
using Selection.Core.Rules;

namespace Selection.Core;

/// <summary>
/// DOMAIN §5: the kommune level. Route 1 ranks kommuner on their own indicator values; route 2 finds
/// kommuner with large differences between their schools.
/// </summary>
public static class KommuneRoutes
{
    /// <summary>
    /// A kommune's own values (route 1): per indicator and year, the pupil-weighted mean of its
    /// included schools' values that have a pupil count, scored against the same national limits and
    /// floors as the schools. Indicator-years without a limit, or without a pupil count, give nothing.
    /// <paramref name="includedRowsInWindow"/> are the rows of <paramref name="table"/> of its included schools'
    /// observations in the window, school by school.
    /// </summary>
    public static IReadOnlyList<KommuneObservation> KommuneValues(
        KommuneNr kommune,
        ObservationTable table,
        IEnumerable<ReadOnlyMemory<int>> includedRowsInWindow,
        SelectionRules rules,
        NationalLimitTable limits)
    {
        // One pupil-weighted sum per indicator and year, in the observations' one pass.
        var sums = new Dictionary<(Indicator Indicator, SchoolYear Year), PupilWeightedSum>();
        foreach (var rows in includedRowsInWindow)
        {
            foreach (var row in rows.Span)
            {
                ref var sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, (table.IndicatorOf(row), table.YearOf(row)), out _);
                sum.Add(table.ValueOf(row), table.PupilsOf(row));
            }
        }
        var result = new List<KommuneObservation>();
        foreach (var ((indicator, year), sum) in sums.OrderBy(g => g.Key.Indicator.Order).ThenBy(g => g.Key.Year))
        {
            var rule = rules.RuleFor(indicator);
            var limit = limits.For(indicator, year);
            if (rule is null || limit is null || sum.Mean is not { } mean)
                continue;
            var points = RiskPoints.For(mean.Mean, limit.Value, rule, year);
            result.Add(new KommuneObservation(kommune, indicator, year, mean.Mean, mean.Count, mean.Pupils, rule, limit, points));
        }
        return result;
    }

    /// <summary>
    /// A kommune's own values from Udir (route 1 with <c>kommuneValues: fromData</c>): each <c>kommunalt</c> row
    /// scored against the same national limits and floors as the schools; no school behind it is counted here
    /// (Udir's value includes pupils of suppressed schools). Indicator-years without a limit give nothing.
    /// </summary>
    public static IReadOnlyList<KommuneObservation> KommuneValuesFromData(KommuneNr kommune, IEnumerable<KommuneRow> rows, SelectionRules rules, NationalLimitTable limits)
    {
        var result = new List<KommuneObservation>();
        foreach (var row in rows.OrderBy(r => r.Indicator.Order).ThenBy(r => r.Year))
        {
            var rule = rules.RuleFor(row.Indicator);
            var limit = limits.For(row.Indicator, row.Year);
            if (rule is null || limit is null || row.Value is not { } value)
                continue;
            result.Add(new KommuneObservation(kommune, row.Indicator, row.Year, value, 0, row.Pupils ?? 0, rule, limit, RiskPoints.For(value, limit.Value, rule, row.Year)));
        }
        return result;
    }

    /// <summary>
    /// Route 2's conditions for a kommune not taken by route 1: at least two rankable schools, a spread
    /// of their shares strictly above the threshold, and at least one flagged school.
    /// </summary>
    public static Route2Check Route2(bool takenByRoute1, IReadOnlyList<SchoolResult> rankableSchools, SpreadValue? spread, decimal threshold) =>
        new(
            takenByRoute1,
            rankableSchools.Count >= 2,
            rankableSchools.Count >= 2 && spread is { } s && s.IsAbove(threshold),
            rankableSchools.Any(s => s.Flagged));

    /// <summary>
    /// Route-2 order: highest school share first, then the larger spread, then kommunenummer.
    /// </summary>
    public static int CompareRoute2(KommuneResult a, KommuneResult b)
    {
        var byShare = b.HighestSchoolShare!.Value.CompareTo(a.HighestSchoolShare!.Value);
        if (byShare != 0)
            return byShare;
        var bySpread = b.Spread!.Value.CompareTo(a.Spread!.Value);
        return bySpread != 0 ? bySpread : a.Kommune.Nummer.CompareTo(b.Kommune.Nummer);
    }

    /// <summary>Risk points per indicator over the evidence of a set of schools, most points first.</summary>
    public static IReadOnlyList<IndicatorPoints> PointsByIndicator(IEnumerable<SchoolEvidence> schools) =>
        IndicatorPoints.Sum(schools.SelectMany(s => s.PointsByObservation()));
}
