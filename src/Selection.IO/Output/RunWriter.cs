using System.Text;
using Selection.Core;
using Selection.IO.Input;
using Selection.IO.Parquet;
using Selection.IO.Rules;

namespace Selection.IO.Output;

/// <summary>
/// Writes a run's report (Selection.Report, which IO does not know) from the run folder's own files: the folder
/// holds the whole run, its manifest included, when it is called.
/// </summary>
public interface IRunReportWriter
{
    /// <param name="folder">The run folder, finished.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="written">The rows of the run's largest tables, which need not be read back.</param>
    void Write(string folder, Stream output, Runs.WrittenRun written);
}

/// <summary>Writes every file of a run's output folder (DOMAIN §10).</summary>
public static class RunWriter
{
    // The tables of a run, by name: <name>.parquet, and <name>.csv for those people and scripts read too.
    public const string SchoolsTable = "skoler";
    public const string KommunerTable = "kommuner";
    public const string MappedSchoolsTable = "omkodede_skoler";
    public const string ObservationsTable = "observasjoner";
    public const string KommuneObservationsTable = "kommuneobservasjoner";
    public const string ShortlistFolder = "statsforvaltere";
    public const string SummaryFile = "sammendrag.txt";

    /// <summary>The run's report (issue 14): one HTML page, written from the run's own files after them.</summary>
    public const string ReportFile = "rapport.html";

    /// <summary>The analyst's workbook, <c>utvalg</c> with its writer's extension.</summary>
    public const string AnalystWorkbookName = AnalystWorkbook.FileName;
    public const string LogFile = "run.log";

    /// <summary>
    /// Writes the tables (machine CSV and Parquet), the evidence, the analyst's workbook (when a writer is
    /// given), the shortlists and the summary, then the manifest with the SHA-256 of each of them and of each
    /// input file. Returns the files written, relative to <paramref name="folder"/>, the manifest last.
    /// </summary>
    public static IReadOnlyList<string> Write(
        string folder,
        SelectionResult result,
        RunNotices notices,
        IReadOnlyList<string> summary,
        LoadedDataSet data,
        LoadedRules rules,
        IReadOnlyList<string> command,
        IReadOnlyList<IShortlistWriter>? shortlistWriters = null,
        IAnalystWorkbookWriter? analystWorkbookWriter = null,
        IRunReportWriter? reportWriter = null)
    {
        var written = new List<string>();
        // The input files are hashed beside the first tables (the evidence and skoler need no run id); the workbook and
        // the shortlists, which carry the run id, wait for it.
        var identity = Task.Run(() =>
        {
            var hashes = data.Files.Select(f => FileHash.Of(data.Folder, f)).ToArray();
            return (Inputs: hashes, RunId: RunId.Of(EngineInfo.Current.Version, rules.Content, hashes, command));
        });
        void Typed(string name, TypedTable table, bool csv = true, bool parquet = true)
        {
            if (csv)
            {
                table.WriteCsv(Path.Combine(folder, name + ".csv"));
                written.Add(name + ".csv");
            }
            if (!parquet)
                return;
            ParquetTables.Write(Path.Combine(folder, name + ".parquet"), table.Columns, table.Rows);
            written.Add(name + ".parquet");
        }

        // The two largest files, the evidence and the analyst's workbook, are written beside the rest, each on
        // its own: different files, each written the same whatever runs beside it. The list of files written
        // keeps its order.
        // skoler and kommuner are made once, for their files and for the workbook.
        var schools = Task.Run(() => OutputTables.Schools(result, notices));
        var kommuner = OutputTables.Kommuner(result, notices);
        var evidence = Task.Run(() => ParquetTables.Write(Path.Combine(folder, ObservationsTable + ".parquet"), OutputTables.Observations(result)));
        var workbookName = analystWorkbookWriter is null ? null : AnalystWorkbookName + analystWorkbookWriter.Extension;
        var workbook = analystWorkbookWriter is null ? Task.CompletedTask : Task.Run(() =>
        {
            using var stream = new FileStream(Path.Combine(folder, workbookName!), FileMode.CreateNew, FileAccess.Write);
            analystWorkbookWriter.Write(stream, AnalystWorkbook.Build(result, notices, identity.GetAwaiter().GetResult().RunId, schools.GetAwaiter().GetResult(), kommuner));
        });
        // The shortlists (a CSV and a workbook per statsforvalter) beside them too, their names kept in order.
        Directory.CreateDirectory(Path.Combine(folder, ShortlistFolder));
        var shortlists = Task.Run(() =>
        {
            var names = new List<string>();
            foreach (var shortlist in Shortlists.Build(result, notices, identity.GetAwaiter().GetResult().RunId))
            {
                var csv = $"{ShortlistFolder}/{shortlist.FileName}.csv";
                var text = shortlist.ToText();
                CsvFiles.Write(Path.Combine(folder, csv), CsvFiles.Excel, text.Header, text.Rows);
                names.Add(csv);
                foreach (var writer in shortlistWriters ?? [])
                {
                    var name = $"{ShortlistFolder}/{shortlist.FileName}{writer.Extension}";
                    using (var stream = new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write))
                        writer.Write(stream, shortlist);
                    names.Add(name);
                }
            }
            return names;
        });
        TypedTable kommuneObservations;
        try
        {
            Typed(SchoolsTable, schools.GetAwaiter().GetResult());
            Typed(KommunerTable, kommuner);
            Typed(MappedSchoolsTable, OutputTables.MappedSchools(result, notices), parquet: false);
            // kommuneobservasjoner too is written while the evidence is, though listed after it.
            kommuneObservations = OutputTables.KommuneObservations(result);
            ParquetTables.Write(Path.Combine(folder, KommuneObservationsTable + ".parquet"), kommuneObservations.Columns, kommuneObservations.Rows);
        }
        finally
        {
            // Never leave a writer running when this one stops: its exception, if any, is the one reported.
            Task.WaitAny(Task.WhenAll(identity, schools, evidence, workbook, shortlists));
        }
        evidence.GetAwaiter().GetResult();
        written.Add(ObservationsTable + ".parquet");
        written.Add(KommuneObservationsTable + ".parquet");
        workbook.GetAwaiter().GetResult();
        if (workbookName is not null)
            written.Add(workbookName);
        written.AddRange(shortlists.GetAwaiter().GetResult());

