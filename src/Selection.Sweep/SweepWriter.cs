using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Selection.IO.Csv;
using Selection.IO.Input;
using Selection.IO.Output;
using Selection.IO.Rules;

namespace Selection.Sweep;

/// <summary>
/// Writes a sweep folder: <c>sweep</c> and <c>sweep_endringer</c> (machine CSV like a run's: RFC 4180, <c>,</c>,
/// <c>.</c> decimals, UTF-8 without BOM; and the same values as Parquet), <c>sammendrag.txt</c> (the summary the
/// console printed) and <c>manifest.json</c> (kind <c>sweep</c>: the grid, the base rules' text and content, the
/// window, the base selection's counts, and the SHA-256 of every input and output file).
/// </summary>
public static class SweepWriter
{
    public const string SummaryFile = "sammendrag.txt";

    /// <summary>The <c>kind</c> of a sweep folder's manifest, so that no other command mistakes it for a run.</summary>
    public const string ManifestKind = "sweep";

    /// <summary>Writes every file into <paramref name="folder"/>; returns them, the manifest last.</summary>
    public static IReadOnlyList<string> Write(
        string folder,
        SweepResult sweep,
        IReadOnlyList<string> summary,
        LoadedDataSet data,
        LoadedRules rules,
        IReadOnlyList<string> command,
        string language)
    {
        var written = new List<string>();
        written.AddRange(SweepTables.Sweep(sweep).WriteCsvAndParquet(folder, SweepTables.SweepTable));
        written.AddRange(SweepTables.Changes(sweep).WriteCsvAndParquet(folder, SweepTables.ChangesTable));
        File.WriteAllText(Path.Combine(folder, SummaryFile), string.Join("\n", summary) + "\n", new UTF8Encoding(false));
        written.Add(SummaryFile);

        var inputs = data.Files.Select(f => FileHash.Of(data.Folder, f)).ToArray();
        var outputs = written.Select(f => FileHash.Of(folder, f)).ToArray();
        WriteManifest(folder, sweep, data, rules, command, language, inputs, outputs);
        written.Add(Manifest.FileName);
        return written;
    }

    private static void WriteManifest(
        string folder, SweepResult sweep, LoadedDataSet data, LoadedRules rules, IReadOnlyList<string> command, string language,
        IReadOnlyList<FileHash> inputs, IReadOnlyList<FileHash> outputs)
    {
        var baseRules = sweep.Base.Rules;
        using var stream = new FileStream(Path.Combine(folder, Manifest.FileName), FileMode.CreateNew);
        using var j = new Utf8JsonWriter(stream, Manifest.Options);
        j.WriteStartObject();
        j.WriteNumber("manifestVersion", Manifest.Version);
        j.WriteString("kind", ManifestKind);
        Manifest.WriteEngineAndCommand(j, command);
        j.WriteString("language", language);

        // The base: the rules as given, exactly (text and content), as a run's manifest records them.
        j.WriteStartObject("rules");
        j.WriteString("name", baseRules.Name);
        j.WriteString("source", rules.Source.StartsWith("preset:", StringComparison.Ordinal) ? rules.Source : "file:" + Path.GetFileName(rules.Source));
        j.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(rules.Content)));
        j.WriteBoolean("illustrative", baseRules.IsIllustrative);
        j.WriteString("text", Manifest.RulesText(rules.Content));
        j.WritePropertyName("content");
        using (var content = JsonDocument.Parse(TextDecoding.WithoutUtf8Bom(rules.Content), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }))
            content.RootElement.WriteTo(j);
        j.WriteEndObject();

        j.WriteStartObject("data");
        j.WriteString("name", data.Info.Name);
        j.WriteBoolean("synthetic", data.Info.Synthetic);
        Manifest.WriteFiles(j, "files", inputs);
        j.WriteEndObject();

        j.WriteStartObject("window");
        j.WriteString("lastYear", sweep.Base.LastYear.ToString());
        j.WriteStartArray("years");
        foreach (var year in sweep.Base.Window)
            j.WriteStringValue(year.ToString());
        j.WriteEndArray();
        j.WriteEndObject();

        j.WriteStartObject("grid");
        j.WriteStartArray("axes");
        foreach (var axis in sweep.Axes)
        {
            j.WriteStartObject();
            j.WriteString("key", axis.Key.Name);
            j.WriteNumber("from", axis.From);
            j.WriteNumber("to", axis.To);
            j.WriteNumber("step", axis.Step);
            j.WriteNumber("values", axis.Values.Count);
            if (axis.Key.ValueIn(baseRules) is { } value)
                j.WriteNumber("base", value);
            else
                j.WriteNull("base");
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteNumber("points", sweep.Points.Count);
        j.WriteString("order", "first axis outermost");
        j.WriteEndObject();

        j.WriteStartObject("base");
        j.WriteNumber("flagged", sweep.BaseSelection.Flagged.Count);
        j.WriteNumber("route1", sweep.BaseSelection.Route1);
        j.WriteNumber("route2", sweep.BaseSelection.Route2);
        j.WriteNumber("selected", sweep.BaseSelection.SelectedCount);
        j.WriteString("selectedMeans", "route 1, or among the first route2Max route-2 candidates in route 2's order");
        j.WriteEndObject();

        j.WriteStartObject("counts");
        j.WriteNumber("pointsWithTheBaseKommuner", sweep.Points.Count(p => p.SameKommuner));
        j.WriteNumber("changeRows", sweep.Points.Sum(p => p.Entered.Count + p.Left.Count));
        j.WriteEndObject();

        Manifest.WriteFiles(j, "outputs", outputs);
        j.WriteEndObject();
    }
}
