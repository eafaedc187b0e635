using System.Text.Json.Nodes;
using Selection.Core;
using Selection.IO.Input;
using Selection.IO.Reference;
using Selection.IO.Rules;
using Selection.IO.Texts;

namespace Selection.Sweep.Tests;

/// <summary>
/// The small hand-made data set of the CLI tests (tests/Selection.Cli.Tests/Fixtures/liten; CliRunTests has its
/// hand-computed results) and its rules, with sweeps and plain runs made on it the way the commands make them.
/// </summary>
/// <remarks>
/// Shares: Alfa 15/15 (Oslo), Elvebakken 6/12 (Tromsø), Ishavet and Jåttå 5/15 (Stavanger), Casa 4/15 and Dalen
/// 2/15 (Bergen), Bjørkelia 0/15 (Oslo), Fjellet 0/15 (Halden). N = 8 rankable schools, min-ranks 1, 2, 3, 3, 5, 6,
/// 7, 7. Route 1 (route1Count 1): Tromsø 6/12, rank 1. Route 2: Oslo {1, 0}, sd 0.5, with Alfa flagged; Bergen
/// {4/15, 2/15} has sd 1/15 ≈ 0.067, below the liten threshold 0.15; Stavanger's two equal shares have sd 0.
/// </remarks>
public static class Liten
{
    public static string RepoRoot { get; } = FindRoot();

    public static string DataFolder => Path.Combine(RepoRoot, "tests", "Selection.Cli.Tests", "Fixtures", "liten");

    public static string RulesFile => Path.Combine(RepoRoot, "tests", "Selection.Cli.Tests", "Fixtures", "liten-regler.json");

    public static SweepTexts English { get; } = new(TextLanguage.English);

    /// <summary>The liten data, read once for the suite.</summary>
    public static LoadedDataSet Data => LoadedData.Value;

    private static readonly Lazy<LoadedDataSet> LoadedData = new(() => DataSetReader.Read(DataFolder));

    /// <summary>The liten rules as given.</summary>
    public static LoadedRules Rules() => Load(RulesFile);

    /// <summary>A rules file: the liten rules with <paramref name="change"/> made to its JSON, written to a new file and loaded as a command loads it.</summary>
    public static LoadedRules Rules(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(File.ReadAllText(RulesFile))!.AsObject();
        change(json);
        var path = Path.Combine(NewTempFolder("rules"), "regler.json");
        File.WriteAllText(path, json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return Load(path);
    }

    /// <summary>The liten rules with <c>topShare</c> 0.5 and <c>spread.threshold</c> 0.05, where raising topShare moves a kommune.</summary>
    public static LoadedRules HalfAndLowSpread() => Rules(j =>
    {
        j["topShare"] = 0.5m;
        j["spread"]!["threshold"] = 0.05m;
    });

    public static LoadedRules Load(string path)
    {
        var (loaded, problems) = RulesReader.Load(path);
        return loaded ?? throw new InvalidOperationException(string.Join("\n", problems));
    }

    /// <summary>The selection <c>selection run</c> makes with <paramref name="rules"/>.</summary>
    public static SelectionResult Run(Core.Rules.SelectionRules rules)
    {
        var outcome = SelectionEngine.Run(Data.Input, rules, ReferenceTables.History);
        outcome.Succeeded.Should().BeTrue(string.Join("\n", outcome.Problems));
        return outcome.Result!;
    }

    /// <summary>A sweep over <paramref name="vary"/> (each as <c>--vary</c> gives it) from <paramref name="rules"/>.</summary>
    public static SweepResult Sweep(LoadedRules rules, string[] vary, int maxThreads = -1)
    {
        var axes = vary.Select(v =>
        {
            var axis = SweepGrid.ParseAxis(v, English);
            axis.Success.Should().BeTrue(axis.Error);
            return axis.Value;
        }).ToArray();
        var (points, problems) = SweepPlan.Make(rules.Rules, axes, English);
        points.Should().NotBeNull(string.Join("\n", problems));
        var outcome = SweepRunner.Run(Data.Input, Run(rules.Rules), axes, points!, ReferenceTables.History, maxThreads);
        outcome.Result.Should().NotBeNull(string.Join("\n", outcome.Problems));
        return outcome.Result!;
    }

    /// <summary>A fresh, empty folder under the system temp folder.</summary>
    public static string NewTempFolder(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "selection-sweep-tests", Guid.NewGuid().ToString("N"), name);
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
