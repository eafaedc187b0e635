using Selection.Core;
using Selection.Core.Data;
using Selection.IO.Csv;

namespace Selection.IO.Input;

/// <summary>How one input file was read: its dialect, its rows, and what was left out and why.</summary>
public sealed record SourceSummary(
    string File,
    string Format,
    int Rows,
    int RowsUsed,
    IReadOnlyList<IgnoredRows> Ignored,
    int Values,
    int SuppressedValues)
{
    /// <summary>The file as the run summary and the validation report list it, on one line.</summary>
    public string Describe()
    {
        var ignored = Ignored.Count == 0 ? "" : "; ignored: " + string.Join(", ", Ignored.Select(i => $"{i.Count} rows ({i.Reason})"));
        return $"{File,-26}{Rows,7} rows, {RowsUsed} used ({Format}){ignored}";
    }
}

/// <summary>Rows of a file that are not indicator data (another subject, another grade), counted by reason.</summary>
public sealed record IgnoredRows(string Reason, int Count);

/// <summary>A data folder read and checked: the input to the method, or the problems that stop it.</summary>
public sealed record LoadedDataSet(
    string Folder,
    SelectionInput Input,
    DataSetInfo Info,
    IReadOnlyList<SourceSummary> Sources,
    IReadOnlyList<string> Files,
    IReadOnlyList<Problem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}

/// <summary>
/// Reads a data folder in the canonical layout of DOMAIN §9. Every problem found is collected (file,
/// line, column and the text found), not just the first; nothing throws for bad input.
/// </summary>
public static class DataSetReader
{
    public const string Skoler = "skoler";
    public const string Elevundersokelsen = "elevundersokelsen";
    public const string NasjonaleProver = "nasjonale_prover";
    public const string Grunnskolepoeng = "grunnskolepoeng";
    public const string Nasjonalt = "nasjonalt";
    public const string DatasettJson = "datasett.json";

    /// <summary>The data files, in reading order, and whether each must be present.</summary>
    public static readonly IReadOnlyList<(string Name, bool Required)> DataFiles =
    [
        (Skoler, true), (Elevundersokelsen, true), (NasjonaleProver, true), (Grunnskolepoeng, true), (Nasjonalt, false),
    ];

    public static LoadedDataSet Read(string folder)
    {
        var problems = new List<Problem>();
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var empty = new SelectionInput([], [], []);
        if (!Directory.Exists(folder))
        {
            problems.Add(Problem.Error("data-folder-missing", File.Exists(folder)
                ? $"--data '{folder}' is a file; give the folder that holds the data files"
                : $"the data folder '{folder}' does not exist"));
            return new LoadedDataSet(folder, empty, DataSetInfo.Unnamed(folderName), [], [], problems);
        }

        var present = InputFilesIn(folder);
        var tables = new Dictionary<string, SourceTable>();
        var files = new List<string>();
        foreach (var (name, required) in DataFiles)
        {
            var candidates = present.Where(f => IsTableFile(f, name)).ToArray();
            if (candidates.Length == 0)
            {
                if (required)
                    problems.Add(Problem.Error("file-missing", $"the data folder has no {name}.csv (or {name}.parquet)", new Origin(name + ".csv", 0)));
                continue;
            }
            if (candidates.Length > 1)
            {
                problems.Add(Problem.Error("file-twice", $"the data folder has {string.Join(" and ", candidates)}: keep one", new Origin(candidates[0], 0)));
                continue;
            }
            files.Add(candidates[0]);
            var table = ReadTable(Path.Combine(folder, candidates[0]), candidates[0], problems);
            if (table is not null)
                tables[name] = table;
        }

        var info = DataSetInfo.Unnamed(folderName);
        var infoFile = present.FirstOrDefault(f => f.Equals(DatasettJson, StringComparison.OrdinalIgnoreCase));
        if (infoFile is not null)
        {
            files.Add(infoFile);
            try
            {
                info = DataSetInfo.Read(File.ReadAllBytes(Path.Combine(folder, infoFile)), infoFile, folderName, problems);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(Problem.Error("file-unreadable", $"cannot read the file: {e.Message}", new Origin(infoFile, 0)));
            }
        }

        var input = Parse(tables, problems, out var summaries);
        return new LoadedDataSet(folder, input, info, summaries, files, problems);
    }

    /// <summary>The extensions of input tables: CSV, or Parquet with the same columns.</summary>
    public static readonly IReadOnlySet<string> InputExtensions = new HashSet<string>(StringComparer.Ordinal) { ".csv", ".parquet" };

    /// <summary>Whether <paramref name="file"/> is the input table <paramref name="name"/>: its name in any spelling, .csv or .parquet.</summary>
    public static bool IsTableFile(string file, string name) =>
        ColumnNames.Same(Path.GetFileNameWithoutExtension(file), name) && InputExtensions.Contains(Path.GetExtension(file).ToLowerInvariant());

    /// <summary>The files of <paramref name="folder"/> that a run reads: the tables and datasett.json.</summary>
    public static IReadOnlyList<string> InputFilesIn(string folder) =>
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
            .Where(f => DataFiles.Any(d => IsTableFile(f, d.Name)) || f.Equals(DatasettJson, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Reads one input table, CSV or Parquet by its extension; problems go to <paramref name="problems"/>.</summary>
    public static SourceTable? ReadTable(string path, string file, List<Problem> problems)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem.Error("file-unreadable", $"cannot read the file: {e.Message}", new Origin(file, 0)));
            return null;
        }
        if (Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            var (parquet, parquetProblems) = Parquet.ParquetTables.Read(bytes, file);
            problems.AddRange(parquetProblems);
            return parquet;
        }
        var (csv, csvProblems) = CsvTable.Read(bytes, file);
        problems.AddRange(csvProblems);
        return csv is null ? null : SourceTable.FromCsv(csv);
    }

    /// <summary>Turns the tables into the method's input, checking every cell.</summary>
    public static SelectionInput Parse(IReadOnlyDictionary<string, SourceTable> tables, List<Problem> problems, out IReadOnlyList<SourceSummary> summaries)
    {
        var list = new List<SourceSummary>();
        var schools = tables.TryGetValue(Skoler, out var s) ? SchoolsSource.Read(s, problems, list) : [];
        var observations = new List<Observation>();
        if (tables.TryGetValue(Elevundersokelsen, out var eu))
            observations.AddRange(ObservationSources.Elevundersokelsen(eu, problems, list));
        if (tables.TryGetValue(NasjonaleProver, out var np))
            observations.AddRange(ObservationSources.NasjonaleProver(np, problems, list));
        if (tables.TryGetValue(Grunnskolepoeng, out var gsp))
            observations.AddRange(ObservationSources.Grunnskolepoeng(gsp, problems, list));
        var national = tables.TryGetValue(Nasjonalt, out var n) ? ObservationSources.Nasjonalt(n, problems, list) : [];
        summaries = list;
        return new SelectionInput(schools, observations, national);
    }
}
