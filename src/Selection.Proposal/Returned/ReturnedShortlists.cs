using System.Security.Cryptography;
using Selection.Core;
using Selection.IO;
using Selection.IO.Csv;
using Selection.IO.Runs;

namespace Selection.Proposal.Returned;

/// <summary>
/// Reads the shortlists the statsforvaltere sent back (DOMAIN §6) and checks them against the run's own:
/// that each file belongs to this run and to one of its statsforvaltere, that there is one file per
/// statsforvalter, and that nothing but <c>Prioritet</c> and <c>Begrunnelse</c> changed, by meaning
/// (<see cref="CellMeaning"/>), so that a file Norwegian Excel saved again passes. Every problem names
/// the file, and where it can the line and the column.
/// </summary>
/// <remarks>
/// Error policy: a file with an error gives no answer (the problems say why), so that no proposal is
/// made from half a file; its statsforvalter is not counted as unanswered either, because it did send
/// something. The caller must not propose while <see cref="ReturnedAnswers.HasErrors"/>.
/// </remarks>
public static class ReturnedShortlists
{
    /// <summary>The extensions of the files that are read as returned shortlists.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.Ordinal) { ".csv", ".xlsx" };

    /// <summary>Spreadsheet formats a statsforvalter might send that are not read: an error, not ignored.</summary>
    private static readonly HashSet<string> OtherSpreadsheets = new(StringComparer.Ordinal) { ".xls", ".xlsm", ".xlsb", ".ods" };

    /// <summary>
    /// Reads every <c>*.csv</c> and <c>*.xlsx</c> file in <paramref name="returnedFolder"/> (not its
    /// subfolders) and checks it against <paramref name="run"/>'s shortlists. Any other file is listed as
    /// ignored, with a warning. <paramref name="xlsxReader"/> turns an xlsx file's bytes into a table (or
    /// says why it cannot); without it an xlsx file is an error.
    /// </summary>
    public static ReturnedAnswers Read(RunFolder run, string returnedFolder, Func<byte[], string, (ReturnedTable? Table, string? Error)>? xlsxReader = null)
    {
        var problems = new List<Problem>();
        var references = RunShortlists.Read(run, problems);
        var outcomes = new List<FileOutcome>();
        foreach (var (path, name) in Files(returnedFolder, problems))
            outcomes.Add(ReadFile(path, name, run.Manifest.RunId, references, xlsxReader));

        var answers = new List<StatsforvalterAnswer>();
        foreach (var outcome in outcomes.Where(o => o.Statsforvalter is null))
            problems.AddRange(outcome.Problems);
        foreach (var group in outcomes.Where(o => o.Statsforvalter is not null).GroupBy(o => o.Statsforvalter!, StringComparer.Ordinal))
        {
            var files = group.ToArray();
            var first = files[0];
            if (files.Length == 1 || files.All(f => f.Sha256 == first.Sha256))
            {
                problems.AddRange(first.Problems);
                foreach (var copy in files.Skip(1))
                    problems.Add(Problem.Warning(ReturnedCodes.FileDuplicate, ReturnedTexts.FileDuplicate(first.File), new Origin(copy.File, 0)));
                if (first.Answer is not null)
                    answers.Add(first.Answer);
                continue;
            }
            foreach (var file in files)
                problems.AddRange(file.Problems);
            problems.Add(Problem.Error(
                ReturnedCodes.FileTwice,
                ReturnedTexts.FileTwice(group.Key, files.Length, string.Join(", ", files.Select(f => ReturnedTexts.Quoted(f.File)))),
                new Origin(first.File, 0)));
        }

        var sent = outcomes.Select(o => o.Statsforvalter).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var unanswered = references.Values
            .Where(r => r.HasRoute2 && !sent.Contains(r.Statsforvalter))
            .Select(r => r.Statsforvalter)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return new ReturnedAnswers(answers.OrderBy(a => a.Statsforvalter, StringComparer.Ordinal).ToArray(), problems, unanswered);
    }

