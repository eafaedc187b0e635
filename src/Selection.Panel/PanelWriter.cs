using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Selection.Core.Kommuner;
using Selection.IO.Input;
using Selection.IO.Output;

namespace Selection.Panel;

/// <summary>
/// Writes a panel's own files beside its rounds' run folders: <c>panel_skoler</c> and <c>panel_kommuner</c>
/// (Parquet, and machine CSV), <c>sammendrag.txt</c>, and <c>manifest.json</c>, which names each round's
/// folder, window, run id and the SHA-256 of its manifest (each round's own manifest covers its files),
/// the input files and the panel's own files.
/// </summary>
public static class PanelWriter
{
    public const string SummaryFile = "sammendrag.txt";

    /// <summary>The <c>kind</c> of a panel's manifest, by which explain knows the folder.</summary>
    public const string ManifestKind = "panel";

    public static IReadOnlyList<string> Write(
        string folder,
        IReadOnlyList<PanelRound> rounds,
        IReadOnlyList<string> summary,
        LoadedDataSet data,
        IReadOnlyList<string> command,
        KommuneHistory history)
    {
        var written = new List<string>();
        written.AddRange(PanelTables.Schools(rounds).WriteCsvAndParquet(folder, PanelTables.SchoolsTable));
        written.AddRange(PanelTables.Kommuner(rounds, history).WriteCsvAndParquet(folder, PanelTables.KommunerTable));
        File.WriteAllText(Path.Combine(folder, SummaryFile), string.Join("\n", summary) + "\n", new UTF8Encoding(false));
        written.Add(SummaryFile);

        var inputs = data.Files.Select(f => FileHash.Of(data.Folder, f)).ToArray();
        var outputs = written.Select(f => FileHash.Of(folder, f)).ToArray();
        using (var stream = new FileStream(Path.Combine(folder, Manifest.FileName), FileMode.CreateNew))
        using (var j = new Utf8JsonWriter(stream, Manifest.Options))
        {
            j.WriteStartObject();
            j.WriteString("kind", ManifestKind);
            Manifest.WriteEngineAndCommand(j, command);
            j.WriteStartArray("rounds");
            foreach (var round in rounds)
            {
                var runManifest = FileHash.Of(folder, round.Folder + "/" + Manifest.FileName);
                j.WriteStartObject();
                j.WriteString("folder", round.Folder);
                j.WriteStartArray("window");
                foreach (var year in round.Result.Window)
                    j.WriteStringValue(year.ToString());
                j.WriteEndArray();
                j.WriteNumber("kommuneStructure", round.Result.Structure.Year);
                j.WriteString("rules", round.Rules.Rules.Name);
                j.WriteString("rulesSha256", Convert.ToHexStringLower(SHA256.HashData(round.Rules.Content)));
                j.WriteString("runId", RunIdOf(Path.Combine(folder, round.Folder)));
                j.WriteString("manifestSha256", runManifest.Sha256);
                j.WriteEndObject();
            }
            j.WriteEndArray();
            Manifest.WriteFiles(j, "inputs", inputs);
            Manifest.WriteFiles(j, "outputs", outputs);
            j.WriteEndObject();
        }
        written.Add(Manifest.FileName);
        return written;
    }

    private static string RunIdOf(string runFolder)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(runFolder, Manifest.FileName)));
        return document.RootElement.GetProperty("runId").GetString()!;
    }
}
