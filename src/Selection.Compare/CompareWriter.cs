using System.Text;
using System.Text.Json;
using Selection.IO.Output;

namespace Selection.Compare;

/// <summary>
/// Writes a comparison folder: <c>endringer_skoler.csv</c> and <c>endringer_kommuner.csv</c> (machine CSV
/// like a run's: RFC 4180, <c>,</c>, <c>.</c> decimals, UTF-8 without BOM; every matched row, with
/// <c>endret</c> to filter on), <c>sammendrag.txt</c> (the summary the console printed) and
/// <c>manifest.json</c> (the two folders by run id and manifest SHA-256, the engine, every file written).
/// </summary>
public static class CompareWriter
{
    public const string SchoolsFile = "endringer_skoler.csv";
    public const string KommunerFile = "endringer_kommuner.csv";
    public const string SummaryFile = "sammendrag.txt";

    /// <summary>The kind the manifest names, so that no other command mistakes the folder for a run or a proposal.</summary>
    public const string ManifestKind = "compare";

    /// <summary>Writes every file into <paramref name="folder"/>; returns them, the manifest last.</summary>
    public static IReadOnlyList<string> Write(string folder, Comparison c, IReadOnlyList<string> summary, IReadOnlyList<string> command, string language)
    {
        CsvFiles.Write(Path.Combine(folder, SchoolsFile), CsvFiles.Machine, CompareReport.SchoolColumns, CompareReport.SchoolRows(c));
        CsvFiles.Write(Path.Combine(folder, KommunerFile), CsvFiles.Machine, CompareReport.KommuneColumns, CompareReport.KommuneRows(c));
        File.WriteAllText(Path.Combine(folder, SummaryFile), string.Join("\n", summary) + "\n", new UTF8Encoding(false));
        var written = new List<string> { SchoolsFile, KommunerFile, SummaryFile };
        WriteManifest(folder, c, command, language, written.Select(f => FileHash.Of(folder, f)).ToArray());
        written.Add(Manifest.FileName);
        return written;
    }

    private static void WriteManifest(string folder, Comparison c, IReadOnlyList<string> command, string language, IReadOnlyList<FileHash> outputs)
    {
        using var stream = new FileStream(Path.Combine(folder, Manifest.FileName), FileMode.CreateNew);
        using var j = new Utf8JsonWriter(stream, Manifest.Options);
        j.WriteStartObject();
        j.WriteNumber("manifestVersion", Manifest.Version);
        j.WriteString("kind", ManifestKind);
        Manifest.WriteEngineAndCommand(j, command);
        j.WriteString("language", language);
        Side(j, "a", c.A);
        Side(j, "b", c.B);

        j.WriteStartObject("counts");
        j.WriteNumber("schools", c.Schools.Count);
        j.WriteNumber("schoolsChanged", c.Schools.Count(s => s.Changed));
        j.WriteNumber("kommuner", c.Kommuner.Count);
        j.WriteNumber("kommunerChanged", c.Kommuner.Count(k => k.Changed));
        List(j, "flagged", c.Flagged);
        List(j, "route1", c.Route1);
        List(j, "route2", c.Route2);
        if (c.Selected is { } selected)
            List(j, "selected", selected);
        j.WriteEndObject();

        j.WriteStartObject("causes");
        j.WriteStartArray("inputFilesChanged");
        foreach (var f in c.Data.Where(f => !f.Same))
            j.WriteStringValue(f.File);
        j.WriteEndArray();
        j.WriteStartArray("rulesKeysChanged");
        foreach (var r in c.Rules)
            j.WriteStringValue(r.Key);
        j.WriteEndArray();
        j.WriteBoolean("windowMoved", c.WindowMoved);
        j.WriteBoolean("structureDiffers", c.StructureDiffers);
        j.WriteEndObject();

        Manifest.WriteFiles(j, "outputs", outputs);
        j.WriteEndObject();
    }

    private static void Side(Utf8JsonWriter j, string name, ComparedRun run)
    {
        j.WriteStartObject(name);
        j.WriteString("runFolder", FolderName(run.Path));
        j.WriteString("runId", run.RunId);
        j.WriteString("manifestSha256", run.ManifestSha256);
        j.WriteString("rulesName", run.RulesName);
        j.WriteNumber("kommuneStructure", run.Structure);
        j.WriteStartArray("years");
        foreach (var year in run.Years)
            j.WriteStringValue(year);
        j.WriteEndArray();
        if (run.Proposal is { } p)
        {
            j.WriteStartObject("proposal");
            j.WriteString("folder", FolderName(p.Path));
            j.WriteString("manifestSha256", p.ManifestSha256);
            j.WriteEndObject();
        }
        else
        {
            j.WriteNull("proposal");
        }
        j.WriteEndObject();
    }

    private static void List(Utf8JsonWriter j, string name, ListChange change)
    {
        j.WriteStartObject(name);
        j.WriteNumber("a", change.CountA);
        j.WriteNumber("b", change.CountB);
        j.WriteNumber("entered", change.Entered.Count);
        j.WriteNumber("left", change.Left.Count);
        j.WriteEndObject();
    }

    /// <summary>A folder by its name only: the manifest holds no absolute path.</summary>
    public static string FolderName(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
}
