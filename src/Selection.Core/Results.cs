using Selection.Core.Data;
using Selection.Core.Kommuner;
using Selection.Core.Rules;

namespace Selection.Core;

/// <summary>Where a school stands in the selection.</summary>
public enum SchoolStatus
{
    /// <summary>Included and rankable: it has a rank.</summary>
    Ranked,

    /// <summary>Included, but its possible points do not reach <c>minPossiblePoints</c> (no data in the window included).</summary>
    NotRankable,

    /// <summary>A private school, and the rules leave private schools out.</summary>
    PrivateExcluded,

    /// <summary>Registered outside any kommune (Svalbard, abroad).</summary>
    OutsideKommune,

    /// <summary>A special school (NSR's <c>ErSpesialskole</c>), and the rules leave special schools out.</summary>
    SpecialSchoolExcluded,

    /// <summary>Not active in the register (NSR's <c>ErAktiv</c> false), and the rules leave inactive schools out.</summary>
    InactiveExcluded,

    /// <summary>Not a grunnskole (NSR's <c>ErGrunnskole</c> false), and the rules leave such schools out.</summary>
    OutsideGrunnskoleExcluded,
}

/// <summary>A kommune's way to candidacy (DOMAIN §5).</summary>
public enum Route
{
    /// <summary>Route 1: weak overall.</summary>
    WeakOverall = 1,

    /// <summary>Route 2: large differences between schools.</summary>
    LargeDifferences = 2,
}

/// <summary>One school's result: its points, share, rank and the observations behind them.</summary>
public sealed record SchoolResult(
    School School,
    KommunePlacement Placement,
    SchoolStatus Status,
    long Points,
    long Possible,
    RiskShare? Share,
    int? Rank,
    bool Flagged,
    SchoolEvidence Observations,
    int? PointsToCut = null,
    int Suppressed = 0,
    int NoData = 0)
{
    public Kommune? Kommune => Placement.Kommune;

    /// <summary>Whether the school takes part in the selection (public, or private by rule, and in a kommune).</summary>
    public bool Included => Status is SchoolStatus.Ranked or SchoolStatus.NotRankable;
}

/// <summary>A kommune's own value for an indicator and year (route 1): the pupil-weighted mean of its schools.</summary>
public sealed record KommuneObservation(
    KommuneNr Kommune,
    Indicator Indicator,
    SchoolYear Year,
    decimal Value,
    int Schools,
    long Pupils,
    IndicatorRule Rule,
    NationalLimit Limit,
    int Points)
{
    public int WeightedPoints => checked(Points * Rule.Weight);

    public int PossiblePoints => Rule.PossiblePoints;

    /// <summary>The absolute floor the kommune's value was held against, in its school year.</summary>
    public decimal Floor => Rule.FloorIn(Year);
}

/// <summary>Route 2's three conditions for one kommune, each on its own, so a decision can be explained.</summary>
public sealed record Route2Check(bool TakenByRoute1, bool HasTwoRankableSchools, bool SpreadAboveThreshold, bool HasFlaggedSchool, bool InScheme = false)
{
    public bool IsCandidate => !TakenByRoute1 && !InScheme && HasTwoRankableSchools && SpreadAboveThreshold && HasFlaggedSchool;
}

/// <summary>Whether a kommune was ranked on route 1 on its own values, and if not, why.</summary>
public enum KommuneStatus
{
    /// <summary>Ranked on its own values.</summary>
    Ranked,

    /// <summary>Its own values give possible points below <c>minKommunePossiblePoints</c>: not ranked on route 1.</summary>
    ThinEvidence,

    /// <summary>In the scheme already, within its period of support: left out of both routes (rules <c>participants</c>).</summary>
    InScheme,

    /// <summary>No own value with a pupil count and a national limit: nothing to rank.</summary>
    NoData,
}

/// <summary>One kommune's result: its own share and rank (route 1), its schools and spread (route 2).</summary>
public sealed record KommuneResult(
    Kommune Kommune,
    long Points,
    long Possible,
    RiskShare? Share,
    int? Rank,
    int Schools,
    int RankableSchools,
    int FlaggedSchools,
    SpreadValue? Spread,
    RiskShare? HighestSchoolShare,
    Route? Route,
    int? Route2Order,
    Route2Check Route2Check,
    IReadOnlyList<KommuneObservation> Observations,
    IReadOnlyList<IndicatorPoints> SchoolIndicatorPoints,
    KommuneStatus Status = KommuneStatus.Ranked,
    int? InSchemeSince = null,
    int? PointsToRoute1 = null)
{
    /// <summary>Risk points per indicator on the kommune's own values (route 1's basis), most first.</summary>
    public IReadOnlyList<IndicatorPoints> OwnIndicatorPoints =>
        IndicatorPoints.Sum(Observations.Select(o => (o.Indicator, o.WeightedPoints, o.PossiblePoints)));
}

