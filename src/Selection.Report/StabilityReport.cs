using System.Text.Json;
using Selection.IO.Runs;
using Selection.Stability;

namespace Selection.Report;

/// <summary>
/// The report of a stability folder (<c>selection stability</c>): how often each kommune was selected and each
/// school flagged over the replicates, against the run, in the style of a run's report.
/// </summary>
internal static class StabilityReport
{
    /// <summary>At most this many schools in the table of uncertain flags (the chart counts them all).</summary>
    public const int SchoolRows = 500;

    public static ReportPage Build(FolderManifest folder, ReportTexts t)
    {
        var m = folder.Document;
        var replicates = m.GetProperty("replicates").GetInt32();
        var seed = m.GetProperty("seed").GetInt32();
        var rules = m.GetProperty("rules").GetProperty("name").GetString() ?? "";
        var years = m.GetProperty("window").EnumerateArray().Select(y => y.GetString() ?? "").ToArray();
        var kommuner = folder.Table(StabilityTables.KommunerTable).OrderBy(k => k.Text("kommunenummer"), StringComparer.Ordinal).ToArray();
        var schools = folder.Table(StabilityTables.SchoolsTable);
        var (illustrative, synthetic) = folder.Notices();

        var page = new ReportPage(t, t.TitleStability(replicates));
        var h = page.Body;
        h.Open("header").Element("h1", t.HeadingStability);
        h.Element("p", t.SubtitleStability(replicates, seed, rules, t.List(years)), ("class", "sub")).Close("header");
        RunReport.Banners(h, t, illustrative, rules, "", synthetic, t.DataSetOf(folder.DataSetName));
        RunReport.Contents(h, t, [("oversikt", t.GlanceHeading), ("kommuner", t.StabilityKommunerHeading), ("skoler", t.StabilitySchoolsHeading)]);

        var firm = StabilitySummary.Firm;
        var pSelected = kommuner.Select(k => k.Double("p_valgt") ?? 0).ToArray();
        var pFlagged = schools.Select(s => s.Double("p_flagget") ?? 0).ToArray();
        h.Open("section", ("id", "oversikt")).Element("h2", t.GlanceHeading).Open("dl", ("class", "glance"));
        h.Element("dt", t.GlanceReplicates).Element("dd", t.GlanceReplicatesText(replicates, seed));
        h.Element("dt", t.GlanceNoise).Element("dd", t.GlanceNoiseText(Int(m, "noise", "binomial"), Int(m, "noise", "normal"), Int(m, "noise", "heldFixed")));
        h.Element("dt", t.GlanceKommuner).Element("dd", t.GlanceStabilityKommuner(pSelected.Count(p => p >= firm), pSelected.Count(p => p > 1 - firm && p < firm), t.Percent(firm, 0)));
        h.Element("dt", t.GlanceSchools).Element("dd", t.GlanceStabilitySchools(pFlagged.Count(p => p >= firm), pFlagged.Count(p => p > 1 - firm && p < firm)));
        h.Close("dl").Close("section");

        // Kommuner: every kommune selected in at least one replicate, most often first.
        var shown = kommuner.Where(k => (k.Double("p_valgt") ?? 0) > 0)
            .OrderByDescending(k => k.Double("p_valgt")).ThenBy(k => k.Text("kommunenummer"), StringComparer.Ordinal).ToArray();
        h.Open("section", ("id", "kommuner")).Element("h2", t.StabilityKommunerHeading);
        h.Element("p", t.StabilityKommunerIntro(shown.Length, t.Percent(firm, 0), t.Percent(1 - firm, 0)));
        var figure = new Figure("stabilitet-kommuner", 420).Axes(t.AxisKommunerByP, t.AxisPSelected, yPercent: true).YRange(0, 1.02)
            .XCategories(shown.Select(Category).ToArray(), labels: shown.Length <= 40);
        void Group(string name, TableRow[] rows, Style style) =>
            figure.Bars(name, Series.Of(rows.Select(Category)), Series.Of(rows.Select(k => k.Double("p_valgt") ?? 0)), style,
                rows.Select(k => t.HoverStability(RunReport.Name(k), t.Percent(k.Double("p_valgt")), t.Percent(k.Double("p_rute1")), t.Percent(k.Double("p_rute2")), t.RouteWord(k.Int("rute")))).ToArray());
        Group(t.LegendRoute1, shown.Where(k => k.Int("rute") == 1).ToArray(), Palette.Route1);
        Group(t.LegendRoute2, shown.Where(k => k.Int("rute") == 2).ToArray(), Palette.Route2);
        Group(t.LegendNoRoute, shown.Where(k => k.Int("rute") is not (1 or 2)).ToArray(), Palette.Other);
        figure.HorizontalLine(firm, t.FirmLine(t.Percent(firm, 0)));
        figure.HorizontalLine(1 - firm, t.BandLine(t.Percent(1 - firm, 0)));
        h.Open("figure");
        page.Chart(figure, t.StabilityKommunerAlt(shown.Length, pSelected.Count(p => p >= firm)));
        h.Element("figcaption", t.StabilityKommunerCaption);
        h.Open("details", ("class", "print"), ("open", "")).Element("summary", t.TableBehind);
        h.Table([t.ColKommune, t.ColStatsforvalter, t.ColRouteInRun, t.ColOwnRank, t.ColPRoute1, t.ColPRoute2, t.ColPSelected],
            shown.Select(k => (IReadOnlyList<Cell>)[
                RunReport.Name(k), k.Text("statsforvalter"), t.RouteWord(k.Int("rute")), Cell.Of(k.Int("rang")),
                Cell.Of(t.Percent(k.Double("p_rute1")), k.Double("p_rute1")), Cell.Of(t.Percent(k.Double("p_rute2")), k.Double("p_rute2")), Cell.Of(t.Percent(k.Double("p_valgt")), k.Double("p_valgt"))]),
            @class: "sortable");
        h.Close("details").Close("figure").Close("section");

        // Schools: P(flagged) in bins of five percentage points, by the flag in the run.
        const int bins = 20;
        var flagged = new int[bins + 1];
        var others = new int[bins + 1];
        foreach (var s in schools.Where(s => (s.Double("p_rangert") ?? 0) > 0))
            (s.Bool("flagget") ? flagged : others)[Math.Clamp((int)Math.Floor((s.Double("p_flagget") ?? 0) * bins + 1e-9), 0, bins)]++;
        var used = Enumerable.Range(0, bins + 1).Where(b => flagged[b] + others[b] > 0).ToArray();
        var x = used.Select(b => b == bins ? 1.0 : (b + 0.5) / bins).ToArray();
        string Range(int b) => b == bins ? t.Percent(1.0, 0) : t.ShareRange(t.Percent(b / (double)bins, 0), t.Percent((b + 1) / (double)bins, 0));
        h.Open("section", ("id", "skoler")).Element("h2", t.StabilitySchoolsHeading);
        h.Element("p", t.StabilitySchoolsIntro(schools.Count(s => s.Bool("flagget"))));
        var schoolFigure = new Figure("stabilitet-skoler", 360).Stacked().Axes(t.AxisPFlagged, t.AxisSchools, xPercent: true).XRange(0, 1.03)
            .Bars(t.LegendNotFlaggedInRun, Series.Of(x), Series.Of(used.Select(b => (double)others[b])), Palette.Sky, used.Select(b => t.HoverBin(Range(b), others[b], t.LegendNotFlaggedInRun)).ToArray())
            .Bars(t.LegendFlaggedInRun, Series.Of(x), Series.Of(used.Select(b => (double)flagged[b])), Palette.Route1, used.Select(b => t.HoverBin(Range(b), flagged[b], t.LegendFlaggedInRun)).ToArray());
        h.Open("figure");
        page.Chart(schoolFigure, t.StabilitySchoolsAlt(pFlagged.Count(p => p >= firm), pFlagged.Count(p => p > 1 - firm && p < firm)));
        h.Element("figcaption", t.StabilitySchoolsCaption);
        h.Open("details", ("class", "print")).Element("summary", t.TableBehind);
        h.Table([t.ColPFlaggedRange, t.LegendFlaggedInRun, t.LegendNotFlaggedInRun], used.Select(b => (IReadOnlyList<Cell>)[Range(b), Cell.Of(flagged[b]), Cell.Of(others[b])]));
        h.Close("details");
        var uncertain = schools.Where(s => (s.Double("p_flagget") ?? 0) is var p && p > 1 - firm && p < firm)
            .OrderBy(s => Math.Abs((s.Double("p_flagget") ?? 0) - 0.5)).ThenBy(s => s.Text("orgnr"), StringComparer.Ordinal).ToArray();
        h.Open("details").Element("summary", t.TableUncertainSchools(uncertain.Length, Math.Min(uncertain.Length, SchoolRows)));
        h.Table([t.ColSchool, t.ColKommune, t.ColRank, t.ColFlaggedYesNo, t.ColPFlagged, t.ColRankRange],
            uncertain.Take(SchoolRows).Select(s => (IReadOnlyList<Cell>)[
                s.Text("skolenavn"), $"{s.Text("kommunenavn")} ({s.Text("kommunenummer")})", Cell.Of(s.Int("rang")), t.YesNo(s.Bool("flagget")),
                Cell.Of(t.Percent(s.Double("p_flagget")), s.Double("p_flagget")), $"{s.Int("rang_p05")}–{s.Int("rang_p95")}"]),
            @class: "sortable");
        h.Close("details").Close("figure").Close("section");
        RunReport.Footer(h, t, folder.EngineVersion);
        return page;
    }

    /// <summary>A kommune on the chart's axis: its name and number.</summary>
    private static string Category(IO.Runs.TableRow k) => k.Text("kommunenavn") + " " + k.Text("kommunenummer");

    private static int Int(JsonElement m, string section, string key) =>
        m.TryGetProperty(section, out var s) && s.TryGetProperty(key, out var v) && v.TryGetInt32(out var n) ? n : 0;
}
