using System.Globalization;
using System.Text.Json;
using Selection.Compare;
using Selection.IO.Csv;

namespace Selection.Report;

/// <summary>
/// The report of a comparison folder (<c>selection compare --out</c>): which kommuner entered and left the
/// routes and why, and which schools changed their flag, from the folder's own tables.
/// </summary>
internal static class CompareFolderReport
{
    /// <summary>At most this many schools in the chart and table of changed flags (the counts hold them all).</summary>
    public const int SchoolPoints = 1000;

    public static ReportPage Build(FolderManifest folder, ReportTexts t)
    {
        var m = folder.Document;
        var a = Side(m, "a");
        var b = Side(m, "b");
        var kommuner = folder.Csv(CompareWriter.KommunerFile);
        var schools = folder.Csv(CompareWriter.SchoolsFile);
        var (illustrative, synthetic) = folder.Notices();
        // The comparison's summary carries no notices of its own: the runs do, when they lie beside it as compared.
        foreach (var side in new[] { a, b })
        {
            var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder.Path)) ?? "", side.Folder);
            if (side.Folder.Length > 0 && Directory.Exists(beside) && IO.Runs.RunFolder.Open(beside).Run is { } run && run.Manifest.RunId == side.RunId)
                (illustrative, synthetic) = (illustrative || run.Manifest.IllustrativeRules, synthetic || run.Manifest.SyntheticData);
        }

        var page = new ReportPage(t, t.TitleCompare(a.Folder, b.Folder));
        var h = page.Body;
        h.Open("header").Element("h1", t.HeadingCompare);
        h.Element("p", t.SubtitleCompare(a.Folder, a.RunId, b.Folder, b.RunId), ("class", "sub")).Close("header");
        RunReport.Banners(h, t, illustrative, a.Rules, "", synthetic, "");
        RunReport.Contents(h, t, [("oversikt", t.GlanceHeading), ("kommuner", t.CompareKommunerHeading), ("skoler", t.CompareSchoolsHeading)]);

        bool In(CsvRow r, string side) => kommuner.Cell(r, "i_" + side) == "true";
        var entered = kommuner.Rows.Where(r => !In(r, "a") && In(r, "b")).ToArray();
        var left = kommuner.Rows.Where(r => In(r, "a") && !In(r, "b")).ToArray();
        var stayed = kommuner.Rows.Where(r => In(r, "a") && In(r, "b")).ToArray();
        var routeChanged = kommuner.Rows.Where(r => kommuner.Cell(r, "rute_a") != kommuner.Cell(r, "rute_b")).ToArray();
        var flagChanged = schools.Rows.Where(r => schools.Cell(r, "flagget_a") != schools.Cell(r, "flagget_b")).ToArray();

        h.Open("section", ("id", "oversikt")).Element("h2", t.GlanceHeading).Open("dl", ("class", "glance"));
        h.Element("dt", "A").Element("dd", t.CompareSide(a.Folder, a.RunId, a.Rules, t.List(a.Years)));
        h.Element("dt", "B").Element("dd", t.CompareSide(b.Folder, b.RunId, b.Rules, t.List(b.Years)));
        h.Element("dt", t.GlanceKommuner).Element("dd", t.CompareKommunerText(entered.Length, left.Length, stayed.Length, routeChanged.Length));
        h.Element("dt", t.GlanceSchools).Element("dd", t.CompareSchoolsText(flagChanged.Count(r => schools.Cell(r, "flagget_b") == "true"), flagChanged.Count(r => schools.Cell(r, "flagget_a") == "true")));
        h.Close("dl").Close("section");

        // Kommuner: their own share in A against B; those that entered or left named.
        h.Open("section", ("id", "kommuner")).Element("h2", t.CompareKommunerHeading);
        h.Element("p", t.CompareKommunerIntro);
        var figure = new Figure("sammenligning-kommuner", 460).Axes(t.AxisShareA, t.AxisShareB, xPercent: true, yPercent: true);
        void Group(string name, CsvRow[] rows, Style style, bool labelled)
        {
            var plotted = rows.Where(r => Number(kommuner.Cell(r, "andel_a")) is not null && Number(kommuner.Cell(r, "andel_b")) is not null).ToArray();
            figure.Points(name, Series.Of(plotted.Select(r => Number(kommuner.Cell(r, "andel_a"))!.Value)), Series.Of(plotted.Select(r => Number(kommuner.Cell(r, "andel_b"))!.Value)), style,
                labelled ? plotted.Select(r => kommuner.Cell(r, "kommunenavn")).ToArray() : null,
                plotted.Select(r => t.HoverCompare($"{kommuner.Cell(r, "kommunenavn")} ({kommuner.Cell(r, "kommunenummer")})", Route(t, kommuner.Cell(r, "rute_a")), Route(t, kommuner.Cell(r, "rute_b")))).ToArray());
        }
        Group(t.LegendNeither, kommuner.Rows.Where(r => !In(r, "a") && !In(r, "b")).ToArray(), Palette.Other, labelled: false);
        Group(t.LegendStayed, stayed, Palette.Sky, labelled: false);
        Group(t.LegendLeft, left, Palette.Route1, labelled: true);
        Group(t.LegendEntered, entered, Palette.Route2, labelled: true);
        h.Open("figure");
        page.Chart(figure, t.CompareKommunerAlt(entered.Length, left.Length));
        h.Element("figcaption", t.CompareKommunerCaption);
        h.Open("details", ("class", "print"), ("open", "")).Element("summary", t.TableRouteChanged(routeChanged.Length));
        h.Table([t.ColKommune, t.ColRouteA, t.ColRouteB, t.ColRankA, t.ColRankB, t.ColWhy],
            routeChanged.Select(r => (IReadOnlyList<Cell>)[
                $"{kommuner.Cell(r, "kommunenavn")} ({kommuner.Cell(r, "kommunenummer")})", Route(t, kommuner.Cell(r, "rute_a")), Route(t, kommuner.Cell(r, "rute_b")),
                Whole(kommuner.Cell(r, "rang_a")), Whole(kommuner.Cell(r, "rang_b")), kommuner.Cell(r, "hvorfor")]),
            @class: "sortable");
        h.Close("details").Close("figure").Close("section");

        // Schools whose flag changed: share in A against B, the largest moves first.
        var moved = flagChanged.Where(r => Number(schools.Cell(r, "andel_a")) is not null && Number(schools.Cell(r, "andel_b")) is not null)
            .OrderByDescending(r => Math.Abs(Number(schools.Cell(r, "andel_b"))!.Value - Number(schools.Cell(r, "andel_a"))!.Value))
            .ThenBy(r => schools.Cell(r, "orgnr"), StringComparer.Ordinal).Take(SchoolPoints).ToArray();
        h.Open("section", ("id", "skoler")).Element("h2", t.CompareSchoolsHeading);
        h.Element("p", t.CompareSchoolsIntro(flagChanged.Length, moved.Length));
        var schoolFigure = new Figure("sammenligning-skoler", 420).Axes(t.AxisShareA, t.AxisShareB, xPercent: true, yPercent: true);
        void SchoolGroup(string name, CsvRow[] rows, Style style) =>
            schoolFigure.Points(name, Series.Of(rows.Select(r => Number(schools.Cell(r, "andel_a"))!.Value)), Series.Of(rows.Select(r => Number(schools.Cell(r, "andel_b"))!.Value)), style,
                hover: rows.Select(r => $"{schools.Cell(r, "skolenavn")} ({schools.Cell(r, "kommunenummer")})").ToArray());
        SchoolGroup(t.LegendNewlyFlagged, moved.Where(r => schools.Cell(r, "flagget_b") == "true").ToArray(), Palette.Route1);
        SchoolGroup(t.LegendNoLongerFlagged, moved.Where(r => schools.Cell(r, "flagget_b") != "true").ToArray(), Palette.Route2);
        h.Open("figure");
        page.Chart(schoolFigure, t.CompareSchoolsAlt(flagChanged.Length));
        h.Element("figcaption", t.CompareSchoolsCaption);
        h.Open("details").Element("summary", t.TableBehind);
        h.Table([t.ColSchool, t.ColKommune, t.ColFlaggedA, t.ColFlaggedB, t.ColShareA, t.ColShareB, t.ColWhy],
            moved.Select(r => (IReadOnlyList<Cell>)[
                schools.Cell(r, "skolenavn"), schools.Cell(r, "kommunenummer"), t.YesNo(schools.Cell(r, "flagget_a") == "true"), t.YesNo(schools.Cell(r, "flagget_b") == "true"),
                Cell.Of(t.Percent(Number(schools.Cell(r, "andel_a"))), Number(schools.Cell(r, "andel_a"))), Cell.Of(t.Percent(Number(schools.Cell(r, "andel_b"))), Number(schools.Cell(r, "andel_b"))),
                schools.Cell(r, "hvorfor")]),
            @class: "sortable");
        h.Close("details").Close("figure").Close("section");
        RunReport.Footer(h, t, folder.EngineVersion);
        return page;
    }

    private sealed record SideInfo(string Folder, string RunId, string Rules, IReadOnlyList<string> Years);

    private static SideInfo Side(JsonElement m, string key)
    {
        var s = m.GetProperty(key);
        string Text(string name) => s.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        var years = s.TryGetProperty("years", out var y) && y.ValueKind == JsonValueKind.Array ? y.EnumerateArray().Select(e => e.GetString() ?? "").ToArray() : [];
        return new SideInfo(Text("runFolder"), Text("runId"), Text("rulesName"), years);
    }

    private static string Route(ReportTexts t, string route) => t.RouteWord(route switch { "1" => 1, "2" => 2, _ => null });

    private static Cell Whole(string text) => new(text.Length == 0 ? "–" : text, text, Number: true);

    private static double? Number(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
