using System.Globalization;
using System.Resources;
using Selection.IO.Texts;

namespace Selection.Report;

/// <summary>
/// The texts of a report, from <c>ReportTexts.resx</c> (bokmål) and <c>ReportTexts.en.resx</c>, and how the
/// report writes numbers in its language: <c>47,2 %</c> in bokmål, <c>47.2%</c> in English. Numbers never follow
/// the machine's settings.
/// </summary>
public sealed class ReportTexts(CultureInfo language) : ResourceTexts(Manager, language)
{
    private static readonly ResourceManager Manager = new("Selection.Report.ReportTexts", typeof(ReportTexts).Assembly);

    private bool English => Language.TwoLetterISOLanguageName == "en";

    public string TitleRun(string runId) => Format([runId]);
    public string TitleProposal(string runId) => Format([runId]);
    public string TitleStability(int replicates) => Format([replicates]);
    public string TitleCompare(string a, string b) => Format([a, b]);
    public string TitleSweep(int points) => Format([points]);
    public string HeadingSweep => Get();
    public string SubtitleSweep(int points, string keys, string rules, string years) => Format([points, keys, rules, years]);
    public string SweepCountsHeading => Get();
    public string SweepCountsIntro => Get();
    public string AxisGridPoint => Get();
    public string AxisSweepKommuner => Get();
    public string LegendSweepTaken => Get();
    public string SweepCountsAlt(int points, int min, int max) => Format([points, min, max]);
    public string ColGridPoint => Get();
    public string ColSweepFlagged => Get();
    public string ColSweepRoute1 => Get();
    public string ColSweepRoute2 => Get();
    public string ColSweepTaken => Get();
    public string ColSweepEntered => Get();
    public string ColSweepLeft => Get();
    public string SweepOverlapHeading => Get();
    public string SweepOverlapIntro => Get();
    public string AxisJaccard => Get();
    public string LegendJaccardSchools => Get();
    public string LegendJaccardKommuner => Get();
    public string SweepOverlapAlt(int points, string lowest) => Format([points, lowest]);
    public string SweepChangesHeading => Get();
    public string SweepChangesIntro(int rows, int shown) => Format([rows, shown]);
    public string ColSweepChange => Get();
    public string HeadingRun => Get();
    public string HeadingProposal => Get();
    public string HeadingStability => Get();
    public string HeadingCompare => Get();
    public string Subtitle(string runId, string rules, string data, string years) => Format([runId, rules, data, years]);
    public string SubtitleStability(int replicates, int seed, string rules, string years) => Format([replicates, seed, rules, years]);
    public string SubtitleCompare(string a, string runA, string b, string runB) => Format([a, runA, b, runB]);
    public string IllustrativeMark => Get();
    public string IllustrativeBanner(string rules, string provenance) => Format([rules, provenance]);
    public string SyntheticMark => Get();
    public string SyntheticBanner(string dataSet) => Format([dataSet]);
    public string Contents => Get();
    public string Footer(string runEngine, string reportEngine, string plotly) => Format([runEngine, reportEngine, plotly]);
    public string GlanceHeading => Get();
    public string GlanceData => Get();
    public string GlanceDataText(string name, int schools, int observations) => Format([name, schools, observations]);
    public string GlanceRules => Get();
    public string GlanceRulesText(string name, int structure, string kind) => Format([name, structure, kind]);
    public string Illustrative => Get();
    public string Official => Get();
    public string GlanceWindow => Get();
    public string GlanceWindowText(string years, int count, string last) => Format([years, count, last]);
    public string GlanceSchools => Get();
    public string GlanceSchoolsText(int rankable, int flagged, int cut, string percent, string topShare) => Format([rankable, flagged, cut, percent, topShare]);
    public string GlanceTie => Get();
    public string GlanceTieText(int size, int rank, int extra) => Format([size, rank, extra]);
    public string None => Get();
    public string GlanceLeftOut => Get();
    public string GlanceLeftOutText(int privateSchools, int outside, int notRankable) => Format([privateSchools, outside, notRankable]);
    public string GlanceRoute1 => Get();
    public string GlanceRoute1Text(int taken, int cut, int ranked) => Format([taken, cut, ranked]);
    public string GlanceRoute1Tie(int size, int rank, int extra) => Format([size, rank, extra]);
    public string GlanceRoute2 => Get();
    public string GlanceRoute2Text(int candidates, string measure, string threshold, int route2Max) => Format([candidates, measure, threshold, route2Max]);
    public string GlanceShortlists => Get();
    public string GlanceShortlistsText(int statsforvaltere) => Format([statsforvaltere]);
    public string GlanceKommuner => Get();
    public string GlanceReplicates => Get();
    public string GlanceReplicatesText(int replicates, int seed) => Format([replicates, seed]);
    public string GlanceNoise => Get();
    public string GlanceNoiseText(int binomial, int normal, int held) => Format([binomial, normal, held]);
    public string GlanceStabilityKommuner(int firm, int band, string percent) => Format([firm, band, percent]);
    public string GlanceStabilitySchools(int firm, int band) => Format([firm, band]);
    public string SchoolsHeading(string percent) => Format([percent]);
    public string SchoolsIntro(int rankable, string percent, int cut, int flagged) => Format([rankable, percent, cut, flagged]);
    public string AxisSchoolShare => Get();
    public string AxisSchools => Get();
    public string LegendFlagged => Get();
    public string LegendNotFlagged => Get();
    public string HoverBin(string range, int count, string group) => Format([range, count, group]);
    public string ShareRange(string from, string to) => Format([from, to]);
    public string CutLine(string share, int cut) => Format([share, cut]);
    public string TieNote(int size, int rank, string share, int extra) => Format([size, rank, share, extra]);
    public string SchoolsAlt(int rankable, string cut, int flagged) => Format([rankable, cut, flagged]);
    public string SchoolsCaption => Get();
    public string TableBehind => Get();
    public string ColShareRange => Get();
    public string ColSchools => Get();
    public string Route1Heading => Get();
    public string Route1Intro(int ranked, int cut, int taken) => Format([ranked, cut, taken]);
    public string AxisKommuneOrder => Get();
    public string AxisKommuneShare => Get();
    public string LegendRoute1 => Get();
    public string LegendRoute2 => Get();
    public string LegendOtherKommuner => Get();
    public string HoverKommune(string name, int rank, string share) => Format([name, rank, share]);
    public string Route1CutLine(int cut) => Format([cut]);
    public string Route1TieNote(int size, int rank, int extra) => Format([size, rank, extra]);
    public string Route1Alt(int ranked, int taken, string names) => Format([ranked, taken, names]);
    public string Route1Caption => Get();
    public string TableRoute1 => Get();
    public string TableAllKommuner(int ranked) => Format([ranked]);
    public string ColRank => Get();
    public string ColKommune => Get();
    public string ColStatsforvalter => Get();
    public string ColOwnShare => Get();
    public string ColPoints => Get();
    public string ColRoute => Get();
    public string PointsOf(long points, long possible) => Format([points, possible]);
    public string Route2Heading => Get();
    public string Route2Intro(string measure, string threshold, string percent, int candidates, int route2Max) => Format([measure, threshold, percent, candidates, route2Max]);
    public string AxisHighestSchoolShare => Get();
    public string AxisSpread(string measure) => Format([measure]);
    public string HoverRoute2(string name, string highest, string spread, string route) => Format([name, highest, spread, route]);
    public string ThresholdLine(string threshold) => Format([threshold]);
    public string FlagLine(string share) => Format([share]);
    public string Route2Alt(int kommuner, string threshold, string names) => Format([kommuner, threshold, names]);
    public string Route2Caption => Get();
    public string TableRoute2 => Get();
    public string ColOrder => Get();
    public string ColHighestSchoolShare => Get();
    public string ColSpread => Get();
    public string ColRankable => Get();
    public string ColFlagged => Get();
    public string ColOwnRank => Get();
    public string StatsforvaltereHeading => Get();
    public string StatsforvaltereIntro => Get();
    public string StatsforvalterCaption(string name, int route1, int route2) => Format([name, route1, route2]);
    public string KommunerHeading => Get();
    public string KommunerIntro(int route1, int route2) => Format([route1, route2]);
    public string KommunerIntroProposal(int count) => Format([count]);
    public string Route2Badge(int order) => Format([order]);
    public string KommuneRoute1(long points, long possible, string share, int rank, int ranked, int cut, string taken) => Format([points, possible, share, rank, ranked, cut, taken]);
    public string KommuneNotRanked(string status) => Format([status]);
    public string Taken => Get();
    public string NotTaken => Get();
    public string KommuneRoute2(string measure, string spread, string threshold, int rankable, int schools, int flagged, string highest) => Format([measure, spread, threshold, rankable, schools, flagged, highest]);
    public string KommuneNoSpread(int rankable) => Format([rankable]);
    public string HoverSchool(string name, string share, int rank) => Format([name, share, rank]);
    public string KommuneSchoolsAlt(string kommune, int schools, int flagged) => Format([kommune, schools, flagged]);
    public string KommuneSchoolsCaption => Get();
    public string KommuneSchoolsMore(int shown, int schools) => Format([shown, schools]);
    public string ColSchool => Get();
    public string ColShare => Get();
    public string ColFlaggedYesNo => Get();
    public string IndicatorsHeading => Get();
    public string IndicatorsOwn(string list) => Format([list]);
    public string IndicatorsSchools(string list) => Format([list]);
    public string IndicatorPointsText(string name, long points, long possible) => Format([name, points, possible]);
    public string NoPoints => Get();
    public string ExplainSummary(string nummer) => Format([nummer]);
    public string ExplainTooLong(int schools, string nummer) => Format([schools, nummer]);
    public string Route1Word => Get();
    public string Route2Word => Get();
    public string NoRouteWord => Get();
    public string Yes => Get();
    public string No => Get();
    public string ProposalHeading => Get();
    public string ProposalIntro(int taken, int route1, int route2, int route2Max) => Format([taken, route1, route2, route2Max]);
    public string ProposalLine(string taken, string route, string priority, string place, string from) => Format([taken, route, priority, place, from]);
    public string ProposalReason(string reason) => Format([reason]);
    public string NoAnswer => Get();
    public string ColPriority => Get();
    public string ColPlace => Get();
    public string ColTaken => Get();
    public string ColAnswerFrom => Get();
    public string ColReason => Get();
    public string StabilityKommunerHeading => Get();
    public string StabilityKommunerIntro(int count, string firm, string band) => Format([count, firm, band]);
    public string AxisKommunerByP => Get();
    public string AxisPSelected => Get();
    public string LegendNoRoute => Get();
    public string HoverStability(string name, string pSelected, string pRoute1, string pRoute2, string route) => Format([name, pSelected, pRoute1, pRoute2, route]);
    public string FirmLine(string percent) => Format([percent]);
    public string BandLine(string percent) => Format([percent]);
    public string StabilityKommunerAlt(int count, int firm) => Format([count, firm]);
    public string StabilityKommunerCaption => Get();
    public string ColRouteInRun => Get();
    public string ColPRoute1 => Get();
    public string ColPRoute2 => Get();
    public string ColPSelected => Get();
    public string StabilitySchoolsHeading => Get();
    public string StabilitySchoolsIntro(int flagged) => Format([flagged]);
    public string AxisPFlagged => Get();
    public string LegendFlaggedInRun => Get();
    public string LegendNotFlaggedInRun => Get();
    public string StabilitySchoolsAlt(int firm, int band) => Format([firm, band]);
    public string StabilitySchoolsCaption => Get();
    public string ColPFlaggedRange => Get();
    public string ColPFlagged => Get();
    public string ColRankRange => Get();
    public string TableUncertainSchools(int count, int shown) => Format([count, shown]);
    public string CompareSide(string folder, string runId, string rules, string years) => Format([folder, runId, rules, years]);
    public string CompareKommunerText(int entered, int left, int stayed, int routeChanged) => Format([entered, left, stayed, routeChanged]);
    public string CompareSchoolsText(int newlyFlagged, int noLonger) => Format([newlyFlagged, noLonger]);
    public string CompareKommunerHeading => Get();
    public string CompareKommunerIntro => Get();
    public string AxisShareA => Get();
    public string AxisShareB => Get();
    public string LegendNeither => Get();
    public string LegendStayed => Get();
    public string LegendLeft => Get();
    public string LegendEntered => Get();
    public string HoverCompare(string name, string routeA, string routeB) => Format([name, routeA, routeB]);
    public string CompareKommunerAlt(int entered, int left) => Format([entered, left]);
    public string CompareKommunerCaption => Get();
    public string TableRouteChanged(int count) => Format([count]);
    public string ColRouteA => Get();
    public string ColRouteB => Get();
    public string ColRankA => Get();
    public string ColRankB => Get();
    public string ColWhy => Get();
    public string CompareSchoolsHeading => Get();
    public string CompareSchoolsIntro(int changed, int shown) => Format([changed, shown]);
    public string LegendNewlyFlagged => Get();
    public string LegendNoLongerFlagged => Get();
    public string CompareSchoolsAlt(int changed) => Format([changed]);
    public string CompareSchoolsCaption => Get();
    public string ColFlaggedA => Get();
    public string ColFlaggedB => Get();
    public string ColShareA => Get();
    public string ColShareB => Get();
    public string FolderWord => Get();
    public string NoManifest(string folder, string manifest) => Format([folder, manifest]);
    public string ManifestNotOurs(string folder, string manifest) => Format([folder, manifest]);
    public string PanelFolder(string folder) => Format([folder]);
    public string UnknownKind(string folder, string kind) => Format([folder, kind]);
    public string ProposalRunMissing(string folder) => Format([folder]);
    public string ProposalOtherRun(string proposal, string proposalRun, string run, string runId) => Format([proposal, proposalRun, run, runId]);