        File.WriteAllText(Path.Combine(folder, SummaryFile), string.Join("\n", summary) + "\n", new UTF8Encoding(false));
        written.Add(SummaryFile);

        // The outputs hashed side by side, each into its own place: the list keeps its order.
        var outputs = new FileHash[written.Count];
        InParallel.For(written.Count, i => outputs[i] = FileHash.Of(folder, written[i]));
        var (inputs, runId) = identity.GetAwaiter().GetResult();
        Manifest.Write(folder, command, result, rules, data, inputs, outputs, runId);
        if (reportWriter is not null)
        {
            // The report reads the finished run (manifest included), as `selection report` would; then the manifest
            // is written again with the report among the outputs. The report shows nothing of the outputs' list, so
            // `selection report` on the finished folder writes the same bytes. skoler, kommuner, kommuneobservasjoner
            // and the evidence's points are not read back but taken from the rows they were written from, as the files
            // give them back (a decimal with its file column's scale: WrittenRun).
            var tables = new Dictionary<string, TypedTable>(StringComparer.Ordinal)
            {
                [SchoolsTable] = schools.GetAwaiter().GetResult(),
                [KommunerTable] = kommuner,
                [KommuneObservationsTable] = kommuneObservations,
            };
            using (var stream = new FileStream(Path.Combine(folder, ReportFile), FileMode.CreateNew, FileAccess.Write))
                reportWriter.Write(folder, stream, new Runs.WrittenRun(result, tables));
            written.Add(ReportFile);
            File.Delete(Path.Combine(folder, Manifest.FileName));
            Manifest.Write(folder, command, result, rules, data, inputs, [.. outputs, FileHash.Of(folder, ReportFile)], runId);
        }
        written.Add(Manifest.FileName);
        return written;
    }
}
