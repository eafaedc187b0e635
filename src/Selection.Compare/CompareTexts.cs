using Selection.Core.Texts;

namespace Selection.Compare;

/// <summary>
/// What <c>compare</c> writes for people (the summary, the <c>hvorfor</c> column, its refusals), from
/// <c>CompareTexts.resx</c> (bokmål) and <c>CompareTexts.en.resx</c> (English), in the language of the UI
/// culture the command line sets. File, column and JSON key names are not translated.
/// </summary>
public static class CompareTexts
{
    private static readonly Catalog Texts = new("Selection.Compare.CompareTexts", typeof(CompareTexts).Assembly);

    /// <summary><c>Comparison of two runs</c></summary>
    public static string Title => Texts.Get(nameof(Title));

    /// <summary><c>{0}  {1}: run {2}, rules {3}, school years {4}</c></summary>
    public static string SideRun(object? arg0, object? arg1, object? arg2, object? arg3, object? arg4) => Texts.Format(nameof(SideRun), arg0, arg1, arg2, arg3, arg4);

    /// <summary><c>{0}  {1}: proposal from run {2} ({3}), rules {4}, school years {5}</c></summary>
    public static string SideProposal(object? arg0, object? arg1, object? arg2, object? arg3, object? arg4, object? arg5) => Texts.Format(nameof(SideProposal), arg0, arg1, arg2, arg3, arg4, arg5);

    /// <summary><c>Flagged schools</c></summary>
    public static string ListFlagged => Texts.Get(nameof(ListFlagged));

    /// <summary><c>Route 1</c></summary>
    public static string ListRoute1 => Texts.Get(nameof(ListRoute1));

    /// <summary><c>Route-2 candidates</c></summary>
    public static string ListRoute2 => Texts.Get(nameof(ListRoute2));

    /// <summary><c>Proposal</c></summary>
    public static string ListSelected => Texts.Get(nameof(ListSelected));

    /// <summary><c>{0} {1} → {2}: {3} entered, {4} left</c></summary>
    public static string CountLine(object? arg0, object? arg1, object? arg2, object? arg3, object? arg4) => Texts.Format(nameof(CountLine), arg0, arg1, arg2, arg3, arg4);

    /// <summary><c>Rank or share changed for {0} of {1} schools and {2} of {3} kommuner present in both</c></summary>
    public static string RankShareLine(object? arg0, object? arg1, object? arg2, object? arg3) => Texts.Format(nameof(RankShareLine), arg0, arg1, arg2, arg3);

    /// <summary><c>No change: the same schools are flagged, the same kommuner are taken by route 1 and route 2, and every school and kommune has the same share and rank.</c></summary>
    public static string NoChange => Texts.Get(nameof(NoChange));

    /// <summary><c>Kommuner whose route changed ({0}):</c></summary>
    public static string KommunerHeading(object? arg0) => Texts.Format(nameof(KommunerHeading), arg0);

    /// <summary><c>Kommuner that entered or left the proposal without changing route ({0}):</c></summary>
    public static string ProposalHeading(object? arg0) => Texts.Format(nameof(ProposalHeading), arg0);

    /// <summary><c>Schools whose flag changed ({0}):</c></summary>
    public static string SchoolsHeading(object? arg0) => Texts.Format(nameof(SchoolsHeading), arg0);

    /// <summary><c>… and {0} more schools: all are in endringer_skoler.csv (with --out)</c></summary>
    public static string MoreSchools(object? arg0) => Texts.Format(nameof(MoreSchools), arg0);

    /// <summary><c>Causes:</c></summary>
    public static string CausesHeading => Texts.Get(nameof(CausesHeading));

    /// <summary><c>Data       the same input files ({0} files with the same SHA-256)</c></summary>
    public static string DataSame(object? arg0) => Texts.Format(nameof(DataSame), arg0);

    /// <summary><c>Data       {0}</c></summary>
    public static string DataChanged(object? arg0) => Texts.Format(nameof(DataChanged), arg0);

