using Selection.Core;
using Selection.IO.Runs;

namespace Selection.Proposal.Output;

/// <summary>A kommune the run put on route 1 or made a route-2 candidate, with the numbers behind it (from kommuner.parquet).</summary>
public sealed record RunKommune(
    KommuneNr Nummer,
    string Navn,
    string Statsforvalter,
    Route Route,
    int? Route2Order,
    double? Share,
    int? Rank,
    int Schools,
    int FlaggedSchools,
    double? Spread,
    double? HighestSchoolShare);

/// <summary>What a statsforvalter answered for one route-2 candidate: the priority (or none), the reason, and where.</summary>
public sealed record GivenAnswer(int? Priority, string Begrunnelse, string File, int Line);

/// <summary>One returned shortlist, as the proposal's manifest records it.</summary>
public sealed record ReturnedFile(string File, string Statsforvalter, long Bytes, string Sha256);

/// <summary>
/// Everything the proposal rests on: the run (its kommuner and its route2Max), the checked answers
/// of the statsforvaltere, the files they came from, and the statsforvaltere that sent nothing.
/// </summary>
public sealed record ProposalBasis(
    RunFolder Run,
    IReadOnlyList<RunKommune> Kommuner,
    IReadOnlyDictionary<KommuneNr, GivenAnswer> Answers,
    IReadOnlyList<ReturnedFile> Files,
    IReadOnlyList<string> Unanswered,
    int Route2Max)
{
    /// <summary>The run's route-1 kommuner and route-2 candidates, read from its kommuner table.</summary>
    public static IReadOnlyList<RunKommune> ReadKommuner(RunFolder run) =>
        run.Table("kommuner")
            .Where(k => k.Int("rute") is 1 or 2)
            .Select(k => new RunKommune(
                KommuneNr.Of(k.Text("kommunenummer")),
                k.Text("kommunenavn"),
                k.Text("statsforvalter"),
                k.Int("rute") == 1 ? Route.WeakOverall : Route.LargeDifferences,
                k.Int("rute2_rekkefolge"),
                k.Double("andel_risikopoeng"),
                k.Int("rang"),
                k.Int("antall_skoler") ?? 0,
                k.Int("antall_flaggede_skoler") ?? 0,
                k.Double("spredning"),
                k.Double("hoyeste_skoleandel")))
            .ToArray();

    /// <summary>The run's route2Max, as its manifest records it.</summary>
    public static int ReadRoute2Max(RunFolder run) =>
        run.Document.TryGetProperty("route2", out var route2) && route2.TryGetProperty("route2Max", out var max) && max.TryGetInt32(out var n)
            ? n
            : throw new RunFileException(ProposalTexts.Route2MaxMissing(run.Path));

    /// <summary>The proposal (DOMAIN §6) from this basis.</summary>
    public Core.Proposal Propose() => FinalSelection.Propose(
        Kommuner.Where(k => k.Route == Route.WeakOverall).Select(k => k.Nummer).ToArray(),
        Kommuner.Where(k => k.Route == Route.LargeDifferences).Select(k => new Route2Candidate(k.Nummer, k.Route2Order ?? int.MaxValue)).ToArray(),
        Answers.Where(a => a.Value.Priority is not null && Kommuner.Any(k => k.Nummer == a.Key && k.Route == Route.LargeDifferences))
            .ToDictionary(a => a.Key, a => a.Value.Priority!.Value),
        Route2Max);
}
