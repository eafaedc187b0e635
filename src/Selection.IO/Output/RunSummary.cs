using System.Globalization;
using Selection.Core;
using Selection.IO.Input;
using Selection.IO.Rules;

namespace Selection.IO.Output;

/// <summary>
/// The run summary a person reads on the console and in <c>sammendrag.txt</c>: what went in, what was
/// left out and why, what came out. Holds no absolute paths, so it is the same wherever the run was made. In the run's
/// language (<c>--language</c>): bokmål by default, English on request; the texts are in SummaryTexts.resx.
/// </summary>
public static class RunSummary
{
    /// <summary>
    /// The summary's lines in <paramref name="language"/> (bokmål by default; see <see cref="Texts.TextLanguage"/>).
    /// The same run in the same language gives the same lines.
    /// </summary>
    public static IReadOnlyList<string> Lines(SelectionResult result, LoadedDataSet data, LoadedRules rules, RunNotices notices, int shortlists, int warnings, CultureInfo? language = null)
    {
        var t = new SummaryTexts(language ?? Texts.TextLanguage.Bokmal);
        var c = result.Counts;
        var r = result.Rules;
        var lines = new List<string>();
        if (notices.IllustrativeRules)
            lines.Add(t.IllustrativeNotice(r.Name, r.Provenance));
        if (notices.SyntheticData)
            lines.Add(t.SyntheticNotice(notices.DataSetName));

        lines.Add(t.Rules(r.Name, r.Version, RulesSourceName(rules.Source, t), r.KommuneStructure));
        lines.Add(t.Data(notices.DataSetName));
        lines.AddRange(data.Sources.Select(s => t.Source(
            s.File, s.Rows, s.RowsUsed, s.Format,
            s.Ignored.Count == 0 ? "" : t.SourceIgnored(string.Join(", ", s.Ignored.Select(i => t.SourceIgnoredRows(i.Count, i.Reason)))))));
        var last = r.LastSchoolYear switch
        {
            null => result.LastYear.ToString(),
            { } fixedYear when fixedYear == result.LastYear => t.WindowLastFromRules(result.LastYear.ToString()),
            { } fixedYear => t.WindowLastOverridden(result.LastYear.ToString(), fixedYear.ToString()),
        };
        lines.Add(t.Window(string.Join(", ", result.Window), r.WindowYears, last));

        var limits = result.Limits.All;
        lines.Add(t.Limits(
            limits.Count,
            limits.Count(l => l.Source == LimitSource.NationalRow),
            limits.Count(l => l.Source != LimitSource.NationalRow),
            ModeName(r.NationalLimit, t),
            result.Limits.Missing.Count == 0 ? "" : t.LimitsMissing(string.Join(", ", result.Limits.Missing.Select(m => $"{m.Indicator} {m.Year}")))));

        var rank = result.SchoolRanking;
        lines.Add(t.Schools(c.SchoolsInRegister));
        lines.Add(t.Ranked(c.SchoolsRanked, c.SchoolsFlagged, rank.Cut, Percent(r.TopShare), rank.Rankable));
        if (rank.TieAtCut is { } tie)
            lines.Add(t.TieAtCut(tie.Size, tie.Rank, tie.Extra));
        if (rank.ZeroShareUnflagged > 0)
            lines.Add(t.ZeroShare(rank.ZeroShareUnflagged));
        lines.Add(t.Excluded(c.SchoolsPrivateExcluded, c.SchoolsOutsideKommune, r.IncludePrivateSchools ? t.ExcludedPrivateIncluded : ""));
        if (r.SchoolRegister is not null)
            lines.Add(t.ExcludedByRegister(c.SchoolsSpecialExcluded, c.SchoolsInactiveExcluded, c.SchoolsOutsideGrunnskoleExcluded));
        lines.Add(t.NotRanked(c.SchoolsNotRankable, r.MinPossiblePoints, c.SchoolsWithoutDataInWindow));
        if (c.SchoolsMapped > 0)
            lines.Add(t.Mapped(c.SchoolsMapped));

        lines.Add(t.Observations(c.ObservationsRead, c.ObservationsScored, c.ObservationsOutsideWindow, c.ObservationsOfExcludedSchools,
            c.ObservationsMissingValue, c.ObservationsWithoutLimit, c.ObservationsIndicatorNotUsed));

        var route1 = result.Route1;
        lines.Add(t.Kommuner(result.Structure.Kommuner.Count, result.Structure.Year, route1.Ranked));
        if (result.KommuneRows is { } rows)
            lines.Add(t.KommuneRows(rows.Used, rows.Read, rows.OutsideWindow, rows.IndicatorNotUsed, rows.Suppressed, rows.Split, rows.Merged));
        var inScheme = result.Kommuner.Where(k => k.Status == KommuneStatus.InScheme).OrderBy(k => k.Kommune.Nummer).ToArray();
        if (inScheme.Length > 0)
            lines.Add(t.InScheme(inScheme.Length, r.Participants!.PeriodYears, string.Join(", ", inScheme.Select(k => t.InSchemeKommune(k.Kommune.Navn, k.Kommune.Nummer, k.InSchemeSince!.Value)))));
        if (route1.ThinEvidence > 0)
            lines.Add(t.Thin(route1.ThinEvidence, r.MinKommunePossiblePoints, rules.UsesDefault("minKommunePossiblePoints") ? t.ThinDefault : ""));
        lines.Add(t.Route1(
            route1.Taken,
            route1.Cut,
            route1.TieAtCut is { } t1 ? t.Route1Tie(t1.Size, t1.Rank, t1.Extra, route1.Cut) : "",
            route1.ZeroShareNotTaken > 0 ? t.Route1Zero(route1.ZeroShareNotTaken) : ""));
        lines.AddRange(Names(result.Route1Kommuner.OrderBy(k => k.Rank).ThenBy(k => k.Kommune.Nummer).Select(k => t.Route1Kommune(k.Kommune.Navn, k.Kommune.Nummer, k.Rank))));
        lines.Add(t.Cusp(result.Schools.Count(s => s.PointsToCut == 1), result.Kommuner.Count(k => k.PointsToRoute1 == 1)));
        lines.Add(t.Route2(result.Route2Candidates.Count, SpreadName(r.Spread.Measure, t), Invariant(r.Spread.Threshold), r.Route2Max));
        lines.AddRange(Names(result.Route2Candidates.OrderBy(k => k.Route2Order).Select(k => $"{k.Route2Order}. {k.Kommune.Navn} ({k.Kommune.Nummer})")));
        lines.Add(t.Shortlists(shortlists));
        if (warnings > 0)
            lines.Add(t.Warnings(warnings));
        return lines;
    }

