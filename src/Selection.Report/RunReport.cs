using System.Globalization;
using Selection.Core;
using Selection.IO.Runs;

namespace Selection.Report;

/// <summary>
/// The report of a run (issue 14, item 2): the notices, the round at a glance, the schools' shares with the cut,
/// the kommuner's shares with route 1's cut, route 2 as a scatter, a sortable table per statsforvalter and a
/// section per selected kommune that reads like <c>explain</c> (its text is explain's own). A proposal's report
/// is the same with the final list first and its kommuner as the selected ones.
/// </summary>
internal static class RunReport
{
    /// <summary>Above this many schools a kommune's chart shows the schools with the highest shares only.</summary>
    public const int SchoolsPerKommuneChart = 40;

    /// <summary>Above this many schools a kommune's section leaves explain's text out (it lists every school) and names the command.</summary>
    public const int SchoolsPerExplanation = 300;

    /// <summary>The share axis is cut in bins of one percentage point: the chart is the same size for 2,800 or 280,000 schools.</summary>
    public const int Bins = 100;

    public static ReportPage Build(RunFolder run, ReportTexts t, ProposalView? proposal = null)
    {
        var d = RunData.Read(run);
        var m = d.Manifest;
        var page = new ReportPage(t, proposal is null ? t.TitleRun(m.RunId) : t.TitleProposal(m.RunId));
        var h = page.Body;

        h.Open("header").Element("h1", proposal is null ? t.HeadingRun : t.HeadingProposal);
        h.Element("p", t.Subtitle(m.RunId, m.RulesName, m.DataSetName, t.List(m.Years)), ("class", "sub")).Close("header");
        Banners(h, t, m.IllustrativeRules, m.RulesName, d.Text("rules.content.provenance") ?? "", m.SyntheticData, m.DataSetName);

        var selected = proposal?.Taken ?? [.. d.Route1.Select(k => k.Text("kommunenummer")), .. d.Route2.Select(k => k.Text("kommunenummer"))];
        var sections = new List<(string Id, string Title)>();
        if (proposal is not null)
            sections.Add(("forslag", t.ProposalHeading));
        sections.AddRange([("oversikt", t.GlanceHeading), ("skoler", t.SchoolsHeading(t.Percent((double)d.Manifest.TopShare, 0))), ("rute1", t.Route1Heading), ("rute2", t.Route2Heading), ("statsforvaltere", t.StatsforvaltereHeading), ("kommuner", t.KommunerHeading)]);
        Contents(h, t, sections);

        if (proposal is not null)
            proposal.Write(page, d);
        Glance(h, t, d);
        SchoolShares(page, t, d);
        KommuneShares(page, t, d);
        Route2(page, t, d);
        Statsforvaltere(h, t, d);
        SelectedKommuner(page, t, d, selected, proposal);
        Footer(h, t, m.EngineVersion);
        return page;
    }

    public static void Banners(Html h, ReportTexts t, bool illustrative, string rules, string provenance, bool synthetic, string dataSet)
    {
        if (illustrative)
            h.Open("div", ("class", "banner"), ("role", "note")).Open("strong").Text(t.IllustrativeMark).Close("strong").Text(" " + t.IllustrativeBanner(rules, provenance)).Close("div");
        if (synthetic)
            h.Open("div", ("class", "banner"), ("role", "note")).Open("strong").Text(t.SyntheticMark).Close("strong").Text(" " + t.SyntheticBanner(dataSet)).Close("div");
    }

    public static void Contents(Html h, ReportTexts t, IEnumerable<(string Id, string Title)> sections)
    {
        h.Open("nav", ("aria-label", t.Contents)).Element("h2", t.Contents).Open("ol");
        foreach (var (id, title) in sections)
            h.Open("li").Open("a", ("href", "#" + id)).Text(title).Close("a").Close("li");
        h.Close("ol").Close("nav");
    }

    public static void Footer(Html h, ReportTexts t, string runEngine) =>
        h.Open("footer").Element("p", t.Footer(runEngine, IO.Output.EngineInfo.Current.Version, PlotlyBundle.Version)).Close("footer");

