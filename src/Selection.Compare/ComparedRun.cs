using System.Text.Json;
using Selection.IO.Output;

namespace Selection.Compare;

/// <summary>A school as a run's <c>skoler</c> table has it.</summary>
/// <remarks>
/// <c>Points</c>: Risk points; <c>null</c> for a school left out of the selection (not scored).<br/>
/// <c>Rank</c>: The min-rank; <c>null</c> when the school is not ranked.
/// </remarks>
public sealed record SchoolRow(
    string OrgNr,
    string Navn,
    string Kommunenummer,
    string Kommunenavn,
    long? Points,
    long? Possible,
    double? Share,
    int? Rank,
    bool Flagged,
    string Status);

/// <summary>A kommune as a run's <c>kommuner</c> table has it.</summary>
/// <remarks>
/// <c>Route</c>: 1, 2 (a route-2 candidate) or <c>null</c>.
/// </remarks>
public sealed record KommuneRow(
    string Nummer,
    string Navn,
    long Points,
    long Possible,
    double? Share,
    int? Rank,
    int? Route,
    int RankableSchools,
    int FlaggedSchools,
    double? Spread,
    string Status);

/// <summary>
/// One row of the evidence: a school's (or a kommune's own) value for one indicator and school year, with
/// the national limit, the floor and the points it gave. <paramref name="Owner"/> is the orgnr, or the
/// kommunenummer for a kommune's own values.
/// </summary>
public sealed record EvidenceRow(
    string Owner,
    string Indicator,
    string Year,
    decimal Value,
    decimal Limit,
    decimal Floor,
    int Points,
    int Weight,
    int Weighted,
    int Possible);

/// <summary>
/// One side of a comparison, read from a run folder (and, for a proposal folder, from the proposal and
/// the run it rests on): what the manifest says and the run's tables. Nothing in it is computed again.
/// </summary>
/// <remarks>
/// <c>Path</c>: The run folder (for a proposal, the run it rests on).<br/>
/// <c>ManifestSha256</c>: The SHA-256 of the run's <c>manifest.json</c>.<br/>
/// <c>Structure</c>: The kommune structure the run ran in: 2020 or 2024.<br/>
/// <c>Rules</c>: The rules content the manifest records (<c>rules.content</c>).<br/>
/// <c>SchoolCut</c>: The flag cut: rank ≤ this is flagged.<br/>
/// <c>Route1Cut</c>: Route 1 takes kommuner ranked ≤ this.<br/>
/// <c>Proposal</c>: When the side is a proposal folder: what it is and the kommuner it takes.
/// </remarks>
public sealed record ComparedRun(
    string Path,
    string RunId,
    string ManifestSha256,
    string EngineVersion,
    int Structure,
    IReadOnlyList<string> Years,
    string RulesName,
    JsonElement Rules,
    IReadOnlyList<FileHash> Inputs,
    int SchoolCut,
    int Route1Cut,
    decimal SpreadThreshold,
    IReadOnlyList<SchoolRow> Schools,
    IReadOnlyList<KommuneRow> Kommuner,
    IReadOnlyList<EvidenceRow> Observations,
    IReadOnlyList<EvidenceRow> KommuneObservations,
    ProposalSide? Proposal = null);

/// <summary>A proposal folder on one side: its path, the SHA-256 of its manifest and the kommuner it takes (the analyst's <c>tatt_med</c>).</summary>
public sealed record ProposalSide(string Path, string ManifestSha256, IReadOnlySet<string> Taken);
