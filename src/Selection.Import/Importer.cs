using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Selection.Core;
using Selection.Import.Output;
using Selection.Import.Reading;
using Selection.Import.Recognition;
using Selection.Import.Sources;
using Selection.IO.Input;

namespace Selection.Import;

/// <summary>A file the import writes: its name in the data folder and its bytes.</summary>
public sealed record ImportedFile(string Name, byte[] Bytes);

/// <summary>
/// What an import made: the files of the canonical data folder (tables, <c>datasett.json</c>,
/// <c>import-logg.txt</c>), the lines to print, and the problems. With an error there are no files.
/// </summary>
public sealed record ImportResult(IReadOnlyList<ImportedFile> Files, IReadOnlyList<string> Summary, IReadOnlyList<Problem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>Writes the files into <paramref name="folder"/> (which exists and is empty: the command's staging folder).</summary>
    public void WriteTo(string folder)
    {
        foreach (var file in Files)
            File.WriteAllBytes(Path.Combine(folder, file.Name), file.Bytes);
    }
}

/// <summary>
/// <c>selection import</c> (issue 15): turns a folder of Udir's exports (Elevundersøkelsen from the statistics
/// bank, the wide reports of nasjonale prøver and grunnskolepoeng with their unit table, NSR's school register)
/// and canonical tables, in any mix, into a canonical data folder (DOMAIN §9), with a log of every mapping made.
/// </summary>
/// <remarks>
/// Every file is recognised by its columns (<see cref="FileRecognizer"/>); one that fits no shape is an error naming
/// the file, its columns and the shapes known. Everything is read and checked before anything is written: the
/// result is the complete set of files or the problems, never part of a folder. The export folder is only read.
/// Canonical files pass through byte for byte, under their canonical names; a table may come from exports or
/// from one canonical file, not both, except <c>nasjonalt</c> and <c>kommunalt</c>, whose rows are merged.
/// </remarks>
public static partial class Importer
{
    /// <summary>The log the import writes beside the tables.</summary>
    public const string LogFile = "import-logg.txt";

    /// <summary>The tables a data folder must have (DOMAIN §9).</summary>
    public static readonly IReadOnlyList<string> RequiredTables = ["skoler", "elevundersokelsen", "nasjonale_prover", "grunnskolepoeng"];

    /// <summary>The order the tables are written and listed in.</summary>
    public static readonly IReadOnlyList<string> TableOrder = ["skoler", "elevundersokelsen", "nasjonale_prover", "grunnskolepoeng", "nasjonalt", "kommunalt", "deltakere"];

    [GeneratedRegex(@"(?<![0-9])(20[0-9]{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12][0-9]|3[01])(?![0-9])")]
    private static partial Regex DateInName();

    public static ImportResult Import(string folder, ImportTexts texts)
    {
        var context = new ImportContext(texts);
        var problems = context.Problems;
        if (!Directory.Exists(folder))
        {
            problems.Add(Problem.Error("import-folder", File.Exists(folder) ? texts.FolderIsAFile(folder) : texts.FolderMissing(folder)));
            return Failed(context);
        }

        var skipped = new List<string>();
        var files = new List<(ReadFile File, FileRecognition Recognition, FileLog Log, DateTime Modified)>();
        DataSetInfo? carriedInfo = null;
        string? infoFile = null;
        foreach (var path in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (ExportFiles.IsSkipped(path, out var isFolder))
            {
                skipped.Add(isFolder ? texts.SkippedFolder(name) : texts.SkippedHidden(name));
                continue;
            }
            if (name.Equals(DataSetReader.DatasettJson, StringComparison.OrdinalIgnoreCase))
            {
                var (bytes, error) = IO.InputFile.ReadAll(path);
                if (bytes is null)
                {
                    problems.Add(Problem.Error("import-unreadable", IO.InputFile.Unreadable(error!), new Origin(name, 0)));
                    continue;
                }
                infoFile = name;
                carriedInfo = DataSetInfo.Read(bytes, name, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), problems);
                continue;
            }
            if (name.Equals(LogFile, StringComparison.OrdinalIgnoreCase))
            {
                skipped.Add(texts.SkippedLog(name));
                continue;
            }
            var read = ExportFiles.Read(path, name, texts, problems);
            if (read is null)
                continue;
            var recognition = FileRecognizer.Recognise(read.Table, texts, out var yearProblem);
            if (recognition is null)
            {
                problems.Add(Problem.Error("import-unknown-file", Unknown(read, yearProblem, texts), new Origin(name, 0)));
                continue;
            }
            var log = new FileLog(name, read.Table.Format, read.Table.Rows.Count)
            {
                Kind = KindName(recognition, texts),
                ByColumns = recognition.ByColumns,
            };
            context.Logs.Add(log);
            files.Add((read, recognition, log, File.GetLastWriteTimeUtc(path)));
        }
        if (problems.Any(p => p.IsError))
            return Failed(context);
        if (files.Count == 0)
        {
            problems.Add(Problem.Error("import-empty", texts.NothingToImport(folder)));
            return Failed(context);
        }

        // Units and the register first (the reports and the tables' order need them), then the exports, then the
        // canonical files (whose nasjonalt and kommunalt rows are merged only when the exports have rows too).
        foreach (var (file, recognition, log, _) in files.Where(f => f.Recognition.Kind == FileKind.UnitTable))
            UnitTable.Read(file.Table, context, log);
        foreach (var (file, recognition, log, _) in files.Where(f => f.Recognition.Kind == FileKind.SchoolRegister))
            SchoolRegister.Read(file.Table, context, log);
        foreach (var (file, recognition, log, _) in files)
        {
            switch (recognition.Kind)
            {
                case FileKind.Elevundersokelsen:
                    ElevundersokelsenExport.Read(file.Table, context, log);
                    break;
                case FileKind.NasjonaleProverReport:
                    ReportExport.NasjonaleProver(file.Table, context, log);
                    break;
                case FileKind.GrunnskolepoengReport:
                    ReportExport.Grunnskolepoeng(file.Table, context, log);
                    break;
            }
        }
        var canonical = new List<CanonicalFile>();
        foreach (var (file, recognition, log, _) in files.Where(f => f.Recognition.Kind == FileKind.Canonical))
        {
            var table = recognition.CanonicalTable!;
            if (canonical.FirstOrDefault(c => c.Table == table) is { } other)
            {
                problems.Add(Problem.Error("import-two-sources", texts.TwoCanonicalFiles(table, other.File.Name, file.Name), new Origin(file.Name, 0)));
                continue;
            }
            if (context.Sources.TryGetValue(table, out var exports))
            {
                if (table is "nasjonalt" or "kommunalt")
                {
                    CanonicalFiles.Rows(table, file.Table, context, log);
                    log.Map(texts.CanonicalMerged(table, string.Join(", ", exports)));
                    context.Source(table, file.Name);
                    continue;
                }
                problems.Add(Problem.Error("import-two-sources", texts.TwoSources(table, file.Name, string.Join(", ", exports)), new Origin(file.Name, 0)));
                continue;
            }
            canonical.Add(new CanonicalFile(table, file));
            log.RowsUsed = file.Table.Rows.Count;
            log.Map(texts.CanonicalPassedOn(file.Name, table + file.Extension));
        }
        if (problems.Any(p => p.IsError))
            return Failed(context);

        // The register: NSR's schools, or a canonical skoler.
        var register = canonical.FirstOrDefault(c => c.Table == "skoler") is { } skolerFile
            ? CanonicalFiles.Schools(skolerFile.File.Table)
            : context.Schools.Values.ToArray();
        var assembly = new TableAssembly(context, register);
        var tables = new List<(string Name, string FileName, byte[] Bytes, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string From)>();
        foreach (var table in TableOrder)
        {
            if (canonical.FirstOrDefault(c => c.Table == table) is { } passed)
            {
                tables.Add((table, passed.OutputName, passed.File.Bytes, passed.File.Table.Headers, passed.File.Table.Rows.Select(r => r.Cells).ToArray(), passed.File.Name));
                continue;
            }
            if (!context.Sources.TryGetValue(table, out var sourceFiles))
                continue;
            CanonicalTable made = table switch
            {
                "skoler" => assembly.Skoler(),
                "elevundersokelsen" => assembly.Elevundersokelsen(),
                "nasjonale_prover" => assembly.NasjonaleProver(),
                "grunnskolepoeng" => assembly.Grunnskolepoeng(),
                "nasjonalt" => assembly.Nasjonalt(),
                _ => assembly.Kommunalt(),
            };
            tables.Add((table, made.FileName, made.ToCsv(), made.Header, made.Rows, string.Join(", ", sourceFiles)));
        }
        var missing = RequiredTables.Where(r => tables.All(t => t.Name != r)).ToArray();
        foreach (var table in missing)
            problems.Add(Problem.Error("import-missing-table", texts.TableMissing(table, texts.TableSources(table))));
        if (problems.Any(p => p.IsError))
            return Failed(context);

        var tallies = tables.SelectMany(t => Tally.Count(t.Name, t.Header, t.Rows, assembly.Register)).ToArray();
        var (retrieved, retrievedFrom) = Retrieved(carriedInfo, files.Select(f => (f.File.Name, f.Modified)).ToArray(), texts);
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var allFiles = files.Select(f => f.File.Name).ToArray();
        var info = new DataSetInfo(
            carriedInfo?.Name ?? folderName,
            carriedInfo?.Description ?? texts.DescriptionImported(folderName, string.Join(", ", tables.Select(t => $"{t.FileName} {texts.Rows(t.Rows.Count)}"))),
            texts.SourceImported(folderName, string.Join(", ", allFiles)) + (carriedInfo?.Source is { } source ? texts.SourceCarried(source) : ""),
            retrieved,
            carriedInfo?.Synthetic ?? false);

        var output = tables.Select(t => new ImportedFile(t.FileName, t.Bytes)).ToList();
        output.Add(new ImportedFile(DataSetReader.DatasettJson, DatasettJson.Bytes(info)));
        var logText = ImportLogText.Write(folderName, context, tables.Select(t => (t.FileName, t.Rows.Count, t.From)).ToArray(), tallies, skipped, infoFile, retrievedFrom, assembly);
        output.Add(new ImportedFile(LogFile, Encoding.UTF8.GetBytes(logText)));

        var summary = new List<string> { texts.SummaryFiles(files.Count, folderName) };
        summary.AddRange(tables.Select(t => texts.SummaryTable(t.FileName, t.Rows.Count, t.From)));
        var leftOut = context.Logs.Sum(l => l.LeftOutRows);
        if (leftOut > 0)
            summary.Add(texts.SummaryLeftOut(leftOut, LogFile));
        summary.Add(texts.SummaryLog(LogFile));
        if (info.Synthetic)
            summary.Add(texts.SummarySynthetic);
        return new ImportResult(output, summary, problems);
    }

    private static ImportResult Failed(ImportContext context) => new([], [], context.Problems);

    /// <summary>
    /// The date the data was retrieved: what the exports' own <c>datasett.json</c> says, else the latest date in the
    /// files' names (<c>elevundersokelsen-2025-10-03.csv</c>), else the latest day a file was last written (UTC).
    /// </summary>
    private static (string? Date, string How) Retrieved(DataSetInfo? carried, IReadOnlyList<(string Name, DateTime Modified)> files, ImportTexts texts)
    {
        if (carried?.Retrieved is { } given)
            return (given, texts.RetrievedCarried(DataSetReader.DatasettJson));
        var inNames = files
            .SelectMany(f => DateInName().Matches(f.Name).Select(m => (f.Name, Text: $"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}")))
            .Where(d => DateOnly.TryParseExact(d.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .OrderByDescending(d => d.Text, StringComparer.Ordinal)
            .ToArray();
        if (inNames.Length > 0)
            return (inNames[0].Text, texts.RetrievedFromName(inNames[0].Name));
        var latest = files.MaxBy(f => f.Modified);
        return (latest.Modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), texts.RetrievedFromModified(latest.Name));
    }

    private static string KindName(FileRecognition recognition, ImportTexts texts) => recognition.Kind switch
    {
        FileKind.Canonical => texts.KindCanonical(recognition.CanonicalTable!),
        _ => texts.KindName(recognition.Kind),
    };

    /// <summary>Why a file is not one the import knows: its columns, and what each shape needs.</summary>
    private static string Unknown(ReadFile file, (string Header, string Error)? yearProblem, ImportTexts texts)
    {
        var columns = string.Join(", ", file.Table.Headers.Take(12).Select(h => $"«{h}»")) + (file.Table.Headers.Count > 12 ? " …" : "");
        if (yearProblem is { } year)
            return texts.UnknownFileYear(year.Header, year.Error);
        if (FileRecognizer.MissingForItsName(file.Name, file.Table) is { Count: > 0 } missing)
            return texts.UnknownFileNamedLikeTable(Path.GetFileNameWithoutExtension(file.Name), string.Join(", ", missing), columns);
        return texts.UnknownFile(columns, texts.ShapesExpected);
    }
}