    private static void Glance(Html h, ReportTexts t, RunData d)
    {
        var m = d.Manifest;
        h.Open("section", ("id", "oversikt")).Element("h2", t.GlanceHeading).Open("dl", ("class", "glance"));
        void Item(string term, string text) => h.Element("dt", term).Element("dd", text);
        Item(t.GlanceData, t.GlanceDataText(m.DataSetName, d.Int("counts.schoolsInRegister") ?? 0, d.Int("counts.observationsScored") ?? 0));
        Item(t.GlanceRules, t.GlanceRulesText(m.RulesName, d.Int("rules.content.kommuneStructure") ?? 0, m.IllustrativeRules ? t.Illustrative : t.Official));
        Item(t.GlanceWindow, t.GlanceWindowText(t.List(m.Years), m.Years.Count, d.Text("window.lastYear") ?? m.Years[^1]));
        Item(t.GlanceSchools, t.GlanceSchoolsText(m.Rankable, d.Int("schoolRanking.flagged") ?? 0, m.Cut, t.Percent((double)m.TopShare, 0), t.Number((double)m.TopShare)));
        Item(t.GlanceTie, d.Tie("schoolRanking") is { } tie ? t.GlanceTieText(tie.Size, tie.Rank, tie.Taken - m.Cut) : t.None);
        Item(t.GlanceLeftOut, t.GlanceLeftOutText(d.Int("counts.schoolsPrivateExcluded") ?? 0, d.Int("counts.schoolsOutsideKommune") ?? 0, d.Int("counts.schoolsNotRankable") ?? 0));
        var route1Tie = d.Tie("route1") is { } r1 ? " " + t.GlanceRoute1Tie(r1.Size, r1.Rank, r1.Taken - m.Route1Cut) : "";
        Item(t.GlanceRoute1, t.GlanceRoute1Text(d.Route1.Count, m.Route1Cut, m.Route1Ranked) + route1Tie);
        Item(t.GlanceRoute2, t.GlanceRoute2Text(d.Route2.Count, t.Measure(m.SpreadMeasure), t.Number((double)m.SpreadThreshold), d.Int("route2.route2Max") ?? 0));
        var statsforvaltere = d.Route1.Concat(d.Route2).Select(k => k.Text("statsforvalter")).Distinct().Count();
        Item(t.GlanceShortlists, t.GlanceShortlistsText(statsforvaltere));
        h.Close("dl").Close("section");
    }

    private static void SchoolShares(ReportPage page, ReportTexts t, RunData d)
    {
        var h = page.Body;
        var m = d.Manifest;
        var ranked = d.Schools.Where(s => s.Int("rang") is not null && s.Double("andel_risikopoeng") is not null).ToArray();
        var flagged = new int[Bins + 1];
        var others = new int[Bins + 1];
        foreach (var s in ranked)
        {
            var bin = (int)Math.Floor(s.Double("andel_risikopoeng")!.Value * Bins + 1e-9);
            (s.Bool("flagget") ? flagged : others)[Math.Clamp(bin, 0, Bins)]++;
        }
        var used = Enumerable.Range(0, Bins + 1).Where(b => flagged[b] + others[b] > 0).ToArray();
        var x = used.Select(b => (b + 0.5) / Bins).ToArray();
        string Range(int b) => b == Bins ? t.Percent(1.0, 0) : t.ShareRange(t.Percent(b / (double)Bins, 0), t.Percent((b + 1) / (double)Bins, 0));

        h.Open("section", ("id", "skoler")).Element("h2", t.SchoolsHeading(t.Percent((double)d.Manifest.TopShare, 0)));
        h.Element("p", t.SchoolsIntro(m.Rankable, t.Percent((double)m.TopShare, 0), m.Cut, d.Int("schoolRanking.flagged") ?? 0));
        var figure = new Figure("skoler", 380).Stacked().Axes(t.AxisSchoolShare, t.AxisSchools, xPercent: true).XRange(0, 1)
            .Bars(t.LegendNotFlagged, Series.Of(x), Series.Of(used.Select(b => (double)others[b])), Palette.Sky, used.Select(b => t.HoverBin(Range(b), others[b], t.LegendNotFlagged)).ToArray())
            .Bars(t.LegendFlagged, Series.Of(x), Series.Of(used.Select(b => (double)flagged[b])), Palette.Route1, used.Select(b => t.HoverBin(Range(b), flagged[b], t.LegendFlagged)).ToArray());
        string? tieText = null;
        if (d.CutShare is { } cut)
        {
            figure.VerticalLine(cut, t.CutLine(t.Percent(cut), m.Cut));
            if (d.Tie("schoolRanking") is { } tie)
            {
                tieText = t.TieNote(tie.Size, tie.Rank, t.Percent(cut), tie.Taken - m.Cut);
                figure.Note(tieText);
            }
        }
        h.Open("figure");
        page.Chart(figure, t.SchoolsAlt(m.Rankable, d.CutShare is { } c ? t.Percent(c) : "–", d.Int("schoolRanking.flagged") ?? 0));
        h.Element("figcaption", t.SchoolsCaption + (tieText is null ? "" : " " + tieText));
        h.Open("details", ("class", "print")).Element("summary", t.TableBehind);
        h.Table([t.ColShareRange, t.ColSchools, t.LegendFlagged, t.LegendNotFlagged],
            used.Select(b => (IReadOnlyList<Cell>)[Range(b), Cell.Of(flagged[b] + others[b]), Cell.Of(flagged[b]), Cell.Of(others[b])]));
        h.Close("details").Close("figure").Close("section");
    }

