using System.Text.Json;
using Selection.IO.Output;
using Selection.IO.Parquet;

namespace Selection.IO.Runs;

/// <summary>What a run's manifest says, as <c>explain</c> and <c>verify</c> need it.</summary>
public sealed record RunManifest(
    string RunId,
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

/// <summary>
/// A row of one of the run's Parquet tables, read by column name. A column that is missing or holds a
/// value of another type raises <see cref="RunFileException"/> naming the file, the row and the column.
/// </summary>
public sealed class TableRow(string file, int row, IReadOnlyDictionary<string, int> index, object?[] cells)
{
    public object? this[string column] => index.TryGetValue(column, out var i)
        ? cells[i]
        : throw new RunFileException(RunTexts.TableNoColumn(file, column));

    public string Text(string column) => Cell<string>(column) ?? "";

    public int? Int(string column) => this[column] is null ? null : Cell<int>(column);

    public long? Long(string column) => this[column] is null ? null : Cell<long>(column);

    public double? Double(string column) => this[column] is null ? null : Cell<double>(column);

    public decimal Decimal(string column) => Required<decimal>(column);

    public bool Bool(string column) => Required<bool>(column);

    private T? Cell<T>(string column) => this[column] switch
    {
        null => default,
        T value => value,
        var other => throw Wrong(column, RunTexts.CellHoldsType(other.GetType().Name, typeof(T).Name)),
    };

    private T Required<T>(string column) where T : struct =>
        this[column] is null ? throw Wrong(column, RunTexts.CellEmpty) : Cell<T>(column);

    private RunFileException Wrong(string column, string what) =>
        new(RunTexts.CellWrong(file, column, row, what));
}

/// <summary>
/// A run's output folder, read back: the manifest and the Parquet tables. Explanations are made from
/// these files alone, never by computing the selection again.
/// </summary>
/// <remarks>
/// Every file is read through <see cref="RunFiles"/>: only regular files, with a size limit. A folder
/// that is not a run, or a manifest that is not one <c>selection run</c> writes (not JSON, another
/// manifest version, a key missing or of the wrong type, a file named outside the folder), is refused
/// by <see cref="Open"/> with a message; a table that is missing or corrupt raises
/// <see cref="RunFileException"/> when it is read.
/// </remarks>
public sealed class RunFolder
{
    private RunFolder(string path, RunManifest manifest, JsonElement document)
    {
        Path = path;
        Manifest = manifest;
        Document = document;
    }

    public string Path { get; }

    public RunManifest Manifest { get; }

    /// <summary>The whole manifest as JSON, for the checks of <c>verify</c>.</summary>
    public JsonElement Document { get; }

    /// <summary>The path of one of the run's files, named as the manifest names it (<c>statsforvaltere/x.csv</c>).</summary>
    public string FilePath(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Opens a run folder, or says why it is not one.</summary>
    public static (RunFolder? Run, string? Error) Open(string path)
    {
        if (RunFiles.NotAFolder(path, RunTexts.RunFolderName) is { } notAFolder)
            return (null, notAFolder);
        var manifestPath = System.IO.Path.Combine(path, Output.Manifest.FileName);
        if (RunFiles.KindOf(manifestPath) == PathKind.Missing && !RunFiles.IsDanglingLink(manifestPath))
            return (null, RunTexts.NoManifest(path, Output.Manifest.FileName));
        try
        {
            var bytes = RunFiles.ReadAll(manifestPath, RunFiles.ManifestLimit);
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement.Clone();
            // The folders of the other commands (stability, sweep, compare, panel, propose) name their kind; a run's does not.
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String)
                return (null, RunTexts.ManifestUnreadable(Output.Manifest.FileName, path, RunTexts.ManifestOfAnotherCommand(kind.GetString()!)));
            return (new RunFolder(path, ReadManifest(new Json(root, "")), root), null);
        }
        catch (RunFileException e)
        {
            return (null, RunTexts.ManifestUnreadable(Output.Manifest.FileName, path, e.Message));
        }
        catch (JsonException e)
        {
            return (null, RunTexts.ManifestNotJson(Output.Manifest.FileName, path, JsonMessages.FirstSentence(e), (e.LineNumber ?? 0) + 1));
        }
        catch (ManifestException e)
        {
            return (null, RunTexts.ManifestUnreadable(Output.Manifest.FileName, path, e.Message));
        }
    }

    private static RunManifest ReadManifest(Json m)
    {
        var version = m["manifestVersion"].Int();
        if (version != Output.Manifest.Version)
            throw new ManifestException(RunTexts.ManifestVersion(version, Output.Manifest.Version));
        var rules = m["rules"];
        var data = m["data"];
        var ranking = m["schoolRanking"];
        var route1 = m["route1"];
        var route2 = m["route2"];
        return new RunManifest(
            m["runId"].Text(),
            m["engine"]["version"].Text(),
            rules["name"].Text(),
            rules["illustrative"].Bool(),
            data["name"].Text(),
            data["synthetic"].Bool(),
            m["window"]["years"].Items().Select(y => y.Text()).ToArray(),
            ranking["rankable"].Int(),
            ranking["topShare"].Decimal(),
            ranking["cut"].Int(),
            route1["ranked"].Int(),
            route1["cut"].Int(),
            route2["measure"].Text(),
            route2["threshold"].Decimal(),
            Files(data["files"]),
            Files(m["outputs"]));
    }

    private static FileHash[] Files(Json array) => array.Items().Select(f =>
    {
        var file = f["file"];
        var name = file.Text();
        if (name.Length == 0 || System.IO.Path.IsPathRooted(name) || name.Contains('\\', StringComparison.Ordinal)
            || name.Split('/').Any(part => part is "" or "." or ".."))
            throw new ManifestException(RunTexts.ManifestFileOutside(file.Key, name));
        return new FileHash(name, f["bytes"].Long(), f["sha256"].Text());
    }).ToArray();

    /// <summary>The rows of one of the run's tables (<c>skoler</c>, ...), read from its Parquet file.</summary>
    /// <exception cref="RunFileException">The file is missing, not a regular file, or not a Parquet table.</exception>
    public IReadOnlyList<TableRow> Table(string table) => Table(table, null);

    /// <summary>
    /// The rows of one of the run's tables with only the <paramref name="columns"/> named (the rest is never decoded:
    /// the report reads four columns of the evidence); a column not read raises <see cref="RunFileException"/> as a missing one.
    /// </summary>
    /// <exception cref="RunFileException">The file is missing, not a regular file, or not a Parquet table.</exception>
    public IReadOnlyList<TableRow> Table(string table, IReadOnlySet<string>? columns)
    {
        var path = FilePath(table + ".parquet");
        if (_written is not null && _written.Tables.TryGetValue(table, out var written))
            return Rows(path, written.Columns, written.Rows, columns);
        var bytes = RunFiles.ReadAll(path, RunFiles.TableLimit);
        IReadOnlyList<ParquetColumn> found;
        IReadOnlyList<object?[]> rows;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            (found, rows) = columns is null ? ParquetTables.ReadTyped(stream) : ParquetTables.ReadTyped(stream, columns);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new RunFileException(RunTexts.TableUnreadable(path, e.Message));
        }
        return Rows(path, found, rows, null);
    }

    /// <summary>Rows by column name; with <paramref name="only"/>, only those columns can be read.</summary>
    private static TableRow[] Rows(string path, IReadOnlyList<ParquetColumn> columns, IReadOnlyList<object?[]> rows, IReadOnlySet<string>? only)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            if (only is null || only.Contains(columns[i].Name))
                index.TryAdd(columns[i].Name, i);
        }
        var result = new TableRow[rows.Count];
        for (var i = 0; i < rows.Count; i++)
            result[i] = new TableRow(path, i + 1, index, rows[i]);
        return result;
    }

    /// <summary>
    /// The weighted and possible risk points of each scored observation of the schools <paramref name="orgnrs"/>, in the
    /// evidence's order (by orgnr, then as each school's evidence lists them), with its indicator's code: what the
    /// report sums per kommune. Read from four columns of <c>observasjoner</c>, or from the result it was written from.
    /// </summary>
    /// <exception cref="RunFileException">The evidence file is missing, unreadable, or lacks one of the columns.</exception>
    public IReadOnlyList<(string OrgNr, string Indicator, int Points, int Possible)> EvidencePoints(IReadOnlySet<string> orgnrs)
    {
        if (_written is not null)
            return OutputTables.EvidencePoints(_written.Result, orgnrs);
        var evidence = Columns(RunWriter.ObservationsTable, EvidencePointColumns);
        object?[] Column(string name) => evidence.TryGetValue(name, out var c)
            ? c
            : throw new RunFileException(RunTexts.TableNoColumn(FilePath(RunWriter.ObservationsTable + ".parquet"), name));
        var (orgnr, indicator, points, possible) = (Column("orgnr"), Column("indikator"), Column("vektede_risikopoeng"), Column("mulige_risikopoeng"));
        var rows = new List<(string, string, int, int)>();
        for (var i = 0; i < orgnr.Length; i++)
        {
            if (orgnr[i] is string school && orgnrs.Contains(school))
                rows.Add((school, indicator[i] as string ?? "", points[i] as int? ?? 0, possible[i] as int? ?? 0));
        }
        return rows;
    }

    private static readonly IReadOnlySet<string> EvidencePointColumns = new HashSet<string>(StringComparer.Ordinal)
        { "orgnr", "indikator", "vektede_risikopoeng", "mulige_risikopoeng" };

    /// <summary>
    /// This folder, just written by a run that still holds <paramref name="written"/>: its tables and evidence points are
    /// read from those instead of from the files (the same rows; the manifest and every other table still from the files).
    /// </summary>
    public RunFolder Knowing(WrittenRun written) => new(Path, Manifest, Document) { _written = written };

    private WrittenRun? _written;

    /// <summary>
    /// The named columns of one of the run's tables, each as one array over the rows (the report passes over the
    /// evidence of a 100× country, millions of rows, this way). A column the file does not have is not in the result.
    /// </summary>
    /// <exception cref="RunFileException">The file is missing, not a regular file, or not a Parquet table.</exception>
    public IReadOnlyDictionary<string, object?[]> Columns(string table, IReadOnlySet<string> columns)
    {
        var path = FilePath(table + ".parquet");
        var bytes = RunFiles.ReadAll(path, RunFiles.TableLimit);
        try
        {
            return ParquetTables.ReadColumns(bytes, columns);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new RunFileException(RunTexts.TableUnreadable(path, e.Message));
        }
    }

    /// <summary>A manifest that is JSON but not the shape <c>selection run</c> writes; the message names the key.</summary>
    private sealed class ManifestException(string message) : Exception(message);

    /// <summary>A JSON value with the key path that leads to it (<c>rules.name</c>), for messages.</summary>
    private readonly record struct Json(JsonElement Element, string Key)
    {
        public Json this[string key]
        {
            get
            {
                var path = Key.Length == 0 ? key : $"{Key}.{key}";
                if (Element.ValueKind != JsonValueKind.Object)
                    throw new ManifestException(Key.Length == 0 ? RunTexts.ManifestNotObject : RunTexts.ManifestKeyNotObject(Key));
                return Element.TryGetProperty(key, out var value) ? new Json(value, path) : throw new ManifestException(RunTexts.ManifestKeyMissing(path));
            }
        }

        public IEnumerable<Json> Items()
        {
            if (Element.ValueKind != JsonValueKind.Array)
                throw new ManifestException(RunTexts.ManifestKeyNotList(Key));
            var key = Key;
            return Element.EnumerateArray().Select((e, i) => new Json(e, $"{key}[{i}]")).ToArray();
        }

        public string Text() => Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw new ManifestException(RunTexts.ManifestKeyNotString(Key));

        public bool Bool() => Element.ValueKind is JsonValueKind.True or JsonValueKind.False ? Element.GetBoolean() : throw new ManifestException(RunTexts.ManifestKeyNotBoolean(Key));

        public int Int() => Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var n) ? n : throw new ManifestException(RunTexts.ManifestKeyNotWholeNumber(Key));

        public long Long() => Element.ValueKind == JsonValueKind.Number && Element.TryGetInt64(out var n) ? n : throw new ManifestException(RunTexts.ManifestKeyNotWholeNumber(Key));

        public decimal Decimal() => Element.ValueKind == JsonValueKind.Number && Element.TryGetDecimal(out var d) ? d : throw new ManifestException(RunTexts.ManifestKeyNotNumber(Key));
    }
}
