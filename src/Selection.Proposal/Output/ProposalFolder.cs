using System.Security.Cryptography;
using System.Text.Json;
using Selection.IO.Csv;
using Selection.IO.Output;
using Selection.IO.Runs;

namespace Selection.Proposal.Output;

/// <summary>One kommune of the computed proposal, as the proposal's manifest records it.</summary>
public sealed record RecordedDecision(string Kommunenummer, int Route, int? Priority, int? Place, bool Taken);

/// <summary>A kommune whose <c>tatt_med</c> in forslag.csv is not what the computed proposal says: an analyst's decision.</summary>
public sealed record Deviation(string Kommunenummer, string Kommunenavn, RecordedDecision Computed, string Found);

/// <summary>What verify finds in a proposal folder.</summary>
public sealed record ProposalVerificationReport(
    IReadOnlyList<FileVerdict> Outputs,
    IReadOnlyList<Deviation> Deviations,
    IReadOnlyList<string> TableProblems,
    IReadOnlyList<FileVerdict>? Returned)
{
    /// <summary>Verified: every file as written, or forslag.csv changed only in <c>tatt_med</c> and every such change listed.</summary>
    public bool Verified => Outputs.All(v => v.Check == FileCheck.Unchanged) && Deviations.Count == 0 && TableProblems.Count == 0 && (Returned?.All(v => v.Check == FileCheck.Unchanged) ?? true);
}

/// <summary>
/// A folder <c>selection propose</c> wrote: its manifest (kind <c>proposal</c>), the computed proposal it
/// records, and the files it lists. <c>verify</c> checks it: every output by SHA-256, and forslag.csv
/// by meaning, naming every kommune whose <c>tatt_med</c> an analyst changed.
/// </summary>
public sealed class ProposalFolder
{
    private ProposalFolder(string path, JsonElement manifest)
    {
        Path = path;
        Manifest = manifest;
    }

    public string Path { get; }

    public JsonElement Manifest { get; }

    public string RunId => Manifest.GetProperty("run").GetProperty("runId").GetString()!;

    /// <summary>Whether <paramref name="path"/> holds a proposal's manifest (not a run's).</summary>
    public static bool IsProposal(string path)
    {
        var manifest = System.IO.Path.Combine(path, IO.Output.Manifest.FileName);
        if (RunFiles.KindOf(manifest) != IO.PathKind.RegularFile)
            return false;
        try
        {
            using var document = JsonDocument.Parse(RunFiles.ReadAll(manifest, RunFiles.ManifestLimit));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String
                && kind.GetString() == ProposalWriter.ManifestKind;
        }
        catch (Exception e) when (e is RunFileException or JsonException)
        {
            return false;
        }
    }