    /// <summary>The page's <c>lang</c>.</summary>
    internal string HtmlLanguage => English ? "en" : "nb";

    /// <summary>plotly's decimal and thousands separators.</summary>
    internal string PlotSeparators => English ? ".," : ", ";

    /// <summary>A share (0.472) as a percentage: <c>47,2 %</c> or <c>47.2%</c>; a dash when there is none.</summary>
    internal string Percent(double? share, int decimals = 1)
    {
        if (share is not { } s)
            return "–";
        var text = (s * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return English ? text + "%" : text.Replace('.', ',') + " %";
    }

    /// <summary>A number with up to four decimals, trailing zeros dropped, in the language's decimal mark.</summary>
    internal string Number(double value)
    {
        var text = Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
        return English ? text : text.Replace('.', ',');
    }

    /// <summary>School years as a list: <c>2021-22, 2022-23 og 2023-24</c>.</summary>
    internal string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + (English ? " and " : " og ") + items[^1],
    };

    /// <summary>The spread measure in words (<c>sd</c> → <c>standardavvik</c>).</summary>
    internal string Measure(string measure) => Resources.GetString("Measure_" + measure, Language) ?? measure;

    /// <summary>A route in words: <c>rute 1</c>, <c>rute 2</c>, <c>ingen rute</c>.</summary>
    internal string RouteWord(int? route) => route switch { 1 => Route1Word, 2 => Route2Word, _ => NoRouteWord };

    internal string YesNo(bool value) => value ? Yes : No;

    /// <summary>An indicator in words, by its code (keys <c>Indicator_&lt;code&gt;</c>); the code itself when unknown.</summary>
    internal string IndicatorName(string code) => Resources.GetString("Indicator_" + code, Language) ?? code;

    /// <summary>A data set's name for a notice, or the word for data when the folder does not record one.</summary>
    internal string DataSetOf(string name) => name.Length > 0 ? name : GlanceData.ToLowerInvariant();
}