    /// <summary>The files of the returned folder to read, by name; everything else is listed as ignored.</summary>
    private static IEnumerable<(string Path, string Name)> Files(string folder, List<Problem> problems)
    {
        var kind = InputFile.KindOf(folder);
        if (kind != PathKind.Folder)
        {
            problems.Add(Problem.Error(
                ReturnedCodes.Folder,
                kind == PathKind.Missing ? ReturnedTexts.FolderMissing : ReturnedTexts.FolderNotAFolder,
                new Origin(folder, 0)));
            return [];
        }
        string[] entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem.Error(ReturnedCodes.Folder, ReturnedTexts.FolderUnreadable(e.Message), new Origin(folder, 0)));
            return [];
        }
        var files = new List<(string, string)>();
        foreach (var path in entries)
        {
            var name = Path.GetFileName(path);
            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (name.StartsWith("~$", StringComparison.Ordinal))
                problems.Add(Problem.Warning(ReturnedCodes.FileIgnored, ReturnedTexts.LockFile, new Origin(name, 0)));
            else if (Extensions.Contains(extension))
                files.Add((path, name));
            else if (OtherSpreadsheets.Contains(extension))
                problems.Add(Problem.Error(ReturnedCodes.FileUnreadable, ReturnedTexts.OtherSpreadsheet(extension), new Origin(name, 0)));
            else
                problems.Add(Problem.Warning(
                    ReturnedCodes.FileIgnored,
                    InputFile.KindOf(path) == PathKind.Folder
                        ? ReturnedTexts.SubfolderIgnored
                        : ReturnedTexts.NotCsvOrXlsx,
                    new Origin(name, 0)));
        }
        return files;
    }

    /// <summary>What one returned file gave: its statsforvalter once known, its answer when it has no error.</summary>
    private sealed record FileOutcome(string File, string Sha256, string? Statsforvalter, StatsforvalterAnswer? Answer, IReadOnlyList<Problem> Problems);

    private static FileOutcome ReadFile(string path, string name, string runId, IReadOnlyDictionary<string, RunShortlist> references, Func<byte[], string, (ReturnedTable?, string?)>? xlsxReader)
    {
        var problems = new List<Problem>();
        var (bytes, error) = InputFile.ReadAll(path);
        if (bytes is null)
        {
            problems.Add(Problem.Error(ReturnedCodes.FileUnreadable, InputFile.Unreadable(error!), new Origin(name, 0)));
            return new FileOutcome(name, "", null, null, problems);
        }
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var table = Path.GetExtension(name).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? Xlsx(bytes, name, xlsxReader, problems)
            : Csv(bytes, name, problems);
        if (table is null)
            return new FileOutcome(name, sha256, null, null, problems);
        // Rows without any text are not rows (Excel's empty lines below a table), whatever the format.
        table = table with { Rows = table.Rows.Where(r => r.Cells.Any(c => CellMeaning.Text(c).Length > 0)).ToArray() };
        var (statsforvalter, answers) = ReturnedFileCheck.Check(table, runId, references, problems);
        var answer = answers is not null && !problems.Any(p => p.IsError) ? new StatsforvalterAnswer(statsforvalter!, name, sha256, answers) : null;
        return new FileOutcome(name, sha256, statsforvalter, answer, problems);
    }

    private static ReturnedTable? Csv(byte[] bytes, string name, List<Problem> problems)
    {
        var (csv, csvProblems) = CsvTable.Read(bytes, name);
        problems.AddRange(csvProblems);
        // A row cut short or with fields past the header is not a table that can be compared cell by cell.
        if (csv is null || csvProblems.Any(p => p.IsError))
            return null;
        return new ReturnedTable(name, "csv", csv.Headers, csv.Rows.Select(r => new ReturnedRow(r.Line, r.Fields)).ToArray());
    }

    private static ReturnedTable? Xlsx(byte[] bytes, string name, Func<byte[], string, (ReturnedTable?, string?)>? xlsxReader, List<Problem> problems)
    {
        if (xlsxReader is null)
        {
            problems.Add(Problem.Error(ReturnedCodes.FileUnreadable, ReturnedTexts.XlsxNotRead, new Origin(name, 0)));
            return null;
        }
        var (table, error) = xlsxReader(bytes, name);
        if (table is null)
            problems.Add(Problem.Error(ReturnedCodes.FileUnreadable, ReturnedTexts.FileUnreadable(error ?? ReturnedTexts.XlsxNoTable), new Origin(name, 0)));
        return table;
    }

    /// <summary>A cell as a message quotes it: control characters shown as <c>\u001B</c>.</summary>
    internal static string Visible(string cell) => ControlCharacters.Visible(cell);
}
