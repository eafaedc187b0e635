using System.Text;
using System.Text.Json;
using Selection.IO.Csv;
using Selection.IO.Output;
using Selection.IO.Parquet;
using Selection.IO.Runs;

namespace Selection.Report;

/// <summary>
/// A folder a command wrote (stability, comparison, and whatever kind comes next), as its report reads it: the
/// manifest, and the folder's tables by name, each read through <see cref="RunFiles"/> (regular files only, with
/// a size limit), so a report never blocks on a pipe or reads a device.
/// </summary>
public sealed class FolderManifest
{
    private FolderManifest(string path, JsonElement document)
    {
        Path = path;
        Document = document;
    }

    public string Path { get; }

    /// <summary>The whole manifest.</summary>
    public JsonElement Document { get; }

    /// <summary>The manifest's <c>kind</c> (<c>stability</c>, <c>compare</c>, ...); null for a run's manifest, which has none.</summary>
    public string? Kind => Document.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String ? kind.GetString() : null;

    /// <summary>The version of the engine that wrote the folder, as its manifest records it.</summary>
    public string EngineVersion =>
        Document.TryGetProperty("engine", out var e) && e.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    /// <summary>The data folder's name as the recorded command gives it (<c>--data sample-data</c>), or empty.</summary>
    public string DataSetName
    {
        get
        {
            if (!Document.TryGetProperty("command", out var c) || c.ValueKind != JsonValueKind.Array)
                return "";
            var words = c.EnumerateArray().Select(w => w.ValueKind == JsonValueKind.String ? w.GetString()! : "").ToArray();
            var i = Array.IndexOf(words, "--data");
            return i >= 0 && i + 1 < words.Length ? words[i + 1] : "";
        }
    }

    /// <summary>Opens the manifest of <paramref name="path"/>, or says why it cannot be (no folder, no manifest, not JSON).</summary>
    public static (FolderManifest? Folder, string? Problem) Open(string path, ReportTexts texts)
    {
        if (RunFiles.NotAFolder(path, texts.FolderWord) is { } notAFolder)
            return (null, notAFolder);
        var manifest = System.IO.Path.Combine(path, Manifest.FileName);
        try
        {
            if (RunFiles.KindOf(manifest) == IO.PathKind.Missing)
                return (null, texts.NoManifest(path, Manifest.FileName));
            using var document = JsonDocument.Parse(RunFiles.ReadAll(manifest, RunFiles.ManifestLimit));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, texts.ManifestNotOurs(path, Manifest.FileName));
            return (new FolderManifest(path, document.RootElement.Clone()), null);
        }
        catch (RunFileException e)
        {
            return (null, e.Message);
        }
        catch (JsonException)
        {
            return (null, texts.ManifestNotOurs(path, Manifest.FileName));
        }
    }

    /// <summary>One of the folder's Parquet tables (<c>stabilitet_kommuner</c>), its rows by column name.</summary>
    /// <exception cref="RunFileException">The table is missing, not a regular file, or not Parquet.</exception>
    public IReadOnlyList<TableRow> Table(string table)
    {
        var path = System.IO.Path.Combine(Path, table + ".parquet");
        var bytes = RunFiles.ReadAll(path, RunFiles.TableLimit);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var (columns, rows) = ParquetTables.ReadTyped(stream);
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
                index.TryAdd(columns[i].Name, i);
            return rows.Select((r, i) => new TableRow(path, i + 1, index, r)).ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new RunFileException(RunTexts.TableUnreadable(path, e.Message));
        }
    }

    /// <summary>One of the folder's CSV tables (<c>endringer_kommuner.csv</c>), its cells by column name.</summary>
    /// <exception cref="RunFileException">The file is missing, not a regular file, or not a table.</exception>
    internal CsvData Csv(string file)
    {
        var path = System.IO.Path.Combine(Path, file);
        var (table, problems) = CsvTable.Read(RunFiles.ReadAll(path, RunFiles.TableLimit), file);
        if (table is null || problems.Any(p => p.IsError))
            throw new RunFileException(RunTexts.TableUnreadable(path, string.Join("; ", problems.Select(p => p.Message))));
        return new CsvData(table, path);
    }

    /// <summary>Whether the folder's summary carries the ILLUSTRATIVE and SYNTHETIC notices (either language), as every output must.</summary>
    public (bool Illustrative, bool Synthetic) Notices()
    {
        var path = System.IO.Path.Combine(Path, RunWriter.SummaryFile);
        if (RunFiles.KindOf(path) != IO.PathKind.RegularFile)
            return (false, false);
        var lines = Encoding.UTF8.GetString(RunFiles.ReadAll(path, RunFiles.TableLimit)).Split('\n');
        bool Marked(string english, string norwegian) => lines.Any(l => l.StartsWith($"!! {english} ", StringComparison.Ordinal) || l.StartsWith($"!! {norwegian} ", StringComparison.Ordinal));
        var illustrative = Document.TryGetProperty("rules", out var r) && r.TryGetProperty("illustrative", out var i) && i.ValueKind == JsonValueKind.True;
        return (illustrative || Marked(RunNotices.IllustrativeMark, RunNotices.IllustrativeMarkNorwegian), Marked(RunNotices.SyntheticMark, RunNotices.SyntheticMarkNorwegian));
    }
}

/// <summary>A CSV table read by column name; a missing column is an error naming the file.</summary>
internal sealed class CsvData(CsvTable table, string path)
{
    public IReadOnlyList<CsvRow> Rows => table.Rows;

    public string Cell(CsvRow row, string column) =>
        table.IndexOf(column) is var i and >= 0 ? row[i] : throw new RunFileException(RunTexts.TableNoColumn(path, column));
}