    private static void KommuneShares(ReportPage page, ReportTexts t, RunData d)
    {
        var h = page.Body;
        var m = d.Manifest;
        var ranked = d.Kommuner.Where(k => k.Int("rang") is not null).OrderBy(k => k.Int("rang")).ThenBy(k => k.Text("kommunenummer"), StringComparer.Ordinal).ToArray();
        h.Open("section", ("id", "rute1")).Element("h2", t.Route1Heading);
        h.Element("p", t.Route1Intro(m.Route1Ranked, m.Route1Cut, d.Route1.Count));

        var figure = new Figure("rute1", 400).Axes(t.AxisKommuneOrder, t.AxisKommuneShare, yPercent: true);
        void Group(string name, IReadOnlyList<(TableRow K, int Position)> rows, Style style) =>
            figure.Bars(name, Series.Of(rows.Select(r => (double)r.Position)), Series.Of(rows.Select(r => r.K.Double("andel_risikopoeng") ?? 0)), style,
                rows.Select(r => t.HoverKommune(Name(r.K), r.K.Int("rang") ?? 0, t.Percent(r.K.Double("andel_risikopoeng")))).ToArray());
        var positioned = ranked.Select((k, i) => (K: k, Position: i + 1)).ToArray();
        Group(t.LegendOtherKommuner, positioned.Where(p => p.K.Int("rute") is not (1 or 2)).ToArray(), Palette.Other);
        Group(t.LegendRoute2, positioned.Where(p => p.K.Int("rute") == 2).ToArray(), Palette.Route2);
        Group(t.LegendRoute1, positioned.Where(p => p.K.Int("rute") == 1).ToArray(), Palette.Route1);
        if (d.Route1.Count > 0)
        {
            figure.VerticalLine(d.Route1.Count + 0.5, t.Route1CutLine(m.Route1Cut));
            if (d.Tie("route1") is { } tie)
                figure.Note(t.Route1TieNote(tie.Size, tie.Rank, tie.Taken - m.Route1Cut));
        }
        h.Open("figure");
        page.Chart(figure, t.Route1Alt(ranked.Length, d.Route1.Count, string.Join(", ", d.Route1.Select(Name))));
        h.Element("figcaption", t.Route1Caption);
        h.Open("details", ("class", "print"), ("open", "")).Element("summary", t.TableRoute1);
        h.Table([t.ColRank, t.ColKommune, t.ColStatsforvalter, t.ColOwnShare, t.ColPoints],
            d.Route1.Select(k => (IReadOnlyList<Cell>)[Cell.Of(k.Int("rang")), Name(k), k.Text("statsforvalter"), Cell.Of(t.Percent(k.Double("andel_risikopoeng")), k.Double("andel_risikopoeng")), Points(t, k)]),
            @class: "sortable");
        h.Close("details");
        h.Open("details").Element("summary", t.TableAllKommuner(ranked.Length));
        h.Table([t.ColRank, t.ColKommune, t.ColOwnShare, t.ColRoute],
            ranked.Select(k => (IReadOnlyList<Cell>)[Cell.Of(k.Int("rang")), Name(k), Cell.Of(t.Percent(k.Double("andel_risikopoeng")), k.Double("andel_risikopoeng")), t.RouteWord(k.Int("rute"))]),
            @class: "sortable");
        h.Close("details").Close("figure").Close("section");
    }

