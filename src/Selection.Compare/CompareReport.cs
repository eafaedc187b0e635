using System.Globalization;
using Selection.IO.Output;

namespace Selection.Compare;

/// <summary>
/// A <see cref="Comparison"/> for people: the summary (counts first, then one line of why per kommune
/// whose route changed and per school whose flag changed, then the causes common to all), and the
/// <c>hvorfor</c> text of each row. In the language of the UI culture (<see cref="CompareTexts"/>).
/// </summary>
public static class CompareReport
{
    /// <summary>At most this many school lines in the summary; the CSV has them all.</summary>
    public const int MaxSchoolLines = 20;

    /// <summary>At most this many indicator-years named in one line of why.</summary>
    private const int MaxEvidence = 3;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>A measured value as written, without trailing zeros, with the language's decimal mark: 40.50 → 40,5 in bokmål.</summary>
    public static string Number(decimal value)
    {
        var text = value.ToString("G29", Invariant);
        return English ? text : text.Replace('.', ',');
    }

    /// <summary>A value, limit or floor for reading: at most four decimals (a mean has 28; the exact value is in the runs' evidence).</summary>
    private static string Value(decimal value) => Number(Math.Round(value, 4));

    private static string Number(double? value) => value is null ? "–" : Number(Math.Round((decimal)value.Value, 4));

    private static string Int(long? value) => value?.ToString(Invariant) ?? "–";

    private static string Fraction(long? points, long? possible) => points is null || possible is null ? "–" : $"{Int(points)}/{Int(possible)}";

    private static string Both<T>(T a, T b, Func<T, string> show) => EqualityComparer<T>.Default.Equals(a, b) ? show(a) : $"{show(a)} → {show(b)}";

    private static string Route(int? route) => route is { } r ? CompareTexts.RouteWord(r) : CompareTexts.RouteNone;

    /// <summary>The summary, line by line: what compare prints and writes to <c>sammendrag.txt</c>.</summary>
    public static IReadOnlyList<string> Summary(Comparison c)
    {
        var lines = new List<string> { CompareTexts.Title };
        lines.Add(Side("A", c.A));
        lines.Add(Side("B", c.B));
        lines.Add("");

        var lists = new List<(string Label, ListChange Change)>
        {
            (CompareTexts.ListFlagged, c.Flagged),
            (CompareTexts.ListRoute1, c.Route1),
            (CompareTexts.ListRoute2, c.Route2),
        };
        if (c.Selected is { } selected)
            lists.Add((CompareTexts.ListSelected, selected));
        var width = lists.Max(l => l.Label.Length);
        foreach (var (label, change) in lists)
            lines.Add(CompareTexts.CountLine(label.PadRight(width), change.CountA, change.CountB, change.Entered.Count, change.Left.Count));

        if (c.NoChange)
        {
            lines.Add(CompareTexts.NoChange);
        }
        else
        {
            var schoolsBoth = c.Schools.Where(s => s.A is not null && s.B is not null).ToArray();
            var kommunerBoth = c.Kommuner.Where(k => k.A is not null && k.B is not null).ToArray();
            lines.Add(CompareTexts.RankShareLine(
                schoolsBoth.Count(RankOrShareChanged), schoolsBoth.Length, kommunerBoth.Count(RankOrShareChanged), kommunerBoth.Length));

            var routes = c.Kommuner.Where(k => k.RouteChanged).ToArray();
            if (routes.Length > 0)
            {
                lines.Add("");
                lines.Add(CompareTexts.KommunerHeading(routes.Length));
                lines.AddRange(routes.Select(k => "  " + KommuneLine(c, k)));
            }
            var proposalOnly = c.Kommuner.Where(k => !k.RouteChanged && c.BothProposals && k.TakenA != k.TakenB).ToArray();
            if (proposalOnly.Length > 0)
            {
                lines.Add("");
                lines.Add(CompareTexts.ProposalHeading(proposalOnly.Length));
                lines.AddRange(proposalOnly.Select(k => "  " + KommuneLine(c, k)));
            }
            var flags = c.Schools.Where(s => s.FlagChanged).ToArray();
            if (flags.Length > 0)
            {
                lines.Add("");
                lines.Add(CompareTexts.SchoolsHeading(flags.Length));
                lines.AddRange(flags.Take(MaxSchoolLines).Select(s => "  " + SchoolLine(c, s)));
                if (flags.Length > MaxSchoolLines)
                    lines.Add("  " + CompareTexts.MoreSchools(flags.Length - MaxSchoolLines));
            }
        }

        lines.Add("");
        lines.Add(CompareTexts.CausesHeading);
        lines.AddRange(Causes(c).Select(l => "  " + l));
        return lines;
    }

