using System.Text;
using Selection.Core;
using Selection.IO.Csv;
using Selection.IO.Input;
using Selection.IO.Output;
using Selection.IO.Reference;
using Selection.IO.Rules;
using Selection.IO.Runs;

namespace Selection.Proposal.Tests;

/// <summary>Where the repository and its fixtures are, found from the test binary.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Liten => Path.Combine(RepoRoot, "tests", "Selection.Cli.Tests", "Fixtures", "liten");

    public static string LitenRules => Path.Combine(RepoRoot, "tests", "Selection.Cli.Tests", "Fixtures", "liten-regler.json");

    public static string SampleData => Path.Combine(RepoRoot, "sample-data");

    /// <summary>A fresh, empty folder under the system temp folder.</summary>
    public static string NewTempFolder(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "selection-proposal-tests", Guid.NewGuid().ToString("N"), name);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Selection.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Selection.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// A run folder made the way <c>selection run</c> makes it (rules, data, engine, writer), without the
/// command line, and its shortlists as text to make returned files from.
/// </summary>
public sealed class TestRun
{
    private TestRun(RunFolder folder) => Folder = folder;

    public RunFolder Folder { get; }

    public string RunId => Folder.Manifest.RunId;

    /// <summary>The run's shortlist files, by file name (<c>statsforvalteren-i-….csv</c>).</summary>
    public IReadOnlyList<string> ShortlistFiles =>
        Directory.GetFiles(Folder.FilePath(RunWriter.ShortlistFolder), "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public byte[] Bytes(string shortlist) => File.ReadAllBytes(Path.Combine(Folder.FilePath(RunWriter.ShortlistFolder), shortlist));

    /// <summary>The run's shortlist as a table of cells (header first), read back with the repo's CSV reader.</summary>
    public List<List<string>> Cells(string shortlist)
    {
        var (table, _) = CsvTable.Read(Bytes(shortlist), shortlist);
        return [[.. table!.Headers], .. table.Rows.Select(r => r.Fields.ToList())];
    }

    public static TestRun Make(string dataFolder, string rules)
    {
        var folder = TestPaths.NewTempFolder("run");
        var (loaded, rulesProblems) = RulesReader.Load(rules);
        if (loaded is null)
            throw new InvalidOperationException(string.Join("\n", rulesProblems));
        var data = DataSetReader.Read(dataFolder);
        if (data.HasErrors)
            throw new InvalidOperationException(string.Join("\n", data.Problems.Where(p => p.IsError)));
        var outcome = SelectionEngine.Run(data.Input, loaded.Rules, ReferenceTables.History);
        if (!outcome.Succeeded)
            throw new InvalidOperationException(string.Join("\n", outcome.Problems));
        var notices = new RunNotices(loaded.Rules.IsIllustrative, loaded.Rules.Name, loaded.Rules.Provenance, data.Info.Synthetic, data.Info.Name ?? "data");
        RunWriter.Write(folder, outcome.Result!, notices, ["test run"], data, loaded, ["run", "--data", Path.GetFileName(dataFolder), "--rules", Path.GetFileName(rules), "--out", "<out>"]);
        var (run, error) = RunFolder.Open(folder);
        return run is null ? throw new InvalidOperationException(error) : new TestRun(run);
    }

    private static readonly Lazy<TestRun> LitenRun = new(() => Make(TestPaths.Liten, TestPaths.LitenRules));

    private static readonly Lazy<TestRun> SampleRun = new(() => Make(TestPaths.SampleData, "illustrativ"));

    private static readonly Lazy<TestRun> FormulaRun = new(() =>
    {
        // The liten data with "Alfa skole" renamed "=Alfa skole": its shortlist cell starts like a formula.
        var data = TestPaths.NewTempFolder("liten-formel");
        foreach (var file in Directory.GetFiles(TestPaths.Liten))
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        var skoler = Path.Combine(data, "skoler.csv");
        File.WriteAllText(skoler, File.ReadAllText(skoler).Replace(";Alfa skole ;", ";=Alfa skole;", StringComparison.Ordinal), new UTF8Encoding(true));
        return Make(data, TestPaths.LitenRules);
    });

    /// <summary>The small fixture with a school whose name starts with <c>=</c>.</summary>
    public static TestRun Formula => FormulaRun.Value;

    /// <summary>The small fixture, run once for the whole suite.</summary>
    public static TestRun Liten => LitenRun.Value;

    /// <summary>The synthetic national sample data with the illustrative rules, run once for the whole suite.</summary>
    public static TestRun Sample => SampleRun.Value;
}

/// <summary>Writes CSV the way a spreadsheet might save it again: any separator, quoting, line end, encoding.</summary>
public static class Resave
{
    public static byte[] Csv(IEnumerable<IReadOnlyList<string>> rows, char separator = ';', string newLine = "\r\n", bool quoteAll = false, Encoding? encoding = null, bool bom = true)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
            text.Append(string.Join(separator, row.Select(c => Field(c, separator, quoteAll)))).Append(newLine);
        var e = encoding ?? new UTF8Encoding(false);
        var bytes = e.GetBytes(text.ToString());
        return bom && encoding is null ? [.. TextDecoding.Utf8Bom, .. bytes] : bytes;
    }

    private static string Field(string cell, char separator, bool quoteAll) =>
        quoteAll || cell.Contains(separator) || cell.Contains('"') || cell.Contains('\n') || cell.Contains('\r')
            ? "\"" + cell.Replace("\"", "\"\"") + "\""
            : cell;
}

/// <summary>A folder of returned files, read against a run.</summary>
public sealed class ReturnedFolder
{
    public string Folder { get; } = TestPaths.NewTempFolder("returned");

    public ReturnedFolder With(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Folder, name), bytes);
        return this;
    }

    public ReturnedFolder WithText(string name, string text) => With(name, Encoding.UTF8.GetBytes(text));

    public ReturnedAnswers Read(TestRun run) => ReturnedShortlists.Read(run.Folder, Folder);
}

public static class ProblemText
{
    /// <summary>The problems as a person reads them, one line each.</summary>
    public static string[] Lines(this ReturnedAnswers answers) => answers.Problems.Select(p => $"{p.Severity}: {p}").ToArray();

    public static KommuneNr Nr(string digits) => KommuneNr.Of(digits);
}
