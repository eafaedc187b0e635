using System.Text;
using System.Text.Json.Nodes;
using Selection.Core;
using Selection.IO.Input;
using Selection.IO.Output;
using Selection.IO.Reference;
using Selection.IO.Rules;

namespace Selection.Compare.Tests;

/// <summary>Where the repository and its fixtures are, found from the test binary.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The small hand-made data set of the CLI tests (ten schools; CliRunTests has the hand-computed results).</summary>
    public static string Liten => Path.Combine(RepoRoot, "tests", "Selection.Cli.Tests", "Fixtures", "liten");

    public static string LitenRules => Path.Combine(RepoRoot, "tests", "Selection.Cli.Tests", "Fixtures", "liten-regler.json");

    /// <summary>A fresh, empty folder under the system temp folder.</summary>
    public static string NewTempFolder(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "selection-compare-tests", Guid.NewGuid().ToString("N"), name);
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
/// Runs made the way <c>selection run</c> makes them (rules, data, engine, writer), from copies of the
/// liten fixture with one thing changed, and read back as <c>compare</c> reads them.
/// </summary>
public static class Runs
{
    /// <summary>A copy of the liten data; each change edits one file's text (file name, text → text).</summary>
    public static string Data(params (string File, Func<string, string> Change)[] changes)
    {
        var folder = TestPaths.NewTempFolder("data");
        foreach (var file in Directory.GetFiles(TestPaths.Liten))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        foreach (var (file, change) in changes)
        {
            var path = Path.Combine(folder, file);
            var bytes = File.ReadAllBytes(path);
            // elevundersokelsen.csv is Windows-1252; the others UTF-8. Only UTF-8 files are changed here.
            var text = Encoding.UTF8.GetString(bytes);
            var changed = change(text);
            changed.Should().NotBe(text, "the change to {0} must change something", file);
            File.WriteAllText(path, changed, new UTF8Encoding(bytes.Length >= 3 && bytes[0] == 0xEF));
        }
        return folder;
    }

    /// <summary>A copy of the liten rules with <paramref name="change"/> applied to its JSON.</summary>
    public static string Rules(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(File.ReadAllText(TestPaths.LitenRules))!.AsObject();
        change(json);
        var path = Path.Combine(TestPaths.NewTempFolder("rules"), "regler.json");
        File.WriteAllText(path, json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    /// <summary>Runs the engine on <paramref name="dataFolder"/> with <paramref name="rules"/> into a new run folder; returns its path.</summary>
    public static string Make(string dataFolder, string? rules = null)
    {
        rules ??= TestPaths.LitenRules;
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
        // The summary carries the notices verify looks for: the liten rules are illustrative, its data synthetic.
        string[] summary = ["test run", $"!! {RunNotices.IllustrativeMark} ({loaded.Rules.Name})", $"!! {RunNotices.SyntheticMark} ({data.Info.Name})"];
        RunWriter.Write(folder, outcome.Result!, notices, summary, data, loaded, ["run", "--data", Path.GetFileName(dataFolder), "--rules", Path.GetFileName(rules), "--out", "<out>"]);
        return folder;
    }

    /// <summary>Opens a run folder as compare does, insisting it opens.</summary>
    public static ComparedRun Open(string folder)
    {
        var (run, error) = CompareInput.Open(folder, null, "--a-run");
        run.Should().NotBeNull(error);
        return run!;
    }

    /// <summary>Compares two run folders.</summary>
    public static Comparison Compare(string a, string b) => Comparer.Compare(Open(a), Open(b), ReferenceTables.History);

    /// <summary>The liten data as it is, run once for the suite.</summary>
    public static string Liten => LitenRun.Value;

    private static readonly Lazy<string> LitenRun = new(() => Make(TestPaths.Liten));

    /// <summary>
    /// The liten data with one value changed: Bjørkelia's grunnskolepoeng 2023-24 45 → 30 (below the national
    /// row 42 and the floor 37: 3 points × weight 3 = 9 instead of 0). Bjørkelia 0/15 → 9/15 = 0.6 passes
    /// Elvebakken (6/12 = 0.5) and takes rank 2, inside the cut ⌈0.25 × 8⌉ = 2; Elvebakken falls to rank 3.
    /// Oslo's own GSP (36 + 30) / 2 = 33 is now below the floor: 1 + 9 + 1 = 11/15, rank 1 before Tromsø
    /// (6/12), so Oslo moves from route 2 to route 1 (route1Count 1) and Tromsø leaves route 1.
    /// </summary>
    public static string BjorkeliaGsp30 => BjorkeliaRun.Value;

    private static readonly Lazy<string> BjorkeliaRun = new(() => Make(Data(("grunnskolepoeng.csv", t => Replace(t, "981000137,2023-24,45.0,20", "981000137,2023-24,30.0,20")))));

    /// <summary>Replaces exactly one occurrence.</summary>
    public static string Replace(string text, string from, string to)
    {
        text.Split(from).Length.Should().Be(2, "'{0}' occurs once", from);
        return text.Replace(from, to, StringComparison.Ordinal);
    }
}
