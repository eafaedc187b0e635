using Selection.Core;
using Selection.Core.Data;
using Selection.IO.Csv;

namespace Selection.IO.Input;

/// <summary>How one input file was read: its dialect, its rows, and what was left out and why.</summary>
/// <param name="File">The file's name in the data folder.</param>
/// <param name="Format">The format and dialect it was read in.</param>
/// <param name="Rows">Its data rows.</param>
/// <param name="RowsUsed">The rows that became data (not ignored, not refused, not duplicates).</param>
/// <param name="Ignored">The rows left out, by reason.</param>
/// <param name="Values">The indicator values read.</param>
/// <param name="SuppressedValues">Of those, the suppressed ones.</param>
/// <param name="Source">The indicator source the file holds; <c>null</c> for skoler and nasjonalt.</param>
/// <param name="Headers">The header as the file writes it, for messages that list the columns found.</param>
/// <param name="AbsentColumns">Indicator columns the file lacks, with the indicators they would have carried.</param>
public sealed record SourceSummary(
    string File,
    string Format,
    int Rows,
    int RowsUsed,
    IReadOnlyList<IgnoredRows> Ignored,
    int Values,
    int SuppressedValues,
    DataSource? Source = null,
    IReadOnlyList<string>? Headers = null,
    IReadOnlyList<AbsentColumn>? AbsentColumns = null)
{
    /// <summary>The file as the run summary and the validation report list it, on one line.</summary>
    public string Describe()
    {
        var ignored = Ignored.Count == 0 ? "" : InputTexts.SourceIgnored(string.Join(", ", Ignored.Select(i => InputTexts.SourceIgnoredRows(i.Count, i.Reason))));
        return InputTexts.SourceLine(File, Rows, RowsUsed, Format, ignored);
    }
}