    /// <summary>Kommune names on indented lines of at most 100 characters, so the summary names every one.</summary>
    private static IEnumerable<string> Names(IEnumerable<string> names)
    {
        var line = new System.Text.StringBuilder();
        foreach (var name in names)
        {
            if (line.Length > 0 && line.Length + 2 + name.Length > 100)
            {
                yield return line.ToString() + ",";
                line.Clear();
            }
            line.Append(line.Length == 0 ? "              " : ", ").Append(name);
        }
        if (line.Length > 0)
            yield return line.ToString();
    }

    private static string RulesSourceName(string source, SummaryTexts t) =>
        source.StartsWith("preset:", StringComparison.Ordinal) ? t.RulesPreset(source["preset:".Length..]) : Path.GetFileName(source);

    private static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ModeName(Core.Rules.NationalLimitMode mode, SummaryTexts t) => mode switch
    {
        Core.Rules.NationalLimitMode.DataOrPupilWeightedMean => t.ModeDataOrPupilWeightedMean,
        Core.Rules.NationalLimitMode.PupilWeightedMean => t.ModePupilWeightedMean,
        Core.Rules.NationalLimitMode.SchoolMean => t.ModeSchoolMean,
        _ => mode.ToString(),
    };

    private static string SpreadName(Core.Rules.SpreadMeasure measure, SummaryTexts t) => measure switch
    {
        Core.Rules.SpreadMeasure.Sd => t.SpreadSd,
        Core.Rules.SpreadMeasure.Range => t.SpreadRange,
        Core.Rules.SpreadMeasure.MaxMinusMedian => t.SpreadMaxMinusMedian,
        _ => measure.ToString(),
    };
}
