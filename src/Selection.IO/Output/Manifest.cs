using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Selection.Core;
using Selection.IO.Input;
using Selection.IO.Rules;

namespace Selection.IO.Output;

/// <summary>A file with its size and SHA-256 (lower-case hex), named relative to its folder with '/'.</summary>
public sealed record FileHash(string File, long Bytes, string Sha256)
{
    /// <summary>Hashes the file at <paramref name="root"/>/<paramref name="relative"/>.</summary>
    public static FileHash Of(string root, string relative)
    {
        var path = Path.Combine(root, relative);
        // Read in large pieces (a country's inputs and evidence are hundreds of MB, and the hash is faster than 4 KB
        // reads) into a buffer borrowed from the pool: a run hashes some thirty files, and a new megabyte for each was a
        // quarter of what the sample run allocates, each one a large object only a full collection gives back.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                sha256.AppendData(buffer, 0, read);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        var hash = Convert.ToHexStringLower(sha256.GetHashAndReset());
        // The bytes hashed: a symbolic link's own FileInfo.Length is the length of its target's name.
        return new FileHash(relative.Replace('\\', '/'), stream.Length, hash);
    }
}

/// <summary>
/// A run's id: a short fingerprint of what made it (engine version, the rules' SHA-256, every input
/// file's name and SHA-256, the command as the manifest records it). Every shortlist row carries it,
/// so a file that comes back is matched to its run whatever its name. The same run made again gets the
/// same id, as it gets the same bytes; any other data, rules or engine give another.
/// </summary>
public static class RunId
{
    /// <summary>Hex digits of the id: 12 (48 bits), short enough to read out on the phone.</summary>
    public const int Length = 12;

    /// <summary>
    /// The id starts with a letter: Excel turns a cell of digits only (about 1 id in 280), or digits
    /// around one <c>E</c>, into a number when it opens a CSV, and the returned file would no longer match.
    /// </summary>
    public const string Prefix = "K";

    public static string Of(string engineVersion, byte[] rulesContent, IReadOnlyList<FileHash> inputs, IReadOnlyList<string> command)
    {
        var text = new StringBuilder();
        text.Append("selection-run\n").Append(engineVersion).Append('\n').Append(Convert.ToHexStringLower(SHA256.HashData(rulesContent))).Append('\n');
        foreach (var input in inputs.OrderBy(i => i.File, StringComparer.Ordinal))
            text.Append(input.File).Append(' ').Append(input.Sha256).Append('\n');
        text.Append(string.Join('\u001F', command));
        return Prefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..Length];
    }
}

/// <summary>The engine that made a run: its version (with the git commit when built from a checkout) and runtime.</summary>
public sealed record EngineInfo(string Version, string Runtime)
{
    public static EngineInfo Current { get; } = new(
        typeof(EngineInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        RuntimeInformation.FrameworkDescription);
}

/// <summary>
/// <c>manifest.json</c> (DOMAIN §10): what a researcher needs to reproduce a run and to prove that
/// a published selection came from given data and rules. It holds no wall-clock time and no absolute
/// path, so the same inputs and rules give the same manifest wherever and whenever the run is made.
/// </summary>
public static class Manifest
{
    public const string FileName = "manifest.json";
    public const int Version = 2;

    /// <summary>How every manifest is written: indented, LF, æøå as they are.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Whether <paramref name="folder"/> holds the manifest of a <c>selection run</c> (engine name
    /// "selection", command "run"): how an output written before outputs carried a marker is recognised.
    /// </summary>
    public static bool DescribesRun(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            // Read like every other file a user hands over: a pipe or device named manifest.json is not opened.
            var (bytes, _) = InputFile.ReadAll(path, Runs.RunFiles.ManifestLimit);
            if (bytes is null)
                return false;
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("engine", out var engine) && engine.ValueKind == JsonValueKind.Object
                && engine.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() == "selection"
                && root.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.Array
                && command.GetArrayLength() > 0 && command[0].ValueKind == JsonValueKind.String && command[0].GetString() == "run";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return false;
        }
    }