    private static bool RankOrShareChanged(SchoolDiff s) => s.A!.Rank != s.B!.Rank || s.A.Points != s.B.Points || s.A.Possible != s.B.Possible;

    private static bool RankOrShareChanged(KommuneDiff k) => k.A!.Rank != k.B!.Rank || k.A.Points != k.B.Points || k.A.Possible != k.B.Possible;

    private static string Side(string label, ComparedRun run)
    {
        var years = string.Join(", ", run.Years);
        return run.Proposal is { } p
            ? CompareTexts.SideProposal(label, Path.GetFullPath(p.Path), run.RunId, Path.GetFullPath(run.Path), run.RulesName, years)
            : CompareTexts.SideRun(label, Path.GetFullPath(run.Path), run.RunId, run.RulesName, years);
    }

    /// <summary>The causes common to every row: input files, rules keys, the window, the kommune structure, the engine.</summary>
    public static IReadOnlyList<string> Causes(Comparison c)
    {
        var lines = new List<string>();
        var files = c.Data.Where(f => !f.Same).Select(f => f.A is null ? CompareTexts.FileOnlyB(f.File) : f.B is null ? CompareTexts.FileOnlyA(f.File) : CompareTexts.FileChanged(f.File)).ToArray();
        lines.Add(files.Length == 0 ? CompareTexts.DataSame(c.Data.Count) : CompareTexts.DataChanged(string.Join(", ", files)));
        if (c.Rules.Count == 0)
        {
            lines.Add(CompareTexts.RulesSame);
        }
        else
        {
            lines.Add(c.Rules.Count == 1 ? CompareTexts.RulesChangedOne : CompareTexts.RulesChanged(c.Rules.Count));
            lines.AddRange(c.Rules.Select(r => $"  {r.Key}: {r.A ?? CompareTexts.RulesMissing} → {r.B ?? CompareTexts.RulesMissing}"));
        }
        lines.Add(c.WindowMoved
            ? CompareTexts.WindowMoved(string.Join(", ", c.A.Years), string.Join(", ", c.B.Years))
            : CompareTexts.WindowSame(string.Join(", ", c.A.Years)));
        if (c.StructureDiffers)
            lines.Add(CompareTexts.StructureDiffers(c.A.Structure, c.B.Structure));
        if (c.A.EngineVersion != c.B.EngineVersion)
            lines.Add(CompareTexts.EngineDiffers(c.A.EngineVersion, c.B.EngineVersion));
        return lines;
    }

    // ---- kommuner -------------------------------------------------------------------------------

    /// <summary>One line: the kommune, its route in A and B, and why.</summary>
    public static string KommuneLine(Comparison c, KommuneDiff k) =>
        CompareTexts.KommuneLine(k.Nummer, k.Navn, Route(k.A?.Route), Route(k.B?.Route), KommuneWhy(c, k));

