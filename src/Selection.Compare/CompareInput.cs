using System.Security.Cryptography;
using System.Text.Json;
using Selection.IO.Output;
using Selection.IO.Runs;
using Selection.Proposal.Output;

namespace Selection.Compare;

/// <summary>
/// Reads one side of a comparison: a run folder, or a proposal folder with the run it rests on. Both are
/// verified first, as <c>selection verify</c> would (every listed file by SHA-256, the manifest against
/// itself), and a side that fails is refused with a message naming the folder and the problem: a
/// comparison of files that changed since the run would explain nothing. Nothing is written.
/// </summary>
public static class CompareInput
{
    /// <summary>
    /// Opens <paramref name="path"/>. For a proposal folder, the run is <paramref name="runFolder"/> when
    /// given, else the folder the proposal's manifest names (<c>--run</c>) beside the proposal folder; it
    /// must be the run the proposal recorded (run id and manifest SHA-256). <paramref name="runOption"/> is
    /// the option that names the run, for the message when it cannot be found.
    /// </summary>
    public static (ComparedRun? Run, string? Error) Open(string path, string? runFolder, string runOption)
    {
        if (ProposalFolder.IsProposal(path))
            return OpenProposal(path, runFolder, runOption);
        if (runFolder is not null)
            return (null, CompareTexts.RunOptionNotProposal(runOption, path));
        return OpenRun(path);
    }

    private static (ComparedRun? Run, string? Error) OpenRun(string path)
    {
        var (run, problem) = RunFolder.Open(path);
        if (run is null)
            return (null, problem);
        try
        {
            var report = Verification.Verify(run, null);
            if (!report.Verified)
            {
                var problems = report.Outputs.Where(v => v.Check != FileCheck.Unchanged).Select(v => $"{v.File} {Verdict(v.Check)}")
                    .Concat(report.Manifest.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.Failure}"))
                    .ToArray();
                return (null, CompareTexts.RunNotVerified(path, Summarise(problems)));
            }
            return (Load(run, null), null);
        }
        catch (RunFileException e)
        {
            return (null, CompareTexts.RunUnreadable(path, e.Message));
        }
    }