    /// <summary><c>{0} changed</c></summary>
    public static string FileChanged(object? arg0) => Texts.Format(nameof(FileChanged), arg0);

    /// <summary><c>{0} read by A only</c></summary>
    public static string FileOnlyA(object? arg0) => Texts.Format(nameof(FileOnlyA), arg0);

    /// <summary><c>{0} read by B only</c></summary>
    public static string FileOnlyB(object? arg0) => Texts.Format(nameof(FileOnlyB), arg0);

    /// <summary><c>Rules      the same content</c></summary>
    public static string RulesSame => Texts.Get(nameof(RulesSame));

    /// <summary><c>Rules      {0} keys changed:</c></summary>
    public static string RulesChanged(object? arg0) => Texts.Format(nameof(RulesChanged), arg0);

    /// <summary><c>Rules      1 key changed:</c></summary>
    public static string RulesChangedOne => Texts.Get(nameof(RulesChangedOne));

    /// <summary><c>(missing)</c></summary>
    public static string RulesMissing => Texts.Get(nameof(RulesMissing));

    /// <summary><c>Window     the same: {0}</c></summary>
    public static string WindowSame(object? arg0) => Texts.Format(nameof(WindowSame), arg0);

    /// <summary><c>Window     moved: A {0}; B {1}</c></summary>
    public static string WindowMoved(object? arg0, object? arg1) => Texts.Format(nameof(WindowMoved), arg0, arg1);

    /// <summary><c>Structure  A in the kommune structure {0}, B in {1}: kommuner are matched through the change tables, schools by orgnr</c></summary>
    public static string StructureDiffers(object? arg0, object? arg1) => Texts.Format(nameof(StructureDiffers), arg0, arg1);

    /// <summary><c>Engine     A {0}; B {1}</c></summary>
    public static string EngineDiffers(object? arg0, object? arg1) => Texts.Format(nameof(EngineDiffers), arg0, arg1);

    /// <summary><c>no route</c></summary>
    public static string RouteNone => Texts.Get(nameof(RouteNone));

    /// <summary><c>route {0}</c></summary>
    public static string RouteWord(object? arg0) => Texts.Format(nameof(RouteWord), arg0);

    /// <summary><c>{0} {1}: {2} → {3}. {4}</c></summary>
    public static string KommuneLine(object? arg0, object? arg1, object? arg2, object? arg3, object? arg4) => Texts.Format(nameof(KommuneLine), arg0, arg1, arg2, arg3, arg4);

    /// <summary><c>Own share {0} → {1}, rank {2} → {3} (route 1 takes rank ≤ {4}).</c></summary>
    public static string KommuneShare(object? arg0, object? arg1, object? arg2, object? arg3, object? arg4) => Texts.Format(nameof(KommuneShare), arg0, arg1, arg2, arg3, arg4);

    /// <summary><c>None of the kommune's own indicator-years changed points.</c></summary>
    public static string KommuneNoEvidence => Texts.Get(nameof(KommuneNoEvidence));

    /// <summary><c>Status {0} → {1}.</c></summary>
    public static string KommuneStatus(object? arg0, object? arg1) => Texts.Format(nameof(KommuneStatus), arg0, arg1);

    /// <summary><c>Route 2: flagged schools {0} → {1}, spread {2} → {3} (threshold {4}), rankable schools {5} → {6}.</c></summary>
    public static string Route2Conditions(object? arg0, object? arg1, object? arg2, object? arg3, object? arg4, object? arg5, object? arg6) => Texts.Format(nameof(Route2Conditions), arg0, arg1, arg2, arg3, arg4, arg5, arg6);

    /// <summary><c>Schools whose flag changed: {0}.</c></summary>
    public static string FlagChanges(object? arg0) => Texts.Format(nameof(FlagChanges), arg0);

    /// <summary><c>{0} flagged</c></summary>
    public static string NowFlagged(object? arg0) => Texts.Format(nameof(NowFlagged), arg0);