    /// <summary>
    /// Why a kommune differs: how it was matched across structures; its own share and rank against route
    /// 1's cut with the indicator-years that moved them (when route 1 is involved); the route-2 conditions
    /// and the schools whose flag changed (when route 2 is involved); the proposal's decision.
    /// </summary>
    public static string KommuneWhy(Comparison c, KommuneDiff k)
    {
        var parts = new List<string>();
        if (Match(c, k) is { } match)
            parts.Add(match);
        if (k.A is null || k.B is null)
        {
            parts.Add(k.A is null ? CompareTexts.OnlyInB : CompareTexts.OnlyInA);
            return string.Join(" ", parts);
        }
        var a = k.A;
        var b = k.B;
        var route1 = a.Route == 1 || b.Route == 1;
        var route2 = a.Route == 2 || b.Route == 2;
        // Route 2 alone (candidate in one run, no route in the other) is decided by its three conditions, not by the kommune's own share.
        if (route1 || !route2 || a.Status != b.Status)
        {
            parts.Add(CompareTexts.KommuneShare(
                Fraction(a.Points, a.Possible), Fraction(b.Points, b.Possible), Int(a.Rank), Int(b.Rank), Both(c.A.Route1Cut, c.B.Route1Cut, n => Int(n))));
            if (a.Status != b.Status)
                parts.Add(CompareTexts.KommuneStatus(a.Status, b.Status));
            parts.Add(k.Evidence.Count == 0 ? CompareTexts.KommuneNoEvidence : EvidenceText(k.Evidence));
        }
        if (route2)
        {
            parts.Add(CompareTexts.Route2Conditions(
                a.FlaggedSchools, b.FlaggedSchools, Number(a.Spread), Number(b.Spread),
                Both(c.A.SpreadThreshold, c.B.SpreadThreshold, Number), a.RankableSchools, b.RankableSchools));
            if (k.FlagChanges.Count > 0)
                parts.Add(CompareTexts.FlagChanges(string.Join(", ", k.FlagChanges.Select(s => s.FlaggedB ? CompareTexts.NowFlagged(s.Navn) : CompareTexts.NoLongerFlagged(s.Navn)))));
        }
        if (k.TakenA != k.TakenB && k.TakenA is not null && k.TakenB is not null)
            parts.Add(CompareTexts.TakenChange(k.TakenA.Value ? CompareTexts.Taken : CompareTexts.NotTaken, k.TakenB.Value ? CompareTexts.Taken : CompareTexts.NotTaken));
        return string.Join(" ", parts);
    }

    /// <summary>
    /// How a kommune was matched across structures, or <c>null</c> within one: «Ålesund (2024) sammenlignet
    /// med forgjengeren Ålesund 1507 (2020).», and for a split or merge which kommuner share the counterpart.
    /// </summary>
    public static string? Match(Comparison c, KommuneDiff k)
    {
        if (!c.StructureDiffers || k.A is null || k.B is null || !k.Matched)
            return null;
        var aOlder = c.A.Structure < c.B.Structure;
        var text = CompareTexts.MatchedOne(k.B.Navn, c.B.Structure, aOlder ? CompareTexts.Predecessor : CompareTexts.Successor, k.A.Navn, k.A.Nummer, c.A.Structure);
        static string Names(IEnumerable<KommuneRow> rows) => string.Join(", ", rows.OrderBy(r => r.Nummer, StringComparer.Ordinal).Select(r => $"{r.Navn} {r.Nummer}"));
        var otherB = k.OtherB;
        var otherA = k.OtherA;
        if (otherB.Count > 0)
        {
            // A's kommune has several counterparts in B.
            var a = $"{k.A.Navn} {k.A.Nummer}";
            var bs = Names(otherB.Append(k.B));
            text += " " + (aOlder ? CompareTexts.SplitInto(a, bs) : CompareTexts.MergedInto(bs, a));
        }
        if (otherA.Count > 0)
        {
            var b = $"{k.B.Navn} {k.B.Nummer}";
            var @as = Names(otherA.Append(k.A));
            text += " " + (aOlder ? CompareTexts.MergedInto(@as, b) : CompareTexts.SplitInto(b, @as));
        }
        return text;
    }

    // ---- schools --------------------------------------------------------------------------------

    /// <summary>One line: the school, its flag in A and B, and why.</summary>
    public static string SchoolLine(Comparison c, SchoolDiff s)
    {
        var row = s.B ?? s.A!;
        var kommune = row.Kommunenavn.Length > 0 ? $"{row.Kommunenummer} {row.Kommunenavn}" : row.Kommunenummer;
        return CompareTexts.SchoolLine(s.OrgNr, s.Navn, kommune,
            s.FlaggedA ? CompareTexts.Flagged : CompareTexts.NotFlagged, s.FlaggedB ? CompareTexts.Flagged : CompareTexts.NotFlagged, SchoolWhy(c, s));
    }

