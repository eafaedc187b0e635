using System.Globalization;
using Selection.Core;
using Selection.IO.Input;
using Selection.IO.Rules;

namespace Selection.IO.Output;

/// <summary>
/// The run summary a person reads on the console and in <c>sammendrag.txt</c>: what went in, what was
/// left out and why, what came out. Holds no absolute paths, so it is the same wherever the run was made.
/// </summary>
public static class RunSummary
{
    public static IReadOnlyList<string> Lines(SelectionResult result, LoadedDataSet data, LoadedRules rules, RunNotices notices, int shortlists, int warnings)
    {
        var c = result.Counts;
        var r = result.Rules;
        var lines = new List<string>();
        if (notices.IllustrativeRules)
            lines.Add($"!! {RunNotices.IllustrativeMark} ({r.Name}): not an official selection. Provenance: {r.Provenance}");
        if (notices.SyntheticData)
            lines.Add($"!! {RunNotices.SyntheticMark} ({notices.DataSetName}): not real schools.");

        lines.Add($"Rules         {r.Name} (format {r.Version}, {RulesSourceName(rules.Source)}), kommune structure {r.KommuneStructure}");
        lines.Add($"Data          {notices.DataSetName}");
        lines.AddRange(data.Sources.Select(s => "  " + s.Describe()));
        lines.Add($"Window        {string.Join(", ", result.Window)} ({r.WindowYears} school {(r.WindowYears == 1 ? "year" : "years")} ending {result.LastYear})");

        var limits = result.Limits.All;
        lines.Add($"Nat. limits   {limits.Count} indicator-years: {limits.Count(l => l.Source == LimitSource.NationalRow)} from nasjonalt, " +
                  $"{limits.Count(l => l.Source != LimitSource.NationalRow)} computed ({ModeName(r.NationalLimit)})" +
                  (result.Limits.Missing.Count == 0 ? "" : $"; NO LIMIT for {string.Join(", ", result.Limits.Missing.Select(m => $"{m.Indicator} {m.Year}"))}: those observations give no points"));

        var rank = result.SchoolRanking;
        lines.Add($"Schools       {c.SchoolsInRegister} in the register");
        lines.Add($"  ranked      {c.SchoolsRanked}; flagged {c.SchoolsFlagged} (rank ≤ {rank.Cut} = ⌈{Percent(r.TopShare)} × {rank.Rankable}⌉)");
        if (rank.TieAtCut is { } tie)
            lines.Add($"  tie at cut  {tie.Size} schools share rank {tie.Rank}: all are flagged, {tie.Extra} more than the cut");
        if (rank.ZeroShareUnflagged > 0)
            lines.Add($"  share 0     {rank.ZeroShareUnflagged} schools at share 0 left unflagged though ranked within the cut: zero is not a risk");
        lines.Add($"  excluded    {c.SchoolsPrivateExcluded} private (rules leave private schools out), " +
                  $"{c.SchoolsOutsideKommune} outside any kommune (Svalbard, abroad)" +
                  (r.IncludePrivateSchools ? " (private schools take part by rule)" : ""));
        lines.Add($"  not ranked  {c.SchoolsNotRankable} with fewer than {r.MinPossiblePoints} possible risikopoeng ({c.SchoolsWithoutDataInWindow} with no data in the window)");
        if (c.SchoolsMapped > 0)
            lines.Add($"  mapped      {c.SchoolsMapped} registered under a kommunenummer of another structure (see omkodede_skoler.csv)");

        lines.Add($"Observations  {c.ObservationsRead} read: {c.ObservationsScored} scored, {c.ObservationsOutsideWindow} outside the window, " +
                  $"{c.ObservationsOfExcludedSchools} of excluded schools, {c.ObservationsMissingValue} suppressed or missing, " +
                  $"{c.ObservationsWithoutLimit} without a national limit, {c.ObservationsIndicatorNotUsed} of indicators the rules leave out");

        var route1 = result.Route1;
        lines.Add($"Kommuner      {result.Structure.Kommuner.Count} in the {result.Structure.Year} structure, {route1.Ranked} ranked on their own values");
        if (route1.ThinEvidence > 0)
            lines.Add($"  thin        {route1.ThinEvidence} kommuner not ranked on route 1: their own values give fewer than {r.MinKommunePossiblePoints} possible risikopoeng" +
                      (rules.UsesDefault("minKommunePossiblePoints") ? " (minKommunePossiblePoints: the default, not in the rules file)" : ""));
        lines.Add($"  route 1     {route1.Taken} (rank ≤ {route1.Cut})" +
                  (route1.TieAtCut is { } t1 ? $"; {t1.Size} kommuner share rank {t1.Rank}: all are taken, {t1.Extra} more than {route1.Cut}" : "") +
                  (route1.ZeroShareNotTaken > 0 ? $"; {route1.ZeroShareNotTaken} kommuner at share 0 not taken: zero is not a risk" : ""));
        lines.AddRange(Names(result.Route1Kommuner.OrderBy(k => k.Rank).ThenBy(k => k.Kommune.Nummer).Select(k => $"{k.Kommune.Navn} ({k.Kommune.Nummer}, rank {k.Rank})")));
        lines.Add($"  route 2     {result.Route2Candidates.Count} candidates (≥ 2 rankable schools, spread {SpreadName(r.Spread.Measure)} > {Invariant(r.Spread.Threshold)}, ≥ 1 flagged school); the final selection takes up to {r.Route2Max}");
        lines.AddRange(Names(result.Route2Candidates.OrderBy(k => k.Route2Order).Select(k => $"{k.Route2Order}. {k.Kommune.Navn} ({k.Kommune.Nummer})")));
        lines.Add($"Shortlists    {shortlists} statsforvaltere with candidates");
        if (warnings > 0)
            lines.Add($"Warnings      {warnings} in the input (`selection validate` lists them)");
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

    private static string RulesSourceName(string source) =>
        source.StartsWith("preset:", StringComparison.Ordinal) ? source.Replace("preset:", "preset ", StringComparison.Ordinal) : Path.GetFileName(source);

    private static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ModeName(Core.Rules.NationalLimitMode mode) => mode switch
    {
        Core.Rules.NationalLimitMode.DataOrPupilWeightedMean => "pupil-weighted mean where nasjonalt has no row",
        Core.Rules.NationalLimitMode.PupilWeightedMean => "pupil-weighted mean; nasjonalt ignored by rule",
        Core.Rules.NationalLimitMode.SchoolMean => "school mean; nasjonalt ignored by rule",
        _ => mode.ToString(),
    };

    private static string SpreadName(Core.Rules.SpreadMeasure measure) => measure switch
    {
        Core.Rules.SpreadMeasure.Sd => "sd",
        Core.Rules.SpreadMeasure.Range => "range",
        Core.Rules.SpreadMeasure.MaxMinusMedian => "max − median",
        _ => measure.ToString(),
    };
}