    /// <summary><c>{0} no longer flagged</c></summary>
    public static string NoLongerFlagged(object? arg0) => Texts.Format(nameof(NoLongerFlagged), arg0);

    /// <summary><c>Proposal: {0} → {1}.</c></summary>
    public static string TakenChange(object? arg0, object? arg1) => Texts.Format(nameof(TakenChange), arg0, arg1);

    /// <summary><c>taken</c></summary>
    public static string Taken => Texts.Get(nameof(Taken));

    /// <summary><c>not taken</c></summary>
    public static string NotTaken => Texts.Get(nameof(NotTaken));

    /// <summary><c>Only in A.</c></summary>
    public static string OnlyInA => Texts.Get(nameof(OnlyInA));

    /// <summary><c>Only in B.</c></summary>
    public static string OnlyInB => Texts.Get(nameof(OnlyInB));

    /// <summary><c>{0} ({1}) compared with {2} {3} {4} ({5}).</c></summary>
    public static string MatchedOne(object? arg0, object? arg1, object? arg2, object? arg3, object? arg4, object? arg5) => Texts.Format(nameof(MatchedOne), arg0, arg1, arg2, arg3, arg4, arg5);

    /// <summary><c>its predecessor</c></summary>
    public static string Predecessor => Texts.Get(nameof(Predecessor));

    /// <summary><c>its successor</c></summary>
    public static string Successor => Texts.Get(nameof(Successor));

    /// <summary><c>{0} was split into {1}.</c></summary>
    public static string SplitInto(object? arg0, object? arg1) => Texts.Format(nameof(SplitInto), arg0, arg1);

    /// <summary><c>{0} were merged into {1}.</c></summary>
    public static string MergedInto(object? arg0, object? arg1) => Texts.Format(nameof(MergedInto), arg0, arg1);

    /// <summary><c>{0} {1} ({2}): {3} → {4}. {5}</c></summary>
    public static string SchoolLine(object? arg0, object? arg1, object? arg2, object? arg3, object? arg4, object? arg5) => Texts.Format(nameof(SchoolLine), arg0, arg1, arg2, arg3, arg4, arg5);

    /// <summary><c>flagged</c></summary>
    public static string Flagged => Texts.Get(nameof(Flagged));

    /// <summary><c>not flagged</c></summary>
    public static string NotFlagged => Texts.Get(nameof(NotFlagged));

    /// <summary><c>Share {0} → {1}, rank {2} → {3} (flagged: rank ≤ {4}).</c></summary>
    public static string SchoolShare(object? arg0, object? arg1, object? arg2, object? arg3, object? arg4) => Texts.Format(nameof(SchoolShare), arg0, arg1, arg2, arg3, arg4);

    /// <summary><c>None of the school's indicator-years changed points: its rank moved because other schools' shares changed, or the flag cut moved.</c></summary>
    public static string SchoolNoEvidence => Texts.Get(nameof(SchoolNoEvidence));

    /// <summary><c>the value {0} → {1}</c></summary>
    public static string EvidenceValue(object? arg0, object? arg1) => Texts.Format(nameof(EvidenceValue), arg0, arg1);

    /// <summary><c>the national limit {0} → {1}</c></summary>
    public static string EvidenceLimit(object? arg0, object? arg1) => Texts.Format(nameof(EvidenceLimit), arg0, arg1);

    /// <summary><c>the floor {0} → {1}</c></summary>
    public static string EvidenceFloor(object? arg0, object? arg1) => Texts.Format(nameof(EvidenceFloor), arg0, arg1);

    /// <summary><c>the weight {0} → {1}</c></summary>
    public static string EvidenceWeight(object? arg0, object? arg1) => Texts.Format(nameof(EvidenceWeight), arg0, arg1);

    /// <summary><c>the year is only in A's window (value {0})</c></summary>
    public static string EvidenceOnlyWindowA(object? arg0) => Texts.Format(nameof(EvidenceOnlyWindowA), arg0);