    /// <summary>Why a school differs: its share and rank against the flag cut, and the indicator-years whose points changed.</summary>
    public static string SchoolWhy(Comparison c, SchoolDiff s)
    {
        if (s.A is null || s.B is null)
            return s.A is null ? CompareTexts.OnlyInB : CompareTexts.OnlyInA;
        var share = CompareTexts.SchoolShare(
            Fraction(s.A.Points, s.A.Possible), Fraction(s.B.Points, s.B.Possible), Int(s.A.Rank), Int(s.B.Rank),
            Both(c.A.SchoolCut, c.B.SchoolCut, n => Int(n)));
        return share + " " + (s.Evidence.Count == 0 ? CompareTexts.SchoolNoEvidence : EvidenceText(s.Evidence));
    }

    // ---- evidence -------------------------------------------------------------------------------

    /// <summary>
    /// The indicator-years that changed most, each with what changed and its points («GSP 2023-24: verdien
    /// 45 → 30, poeng 0 → 3 (vektet 0 → 9)»), then the school years that left or entered the window, each
    /// summed («2020-21 er ute av vinduet (12 av 39 mulige poeng)»).
    /// </summary>
    public static string EvidenceText(IReadOnlyList<EvidenceDiff> evidence)
    {
        static bool Window(EvidenceDiff d) => d.Causes.Contains(EvidenceCause.OnlyInWindowA) || d.Causes.Contains(EvidenceCause.OnlyInWindowB);
        var named = evidence.Where(d => !Window(d)).ToArray();
        var parts = named.Take(MaxEvidence).Select(Evidence).ToList();
        parts.AddRange(evidence.Where(d => d.Causes.Contains(EvidenceCause.OnlyInWindowA)).GroupBy(d => d.Year).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => CompareTexts.EvidenceWindowOut(g.Key, g.Sum(d => d.A!.Weighted), g.Sum(d => d.A!.Possible))));
        parts.AddRange(evidence.Where(d => d.Causes.Contains(EvidenceCause.OnlyInWindowB)).GroupBy(d => d.Year).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => CompareTexts.EvidenceWindowIn(g.Key, g.Sum(d => d.B!.Weighted), g.Sum(d => d.B!.Possible))));
        var text = string.Join("; ", parts);
        return named.Length > MaxEvidence ? $"{text} ({CompareTexts.EvidenceMore(named.Length - MaxEvidence)})." : text + ".";
    }

    /// <summary>One indicator-year: what changed (value, limit, floor, weight, window, missing) and the points in A and B.</summary>
    public static string Evidence(EvidenceDiff d)
    {
        var what = d.Causes.Select(cause => cause switch
        {
            EvidenceCause.ValueChanged => CompareTexts.EvidenceValue(Value(d.A!.Value), Value(d.B!.Value)),
            EvidenceCause.LimitChanged => CompareTexts.EvidenceLimit(Value(d.A!.Limit), Value(d.B!.Limit)),
            EvidenceCause.FloorChanged => CompareTexts.EvidenceFloor(Value(d.A!.Floor), Value(d.B!.Floor)),
            EvidenceCause.WeightChanged => CompareTexts.EvidenceWeight(d.A!.Weight, d.B!.Weight),
            EvidenceCause.OnlyInWindowA => CompareTexts.EvidenceOnlyWindowA(Value(d.A!.Value)),
            EvidenceCause.OnlyInWindowB => CompareTexts.EvidenceOnlyWindowB(Value(d.B!.Value)),
            EvidenceCause.NoValueInA => CompareTexts.EvidenceNoValueA(Value(d.B!.Value)),
            EvidenceCause.NoValueInB => CompareTexts.EvidenceNoValueB(Value(d.A!.Value)),
            _ => cause.ToString(),
        }).ToList();
        var pointsA = d.A?.Points.ToString(Invariant) ?? "–";
        var pointsB = d.B?.Points.ToString(Invariant) ?? "–";
        var weighted = (d.A?.Weight ?? 1) != 1 || (d.B?.Weight ?? 1) != 1;
        what.Add(weighted
            ? CompareTexts.EvidencePointsWeighted(pointsA, pointsB, d.A?.Weighted.ToString(Invariant) ?? "–", d.B?.Weighted.ToString(Invariant) ?? "–")
            : CompareTexts.EvidencePoints(pointsA, pointsB));
        return $"{d.Indicator} {d.Year}: {string.Join(", ", what)}";
    }

    // ---- tables ---------------------------------------------------------------------------------

    public static readonly IReadOnlyList<string> SchoolColumns =
    [
        "orgnr", "skolenavn", "kommunenummer", "flagget_a", "flagget_b", "rang_a", "rang_b", "andel_a", "andel_b",
        "risikopoeng_a", "risikopoeng_b", "mulige_risikopoeng_a", "mulige_risikopoeng_b", "status_a", "status_b",
        "kommunenummer_a", "kommunenummer_b", "endret", "hvorfor",
    ];

    public static readonly IReadOnlyList<string> KommuneColumns =
    [
        "kommunenummer", "kommunenavn", "i_a", "i_b", "rute_a", "rute_b", "rang_a", "rang_b", "andel_a", "andel_b",
        "risikopoeng_a", "risikopoeng_b", "mulige_risikopoeng_a", "mulige_risikopoeng_b",
        "antall_flaggede_skoler_a", "antall_flaggede_skoler_b", "spredning_a", "spredning_b",
        "kommunenummer_a", "kommunenummer_b", "tatt_med_a", "tatt_med_b", "endret", "hvorfor",
    ];

    private static string Share(double? share) => share is { } v ? Formats.Decimal6(v) : "";

    /// <summary>Every school matched, by orgnr; <c>hvorfor</c> is filled where <c>endret</c> is true.</summary>
    public static IEnumerable<IReadOnlyList<string>> SchoolRows(Comparison c) => c.Schools.Select(s => (IReadOnlyList<string>)
    [
        s.OrgNr, s.Navn, (s.B ?? s.A!).Kommunenummer,
        Formats.Bool(s.FlaggedA), Formats.Bool(s.FlaggedB), Formats.Int(s.A?.Rank), Formats.Int(s.B?.Rank),
        Share(s.A?.Share), Share(s.B?.Share), Formats.Int(s.A?.Points), Formats.Int(s.B?.Points),
        Formats.Int(s.A?.Possible), Formats.Int(s.B?.Possible), s.A?.Status ?? "", s.B?.Status ?? "",
        s.A?.Kommunenummer ?? "", s.B?.Kommunenummer ?? "", Formats.Bool(s.Changed), s.Changed ? SchoolWhy(c, s) : "",
    ]);

    /// <summary>Every kommune pair matched, by B's number then A's; <c>hvorfor</c> is filled where <c>endret</c> is true.</summary>
    public static IEnumerable<IReadOnlyList<string>> KommuneRows(Comparison c) => c.Kommuner.Select(k => (IReadOnlyList<string>)
    [
        k.Nummer, k.Navn, Formats.Bool(k.InA), Formats.Bool(k.InB), Formats.Int(k.A?.Route), Formats.Int(k.B?.Route),
        Formats.Int(k.A?.Rank), Formats.Int(k.B?.Rank), Share(k.A?.Share), Share(k.B?.Share),
        Formats.Int(k.A?.Points), Formats.Int(k.B?.Points), Formats.Int(k.A?.Possible), Formats.Int(k.B?.Possible),
        Formats.Int(k.A?.FlaggedSchools), Formats.Int(k.B?.FlaggedSchools), Share(k.A?.Spread), Share(k.B?.Spread),
        k.A?.Nummer ?? "", k.B?.Nummer ?? "",
        k.TakenA is { } ta ? Formats.Bool(ta) : "", k.TakenB is { } tb ? Formats.Bool(tb) : "",
        Formats.Bool(k.Changed), k.Changed ? KommuneWhy(c, k) : "",
    ]);
}
