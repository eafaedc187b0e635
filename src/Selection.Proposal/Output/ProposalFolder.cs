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
        RunId = Text(manifest, "run", "runId");
        Route2Max = Number(manifest, "run", "route2Max");
        Decisions = Items(manifest, "proposal").Select((d, i) => new RecordedDecision(
            Text(d, $"proposal[{i}]", "kommunenummer"),
            Number(d, $"proposal[{i}]", "rute"),
            OptionalNumber(d, $"proposal[{i}]", "prioritet"),
            OptionalNumber(d, $"proposal[{i}]", "plass"),
            Flag(d, $"proposal[{i}]", "tattMed"))).ToArray();
        Outputs = FileList(manifest, "outputs");
        Returned = FileList(manifest, "returned");
        Counts = Object(manifest, "counts");
    }

    /// <summary>A key of the manifest that is missing or of the wrong kind: the manifest cannot be read.</summary>
    private sealed class ManifestKeyException(string message) : Exception(message);

    private static JsonElement Object(JsonElement parent, string key) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Object
            ? v
            : throw new ManifestKeyException(ProposalTexts.KeyNotObject(key));

    private static IEnumerable<JsonElement> Items(JsonElement parent, string key) =>
        parent.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().ToArray()
            : throw new ManifestKeyException(ProposalTexts.KeyNotList(key));

    private static JsonElement Value(JsonElement parent, string where, string key) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(key, out var v)
            ? v
            : throw new ManifestKeyException(ProposalTexts.KeyMissing($"{where}.{key}"));

    private static string Text(JsonElement parent, string where, string key)
    {
        var element = parent;
        if (where is "run")
            element = Object(parent, "run");
        var v = Value(element, where, key);
        return v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new ManifestKeyException(ProposalTexts.KeyNotText($"{where}.{key}"));
    }

    private static int Number(JsonElement parent, string where, string key)
    {
        var element = where is "run" ? Object(parent, "run") : parent;
        var v = Value(element, where, key);
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : throw new ManifestKeyException(ProposalTexts.KeyNotWholeNumber($"{where}.{key}"));
    }

    private static int? OptionalNumber(JsonElement parent, string where, string key)
    {
        var v = Value(parent, where, key);
        return v.ValueKind == JsonValueKind.Null ? null
            : v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n
            : throw new ManifestKeyException(ProposalTexts.KeyNotWholeNumberOrNull($"{where}.{key}"));
    }

    private static bool Flag(JsonElement parent, string where, string key)
    {
        var v = Value(parent, where, key);
        return v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : throw new ManifestKeyException(ProposalTexts.KeyNotTrueOrFalse($"{where}.{key}"));
    }

    /// <summary>A list of files; a name that leaves the folder (absolute, or with ..) is refused.</summary>
    private static IReadOnlyList<FileHash> FileList(JsonElement manifest, string key) =>
        Items(manifest, key).Select((f, i) =>
        {
            var file = Value(f, $"{key}[{i}]", "file");
            var bytes = Value(f, $"{key}[{i}]", "bytes");
            var sha = Value(f, $"{key}[{i}]", "sha256");
            if (file.ValueKind != JsonValueKind.String || bytes.ValueKind != JsonValueKind.Number || sha.ValueKind != JsonValueKind.String)
                throw new ManifestKeyException(ProposalTexts.KeyNotAFile($"{key}[{i}]"));
            var name = file.GetString()!;
            if (name.Length == 0 || System.IO.Path.IsPathRooted(name) || name.Replace('\\', '/').Split('/').Any(part => part is ".." or "."))
                throw new ManifestKeyException(ProposalTexts.KeyFileOutside($"{key}[{i}].file", name));
            return new FileHash(name, bytes.GetInt64(), sha.GetString()!);
        }).ToArray();

    public string Path { get; }

    public JsonElement Manifest { get; }

    public string RunId { get; }

    /// <summary>The run's route2Max the proposal was made with.</summary>
    public int Route2Max { get; }

    /// <summary>The computed proposal, as the manifest records it.</summary>
    public IReadOnlyList<RecordedDecision> Decisions { get; }

    private IReadOnlyList<FileHash> Outputs { get; }

    private IReadOnlyList<FileHash> Returned { get; }

    private JsonElement Counts { get; }

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
        if (RunFiles.NotAFolder(path, RunTexts.ProposalFolderName) is { } notAFolder)
            return (null, notAFolder);
        try
        {
            using var document = JsonDocument.Parse(RunFiles.ReadAll(System.IO.Path.Combine(path, IO.Output.Manifest.FileName), RunFiles.ManifestLimit));
            var root = document.RootElement.Clone();
            if (!root.TryGetProperty("kind", out var kind) || kind.GetString() != ProposalWriter.ManifestKind)
                return (null, ProposalTexts.NotAProposalFolder(path));
            return (new ProposalFolder(path, root), null);
        }
        catch (Exception e) when (e is RunFileException or JsonException or ManifestKeyException or InvalidOperationException or FormatException)
        {
            return (null, ProposalTexts.ManifestUnreadable(path, e.Message));
        }
    }

    /// <summary>Checks the folder; with <paramref name="returnedFolder"/>, also that it holds the returned files the proposal read.</summary>
    public ProposalVerificationReport Verify(string? returnedFolder)
    {
        var outputs = Verification.Compare(Path, Outputs, Verification.OutputsPresent(Path));

        var deviations = new List<Deviation>();
        var problems = new List<string>();
        CheckRecordedProposal(outputs, problems);
        if (outputs.Any(v => v.File == ProposalWriter.MachineTable && v.Check == FileCheck.Changed))
            CompareDecisions(deviations, problems);
        // A forslag.csv changed only in tatt_med, every change named, is the analyst's decision, not a broken output.
        var verdicts = outputs
            .Select(v => v.File == ProposalWriter.MachineTable && v.Check == FileCheck.Changed && problems.Count == 0
                ? v with { Check = FileCheck.Unchanged, Reason = ProposalTexts.EditedByAnalyst }
                : v)
            .ToArray();

        IReadOnlyList<FileVerdict>? returned = null;
        if (returnedFolder is not null)
        {
            var files = Returned;
            var there = Directory.EnumerateFiles(returnedFolder)
                .Select(f => System.IO.Path.GetFileName(f))
                .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                .ToArray();
            returned = Verification.Compare(returnedFolder, files, there);
        }
        return new ProposalVerificationReport(verdicts, deviations, problems, returned);
    }

    /// <summary>
    /// The computed proposal the manifest records must agree with itself and with the decision log (whose
    /// hash the manifest also records): every route-1 kommune taken; route 2 taken exactly up to its place
    /// route2Max; the counts; and each kommune's line in beslutningslogg.txt. An edit of the recorded
    /// proposal, to pass an analyst's change off as the computed one, is caught here.
    /// </summary>
    private void CheckRecordedProposal(IReadOnlyList<FileVerdict> outputs, List<string> problems)
    {
        var route2 = Decisions.Where(d => d.Route == 2).ToArray();
        if (Decisions.Any(d => d.Route == 1 && !d.Taken))
            problems.Add(ProposalTexts.RecordedLeavesOutRoute1);
        if (route2.Any(d => d.Taken != (d.Place is { } place && place <= Route2Max)))
            problems.Add(ProposalTexts.RecordedRoute2NotExact(Route2Max));
        void Count(string key, int actual)
        {
            if (!Counts.TryGetProperty(key, out var v) || !v.TryGetInt32(out var n) || n != actual)
                problems.Add(ProposalTexts.RecordedCountDisagrees(key, actual));
        }
        Count("route1", Decisions.Count(d => d.Route == 1));
        Count("route2Candidates", route2.Length);
        Count("route2Taken", route2.Count(d => d.Taken));
        Count("taken", Decisions.Count(d => d.Taken));
        if (outputs.Any(v => v.File == ProposalWriter.DecisionLog && v.Check == FileCheck.Unchanged))
        {
            var log = System.Text.Encoding.UTF8.GetString(RunFiles.ReadAll(System.IO.Path.Combine(Path, ProposalWriter.DecisionLog), RunFiles.TableLimit)).Split('\n');
            foreach (var d in Decisions)
            {
                var line = log.FirstOrDefault(l => l.StartsWith(d.Kommunenummer + " ", StringComparison.Ordinal));
                var says = line is null ? null : line.Contains("): TATT MED.", StringComparison.Ordinal) ? true : line.Contains("): IKKE TATT MED.", StringComparison.Ordinal) ? false : (bool?)null;
                if (says != d.Taken)
                    problems.Add(d.Taken ? ProposalTexts.RecordedTakesLogDisagrees(d.Kommunenummer, ProposalWriter.DecisionLog) : ProposalTexts.RecordedLeavesOutLogDisagrees(d.Kommunenummer, ProposalWriter.DecisionLog));
            }
            if (log.Count(l => l.Length > 5 && char.IsAsciiDigit(l[0]) && l.Contains("TATT MED.", StringComparison.Ordinal)) != Decisions.Count)
                problems.Add(ProposalTexts.RecordedAndLogDiffer(ProposalWriter.DecisionLog));
        }
    }

    private void CompareDecisions(List<Deviation> deviations, List<string> problems)
    {
        var (bytes, error) = IO.InputFile.ReadAll(System.IO.Path.Combine(Path, ProposalWriter.MachineTable));
        var (table, csvProblems) = bytes is null ? (null, []) : CsvTable.Read(bytes, ProposalWriter.MachineTable);
        if (table is null)
        {
            problems.Add(ProposalTexts.TableUnreadable(ProposalWriter.MachineTable, error ?? string.Join("; ", csvProblems)));
            return;
        }
        int nr = table.IndexOf("kommunenummer"), navn = table.IndexOf("kommunenavn"), taken = table.IndexOf("tatt_med");
        if (nr < 0 || taken < 0)
        {
            problems.Add(ProposalTexts.TableWithoutColumns(ProposalWriter.MachineTable));
            return;
        }
        var recorded = Manifest.TryGetProperty("forslagWithoutTattMedSha256", out var sha) ? sha.GetString() : null;
        if (ProposalWriter.WithoutTattMed(table.Headers, table.Rows.Select(r => r.Fields)) != recorded)
            problems.Add(ProposalTexts.TableChangedOutsideTattMed(ProposalWriter.MachineTable));
        var computed = Decisions.ToDictionary(d => d.Kommunenummer);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var kommune = row[nr].PadLeft(4, '0');
            if (!computed.TryGetValue(kommune, out var decision))
            {
                problems.Add(ProposalTexts.TableKommuneNotProposed(ProposalWriter.MachineTable, row.Line, kommune));
                continue;
            }
            seen.Add(kommune);
            var value = row[taken].Trim().ToLowerInvariant();
            if (value is not ("true" or "false"))
                problems.Add(ProposalTexts.TableTattMedInvalid(ProposalWriter.MachineTable, row.Line, row[taken]));
            else if ((value == "true") != decision.Taken)
                deviations.Add(new Deviation(kommune, navn >= 0 ? row[navn] : "", decision, value));
        }
        foreach (var missing in computed.Keys.Where(k => !seen.Contains(k)))
            problems.Add(ProposalTexts.TableKommuneMissing(ProposalWriter.MachineTable, missing));
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
}
