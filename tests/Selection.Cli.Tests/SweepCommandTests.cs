using System.Text.Json.Nodes;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 13, item 2: <c>selection sweep</c> end to end on Fixtures/liten. With topShare 0.5 and spread.threshold
/// 0.05, by hand: cut ⌈0.5 × 8⌉ = 4 flags Alfa, Elvebakken, Ishavet and Jåttå; Tromsø is route 1, Oslo ({1, 0},
/// Alfa flagged) route 2. At topShare 0.625 the cut 5 flags Casa too, and Bergen ({4/15, 2/15}, sd 1/15 above
/// 0.05) enters by route 2; at 0.75 Dalen is flagged as well and Bergen stays.
/// </summary>
public class SweepCommandTests
{
    /// <summary>The liten rules with topShare 0.5 and spread.threshold 0.05, as a file.</summary>
    private static string Rules()
    {
        var json = JsonNode.Parse(File.ReadAllText(Liten.Rules))!.AsObject();
        json["topShare"] = 0.5m;
        json["spread"]!["threshold"] = 0.05m;
        var path = TestPaths.NewTempPath("regler.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    private static CliRun Sweep(string outFolder, params string[] extra) =>
        CliRun.Of(["sweep", "--data", Liten.Data, "--rules", Rules(), "--vary", "topShare=0.5:0.75:0.125", "--out", outFolder, .. extra]);

    [Test]
    public void Sweep_prints_in_bokmal_where_the_selection_changes_and_writes_the_same_text()
    {
        var outFolder = TestPaths.NewTempPath("sweep");

        var run = Sweep(outFolder, "--language", "nb");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        var summary = File.ReadAllText(Path.Combine(outFolder, "sammendrag.txt"));
        Snapshot.Match(summary, "sweep-liten-nb");
        run.Output.Should().StartWith(summary);
    }

    [Test]
    public void Sweep_writes_its_tables_summary_and_manifest()
    {
        var outFolder = TestPaths.NewTempPath("sweep");

        var run = Sweep(outFolder);

        run.ExitCode.Should().Be(0, run.Error);
        Directory.GetFiles(outFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(
            ".selection-output", "manifest.json", "sammendrag.txt", "sweep.csv", "sweep.parquet", "sweep_endringer.csv", "sweep_endringer.parquet");
        File.ReadAllLines(Path.Combine(outFolder, "sweep.csv")).Should().Equal(
            "topShare,antall_flaggede,antall_rute1,antall_rute2,antall_valgte,jaccard_skoler,jaccard_kommuner,skoler_inn,skoler_ut,inn,ut",
            "0.500,4,1,1,2,1.000000,1.000000,0,0,0,0",
            "0.625,5,1,2,3,0.800000,0.666667,1,0,1,0",
            "0.750,6,1,2,3,0.666667,0.666667,2,0,1,0");
        File.ReadAllLines(Path.Combine(outFolder, "sweep_endringer.csv")).Should().Equal(
            "topShare,kommunenummer,kommunenavn,statsforvalter,endring,rute_grunnlag,rute,rute2_rekkefolge",
            "0.625,4601,Bergen,Statsforvalteren i Vestland,inn,,2,2",
            "0.750,4601,Bergen,Statsforvalteren i Vestland,inn,,2,2");
        var manifest = File.ReadAllText(Path.Combine(outFolder, "manifest.json"));
        manifest.Should().Contain("\"kind\": \"sweep\"").And.Contain("\"topShare=0.500:0.750:0.125\"").And.Contain("\"key\": \"topShare\"");
        run.Output.Should().Contain("sweep, sweep_endringer (.csv and .parquet)");
    }

    [Test]
    public void A_bad_vary_is_a_command_line_error_and_nothing_is_written()
    {
        var outFolder = TestPaths.NewTempPath("sweep");

        var run = CliRun.Of("sweep", "--data", Liten.Data, "--rules", Liten.Rules, "--vary", "topShare=0.20:0.30:0.03", "--vary", "cutShare=1:2:1", "--out", outFolder);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("error: --vary topShare=0.20:0.30:0.03: to (0.30) is not from (0.20) plus a whole number of steps of 0.03")
            .And.Contain("error: --vary cutShare=1:2:1: 'cutShare' is not a key sweep can vary; known keys: topShare, spread.threshold");
        Directory.Exists(outFolder).Should().BeFalse();
    }

    [Test]
    public void A_value_the_rules_may_not_hold_is_refused_as_a_rules_file_is_and_nothing_is_written()
    {
        var outFolder = TestPaths.NewTempPath("sweep");
        Directory.CreateDirectory(Path.GetDirectoryName(outFolder)!);

        var run = CliRun.Of("--language", "nb", "sweep", "--data", Liten.Data, "--rules", Liten.Rules, "--vary", "weight.GSP=98:102:2", "--out", outFolder);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().StartWith(
            "feil: --vary weight.GSP=98:102:2: 1 av 3 verdier avvises slik en regelfil ville avvist dem; den første, 102: nøkkelen «indicators[10].weight»: må være høyst 100\n");
        Directory.GetFileSystemEntries(Path.GetDirectoryName(outFolder)!).Should().BeEmpty("no staging folder or lock is left beside --out");
    }

    [Test]
    public void Three_keys_are_refused()
    {
        var run = CliRun.Of("sweep", "--data", Liten.Data, "--rules", Liten.Rules, "--vary", "topShare=0.25:0.5:0.25",
            "--vary", "route1Count=1:2:1", "--vary", "route2Max=1:2:1", "--out", TestPaths.NewTempPath("s"));

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("--vary is given 3 times; sweep varies at most 2 keys at once");
    }

    [Test]
    public void Bad_data_is_exit_1_and_nothing_is_written()
    {
        var outFolder = TestPaths.NewTempPath("sweep");

        var run = CliRun.Of("sweep", "--data", TestPaths.NewTempPath("ingen"), "--rules", Liten.Rules, "--vary", "topShare=0.25:0.5:0.25", "--out", outFolder);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        Directory.Exists(outFolder).Should().BeFalse();
    }

    [Test]
    public void An_existing_out_is_left_alone_without_force_and_replaced_with_it_only_when_it_holds_a_sweep()
    {
        var outFolder = TestPaths.NewTempPath("sweep");
        Sweep(outFolder).ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(Path.Combine(outFolder, "manifest.json"));

        var again = Sweep(outFolder);

        again.ExitCode.Should().Be(ExitCodes.OutputError);
        again.Error.Should().Contain(outFolder);
        File.ReadAllBytes(Path.Combine(outFolder, "manifest.json")).Should().Equal(before);

        var forced = Sweep(outFolder, "--force");
        forced.ExitCode.Should().Be(0, forced.Error);
        File.ReadAllText(Path.Combine(outFolder, ".selection-output")).Should().Contain("sweep");

        // A run folder is not an earlier sweep: --force does not replace it.
        var runFolder = Liten.Run();
        var refused = Sweep(runFolder, "--force");
        refused.ExitCode.Should().Be(ExitCodes.OutputError);
        refused.Error.Should().Contain("not of `selection sweep`");
        File.Exists(Path.Combine(runFolder, "skoler.csv")).Should().BeTrue();
    }

    [Test]
    public void Out_may_not_be_the_data_folder()
    {
        var data = Liten.Copy();

        var run = CliRun.Of("sweep", "--data", data, "--rules", Liten.Rules, "--vary", "topShare=0.25:0.5:0.25", "--out", data, "--force");

        run.ExitCode.Should().Be(ExitCodes.OutputError);
        Directory.GetFiles(data).Should().HaveCount(Directory.GetFiles(Liten.Data).Length);
    }

    [Test]
    public void The_same_sweep_gives_the_same_bytes_and_the_command_reads_nothing_it_changes()
    {
        var data = Liten.Copy();
        var rules = Rules();
        var dataBefore = Directory.GetFiles(data).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var rulesBefore = File.ReadAllBytes(rules);
        string Once()
        {
            var outFolder = TestPaths.NewTempPath("sweep");
            var run = CliRun.Of("sweep", "--data", data, "--rules", rules, "--vary", "topShare=0.125:1:0.125", "--vary", "route1Count=0:2:1", "--out", outFolder);
            run.ExitCode.Should().Be(0, run.Error);
            return outFolder;
        }

        var a = Once();
        var b = Once();

        foreach (var file in Directory.GetFiles(a).Select(Path.GetFileName))
            File.ReadAllBytes(Path.Combine(b, file!)).Should().Equal(File.ReadAllBytes(Path.Combine(a, file!)), file);
        Directory.GetFiles(data).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).Should().BeEquivalentTo(dataBefore, o => o.WithStrictOrdering());
        File.ReadAllBytes(rules).Should().Equal(rulesBefore);
    }

    [Test]
    public void One_thread_and_two_write_the_same_files()
    {
        var rules = Rules();
        string Once(int threads)
        {
            var outFolder = TestPaths.NewTempPath("sweep");
            var code = Commands.SweepCommand.Execute(Liten.Data, rules, ["topShare=0.125:1:0.125", "spread.threshold=0:0.3:0.05"], outFolder, null, false,
                TextWriter.Null, TextWriter.Null, new Texts(Selection.IO.Texts.TextLanguage.English), maxThreads: threads);
            code.Should().Be(ExitCodes.Success);
            return outFolder;
        }

        var one = Once(1);
        var two = Once(2);

        foreach (var file in Directory.GetFiles(one).Select(Path.GetFileName))
            File.ReadAllBytes(Path.Combine(two, file!)).Should().Equal(File.ReadAllBytes(Path.Combine(one, file!)), file);
    }

    [Test]
    public void Explain_refuses_a_sweep_folder_and_says_where_its_changes_are()
    {
        var outFolder = TestPaths.NewTempPath("sweep");
        Sweep(outFolder).ExitCode.Should().Be(0);

        var run = CliRun.Of("explain", "--run", outFolder, "--kommune", "Bergen");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Be($"error: {outFolder} is a sweep folder, not a run: explain explains a school or kommune in a run. " +
            "The kommuner that enter and leave at each point are in sweep_endringer.csv; a point is explained in a run with a rules file holding its values\n");
    }
}