    private static (ComparedRun? Run, string? Error) OpenProposal(string path, string? runFolder, string runOption)
    {
        var (proposal, problem) = ProposalFolder.Open(path);
        if (proposal is null)
            return (null, problem);
        var report = proposal.Verify(null);
        if (report.Outputs.Any(v => v.Check != FileCheck.Unchanged) || report.TableProblems.Count > 0)
        {
            var problems = report.Outputs.Where(v => v.Check != FileCheck.Unchanged).Select(v => $"{v.File} {Verdict(v.Check)}")
                .Concat(report.TableProblems)
                .ToArray();
            return (null, CompareTexts.ProposalNotVerified(path, Summarise(problems)));
        }

        var recordedSha = proposal.Manifest.TryGetProperty("run", out var r) && r.TryGetProperty("manifestSha256", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        if (runFolder is null)
        {
            runFolder = Beside(path, RunNamed(proposal.Manifest));
            if (runFolder is null || !Directory.Exists(runFolder))
                return (null, CompareTexts.ProposalRunNotFound(path, proposal.RunId, RunNamed(proposal.Manifest) ?? "?", runOption));
        }
        var (side, error) = OpenRun(runFolder);
        if (side is null)
            return (null, error);
        if (side.RunId != proposal.RunId || (recordedSha is not null && recordedSha != side.ManifestSha256))
            return (null, CompareTexts.ProposalOtherRun(path, proposal.RunId, runFolder, side.RunId));

        // The kommuner the proposal takes: the computed decision, or the analyst's tatt_med where verify lists a deviation.
        var deviations = report.Deviations.ToDictionary(d => d.Kommunenummer, d => d.Found == "true", StringComparer.Ordinal);
        var taken = proposal.Decisions
            .Where(d => deviations.TryGetValue(d.Kommunenummer, out var found) ? found : d.Taken)
            .Select(d => d.Kommunenummer)
            .ToHashSet(StringComparer.Ordinal);
        var manifestSha = Convert.ToHexStringLower(SHA256.HashData(RunFiles.ReadAll(System.IO.Path.Combine(path, Manifest.FileName), RunFiles.ManifestLimit)));
        return (side with { Proposal = new ProposalSide(path, manifestSha, taken) }, null);
    }

    /// <summary>
    /// For a proposal folder, the run folder beside it that its manifest names; <c>null</c> for anything
    /// else. The command line counts it among the inputs <c>--out</c> may not lie in.
    /// </summary>
    public static string? RunBeside(string path)
    {
        if (!ProposalFolder.IsProposal(path))
            return null;
        var (proposal, _) = ProposalFolder.Open(path);
        return proposal is null ? null : Beside(path, RunNamed(proposal.Manifest));
    }

    private static string? Beside(string path, string? name)
    {
        var parent = System.IO.Path.GetDirectoryName(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path)));
        return name is null || parent is null ? null : System.IO.Path.Combine(parent, name);
    }

    /// <summary>The run folder's name as the proposal's manifest records its command (<c>--run utvalg-2025</c>).</summary>
    private static string? RunNamed(JsonElement manifest)
    {
        if (!manifest.TryGetProperty("command", out var command) || command.ValueKind != JsonValueKind.Array)
            return null;
        var args = command.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()! : "").ToArray();
        var i = Array.IndexOf(args, "--run");
        var name = i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        // A name only, never a path: the manifest is read from a folder the user gave, not trusted to point elsewhere.
        return name is null || name.Length == 0 || name is "." or ".." || name.IndexOfAny(['/', '\\']) >= 0 ? null : name;
    }

    private static string Verdict(FileCheck check) => check switch
    {
        FileCheck.Changed => CompareTexts.VerdictChanged,
        FileCheck.Missing => CompareTexts.VerdictMissing,
        FileCheck.Extra => CompareTexts.VerdictExtra,
        _ => CompareTexts.VerdictUnreadable,
    };

    private static string Summarise(IReadOnlyList<string> problems) =>
        problems.Count <= 3 ? string.Join("; ", problems) : string.Join("; ", problems.Take(3)) + "; " + CompareTexts.AndMore(problems.Count - 3);

    /// <summary>The run's manifest and tables as a <see cref="ComparedRun"/>.</summary>
    /// <exception cref="RunFileException">A table is missing, corrupt or lacks a column.</exception>
    public static ComparedRun Load(RunFolder run, ProposalSide? proposal)
    {
        var m = run.Manifest;
        var doc = run.Document;
        var rules = doc.GetProperty("rules").GetProperty("content");
        var structure = rules.TryGetProperty("kommuneStructure", out var ks) && ks.TryGetInt32(out var year) ? year : 2024;
        var manifestSha = Convert.ToHexStringLower(SHA256.HashData(RunFiles.ReadAll(run.FilePath(Manifest.FileName), RunFiles.ManifestLimit)));

        var schools = run.Table(RunWriter.SchoolsTable).Select(r => new SchoolRow(
            r.Text("orgnr"), r.Text("skolenavn"), r.Text("kommunenummer"), r.Text("kommunenavn"),
            r.Long("risikopoeng"), r.Long("mulige_risikopoeng"), r.Double("andel_risikopoeng"), r.Int("rang"),
            r.Bool("flagget"), r.Text("status"))).ToArray();
        var kommuner = run.Table(RunWriter.KommunerTable).Select(r => new KommuneRow(
            r.Text("kommunenummer"), r.Text("kommunenavn"), r.Long("risikopoeng") ?? 0, r.Long("mulige_risikopoeng") ?? 0,
            r.Double("andel_risikopoeng"), r.Int("rang"), r.Int("rute"), r.Int("antall_rangerbare_skoler") ?? 0,
            r.Int("antall_flaggede_skoler") ?? 0, r.Double("spredning"), r.Text("status"))).ToArray();
        var observations = run.Table(RunWriter.ObservationsTable).Select(r => Evidence(r, "orgnr")).ToArray();
        var kommuneObservations = run.Table(RunWriter.KommuneObservationsTable).Select(r => Evidence(r, "kommunenummer")).ToArray();
        return new ComparedRun(
            run.Path, m.RunId, manifestSha, m.EngineVersion, structure, m.Years, m.RulesName, rules.Clone(), m.Inputs,
            m.Cut, m.Route1Cut, m.SpreadThreshold, schools, kommuner, observations, kommuneObservations, proposal);
    }

    private static EvidenceRow Evidence(TableRow r, string owner) => new(
        r.Text(owner), r.Text("indikator"), r.Text("skoleaar"), r.Decimal("verdi"), r.Decimal("nasjonal_grense"), r.Decimal("gulv"),
        r.Int("risikopoeng") ?? 0, r.Int("vekt") ?? 0, r.Int("vektede_risikopoeng") ?? 0, r.Int("mulige_risikopoeng") ?? 0);
}
