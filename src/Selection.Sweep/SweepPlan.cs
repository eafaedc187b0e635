using Selection.Core.Rules;

namespace Selection.Sweep;

/// <summary>One point of the grid: its number (0 first), its value on each axis, and the rules it runs on.</summary>
public sealed record SweepPoint(int Index, IReadOnlyList<decimal> Values, SelectionRules Rules);

/// <summary>
/// The rules of every grid point, made before any data is read: each axis's values are set one at a time in the
/// base rules and checked as a rules file is (<see cref="RulesKeys"/>), so a refused value is named with its axis;
/// then every point's rules, with all its keys set.
/// </summary>
public static class SweepPlan
{
    public static (IReadOnlyList<SweepPoint>? Points, IReadOnlyList<string> Problems) Make(SelectionRules rules, IReadOnlyList<SweepAxis> axes, SweepTexts t)
    {
        if (SweepGrid.CheckAxes(axes, t) is { } problem)
            return (null, [problem]);
        var problems = new List<string>();
        foreach (var axis in axes)
        {
            // A key the rules do not have (an indicator they do not use, a floor by period without a school year) is one problem, whatever the values.
            if (RulesKeys.Check(rules, axis.Key, t) is { } missing)
            {
                problems.Add(t.Vary(axis.Given, missing));
                continue;
            }
            var refused = axis.Values
                .Select(v => (Value: v, RulesKeys.Apply(rules, [(axis.Key, v)], t).Problems))
                .Where(x => x.Problems.Count > 0)
                .ToArray();
            if (refused.Length > 0)
                problems.Add(t.Vary(axis.Given, t.ValuesRefused(refused.Length, axis.Values.Count, SweepAxis.Number(refused[0].Value), refused[0].Problems[0])));
        }
        if (problems.Count > 0)
            return (null, problems);

        var points = new List<SweepPoint>();
        foreach (var values in SweepGrid.Points(axes))
        {
            var (pointRules, pointProblems) = RulesKeys.Apply(rules, axes.Select((a, i) => (a.Key, values[i])).ToArray(), t);
            if (pointRules is null)
                return (null, pointProblems);
            points.Add(new SweepPoint(points.Count, values, pointRules));
        }
        return (points, []);
    }
}