    private static void Route2(ReportPage page, ReportTexts t, RunData d)
    {
        var h = page.Body;
        var m = d.Manifest;
        var threshold = (double)m.SpreadThreshold;
        var withSpread = d.Kommuner.Where(k => k.Double("spredning") is not null && k.Double("hoyeste_skoleandel") is not null).ToArray();
        h.Open("section", ("id", "rute2")).Element("h2", t.Route2Heading);
        h.Element("p", t.Route2Intro(t.Measure(m.SpreadMeasure), t.Number(threshold), t.Percent((double)m.TopShare, 0), d.Route2.Count, d.Int("route2.route2Max") ?? 0));

        var figure = new Figure("rute2", 460).Axes(t.AxisHighestSchoolShare, t.AxisSpread(t.Measure(m.SpreadMeasure)), xPercent: true);
        void Group(string name, TableRow[] rows, Style style, bool labelled) =>
            figure.Points(name, Series.Of(rows.Select(k => k.Double("hoyeste_skoleandel")!.Value)), Series.Of(rows.Select(k => k.Double("spredning")!.Value)), style,
                labelled ? rows.Select(k => k.Text("kommunenavn")).ToArray() : null,
                rows.Select(k => t.HoverRoute2(Name(k), t.Percent(k.Double("hoyeste_skoleandel")), t.Number(k.Double("spredning")!.Value), t.RouteWord(k.Int("rute")))).ToArray());
        Group(t.LegendOtherKommuner, withSpread.Where(k => k.Int("rute") is not (1 or 2)).ToArray(), Palette.Other, labelled: false);
        Group(t.LegendRoute1, withSpread.Where(k => k.Int("rute") == 1).ToArray(), Palette.Route1, labelled: false);
        Group(t.LegendRoute2, withSpread.Where(k => k.Int("rute") == 2).OrderBy(k => k.Int("rute2_rekkefolge")).ToArray(), Palette.Route2, labelled: true);
        figure.HorizontalLine(threshold, t.ThresholdLine(t.Number(threshold)));
        if (d.CutShare is { } cut)
            figure.VerticalLine(cut, t.FlagLine(t.Percent(cut)));
        h.Open("figure");
        page.Chart(figure, t.Route2Alt(withSpread.Length, t.Number(threshold), string.Join(", ", d.Route2.Select(Name))));
        h.Element("figcaption", t.Route2Caption);
        h.Open("details", ("class", "print"), ("open", "")).Element("summary", t.TableRoute2);
        h.Table([t.ColOrder, t.ColKommune, t.ColStatsforvalter, t.ColHighestSchoolShare, t.ColSpread, t.ColRankable, t.ColFlagged, t.ColOwnRank],
            d.Route2.Select(k => (IReadOnlyList<Cell>)[
                Cell.Of(k.Int("rute2_rekkefolge")), Name(k), k.Text("statsforvalter"),
                Cell.Of(t.Percent(k.Double("hoyeste_skoleandel")), k.Double("hoyeste_skoleandel")),
                Cell.Of(t.Number(k.Double("spredning") ?? 0), k.Double("spredning")),
                Cell.Of(k.Int("antall_rangerbare_skoler")), Cell.Of(k.Int("antall_flaggede_skoler")), Cell.Of(k.Int("rang"))]),
            @class: "sortable");
        h.Close("details").Close("figure").Close("section");
    }

