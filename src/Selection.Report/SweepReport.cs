using System.Globalization;
using Selection.IO.Runs;
using Selection.Sweep;

namespace Selection.Report;

/// <summary>
/// The report of a sweep folder (<c>selection sweep</c>, issue 13): per grid point the counts of flagged schools
/// and taken kommuner, the overlap with the base selection, and which kommuner enter and leave, in the style of a
/// run's report. It reads the folder's own tables; nothing is run again.
/// </summary>
internal static class SweepReport
{
    /// <summary>At most this many rows in the table of kommuner entering and leaving (all are in sweep_endringer.csv).</summary>
    public const int ChangeRows = 500;

    public static ReportPage Build(FolderManifest folder, ReportTexts t)
    {
        var m = folder.Document;
        var rules = m.GetProperty("rules").GetProperty("name").GetString() ?? "";
        var years = m.GetProperty("window").GetProperty("years").EnumerateArray().Select(y => y.GetString() ?? "").ToArray();
        var keys = m.GetProperty("grid").GetProperty("axes").EnumerateArray().Select(a => a.GetProperty("key").GetString() ?? "").ToArray();
        var points = folder.Table(SweepTables.SweepTable);
        var changes = folder.Table(SweepTables.ChangesTable);
        var (illustrative, synthetic) = folder.Notices();

        string Point(TableRow row) => string.Join(", ", keys.Select(k => $"{k} = {Value(row, k)}"));
        var labels = points.Select(Point).ToArray();

        var page = new ReportPage(t, t.TitleSweep(points.Count));
        var h = page.Body;
        h.Open("header").Element("h1", t.HeadingSweep);
        h.Element("p", t.SubtitleSweep(points.Count, t.List(keys), rules, t.List(years)), ("class", "sub")).Close("header");
        RunReport.Banners(h, t, illustrative, rules, "", synthetic, t.DataSetOf(folder.DataSetName));
        RunReport.Contents(h, t, [("antall", t.SweepCountsHeading), ("overlapp", t.SweepOverlapHeading), ("endringer", t.SweepChangesHeading)]);

        // Counts of kommuner per point: route 1, route-2 candidates, taken.
        h.Open("section", ("id", "antall")).Element("h2", t.SweepCountsHeading);
        h.Element("p", t.SweepCountsIntro);
        var x = Series.Of(labels);
        var counts = new Figure("sweep-antall", 380).Axes(t.AxisGridPoint, t.AxisSweepKommuner).XCategories(labels, labels: labels.Length <= 40)
            .Bars(t.LegendRoute1, x, Series.Of(points.Select(p => (double)(p.Int("antall_rute1") ?? 0))), Palette.Route1)
            .Bars(t.LegendRoute2, x, Series.Of(points.Select(p => (double)(p.Int("antall_rute2") ?? 0))), Palette.Route2)
            .Points(t.LegendSweepTaken, x, Series.Of(points.Select(p => (double)(p.Int("antall_valgte") ?? 0))), Palette.Other);
        h.Open("figure");
        var taken = points.Select(p => p.Int("antall_valgte") ?? 0).ToArray();
        page.Chart(counts, t.SweepCountsAlt(points.Count, taken.DefaultIfEmpty().Min(), taken.DefaultIfEmpty().Max()));
        h.Open("details", ("class", "print"), ("open", "")).Element("summary", t.TableBehind);
        h.Table([t.ColGridPoint, t.ColSweepFlagged, t.ColSweepRoute1, t.ColSweepRoute2, t.ColSweepTaken, t.ColSweepEntered, t.ColSweepLeft],
            points.Select((p, i) => (IReadOnlyList<Cell>)[
                labels[i], Cell.Of(p.Int("antall_flaggede")), Cell.Of(p.Int("antall_rute1")), Cell.Of(p.Int("antall_rute2")),
                Cell.Of(p.Int("antall_valgte")), Cell.Of(p.Int("inn")), Cell.Of(p.Int("ut"))]),
            @class: "sortable");
        h.Close("details").Close("figure").Close("section");

        // Overlap with the base selection (Jaccard) for flagged schools and taken kommuner.
        h.Open("section", ("id", "overlapp")).Element("h2", t.SweepOverlapHeading);
        h.Element("p", t.SweepOverlapIntro);
        var overlap = new Figure("sweep-overlapp", 340).Axes(t.AxisGridPoint, t.AxisJaccard, yPercent: true).YRange(0, 1.02).XCategories(labels, labels: labels.Length <= 40)
            .Points(t.LegendJaccardSchools, x, Series.Of(points.Select(p => p.Double("jaccard_skoler") ?? 0)), Palette.Sky)
            .Points(t.LegendJaccardKommuner, x, Series.Of(points.Select(p => p.Double("jaccard_kommuner") ?? 0)), Palette.Route1);
        h.Open("figure");
        page.Chart(overlap, t.SweepOverlapAlt(points.Count, t.Percent(points.Select(p => p.Double("jaccard_kommuner") ?? 1).DefaultIfEmpty(1).Min())));
        h.Open("details", ("class", "print")).Element("summary", t.TableBehind);
        h.Table([t.ColGridPoint, t.LegendJaccardSchools, t.LegendJaccardKommuner],
            points.Select((p, i) => (IReadOnlyList<Cell>)[labels[i], Cell.Of(t.Percent(p.Double("jaccard_skoler")), p.Double("jaccard_skoler")), Cell.Of(t.Percent(p.Double("jaccard_kommuner")), p.Double("jaccard_kommuner"))]),
            @class: "sortable");
        h.Close("details").Close("figure").Close("section");

        // Kommuner entering and leaving, per point.
        h.Open("section", ("id", "endringer")).Element("h2", t.SweepChangesHeading);
        h.Element("p", t.SweepChangesIntro(changes.Count, Math.Min(changes.Count, ChangeRows)));
        h.Table([t.ColGridPoint, t.ColKommune, t.ColStatsforvalter, t.ColSweepChange],
            changes.Take(ChangeRows).Select(c => (IReadOnlyList<Cell>)[Point(c), RunReport.Name(c), c.Text("statsforvalter"), c.Text("endring")]),
            @class: "sortable");
        h.Close("section");
        RunReport.Footer(h, t, folder.EngineVersion);
        return page;
    }

    /// <summary>A grid value as the sweep wrote it (decimal in Parquet), invariant.</summary>
    private static string Value(TableRow row, string key) => row[key] switch
    {
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        null => "",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
    };
}
