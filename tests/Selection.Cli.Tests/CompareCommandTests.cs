using System.Text;
using System.Text.RegularExpressions;

namespace Selection.Cli.Tests;

/// <summary>
/// <c>selection compare</c> end to end on Fixtures/liten and a copy with one value changed: Bjørkelia's
/// grunnskolepoeng 2023-24 45 → 30 (3 points × weight 3 instead of 0). By hand: Bjørkelia 0/15 → 9/15
/// passes Elvebakken (6/12) and is flagged (rank 2 of 8, cut 2), Elvebakken is not; Oslo's own
/// grunnskolepoeng (36 + 30) / 2 = 33 is below the floor 37, so Oslo 5/15 → 11/15 takes rank 1 and moves
/// from route 2 to route 1, and Tromsø (6/12, route 1 with route1Count 1) leaves route 1.
/// </summary>
public partial class CompareCommandTests
{
    private static string ChangedData()
    {
        var data = Liten.Copy();
        var file = Path.Combine(data, "grunnskolepoeng.csv");
        var text = File.ReadAllText(file);
        text.Should().Contain("981000137,2023-24,45.0,20");
        File.WriteAllText(file, text.Replace("981000137,2023-24,45.0,20", "981000137,2023-24,30.0,20", StringComparison.Ordinal), new UTF8Encoding(false));
        return data;
    }

    private static string RunOf(string data, string? folder = null)
    {
        folder ??= TestPaths.NewTempPath("run");
        var run = CliRun.Of("run", "--data", data, "--rules", Liten.Rules, "--out", folder);
        run.ExitCode.Should().Be(0, run.Error);
        return folder;
    }

    private static readonly Lazy<(string A, string B)> Pair = new(() => (Liten.Run(), RunOf(ChangedData())));

    [GeneratedRegex("K[0-9A-F]{12}")]
    private static partial Regex RunIdPattern();

    /// <summary>The text without what differs from machine to machine: the folders and the run ids (they carry the engine's commit).</summary>
    private static string Stable(string text, string a, string b) =>
        RunIdPattern().Replace(text.Replace(Path.GetFullPath(a), "<a>", StringComparison.Ordinal).Replace(Path.GetFullPath(b), "<b>", StringComparison.Ordinal), "<kjøring>");

    [Test]
    public void Compare_prints_in_bokmal_who_moved_and_why()
    {
        var (a, b) = Pair.Value;

        var run = CliRun.Of("--language", "nb", "compare", "--a", a, "--b", b);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        Snapshot.Match(Stable(run.Output, a, b), "compare-liten-nb");
    }

