using System.Globalization;
using System.Text;

namespace Selection.Sweep;

/// <summary>
/// A sweep's summary (the console text, and <c>sammendrag.txt</c>): the grid; the base selection; one line per
/// point with its counts and its overlap with the base; the kommuner that entered and left at each point; and
/// where the selection changes: how many points keep the base's kommuner, the point furthest from it, and with one
/// key the values at which the selection changes from the value before.
/// </summary>
public static class SweepSummary
{
    /// <summary>The kommuner named per point in the summary; the rest are counted (all are in <c>sweep_endringer</c>).</summary>
    public const int KommunerPerPoint = 10;

    public static IReadOnlyList<string> Lines(SweepResult sweep, CultureInfo language)
    {
        var t = new SweepTexts(language);
        var rules = sweep.Base.Rules;
        var lines = new List<string>
        {
            t.Header(string.Join(" × ", sweep.Axes.Select(a => t.AxisText(a.Key.Name, Number(a.From), Number(a.To), Number(a.Step), a.Values.Count))), sweep.Points.Count),
        };
        if (rules.IsIllustrative)
            lines.Add(t.Illustrative(rules.Name));
        var baseValues = string.Join(", ", sweep.Axes.Select(a => $"{a.Key.Name} {(a.Key.ValueIn(rules) is { } v ? Number(v) : "–")}"));
        var window = sweep.Base.Window.Count == 1 ? sweep.Base.Window[0].ToString() : $"{sweep.Base.Window[0]} – {sweep.Base.Window[^1]}";
        lines.Add(t.Base(rules.Name, baseValues, window));
        var b = sweep.BaseSelection;
        lines.Add(t.Counts(b.Flagged.Count, b.Route1, b.Route2, b.SelectedCount));

        lines.Add(t.PointsTitle);
        lines.AddRange(Table(sweep, t));

        lines.Add(t.ChangesTitle);
        var changed = sweep.Points.Where(p => !p.SameKommuner).ToArray();
        if (changed.Length == 0)
            lines.Add(t.NoChanges);
        var labelWidth = changed.Length == 0 ? 0 : changed.Max(p => Label(sweep, p).Length);
        foreach (var p in changed)
        {
            var named = p.Entered.Select(k => t.KommuneIn(sweep.KommuneOf(k).Navn, k, (int)p.Selection.Routes[k].Route))
                .Concat(p.Left.Select(k => t.KommuneOut(sweep.KommuneOf(k).Navn, k)))
                .ToArray();
            var list = string.Join(", ", named.Take(KommunerPerPoint));
            if (named.Length > KommunerPerPoint)
                list += " " + t.More(named.Length - KommunerPerPoint);
            lines.Add(t.ChangeLine(Label(sweep, p).PadRight(labelWidth), list));
        }

        var same = sweep.Points.Count(p => p.SameKommuner);
        var conclusion = t.Same(same, sweep.Points.Count);
        if (changed.Length > 0)
        {
            // The point furthest from the base: the lowest overlap, then the most kommuner moved, then the first.
            var furthest = changed.OrderBy(p => p.JaccardKommuner).ThenByDescending(p => p.Entered.Count + p.Left.Count).ThenBy(p => p.Point.Index).First();
            conclusion += t.Furthest(Label(sweep, furthest), Jaccard(furthest.JaccardKommuner), furthest.Entered.Count, furthest.Left.Count);
        }
        lines.Add(conclusion);
        if (sweep.Axes.Count == 1)
            lines.Add(Along(sweep, t));
        return lines;
    }

    /// <summary>A point as the summary names it: <c>topShare 0.25</c>, <c>topShare 0.25, spread.threshold 0.10</c>.</summary>
    public static string Label(SweepResult sweep, SweepPointResult p) =>
        string.Join(", ", sweep.Axes.Select((a, i) => $"{a.Key.Name} {Number(p.Point.Values[i])}"));

    /// <summary>With one key: the values at which the selected kommuner differ from those at the value before.</summary>
    private static string Along(SweepResult sweep, SweepTexts t)
    {
        var key = sweep.Axes[0].Key.Name;
        var steps = new List<string>();
        for (var i = 1; i < sweep.Points.Count; i++)
        {
            var (before, now) = (sweep.Points[i - 1], sweep.Points[i]);
            var a = before.Selection.Selected.ToHashSet();
            var b = now.Selection.Selected.ToHashSet();
            var entered = b.Count(k => !a.Contains(k));
            var left = a.Count(k => !b.Contains(k));
            if (entered + left > 0)
                steps.Add(t.Step(Number(now.Point.Values[0]), entered, left, Number(before.Point.Values[0])));
        }
        return steps.Count == 0 ? t.NoSteps(key) : t.Steps(key, string.Join(", ", steps));
    }

    private static IEnumerable<string> Table(SweepResult sweep, SweepTexts t)
    {
        var headings = sweep.Axes.Select(a => a.Key.Name).Concat(t.TableColumns.Split('|')).ToArray();
        var rows = sweep.Points.Select(p => p.Point.Values.Select(Number).Concat(
        [
            Int(p.Selection.Flagged.Count), Int(p.Selection.Route1), Int(p.Selection.Route2), Int(p.Selection.SelectedCount),
            Jaccard(p.JaccardSchools), Jaccard(p.JaccardKommuner),
            $"{Int(p.SchoolsEntered)}/{Int(p.SchoolsLeft)}", $"{Int(p.Entered.Count)}/{Int(p.Left.Count)}",
        ]).ToArray()).ToArray();
        var widths = headings.Select((h, c) => Math.Max(h.Length, rows.Length == 0 ? 0 : rows.Max(r => r[c].Length))).ToArray();
        string Row(string[] cells)
        {
            var line = new StringBuilder("  ");
            for (var c = 0; c < cells.Length; c++)
            {
                if (c > 0)
                    line.Append("  ");
                // The keys' values left, the numbers right.
                line.Append(c < sweep.Axes.Count ? cells[c].PadRight(widths[c]) : cells[c].PadLeft(widths[c]));
            }
            return line.ToString().TrimEnd();
        }
        yield return Row(headings);
        foreach (var row in rows)
            yield return Row(row);
    }

    private static string Number(decimal value) => SweepAxis.Number(value);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Jaccard(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
