using System.Text.Json;
using Selection.IO.Output;
using Selection.IO.Parquet;

namespace Selection.IO.Runs;

/// <summary>What a run's manifest says, as <c>explain</c> and <c>verify</c> need it.</summary>
public sealed record RunManifest(
    string EngineVersion,
    string RulesName,
    bool IllustrativeRules,
    string DataSetName,
    bool SyntheticData,
    IReadOnlyList<string> Years,
    int Rankable,
    decimal TopShare,
    int Cut,
    int Route1Ranked,
    int Route1Cut,
    string SpreadMeasure,
    decimal SpreadThreshold,
    IReadOnlyList<FileHash> Inputs,
    IReadOnlyList<FileHash> Outputs);

/// <summary>A row of one of the run's Parquet tables, read by column name.</summary>
public sealed class TableRow(IReadOnlyDictionary<string, int> index, object?[] cells)
{
    public object? this[string column] => cells[index[column]];

    public string Text(string column) => (string?)this[column] ?? "";

    public int? Int(string column) => this[column] is int i ? i : null;

    public long? Long(string column) => this[column] is long l ? l : null;

    public double? Double(string column) => this[column] is double d ? d : null;

    public decimal Decimal(string column) => (decimal)this[column]!;

    public bool Bool(string column) => (bool)this[column]!;
}

/// <summary>
/// A run's output folder, read back: the manifest and the Parquet tables. Explanations are made from
/// these files alone, never by computing the selection again.
/// </summary>
public sealed class RunFolder
{
    private RunFolder(string path, RunManifest manifest)
    {
        Path = path;
        Manifest = manifest;
    }

    public string Path { get; }

    public RunManifest Manifest { get; }

    /// <summary>Opens a run folder, or says why it is not one.</summary>
    public static (RunFolder? Run, string? Error) Open(string path)
    {
        var manifestPath = System.IO.Path.Combine(path, Output.Manifest.FileName);
        if (!Directory.Exists(path))
            return (null, $"the run folder '{path}' does not exist");
        if (!File.Exists(manifestPath))
            return (null, $"'{path}' has no {Output.Manifest.FileName}: it is not the output folder of `selection run`");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
            return (new RunFolder(path, ReadManifest(document.RootElement)), null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return (null, $"{Output.Manifest.FileName} in '{path}' cannot be read: {e.Message}");
        }
    }

    private static RunManifest ReadManifest(JsonElement m)
    {
        static IReadOnlyList<FileHash> Files(JsonElement array) =>
            array.EnumerateArray().Select(f => new FileHash(f.GetProperty("file").GetString()!, f.GetProperty("bytes").GetInt64(), f.GetProperty("sha256").GetString()!)).ToArray();
        var rules = m.GetProperty("rules");
        var data = m.GetProperty("data");
        var ranking = m.GetProperty("schoolRanking");
        var route1 = m.GetProperty("route1");
        var route2 = m.GetProperty("route2");
        return new RunManifest(
            m.GetProperty("engine").GetProperty("version").GetString()!,
            rules.GetProperty("name").GetString()!,
            rules.GetProperty("illustrative").GetBoolean(),
            data.GetProperty("name").GetString() ?? "",
            data.GetProperty("synthetic").GetBoolean(),
            m.GetProperty("window").GetProperty("years").EnumerateArray().Select(y => y.GetString()!).ToArray(),
            ranking.GetProperty("rankable").GetInt32(),
            ranking.GetProperty("topShare").GetDecimal(),
            ranking.GetProperty("cut").GetInt32(),
            route1.GetProperty("ranked").GetInt32(),
            route1.GetProperty("cut").GetInt32(),
            route2.GetProperty("measure").GetString()!,
            route2.GetProperty("threshold").GetDecimal(),
            Files(data.GetProperty("files")),
            Files(m.GetProperty("outputs")));
    }

    /// <summary>The rows of one of the run's tables (<c>skoler</c>, ...), read from its Parquet file.</summary>
    public IReadOnlyList<TableRow> Table(string table)
    {
        using var stream = File.OpenRead(System.IO.Path.Combine(Path, table + ".parquet"));
        var (columns, rows) = ParquetTables.ReadTyped(stream);
        var index = columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        return rows.Select(r => new TableRow(index, r)).ToArray();
    }
}