    [Test]
    public void Compare_writes_the_tables_the_summary_and_a_manifest_with_both_runs()
    {
        var (a, b) = Pair.Value;
        var outFolder = TestPaths.NewTempPath("endringer");

        var run = CliRun.Of("compare", "--a", a, "--b", b, "--out", outFolder);

        run.ExitCode.Should().Be(0, run.Error);
        Directory.GetFiles(outFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(
            ".selection-output", "endringer_kommuner.csv", "endringer_skoler.csv", "manifest.json", "sammendrag.txt");
        var kommuner = File.ReadAllLines(Path.Combine(outFolder, "endringer_kommuner.csv"));
        CsvLine.Split(kommuner[0])[..8].Should().Equal("kommunenummer", "kommunenavn", "i_a", "i_b", "rute_a", "rute_b", "rang_a", "rang_b");
        var oslo = CsvLine.Split(kommuner.Single(l => l.StartsWith("0301,", StringComparison.Ordinal)));
        oslo[..10].Should().Equal("0301", "Oslo", "true", "true", "2", "1", "2", "1", "0.333333", "0.733333");
        oslo[^2].Should().Be("true");
        oslo[^1].Should().Contain("GSP 2023-24: the value 40.5 → 33, points 1 → 3 (weighted 3 → 9)");
        var skoler = File.ReadAllLines(Path.Combine(outFolder, "endringer_skoler.csv"));
        CsvLine.Split(skoler[0])[..9].Should().Equal("orgnr", "skolenavn", "kommunenummer", "flagget_a", "flagget_b", "rang_a", "rang_b", "andel_a", "andel_b");
        CsvLine.Split(skoler.Single(l => l.StartsWith("981000137,", StringComparison.Ordinal)))[..9].Should().Equal(
            "981000137", "Bjørkelia skole", "0301", "false", "true", "7", "2", "0.000000", "0.600000");
        skoler.Should().HaveCount(11, "every school matched, changed or not");
        File.ReadAllText(Path.Combine(outFolder, "sammendrag.txt")).Should().Be(run.Output[..(run.Output.IndexOf("\n\nOutput", StringComparison.Ordinal) + 1)]);

        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outFolder, "manifest.json")));
        var root = manifest.RootElement;
        root.GetProperty("kind").GetString().Should().Be("compare");
        root.GetProperty("a").GetProperty("runId").GetString().Should().MatchRegex("^K[0-9A-F]{12}$");
        root.GetProperty("b").GetProperty("manifestSha256").GetString().Should().Be(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(b, "manifest.json")))));
        root.GetProperty("causes").GetProperty("inputFilesChanged").EnumerateArray().Select(f => f.GetString()).Should().Equal("grunnskolepoeng.csv");
        root.GetProperty("outputs").EnumerateArray().Select(f => f.GetProperty("file").GetString()).Should().Equal(
            "endringer_kommuner.csv", "endringer_skoler.csv", "sammendrag.txt");
    }

    [Test]
    public void Compare_refuses_an_existing_out_without_force_and_replaces_its_own_with_it()
    {
        var (a, b) = Pair.Value;
        var outFolder = TestPaths.NewTempPath("endringer");
        CliRun.Of("compare", "--a", a, "--b", b, "--out", outFolder).ExitCode.Should().Be(0);

        CliRun.Of("compare", "--a", a, "--b", b, "--out", outFolder).ExitCode.Should().Be(ExitCodes.OutputError);
        CliRun.Of("compare", "--a", a, "--b", b, "--out", outFolder, "--force").ExitCode.Should().Be(0);
        CliRun.Of("compare", "--a", a, "--b", b, "--out", Path.Combine(a, "endringer")).ExitCode.Should().Be(ExitCodes.OutputError);
    }

    [Test]
    public void A_tampered_run_folder_is_refused_and_nothing_is_written()
    {
        var a = Liten.Run();
        var b = Pair.Value.B;
        File.AppendAllBytes(Path.Combine(a, "utvalg.xlsx"), [0]);
        var before = Liten.Hashes(a);
        var outFolder = TestPaths.NewTempPath("endringer");

        var run = CliRun.Of("compare", "--a", a, "--b", b, "--out", outFolder);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be($"error: the run folder '{a}' does not verify: utvalg.xlsx changed; 'selection verify --run {a}' shows everything\n");
        Directory.Exists(outFolder).Should().BeFalse();
        Directory.Exists(Path.GetDirectoryName(outFolder)).Should().BeFalse("a parent made for --out is removed again");
        Liten.Hashes(a).Should().Equal(before, "compare changes nothing it reads");
    }

    [Test]
    public void A_folder_that_is_not_a_run_is_refused_naming_it()
    {
        var folder = Liten.Copy();

        var run = CliRun.Of("compare", "--a", Pair.Value.A, "--b", folder);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().StartWith("error: ").And.Contain(folder).And.Contain("manifest.json");
    }

    [Test]
    public void Identical_runs_say_there_is_no_change()
    {
        var a = Pair.Value.A;

        var run = CliRun.Of("compare", "--a", a, "--b", Liten.Run());

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("\nNo change: the same schools are flagged");
        CliRun.Of("--language", "nb", "compare", "--a", a, "--b", a).Output.Should().Contain("\nIngen endring: ");
    }

    [Test]
    public void Two_proposals_compare_the_kommuner_they_take_and_find_their_runs_beside_them()
    {
        var (a, b) = (RunOf(Liten.Data), RunOf(ChangedData()));
        var returned = TestPaths.NewTempPath("svar");
        Directory.CreateDirectory(returned);
        string Propose(string run)
        {
            var forslag = Path.Combine(Path.GetDirectoryName(run)!, "forslag");
            var propose = CliRun.Of("propose", "--run", run, "--returned", returned, "--out", forslag);
            propose.ExitCode.Should().Be(0, propose.Error);
            return forslag;
        }
        var (pa, pb) = (Propose(a), Propose(b));

        var run = CliRun.Of("compare", "--a", pa, "--b", pb);

        // A takes Tromsø (route 1) and Oslo (route 2, room under route2Max 10); B takes Oslo (route 1) only.
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Proposal           2 → 1: 0 entered, 1 left");
        run.Output.Should().Contain("5501 Tromsø: route 1 → no route.").And.Contain("Proposal: taken → not taken.");
        CliRun.Of("compare", "--a", pa, "--a-run", b, "--b", pb).Error.Should().Contain($"was made from run").And.Contain(b);
    }
}