    private static void Statsforvaltere(Html h, ReportTexts t, RunData d)
    {
        h.Open("section", ("id", "statsforvaltere")).Element("h2", t.StatsforvaltereHeading);
        h.Element("p", t.StatsforvaltereIntro);
        var groups = d.Route1.Concat(d.Route2).GroupBy(k => k.Text("statsforvalter")).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            h.Element("h3", group.Key);
            h.Table([t.ColKommune, t.ColRoute, t.ColOrder, t.ColOwnShare, t.ColOwnRank, t.ColSchools, t.ColRankable, t.ColFlagged, t.ColSpread, t.ColHighestSchoolShare],
                group.Select(k => (IReadOnlyList<Cell>)[
                    Name(k), t.RouteWord(k.Int("rute")), Cell.Of(k.Int("rute2_rekkefolge")),
                    Cell.Of(t.Percent(k.Double("andel_risikopoeng")), k.Double("andel_risikopoeng")), Cell.Of(k.Int("rang")),
                    Cell.Of(k.Int("antall_skoler")), Cell.Of(k.Int("antall_rangerbare_skoler")), Cell.Of(k.Int("antall_flaggede_skoler")),
                    Cell.Of(k.Double("spredning") is { } s ? t.Number(s) : "–", k.Double("spredning")),
                    Cell.Of(t.Percent(k.Double("hoyeste_skoleandel")), k.Double("hoyeste_skoleandel"))]),
                @class: "sortable", caption: t.StatsforvalterCaption(group.Key, group.Count(k => k.Int("rute") == 1), group.Count(k => k.Int("rute") == 2)));
        }
        h.Close("section");
    }

    private static void SelectedKommuner(ReportPage page, ReportTexts t, RunData d, IReadOnlyList<string> selected, ProposalView? proposal)
    {
        var h = page.Body;
        var m = d.Manifest;
        var byNumber = d.Kommuner.ToDictionary(k => k.Text("kommunenummer"), StringComparer.Ordinal);
        var rows = selected.Where(byNumber.ContainsKey).Select(n => byNumber[n]).ToArray();
        var schoolPoints = d.SchoolIndicatorPoints(rows.Select(k => k.Text("kommunenummer")));
        h.Open("section", ("id", "kommuner")).Element("h2", t.KommunerHeading);
        h.Element("p", proposal is null ? t.KommunerIntro(d.Route1.Count, d.Route2.Count) : t.KommunerIntroProposal(rows.Length));
        foreach (var k in rows)
        {
            var nr = k.Text("kommunenummer");
            var route = k.Int("rute");
            h.Open("article", ("class", "kommune"), ("id", "k-" + nr));
            h.Open("h3").Text(Name(k)).Open("span", ("class", "route")).Text(route == 2 ? t.Route2Badge(k.Int("rute2_rekkefolge") ?? 0) : t.RouteWord(route)).Close("span").Close("h3");
            h.Element("p", k.Text("statsforvalter"));
            if (proposal?.Line(nr) is { } decision)
                h.Element("p", decision);
            if (k.Int("rang") is { } rank)
                h.Element("p", t.KommuneRoute1(k.Long("risikopoeng") ?? 0, k.Long("mulige_risikopoeng") ?? 0, t.Percent(k.Double("andel_risikopoeng")), rank, m.Route1Ranked, m.Route1Cut,
                    route == 1 ? t.Taken : t.NotTaken));
            else
                h.Element("p", t.KommuneNotRanked(k.Text("status").Replace('_', ' ')));
            if (route != 1)
                h.Element("p", k.Double("spredning") is { } spread
                    ? t.KommuneRoute2(t.Measure(m.SpreadMeasure), t.Number(spread), t.Number((double)m.SpreadThreshold), k.Int("antall_rangerbare_skoler") ?? 0, k.Int("antall_skoler") ?? 0, k.Int("antall_flaggede_skoler") ?? 0, t.Percent(k.Double("hoyeste_skoleandel")))
                    : t.KommuneNoSpread(k.Int("antall_rangerbare_skoler") ?? 0));

            var schools = d.SchoolsByKommune[nr].Where(s => s.Double("andel_risikopoeng") is not null && s.Int("rang") is not null)
                .OrderByDescending(s => s.Double("andel_risikopoeng")).ThenBy(s => s.Text("orgnr"), StringComparer.Ordinal).ToArray();
            if (schools.Length > 0)
            {
                var shown = schools.Take(SchoolsPerKommuneChart).ToArray();
                var figure = new Figure("k" + nr, 90 + (22 * shown.Length)).Axes(t.AxisSchoolShare, "", xPercent: true).XRange(0, 1).YReversed(leftMargin: 20).NoLegend();
                void Group(string name, TableRow[] group, Style style) =>
                    figure.Bars(name, Series.Of(group.Select(s => s.Double("andel_risikopoeng")!.Value)), Series.Of(group.Select(s => s.Text("skolenavn"))), style,
                        group.Select(s => t.HoverSchool(s.Text("skolenavn"), t.Percent(s.Double("andel_risikopoeng")), s.Int("rang") ?? 0)).ToArray(), horizontal: true);
                Group(t.LegendFlagged, shown.Where(s => s.Bool("flagget")).ToArray(), Palette.Route1);
                Group(t.LegendNotFlagged, shown.Where(s => !s.Bool("flagget")).ToArray(), Palette.Sky);
                if (d.CutShare is { } cut)
                    figure.VerticalLine(cut, t.CutLine(t.Percent(cut), m.Cut));
                h.Open("figure");
                page.Chart(figure, t.KommuneSchoolsAlt(k.Text("kommunenavn"), schools.Length, schools.Count(s => s.Bool("flagget"))));
                h.Element("figcaption", shown.Length < schools.Length ? t.KommuneSchoolsMore(shown.Length, schools.Length) : t.KommuneSchoolsCaption);
                h.Open("details").Element("summary", t.TableBehind);
                h.Table([t.ColSchool, t.ColShare, t.ColRank, t.ColFlaggedYesNo],
                    shown.Select(s => (IReadOnlyList<Cell>)[s.Text("skolenavn"), Cell.Of(t.Percent(s.Double("andel_risikopoeng")), s.Double("andel_risikopoeng")), Cell.Of(s.Int("rang")), t.YesNo(s.Bool("flagget"))]));
                h.Close("details").Close("figure");
            }

            h.Element("h4", t.IndicatorsHeading).Open("ul");
            h.Element("li", t.IndicatorsOwn(Indicators(t, d.OwnIndicatorPoints(nr))));
            h.Element("li", t.IndicatorsSchools(Indicators(t, schoolPoints.GetValueOrDefault(nr, []))));
            h.Close("ul");

            h.Open("details").Element("summary", t.ExplainSummary(nr));
            var all = d.SchoolsByKommune[nr].ToArray();
            if (all.Length <= SchoolsPerExplanation)
                h.Element("pre", Explanations.KommuneText(d.Run, k, d.KommuneValues[nr].ToArray(), all));
            else
                h.Element("p", t.ExplainTooLong(all.Length, nr));
            h.Close("details");
            h.Close("article");
        }
        h.Close("section");
    }

    private static string Indicators(ReportTexts t, IReadOnlyList<IndicatorPoints> points)
    {
        var top = points.Where(p => p.Points > 0).Take(IO.Output.Shortlists.IndicatorsShown).ToArray();
        return top.Length == 0 ? t.NoPoints : string.Join("; ", top.Select(p => t.IndicatorPointsText(t.IndicatorName(p.Indicator.Code), p.Points, p.Possible)));
    }

    private static string Points(ReportTexts t, TableRow k) =>
        t.PointsOf(k.Long("risikopoeng") ?? 0, k.Long("mulige_risikopoeng") ?? 0);

    /// <summary>A kommune as people name it: <c>Gjemnes (1557)</c>.</summary>
    public static string Name(TableRow k) => $"{k.Text("kommunenavn")} ({k.Text("kommunenummer")})";

    internal static string Invariant(long n) => n.ToString(CultureInfo.InvariantCulture);
}