    /// <summary>Opens a proposal folder, or says why it cannot be used.</summary>
    public static (ProposalFolder? Folder, string? Error) Open(string path)
    {
        if (RunFiles.NotAFolder(path, "proposal folder") is { } notAFolder)
            return (null, notAFolder);
        try
        {
            using var document = JsonDocument.Parse(RunFiles.ReadAll(System.IO.Path.Combine(path, IO.Output.Manifest.FileName), RunFiles.ManifestLimit));
            var root = document.RootElement.Clone();
            if (!root.TryGetProperty("kind", out var kind) || kind.GetString() != ProposalWriter.ManifestKind)
                return (null, $"'{path}' is not the output folder of `selection propose`");
            _ = root.GetProperty("run").GetProperty("runId").GetString();
            _ = root.GetProperty("proposal").EnumerateArray();
            _ = root.GetProperty("outputs").EnumerateArray();
            return (new ProposalFolder(path, root), null);
        }
        catch (Exception e) when (e is RunFileException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, $"the manifest of the proposal folder '{path}' cannot be read: {e.Message}");
        }
    }

    public IReadOnlyList<RecordedDecision> Decisions =>
        Manifest.GetProperty("proposal").EnumerateArray().Select(d => new RecordedDecision(
            d.GetProperty("kommunenummer").GetString()!,
            d.GetProperty("rute").GetInt32(),
            d.GetProperty("prioritet").ValueKind == JsonValueKind.Number ? d.GetProperty("prioritet").GetInt32() : null,
            d.GetProperty("plass").ValueKind == JsonValueKind.Number ? d.GetProperty("plass").GetInt32() : null,
            d.GetProperty("tattMed").GetBoolean())).ToArray();

    private static IReadOnlyList<FileHash> Files(JsonElement array) =>
        array.EnumerateArray().Select(f => new FileHash(f.GetProperty("file").GetString()!, f.GetProperty("bytes").GetInt64(), f.GetProperty("sha256").GetString()!)).ToArray();

    /// <summary>Checks the folder; with <paramref name="returnedFolder"/>, also that it holds the returned files the proposal read.</summary>
    public ProposalVerificationReport Verify(string? returnedFolder)
    {
        var listed = Files(Manifest.GetProperty("outputs"));
        var present = Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
            .Where(f => !Verification.Unhashed.Contains(f))
            .ToArray();
        var outputs = Compare(Path, listed, present);

        var deviations = new List<Deviation>();
        var problems = new List<string>();
        if (outputs.Any(v => v.File == ProposalWriter.MachineTable && v.Check == FileCheck.Changed))
            CompareDecisions(deviations, problems);
        // A forslag.csv changed only in tatt_med, every change named, is the analyst's decision, not a broken output.
        var verdicts = outputs
            .Select(v => v.File == ProposalWriter.MachineTable && v.Check == FileCheck.Changed && problems.Count == 0
                ? v with { Check = FileCheck.Unchanged, Reason = "edited by the analyst: see the deviations" }
                : v)
            .ToArray();

        IReadOnlyList<FileVerdict>? returned = null;
        if (returnedFolder is not null)
        {
            var files = Manifest.GetProperty("returned").EnumerateArray()
                .Select(f => new FileHash(f.GetProperty("file").GetString()!, f.GetProperty("bytes").GetInt64(), f.GetProperty("sha256").GetString()!))
                .ToArray();
            var there = Directory.EnumerateFiles(returnedFolder)
                .Select(f => System.IO.Path.GetFileName(f))
                .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                .ToArray();
            returned = Compare(returnedFolder, files, there);
        }
        return new ProposalVerificationReport(verdicts, deviations, problems, returned);
    }

    private void CompareDecisions(List<Deviation> deviations, List<string> problems)
    {
        var (bytes, error) = IO.InputFile.ReadAll(System.IO.Path.Combine(Path, ProposalWriter.MachineTable));
        var (table, csvProblems) = bytes is null ? (null, []) : CsvTable.Read(bytes, ProposalWriter.MachineTable);
        if (table is null)
        {
            problems.Add($"{ProposalWriter.MachineTable} cannot be read: {error ?? string.Join("; ", csvProblems)}");
            return;
        }
        int nr = table.IndexOf("kommunenummer"), navn = table.IndexOf("kommunenavn"), taken = table.IndexOf("tatt_med");
        if (nr < 0 || taken < 0)
        {
            problems.Add($"{ProposalWriter.MachineTable} has no column kommunenummer or tatt_med");
            return;
        }
        var recorded = Manifest.TryGetProperty("forslagWithoutTattMedSha256", out var sha) ? sha.GetString() : null;
        if (ProposalWriter.WithoutTattMed(table.Headers, table.Rows.Select(r => r.Fields)) != recorded)
            problems.Add($"{ProposalWriter.MachineTable} has changes outside tatt_med: only tatt_med may be changed by hand");
        var computed = Decisions.ToDictionary(d => d.Kommunenummer);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var kommune = row[nr].PadLeft(4, '0');
            if (!computed.TryGetValue(kommune, out var decision))
            {
                problems.Add($"{ProposalWriter.MachineTable} line {row.Line}: kommune {kommune} is not in the computed proposal");
                continue;
            }
            seen.Add(kommune);
            var value = row[taken].Trim().ToLowerInvariant();
            if (value is not ("true" or "false"))
                problems.Add($"{ProposalWriter.MachineTable} line {row.Line}, column tatt_med: '{row[taken]}' is neither true nor false");
            else if ((value == "true") != decision.Taken)
                deviations.Add(new Deviation(kommune, navn >= 0 ? row[navn] : "", decision, value));
        }
        foreach (var missing in computed.Keys.Where(k => !seen.Contains(k)))
            problems.Add($"{ProposalWriter.MachineTable}: kommune {missing} of the computed proposal is missing");
    }

    /// <summary>
    /// The final decision on one kommune, in Norwegian, for <c>explain --kommune --proposal</c>: the
    /// decision log's line (route, priority given by whom, place against route2Max, the reason), and the
    /// analyst's change when forslag.csv says otherwise. <c>null</c> when the kommune is not in the proposal.
    /// </summary>
    public IReadOnlyList<string>? Decision(string kommunenummer)
    {
        var log = RunFiles.ReadAll(System.IO.Path.Combine(Path, ProposalWriter.DecisionLog), RunFiles.TableLimit);
        var line = System.Text.Encoding.UTF8.GetString(log).Split('\n').FirstOrDefault(l => l.StartsWith(kommunenummer + " ", StringComparison.Ordinal));
        if (line is null)
            return null;
        var lines = new List<string> { "Endelig forslag:", "  " + line };
        var report = Verify(null);
        if (report.Deviations.FirstOrDefault(d => d.Kommunenummer == kommunenummer) is { } changed)
            lines.Add($"  Endret for hånd i {ProposalWriter.MachineTable}: tatt_med er {(changed.Found == "true" ? "ja" : "nei")}, " +
                      $"mot {(changed.Computed.Taken ? "ja" : "nei")} i det beregnede forslaget.");
        return lines;
    }

    private static FileVerdict[] Compare(string root, IReadOnlyList<FileHash> listed, IReadOnlyList<string> present)
    {
        var verdicts = listed.Select(f =>
        {
            var path = System.IO.Path.Combine(root, f.File);
            if (RunFiles.KindOf(path) != IO.PathKind.RegularFile)
                return new FileVerdict(f.File, FileCheck.Missing);
            using var stream = File.OpenRead(path);
            var sha = Convert.ToHexStringLower(SHA256.HashData(stream));
            return new FileVerdict(f.File, sha == f.Sha256 ? FileCheck.Unchanged : FileCheck.Changed);
        }).ToList();
        var known = listed.Select(f => f.File).ToHashSet(StringComparer.Ordinal);
        verdicts.AddRange(present.Where(f => !known.Contains(f)).Select(f => new FileVerdict(f, FileCheck.Extra)));
        return verdicts.OrderBy(v => v.File, StringComparer.Ordinal).ToArray();
    }
}