/// <summary>An optional indicator column that a file does not have, and the indicators it would carry.</summary>
public sealed record AbsentColumn(string Column, IReadOnlyList<Indicator> Indicators);

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

    /// <summary>The optional table of kommuner already in the scheme (issue 12): kommunenummer, runde.</summary>
    public const string Deltakere = "deltakere";

    /// <summary>The optional table of Udir's own kommune values (issue 15): kommunenummer, skoleaar, indikator, verdi, antall.</summary>
    public const string Kommunalt = "kommunalt";
    public const string DatasettJson = "datasett.json";

    /// <summary>The data files, in reading order, and whether each must be present.</summary>
    public static readonly IReadOnlyList<(string Name, bool Required)> DataFiles =
    [
        (Skoler, true), (Elevundersokelsen, true), (NasjonaleProver, true), (Grunnskolepoeng, true), (Nasjonalt, false), (Deltakere, false), (Kommunalt, false),
    ];

    public static LoadedDataSet Read(string folder)
    {
        var problems = new List<Problem>();
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var empty = new SelectionInput([], [], []);
        if (!Directory.Exists(folder))
        {
            problems.Add(Problem.Error("data-folder-missing", File.Exists(folder)
                ? InputTexts.DataFolderIsAFile(folder)
                : InputTexts.DataFolderMissing(folder)));
            return new LoadedDataSet(folder, empty, DataSetInfo.Unnamed(folderName), [], [], problems);
        }

        var present = InputFilesIn(folder);
        var files = new List<string>();
        var toRead = new List<(string Name, string File)>();
        var inOrder = new List<(Problem? Refused, int Read)>(); // per data file, in DataFiles order: why it is not read, or which read it is
        foreach (var (name, required) in DataFiles)
        {
            var candidates = present.Where(f => IsTableFile(f, name)).ToArray();
            if (candidates.Length == 0)
            {
                if (required)
                    inOrder.Add((Problem.Error("file-missing", InputTexts.FileMissing(name), new Origin(name + ".csv", 0)), -1));
                continue;
            }
            if (candidates.Length > 1)
            {
                inOrder.Add((Problem.Error("file-twice", InputTexts.FileTwice(InputTexts.AndList(candidates)), new Origin(candidates[0], 0)), -1));
                continue;
            }
            files.Add(candidates[0]);
            inOrder.Add((null, toRead.Count));
            toRead.Add((name, candidates[0]));
        }

        // Each table is read, checked and turned into data on its own, the tables side by side (they share
        // nothing). Problems and summaries are put together in the order they always had (each file's reading
        // problems in file order, then datasett.json's, then each source's data problems), so the outcome does
        // not depend on which table finished first. A table's text is dropped as soon as it is data.
        // First each file is read and opened, which tells how many rows it can have at most; then the sources'
        // observations are read into sections of one set of columns, sized by those bounds, and put together in place.
        var parts = new ParsedTable[toRead.Count];
        Parallel.For(0, toRead.Count, i =>
        {
            var (name, file) = toRead[i];
            parts[i] = Open(Path.Combine(folder, file), file, name);
        });
        var sections = new ObservationTable.Sections([.. parts.Select(p => p.MostObservations)]);
        Parallel.For(0, toRead.Count, i => parts[i].Parse(sections[i]));
        foreach (var (refused, read) in inOrder)
        {
            if (refused is not null)
                problems.Add(refused);
            else
                problems.AddRange(parts[read].ReadProblems);
        }

        var info = DataSetInfo.Unnamed(folderName);
        var infoFile = present.FirstOrDefault(f => f.Equals(DatasettJson, StringComparison.OrdinalIgnoreCase));
        if (infoFile is not null)
        {
            files.Add(infoFile);
            var (bytes, error) = InputFile.ReadAll(Path.Combine(folder, infoFile));
            if (bytes is null)
                problems.Add(Problem.Error("file-unreadable", InputFile.Unreadable(error!), new Origin(infoFile, 0)));
            else
                info = DataSetInfo.Read(bytes, infoFile, folderName, problems);
        }

        var input = Combine(parts, sections.Build(), problems, out var summaries);
        return new LoadedDataSet(folder, input, info, summaries, files, problems);
    }

    /// <summary>The extensions of input tables: CSV, or Parquet with the same columns.</summary>
    public static readonly IReadOnlySet<string> InputExtensions = new HashSet<string>(StringComparer.Ordinal) { ".csv", ".parquet" };

    /// <summary>Whether <paramref name="file"/> is the input table <paramref name="name"/>: its name in any spelling, .csv or .parquet.</summary>
    public static bool IsTableFile(string file, string name) =>
        ColumnNames.Same(Path.GetFileNameWithoutExtension(file), name) && InputExtensions.Contains(Path.GetExtension(file).ToLowerInvariant());

    /// <summary>
    /// The files of <paramref name="folder"/> that a run reads: the tables and datasett.json. Any entry
    /// with such a name counts, a folder or a link too, so that it is reported rather than passed over.
    /// </summary>
    public static IReadOnlyList<string> InputFilesIn(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>()
            .Where(f => DataFiles.Any(d => IsTableFile(f, d.Name)) || f.Equals(DatasettJson, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Reads one input table, CSV or Parquet by its extension; problems go to <paramref name="problems"/>.</summary>
    public static SourceTable? ReadTable(string path, string file, List<Problem> problems)
    {
        if (Bytes(path, file, problems) is not { } bytes)
            return null;
        if (IsParquet(path))
            return Parquet(bytes, file, problems);
        var (csv, csvProblems) = CsvTable.Read(bytes, file);
        problems.AddRange(csvProblems);
        return csv is null ? null : Checked(SourceTable.FromCsv(csv), problems);
    }

    /// <summary>
    /// Reads one data file and opens it, to be turned into data by <see cref="ParsedTable.Parse(ObservationTable.Builder)"/>.
    /// A CSV file is streamed: each row becomes data as it is read and no row is kept; its reading problems are the
    /// same as <see cref="ReadTable"/> would report, and when the file breaks part way nothing read from it counts.
    /// </summary>
    private static ParsedTable Open(string path, string file, string name)
    {
        var part = new ParsedTable(name);
        if (!IsParquet(path) && OpenPlainUtf8(path) is var (plain, text))
        {
            // Plain UTF-8 (nearly every file): its rows are read from the file a buffer at a time, never held whole.
            var rows = CsvRowStream.Open(plain, text, file, part.ReadProblems, checkControlCharacters: true);
            if (rows is not null)
                part.Opened(TableRows.Of(rows, SourceTable.CsvFormat(rows.Encoding, rows.Separator)), rows, plain);
            return part;
        }
        if (Bytes(path, file, part.ReadProblems) is not { } bytes)
            return part;
        if (IsParquet(path))
        {
            if (Parquet(bytes, file, part.ReadProblems) is { } table)
                part.Opened(TableRows.Of(table), null);
            return part;
        }
        var stream = CsvRowStream.Open(bytes, file, part.ReadProblems, checkControlCharacters: true);
        if (stream is not null)
            part.Opened(TableRows.Of(stream, SourceTable.CsvFormat(stream.Encoding, stream.Separator)), stream);
        return part;
    }

    /// <summary>
    /// The file opened and found to be plain UTF-8 (<see cref="TextDecoding.ScanPlainUtf8"/>), positioned after its byte order
    /// mark; <c>null</c> when it is anything else or cannot be opened (it is then read whole, which says why).
    /// </summary>
    private static (FileStream Stream, PlainUtf8 Text)? OpenPlainUtf8(string path)
    {
        var (stream, _) = InputFile.OpenRead(path);
        if (stream is null)
            return null;
        try
        {
            if (TextDecoding.ScanPlainUtf8(stream, stream.Length) is { } text)
                return (stream, text);
        }
        catch (IOException)
        {
            // read whole instead, which reports what is wrong
        }
        stream.Dispose();
        return null;
    }

    private static bool IsParquet(string path) => Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's bytes, or <c>null</c> with the problem that it cannot be read.</summary>
    private static byte[]? Bytes(string path, string file, List<Problem> problems)
    {
        var (bytes, error) = InputFile.ReadAll(path);
        if (bytes is null)
            problems.Add(Problem.Error("file-unreadable", InputFile.Unreadable(error!), new Origin(file, 0)));
        return bytes;
    }

    /// <summary>A Parquet table read whole and checked as text, or <c>null</c> with its problems.</summary>
    private static SourceTable? Parquet(byte[] bytes, string file, List<Problem> problems)
    {
        var (parquet, parquetProblems) = Selection.IO.Parquet.ParquetTables.Read(bytes, file);
        problems.AddRange(parquetProblems);
        return parquet is null ? null : Checked(parquet, problems);
    }

    /// <summary>
    /// A control character (ESC, BEL, a line break inside a quoted cell) is refused in every cell of
    /// every table: written raw to a CSV, the console or an explanation it would act, not read.
    /// </summary>
    private static SourceTable Checked(SourceTable table, List<Problem> problems)
    {
        void Check(string cell, int line, string column)
        {
            if (ControlCharacters.Find(cell, table.File, line, column) is { } problem)
                problems.Add(problem);
        }
        for (var i = 0; i < table.Headers.Count; i++)
            Check(table.Headers[i], 1, $"{i + 1}");
        foreach (var row in table.Rows)
            for (var i = 0; i < row.Fields.Count; i++)
                Check(row.Fields[i], row.Line, ControlCharacters.ColumnName(table.Headers, i));
        return table;
    }

    /// <summary>Turns the tables into the method's input, checking every cell.</summary>
    public static SelectionInput Parse(IReadOnlyDictionary<string, SourceTable> tables, List<Problem> problems, out IReadOnlyList<SourceSummary> summaries)
    {
        var parts = DataFiles.Where(d => tables.ContainsKey(d.Name)).Select(d =>
        {
            var part = new ParsedTable(d.Name);
            part.Opened(TableRows.Of(tables[d.Name]), null);
            var observations = new ObservationTable.Builder(part.MostObservations);
            part.Parse(observations);
            part.Observations = observations.Build();
            return part;
        }).ToArray();
        return Combine(parts, ObservationTable.Concat([.. parts.Select(p => p.Observations)]), problems, out summaries);
    }

    /// <summary>The method's input from the parsed tables, their data problems and summaries in DataFiles order.</summary>
    private static SelectionInput Combine(ParsedTable[] parts, ObservationTable observations, List<Problem> problems, out IReadOnlyList<SourceSummary> summaries)
    {
        foreach (var part in parts)
            problems.AddRange(part.DataProblems);
        summaries = parts.SelectMany(p => p.Summaries).ToArray();
        return new SelectionInput(
            parts.SelectMany(p => p.Schools).ToArray(),
            observations,
            parts.SelectMany(p => p.National).ToArray(),
            parts.SelectMany(p => p.Participants).ToArray(),
            parts.SelectMany(p => p.KommuneRows).ToArray());
    }

    /// <summary>One data file read and turned into data, with its own problems: a piece of work on its own.</summary>
    private sealed class ParsedTable(string name)
    {
        private TableRows? _rows;
        private CsvRowStream? _stream;
        private (FileStream Stream, long Length)? _file;

        public List<Problem> ReadProblems { get; } = [];

        public List<Problem> DataProblems { get; } = [];

        public List<SourceSummary> Summaries { get; } = [];

        public IReadOnlyList<School> Schools { get; private set; } = [];

        /// <summary>The observations, when they were read into a builder of their own (not a section of shared columns).</summary>
        public ObservationTable Observations { get; set; } = ObservationTable.Empty;

        public IReadOnlyList<NationalValue> National { get; private set; } = [];

        public IReadOnlyList<Participant> Participants { get; private set; } = [];

        public IReadOnlyList<KommuneRow> KommuneRows { get; private set; } = [];

        /// <summary>The most observations the file can give: its rows (an upper bound) times a row's indicators; 0 for tables of no observations.</summary>
        public int MostObservations => _rows is null ? 0 : name switch
        {
            Elevundersokelsen or NasjonaleProver or Grunnskolepoeng => checked(_rows.ExpectedRows * ObservationSources.MostPerRow(name)),
            _ => 0,
        };

        /// <summary>The file was read and opened: these are its rows (and the CSV stream they come from).</summary>
        public void Opened(TableRows rows, CsvRowStream? stream, FileStream? file = null) =>
            (_rows, _stream, _file) = (rows, stream, file is null ? null : (file, file.Length));

        /// <summary>Turns the rows into data, the observations into <paramref name="observations"/>; the file's text is then let go.</summary>
        public void Parse(ObservationTable.Builder observations)
        {
            if (_rows is null)
                return;
            try
            {
                Parse(_rows, observations);
                if (_stream is { } stream)
                {
                    while (stream.Next())
                    {
                        // the rest of a table whose columns did not bind: every row is still checked as text
                    }
                    stream.Finish(ReadProblems);
                    // A file read from disk as it is parsed must be the file that was scanned (no longer or shorter).
                    if (!stream.Failed && _file is { } file && file.Stream.Length != file.Length)
                    {
                        ReadProblems.Clear();
                        ReadProblems.Add(Problem.Error("file-unreadable", InputFile.Unreadable(InputTexts.FileChanged), new Origin(stream.File, 0)));
                        Discard(observations);
                    }
                    else if (stream.Failed)
                    {
                        Discard(observations);
                    }
                }
            }
            finally
            {
                _stream?.Dispose();
                _file?.Stream.Dispose();
                (_rows, _stream, _file) = (null, null, null);
            }
        }

        /// <summary>Forgets what was parsed: the file broke part way, so none of it counts.</summary>
        private void Discard(ObservationTable.Builder observations)
        {
            DataProblems.Clear();
            Summaries.Clear();
            Schools = [];
            observations.Truncate(0);
            National = [];
            Participants = [];
            KommuneRows = [];
        }

        private void Parse(TableRows table, ObservationTable.Builder observations)
        {
            switch (name)
            {
                case Skoler:
                    Schools = SchoolsSource.Read(table, DataProblems, Summaries);
                    break;
                case Elevundersokelsen:
                    ObservationSources.Elevundersokelsen(table, observations, DataProblems, Summaries);
                    break;
                case NasjonaleProver:
                    ObservationSources.NasjonaleProver(table, observations, DataProblems, Summaries);
                    break;
                case Grunnskolepoeng:
                    ObservationSources.Grunnskolepoeng(table, observations, DataProblems, Summaries);
                    break;
                case Nasjonalt:
                    National = ObservationSources.Nasjonalt(table, DataProblems, Summaries);
                    break;
                case Deltakere:
                    Participants = ObservationSources.Deltakere(table, DataProblems, Summaries);
                    break;
                case Kommunalt:
                    KommuneRows = ObservationSources.Kommunalt(table, DataProblems, Summaries);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(table), name, "not a data file");
            }
        }
    }
}
