using System.Runtime.ExceptionServices;
using Selection.Core;
using Selection.Core.Data;
using Selection.Core.Kommuner;

namespace Selection.Sweep;

/// <summary>A kommune's route in one selection, and whether the selection takes it.</summary>
public readonly record struct KommuneRoute(Route Route, int? Route2Order, bool Selected);

/// <summary>
/// What one selection selected, as a sweep compares it: the flagged schools, the route-1 kommuner and route-2
/// candidates, and the selected kommuner: route 1, and the first <c>route2Max</c> route-2 candidates in route 2's
/// order (before any statsforvalter's priorities), as the stability analysis's <c>p_valgt</c> counts them.
/// </summary>
public sealed record SweepSelection(IReadOnlySet<OrgNr> Flagged, int Route1, int Route2, IReadOnlyDictionary<KommuneNr, KommuneRoute> Routes)
{
    /// <summary>The selected kommuner.</summary>
    public IEnumerable<KommuneNr> Selected => Routes.Where(r => r.Value.Selected).Select(r => r.Key);

    /// <summary>How many kommuner are selected.</summary>
    public int SelectedCount => Routes.Count(r => r.Value.Selected);

    public static SweepSelection Of(SelectionResult result)
    {
        var routes = new Dictionary<KommuneNr, KommuneRoute>();
        foreach (var k in result.Kommuner)
            if (k.Route is { } route)
                routes.Add(k.Kommune.Nummer, new KommuneRoute(route, k.Route2Order,
                    route == Route.WeakOverall || (route == Route.LargeDifferences && k.Route2Order <= result.Rules.Route2Max)));
        return new SweepSelection(
            result.Schools.Where(s => s.Flagged).Select(s => s.School.OrgNr).ToHashSet(),
            routes.Count(r => r.Value.Route == Route.WeakOverall),
            routes.Count(r => r.Value.Route == Route.LargeDifferences),
            routes);
    }
}

/// <summary>
/// One grid point's selection against the base: the counts, the Jaccard overlap of the flagged schools and of the
/// selected kommuner (|A ∩ B| / |A ∪ B|; 1 when both are empty), how many schools were flagged that were not in the
/// base and the other way round, and the kommuner that entered and left the selection, in kommunenummer order.
/// </summary>
public sealed record SweepPointResult(
    SweepPoint Point,
    SweepSelection Selection,
    double JaccardSchools,
    double JaccardKommuner,
    int SchoolsEntered,
    int SchoolsLeft,
    IReadOnlyList<KommuneNr> Entered,
    IReadOnlyList<KommuneNr> Left)
{
    /// <summary>Whether the point selects the same kommuner as the base.</summary>
    public bool SameKommuner => Entered.Count == 0 && Left.Count == 0;
}

/// <summary>A sweep: the base selection (the rules as given), the axes and every point's result in grid order.</summary>
public sealed record SweepResult(SelectionResult Base, SweepSelection BaseSelection, IReadOnlyList<SweepAxis> Axes, IReadOnlyList<SweepPointResult> Points)
{
    /// <summary>The kommune of the base's structure (every point runs in it).</summary>
    public Kommune KommuneOf(KommuneNr nummer) => Base.Structure.TryGet(nummer, out var kommune) ? kommune : throw new KeyNotFoundException(nummer.Value);
}

/// <summary>A sweep's outcome: the result, or the first point (in grid order) whose selection could not be made, with its problems.</summary>
public sealed record SweepOutcome(SweepResult? Result, SweepPoint? Failed, IReadOnlyList<Problem> Problems);

/// <summary>
/// Runs the selection (<see cref="SelectionEngine.Run"/>, the engine of <c>selection run</c>, unchanged) at every
/// point of the grid, in the base run's window, and compares each with the base. Points run side by side, each
/// into its own slot: the result is the same, in grid order, on any number of threads.
/// </summary>
public static class SweepRunner
{
    public static SweepOutcome Run(
        SelectionInput input,
        SelectionResult baseResult,
        IReadOnlyList<SweepAxis> axes,
        IReadOnlyList<SweepPoint> points,
        KommuneHistory history,
        int maxThreads = -1,
        Action? pointDone = null)
    {
        var baseSelection = SweepSelection.Of(baseResult);
        var results = new SweepPointResult?[points.Count];
        var problems = new IReadOnlyList<Problem>?[points.Count];
        var failures = new Exception?[points.Count];
        Parallel.For(0, points.Count, new ParallelOptions { MaxDegreeOfParallelism = maxThreads }, i =>
        {
            try
            {
                // The base's last school year: every point scores the same window.
                var outcome = SelectionEngine.Run(input, points[i].Rules, history, baseResult.LastYear);
                if (outcome.Succeeded)
                    results[i] = Compare(points[i], baseSelection, SweepSelection.Of(outcome.Result!));
                else
                    problems[i] = outcome.Problems.Where(p => p.IsError).ToArray();
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
            pointDone?.Invoke();
        });
        if (Array.Find(failures, f => f is not null) is { } failure)
            ExceptionDispatchInfo.Capture(failure).Throw();
        var failed = Array.FindIndex(problems, p => p is not null);
        if (failed >= 0)
            return new SweepOutcome(null, points[failed], problems[failed]!);
        return new SweepOutcome(new SweepResult(baseResult, baseSelection, axes, results.Select(r => r!).ToArray()), null, []);
    }

    /// <summary>A point's selection against the base's.</summary>
    public static SweepPointResult Compare(SweepPoint point, SweepSelection baseSelection, SweepSelection selection)
    {
        var baseKommuner = baseSelection.Selected.ToHashSet();
        var kommuner = selection.Selected.ToHashSet();
        return new SweepPointResult(
            point,
            selection,
            Jaccard(baseSelection.Flagged, selection.Flagged),
            Jaccard(baseKommuner, kommuner),
            selection.Flagged.Count(s => !baseSelection.Flagged.Contains(s)),
            baseSelection.Flagged.Count(s => !selection.Flagged.Contains(s)),
            kommuner.Where(k => !baseKommuner.Contains(k)).Order().ToArray(),
            baseKommuner.Where(k => !kommuner.Contains(k)).Order().ToArray());
    }

    /// <summary>|A ∩ B| / |A ∪ B|, and 1 for two empty sets (they are the same).</summary>
    public static double Jaccard<T>(IReadOnlySet<T> a, IReadOnlySet<T> b)
    {
        var both = a.Count(b.Contains);
        var either = a.Count + b.Count - both;
        return either == 0 ? 1 : (double)both / either;
    }
}