    /// <summary><c>the year is only in B's window (value {0})</c></summary>
    public static string EvidenceOnlyWindowB(object? arg0) => Texts.Format(nameof(EvidenceOnlyWindowB), arg0);

    /// <summary><c>no value that counts in A (B: {0})</c></summary>
    public static string EvidenceNoValueA(object? arg0) => Texts.Format(nameof(EvidenceNoValueA), arg0);

    /// <summary><c>no value that counts in B (A: {0})</c></summary>
    public static string EvidenceNoValueB(object? arg0) => Texts.Format(nameof(EvidenceNoValueB), arg0);

    /// <summary><c>points {0} → {1}</c></summary>
    public static string EvidencePoints(object? arg0, object? arg1) => Texts.Format(nameof(EvidencePoints), arg0, arg1);

    /// <summary><c>points {0} → {1} (weighted {2} → {3})</c></summary>
    public static string EvidencePointsWeighted(object? arg0, object? arg1, object? arg2, object? arg3) => Texts.Format(nameof(EvidencePointsWeighted), arg0, arg1, arg2, arg3);

    /// <summary><c>and {0} more indicator-years</c></summary>
    public static string EvidenceMore(object? arg0) => Texts.Format(nameof(EvidenceMore), arg0);

    /// <summary><c>{0} left the window ({1} of {2} possible points)</c></summary>
    public static string EvidenceWindowOut(object? arg0, object? arg1, object? arg2) => Texts.Format(nameof(EvidenceWindowOut), arg0, arg1, arg2);

    /// <summary><c>{0} entered the window ({1} of {2} possible points)</c></summary>
    public static string EvidenceWindowIn(object? arg0, object? arg1, object? arg2) => Texts.Format(nameof(EvidenceWindowIn), arg0, arg1, arg2);

    /// <summary><c>{0} is for a proposal folder; '{1}' is not one</c></summary>
    public static string RunOptionNotProposal(object? arg0, object? arg1) => Texts.Format(nameof(RunOptionNotProposal), arg0, arg1);

    /// <summary><c>the run folder '{0}' does not verify: {1}; 'selection verify --run {0}' shows everything</c></summary>
    public static string RunNotVerified(object? arg0, object? arg1) => Texts.Format(nameof(RunNotVerified), arg0, arg1);

    /// <summary><c>the run folder '{0}' cannot be read: {1}</c></summary>
    public static string RunUnreadable(object? arg0, object? arg1) => Texts.Format(nameof(RunUnreadable), arg0, arg1);

    /// <summary><c>the proposal folder '{0}' does not verify: {1}; 'selection verify --run {0}' shows everything</c></summary>
    public static string ProposalNotVerified(object? arg0, object? arg1) => Texts.Format(nameof(ProposalNotVerified), arg0, arg1);

    /// <summary><c>the proposal '{0}' rests on run {1}, but the run folder '{2}' is not beside it; give the run folder with {3}</c></summary>
    public static string ProposalRunNotFound(object? arg0, object? arg1, object? arg2, object? arg3) => Texts.Format(nameof(ProposalRunNotFound), arg0, arg1, arg2, arg3);

    /// <summary><c>the proposal '{0}' was made from run {1}, not from '{2}' (run {3})</c></summary>
    public static string ProposalOtherRun(object? arg0, object? arg1, object? arg2, object? arg3) => Texts.Format(nameof(ProposalOtherRun), arg0, arg1, arg2, arg3);

    /// <summary><c>changed</c></summary>
    public static string VerdictChanged => Texts.Get(nameof(VerdictChanged));

    /// <summary><c>missing</c></summary>
    public static string VerdictMissing => Texts.Get(nameof(VerdictMissing));

    /// <summary><c>added</c></summary>
    public static string VerdictExtra => Texts.Get(nameof(VerdictExtra));

    /// <summary><c>unreadable</c></summary>
    public static string VerdictUnreadable => Texts.Get(nameof(VerdictUnreadable));

    /// <summary><c>and {0} more</c></summary>
    public static string AndMore(object? arg0) => Texts.Format(nameof(AndMore), arg0);
}