/// <summary>The national ranking of schools: N, the cut and what was flagged.</summary>
/// <param name="Rankable">N: the schools ranked.</param>
/// <param name="Cut">⌈topShare × N⌉.</param>
/// <param name="Flagged">The schools flagged.</param>
/// <param name="TieAtCut">The tie of schools with risk points that straddles the cut, if any.</param>
/// <param name="ZeroShareUnflagged">Schools ranked within the cut with 0 risk points: never flagged, since zero is not a risk.</param>
public sealed record SchoolRankingSummary(int Rankable, int Cut, int Flagged, TieAtCut? TieAtCut, int ZeroShareUnflagged = 0);

/// <summary>Route 1's ranking of kommuner: how many were ranked, the cut and what was taken.</summary>
/// <param name="Ranked">The kommuner ranked on their own values.</param>
/// <param name="Cut">route1Count.</param>
/// <param name="Taken">The kommuner taken by route 1.</param>
/// <param name="TieAtCut">The tie of kommuner with risk points that straddles the cut, if any.</param>
/// <param name="ZeroShareNotTaken">Kommuner ranked within the cut with 0 risk points: never taken, since zero is not a risk.</param>
/// <param name="ThinEvidence">Kommuner with own values whose possible points fall below <c>minKommunePossiblePoints</c>: not ranked.</param>
/// <param name="InScheme">Kommuner left out because they are within their period of support.</param>
public sealed record Route1Summary(int Ranked, int Cut, int Taken, TieAtCut? TieAtCut, int ZeroShareNotTaken = 0, int ThinEvidence = 0, int InScheme = 0);

/// <summary>
/// What was left out of the selection, and why, so nothing is dropped silently. School counts are
/// disjoint; observation counts are disjoint and add up to <see cref="ObservationsRead"/>.
/// </summary>
public sealed record SelectionCounts(
    int SchoolsInRegister,
    int SchoolsRanked,
    int SchoolsFlagged,
    int SchoolsNotRankable,
    int SchoolsWithoutDataInWindow,
    int SchoolsPrivateExcluded,
    int SchoolsOutsideKommune,
    int SchoolsMapped,
    int ObservationsRead,
    int ObservationsScored,
    int ObservationsOutsideWindow,
    int ObservationsOfExcludedSchools,
    int ObservationsIndicatorNotUsed,
    int ObservationsMissingValue,
    int ObservationsWithoutLimit,
    int SchoolsSpecialExcluded = 0,
    int SchoolsInactiveExcluded = 0,
    int SchoolsOutsideGrunnskoleExcluded = 0);

/// <summary>
/// What became of the <c>kommunalt</c> rows when route 1 ranks on Udir's own kommune values (issue 15): the rows
/// used, and why the rest were not. A split kommune's row cannot be placed; rows of two former kommuner that
/// land on one kommune of the structure are not combined (Udir's value for the new kommune is needed).
/// </summary>
public sealed record KommuneRowCounts(int Read, int Used, int OutsideWindow, int IndicatorNotUsed, int Suppressed, int Split, int Merged);

/// <summary>Everything a selection run computed: the input to every output file.</summary>
public sealed record SelectionResult(
    SelectionRules Rules,
    KommuneStructure Structure,
    SchoolYear LastYear,
    IReadOnlyList<SchoolYear> Window,
    NationalLimitTable Limits,
    IReadOnlyList<SchoolResult> Schools,
    IReadOnlyList<KommuneResult> Kommuner,
    SchoolRankingSummary SchoolRanking,
    Route1Summary Route1,
    IReadOnlyList<KommuneResult> Route2Candidates,
    SelectionCounts Counts,
    KommuneRowCounts? KommuneRows = null)
{
    /// <summary>The schools whose kommunenummer was mapped from another structure.</summary>
    public IEnumerable<SchoolResult> MappedSchools => Schools.Where(s => s.Placement.Kind == PlacementKind.Mapped);

    /// <summary>Route-1 kommuner, by rank then kommunenummer.</summary>
    public IEnumerable<KommuneResult> Route1Kommuner =>
        Kommuner.Where(k => k.Route == Route.WeakOverall).OrderBy(k => k.Rank).ThenBy(k => k.Kommune.Nummer);
}

/// <summary>A run's outcome: the result, or the errors that stopped it.</summary>
public sealed record SelectionOutcome(SelectionResult? Result, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Result is not null && !Problems.Any(p => p.IsError);
}
