using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Selection.Core;
using Selection.Core.Stability;
using Selection.IO.Input;
using Selection.IO.Output;
using Selection.IO.Rules;

namespace Selection.Stability;

/// <summary>
/// Writes a stability folder: <c>stabilitet_skoler</c> and <c>stabilitet_kommuner</c> (machine CSV and
/// Parquet), <c>sammendrag.txt</c>, and <c>manifest.json</c> with the seed, the replicates, the noise model
/// (the pupil spreads used), the rules, the window and the SHA-256 of every input and output file.
/// </summary>
public static class StabilityWriter
{
    public const string SummaryFile = "sammendrag.txt";

    /// <summary>The <c>kind</c> of a stability folder's manifest.</summary>
    public const string ManifestKind = "stability";

    public static IReadOnlyList<string> Write(
        string folder,
        SelectionResult observed,
        NoiseModel noise,
        StabilityCounts counts,
        int seed,
        IReadOnlyDictionary<Indicator, decimal> pupilSd,
        IReadOnlyList<string> summary,
        LoadedDataSet data,
        LoadedRules rules,
        IReadOnlyList<string> command)
    {
        var written = new List<string>();
        written.AddRange(StabilityTables.Schools(observed, noise.Model, counts).WriteCsvAndParquet(folder, StabilityTables.SchoolsTable));
        written.AddRange(StabilityTables.Kommuner(observed, noise.Model, counts).WriteCsvAndParquet(folder, StabilityTables.KommunerTable));
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
            j.WriteStartObject("rules");
            j.WriteString("name", observed.Rules.Name);
            j.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(rules.Content)));
            j.WriteBoolean("illustrative", observed.Rules.IsIllustrative);
            j.WriteEndObject();
            j.WriteStartArray("window");
            foreach (var year in observed.Window)
                j.WriteStringValue(year.ToString());
            j.WriteEndArray();
            j.WriteNumber("seed", seed);
            j.WriteNumber("replicates", counts.Replicates);
            j.WriteStartObject("noise");
            j.WriteString("percentages", "100*k/n, k ~ Binomial(n, v/100)");
            j.WriteString("means", "Normal(v, sd/sqrt(n)), sd from the data's standardavvik, else pupilSd");
            j.WriteString("withoutPupilCount", "held fixed");
            j.WriteString("nationalRows", "held fixed; computed limits computed again per replicate");
            j.WriteNumber("binomial", noise.Kinds.Count(k => k == NoiseKind.Binomial));
            j.WriteNumber("normal", noise.Kinds.Count(k => k == NoiseKind.Normal));
            j.WriteNumber("heldFixed", noise.FixedCount);
            j.WriteNumber("normalWithDataSd", noise.SpreadFromData);
            j.WriteStartObject("pupilSd");
            foreach (var (indicator, sd) in pupilSd.OrderBy(p => p.Key.Order))
                j.WriteNumber(indicator.Code, sd);
            j.WriteEndObject();
            j.WriteEndObject();
            Manifest.WriteFiles(j, "inputs", inputs);
            Manifest.WriteFiles(j, "outputs", outputs);
            j.WriteEndObject();
        }
        written.Add(Manifest.FileName);
        return written;
    }
}