    /// <summary>Writes the manifest of a run into <paramref name="folder"/>.</summary>
    public static void Write(
        string folder,
        IReadOnlyList<string> command,
        SelectionResult result,
        LoadedRules rules,
        LoadedDataSet data,
        IReadOnlyList<FileHash> inputs,
        IReadOnlyList<FileHash> outputs,
        string runId)
    {
        using var stream = new FileStream(Path.Combine(folder, FileName), FileMode.CreateNew);
        using var j = new Utf8JsonWriter(stream, Options);
        var r = result.Rules;
        j.WriteStartObject();
        j.WriteNumber("manifestVersion", Version);
        j.WriteString("runId", runId);

        WriteEngineAndCommand(j, command);

        j.WriteStartObject("rules");
        j.WriteString("name", r.Name);
        j.WriteString("source", rules.Source.StartsWith("preset:", StringComparison.Ordinal) ? rules.Source : "file:" + Path.GetFileName(rules.Source));
        j.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(rules.Content)));
        j.WriteBoolean("illustrative", r.IsIllustrative);
        j.WriteString("text", RulesText(rules.Content));
        j.WritePropertyName("content");
        using (var content = JsonDocument.Parse(Csv.TextDecoding.WithoutUtf8Bom(rules.Content), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }))
            content.RootElement.WriteTo(j);
        j.WriteEndObject();

        j.WriteStartObject("data");
        j.WriteString("name", data.Info.Name);
        j.WriteBoolean("synthetic", data.Info.Synthetic);
        WriteFiles(j, "files", inputs);
        j.WriteEndObject();

        j.WriteStartObject("window");
        j.WriteString("lastYear", result.LastYear.ToString());
        j.WriteStartArray("years");
        foreach (var year in result.Window)
            j.WriteStringValue(year.ToString());
        j.WriteEndArray();
        j.WriteEndObject();

        j.WriteStartObject("nationalLimits");
        j.WriteNumber("fromNationalRows", result.Limits.All.Count(l => l.Source == LimitSource.NationalRow));
        j.WriteNumber("computed", result.Limits.All.Count(l => l.Source != LimitSource.NationalRow));
        j.WriteStartArray("missing");
        foreach (var (indicator, year) in result.Limits.Missing)
            j.WriteStringValue($"{indicator} {year}");
        j.WriteEndArray();
        j.WriteEndObject();

        j.WriteStartObject("schoolRanking");
        j.WriteNumber("rankable", result.SchoolRanking.Rankable);
        j.WriteNumber("topShare", r.TopShare);
        j.WriteNumber("cut", result.SchoolRanking.Cut);
        j.WriteNumber("flagged", result.SchoolRanking.Flagged);
        WriteTie(j, result.SchoolRanking.TieAtCut);
        j.WriteNumber("zeroShareUnflagged", result.SchoolRanking.ZeroShareUnflagged);
        j.WriteEndObject();

        j.WriteStartObject("route1");
        j.WriteNumber("ranked", result.Route1.Ranked);
        j.WriteNumber("cut", result.Route1.Cut);
        j.WriteNumber("taken", result.Route1.Taken);
        WriteTie(j, result.Route1.TieAtCut);
        j.WriteNumber("zeroShareNotTaken", result.Route1.ZeroShareNotTaken);
        j.WriteNumber("minKommunePossiblePoints", r.MinKommunePossiblePoints);
        j.WriteNumber("thinEvidence", result.Route1.ThinEvidence);
        if (r.Participants is { } participants)
        {
            j.WriteNumber("participantPeriodYears", participants.PeriodYears);
            j.WriteNumber("inScheme", result.Route1.InScheme);
        }
        j.WriteEndObject();

        j.WriteStartObject("route2");
        j.WriteString("measure", RulesReader.MeasureKeywords[r.Spread.Measure]);
        j.WriteNumber("threshold", r.Spread.Threshold);
        j.WriteNumber("candidates", result.Route2Candidates.Count);
        j.WriteNumber("route2Max", r.Route2Max);
        j.WriteEndObject();

        var c = result.Counts;
        j.WriteStartObject("counts");
        j.WriteNumber("schoolsInRegister", c.SchoolsInRegister);
        j.WriteNumber("schoolsRanked", c.SchoolsRanked);
        j.WriteNumber("schoolsFlagged", c.SchoolsFlagged);
        j.WriteNumber("schoolsNotRankable", c.SchoolsNotRankable);
        j.WriteNumber("schoolsWithoutDataInWindow", c.SchoolsWithoutDataInWindow);
        j.WriteNumber("schoolsPrivateExcluded", c.SchoolsPrivateExcluded);
        j.WriteNumber("schoolsOutsideKommune", c.SchoolsOutsideKommune);
        j.WriteNumber("schoolsMapped", c.SchoolsMapped);
        if (result.Rules.SchoolRegister is not null)
        {
            // Only where the rules use the register's facts: a run without them writes the manifest it always did.
            j.WriteNumber("schoolsSpecialExcluded", c.SchoolsSpecialExcluded);
            j.WriteNumber("schoolsInactiveExcluded", c.SchoolsInactiveExcluded);
            j.WriteNumber("schoolsOutsideGrunnskoleExcluded", c.SchoolsOutsideGrunnskoleExcluded);
        }
        j.WriteNumber("observationsRead", c.ObservationsRead);
        j.WriteNumber("observationsScored", c.ObservationsScored);
        j.WriteNumber("observationsOutsideWindow", c.ObservationsOutsideWindow);
        j.WriteNumber("observationsOfExcludedSchools", c.ObservationsOfExcludedSchools);
        j.WriteNumber("observationsIndicatorNotUsed", c.ObservationsIndicatorNotUsed);
        j.WriteNumber("observationsMissingValue", c.ObservationsMissingValue);
        j.WriteNumber("observationsWithoutLimit", c.ObservationsWithoutLimit);
        if (result.KommuneRows is { } rows)
        {
            // Only where route 1 ranks on Udir's kommune values: other runs write the manifest they always did.
            j.WriteNumber("kommuneRowsRead", rows.Read);
            j.WriteNumber("kommuneRowsUsed", rows.Used);
            j.WriteNumber("kommuneRowsOutsideWindow", rows.OutsideWindow);
            j.WriteNumber("kommuneRowsIndicatorNotUsed", rows.IndicatorNotUsed);
            j.WriteNumber("kommuneRowsSuppressed", rows.Suppressed);
            j.WriteNumber("kommuneRowsSplitKommune", rows.Split);
            j.WriteNumber("kommuneRowsMerged", rows.Merged);
        }
        j.WriteNumber("kommunerInStructure", result.Structure.Kommuner.Count);
        j.WriteNumber("kommunerRoute1", result.Route1.Taken);
        j.WriteNumber("kommunerRoute2", result.Route2Candidates.Count);
        j.WriteEndObject();

        WriteFiles(j, "outputs", outputs);
        j.WriteEndObject();
    }

    /// <summary>
    /// The rules file's text exactly (a UTF-8 BOM kept as U+FEFF): its UTF-8 bytes are the file's bytes,
    /// so <c>rules.sha256</c> can be recomputed from the manifest alone. The rules reader refuses a file
    /// that is not valid UTF-8, so nothing is lost.
    /// </summary>
    public static string RulesText(byte[] content) => Encoding.UTF8.GetString(content);

    private static void WriteTie(Utf8JsonWriter j, TieAtCut? tie)
    {
        if (tie is null)
        {
            j.WriteNull("tieAtCut");
            return;
        }
        j.WriteStartObject("tieAtCut");
        j.WriteNumber("rank", tie.Rank);
        j.WriteNumber("size", tie.Size);
        j.WriteNumber("taken", tie.Taken);
        j.WriteEndObject();
    }

    /// <summary>The engine that wrote a manifest and the command it ran, as every manifest records them.</summary>
    public static void WriteEngineAndCommand(Utf8JsonWriter j, IReadOnlyList<string> command)
    {
        j.WriteStartObject("engine");
        j.WriteString("name", "selection");
        j.WriteString("version", EngineInfo.Current.Version);
        j.WriteString("runtime", EngineInfo.Current.Runtime);
        j.WriteEndObject();
        j.WriteStartArray("command");
        foreach (var arg in command)
            j.WriteStringValue(arg);
        j.WriteEndArray();
    }

    /// <summary>A list of files with size and SHA-256, in file-name order.</summary>
    public static void WriteFiles(Utf8JsonWriter j, string name, IReadOnlyList<FileHash> files)
    {
        j.WriteStartArray(name);
        foreach (var f in files.OrderBy(f => f.File, StringComparer.Ordinal))
        {
            j.WriteStartObject();
            j.WriteString("file", f.File);
            j.WriteNumber("bytes", f.Bytes);
            j.WriteString("sha256", f.Sha256);
            j.WriteEndObject();
        }
        j.WriteEndArray();
    }
}
