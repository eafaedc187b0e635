using System.Text;

namespace Selection.Cli.Tests;

/// <summary>
/// <c>selection run</c> end to end on Fixtures/liten: ten hand-made schools, with the results below
/// computed by hand. National rows 2023-24: GSP 42, NP5_LES_MN1 25, EU10_MOBBING 7; floors 37, 40, 15.
/// Shares: Alfa 15/15, Elvebakken 6/12 (mobbing suppressed), Ishavet and Jåttå 5/15, Casa 4/15,
/// Dalen 2/15, Bjørkelia and Fjellet 0/15. N = 8, cut ⌈0.25 × 8⌉ = 2: Alfa and Elvebakken are flagged.
/// Granly is private, Longyear is on Svalbard; Elvebakken is registered under Tromsø's old number 5401.
/// Kommune values: Tromsø 6/12 (rank 1, route 1 with route1Count 1), Oslo and Stavanger 5/15 (rank 2),
/// Bergen 1/15, Halden 0/15. Oslo {1, 0} has sd 0.5 and a flagged school: route 2.
/// </summary>
public class CliRunTests
{
    private static string Data => Path.Combine(TestPaths.Fixtures, "liten");

    private static string Rules => Path.Combine(TestPaths.Fixtures, "liten-regler.json");

    private static (CliRun Run, string Out) RunFixture(params string[] extra)
    {
        var outFolder = TestPaths.NewTempPath("out");
        var run = CliRun.Of(["run", "--data", Data, "--rules", Rules, "--out", outFolder, .. extra]);
        return (run, outFolder);
    }

    private static List<string[]> ReadMachineCsv(string path) =>
        File.ReadAllLines(path, Encoding.UTF8).Select(SplitRfc4180).ToList();

    private static string[] SplitRfc4180(string line) => CsvLine.Split(line);

    [Test]
    public void Run_ranks_flags_and_routes_as_computed_by_hand()
    {
        var (run, outFolder) = RunFixture();

        run.ExitCode.Should().Be(0, run.Error);
        var schools = ReadMachineCsv(Path.Combine(outFolder, "skoler.csv"));
        schools[0][..10].Should().Equal("orgnr", "skolenavn", "kommunenummer", "kommunenavn", "statsforvalter", "risikopoeng", "mulige_risikopoeng", "andel_risikopoeng", "rang", "flagget");
        schools.Skip(1).Select(r => (r[1], r[5], r[6], r[7], r[8], r[9], r[10])).Should().Equal(
            ("Alfa skole", "15", "15", "1.000000", "1", "true", "rangert"),
            ("Elvebakken skole", "6", "12", "0.500000", "2", "true", "rangert"),
            ("Ishavet skole", "5", "15", "0.333333", "3", "false", "rangert"),
            ("Jåttå skole", "5", "15", "0.333333", "3", "false", "rangert"),
            ("Casa skole", "4", "15", "0.266667", "5", "false", "rangert"),
            ("Dalen skole", "2", "15", "0.133333", "6", "false", "rangert"),
            ("Bjørkelia skole", "0", "15", "0.000000", "7", "false", "rangert"),
            ("Fjellet skole", "0", "15", "0.000000", "7", "false", "rangert"),
            ("Granly privatskole", "", "", "", "", "false", "privat_utelatt"),
            ("Longyear skole", "", "", "", "", "false", "utenfor_kommune"));
        schools.Single(r => r[1] == "Elvebakken skole")[2..5].Should().Equal("5501", "Tromsø", "Statsforvalteren i Troms og Finnmark");

        var kommuner = ReadMachineCsv(Path.Combine(outFolder, "kommuner.csv"));
        kommuner.Should().HaveCount(358);
        var routed = kommuner.Skip(1).Where(r => r[10] != "").Select(r => (r[0], r[5], r[6], r[10])).ToArray();
        routed.Should().Equal(("0301", "0.333333", "2", "2"), ("5501", "0.500000", "1", "1"));
        kommuner.Single(r => r[0] == "0301")[7..10].Should().Equal("2", "1", "0.500000");

        File.ReadAllLines(Path.Combine(outFolder, "omkodede_skoler.csv")).Should().HaveCount(2)
            .And.Contain(l => l.StartsWith("981000528,Elvebakken skole,5401,5501,Tromsø,", StringComparison.Ordinal) && l.EndsWith(",true,true", StringComparison.Ordinal));
        Directory.GetFiles(Path.Combine(outFolder, "statsforvaltere")).Select(Path.GetFileName).Order().Should().Equal(
            "statsforvalteren-i-ostfold-buskerud-oslo-og-akershus.csv",
            "statsforvalteren-i-ostfold-buskerud-oslo-og-akershus.xlsx",
            "statsforvalteren-i-troms-og-finnmark.csv",
            "statsforvalteren-i-troms-og-finnmark.xlsx");
    }

    [Test]
    public void The_summary_says_what_was_left_out_and_that_rules_and_data_are_not_real()
    {
        var (run, outFolder) = RunFixture();

        run.Output.Should().Contain("!! ILLUSTRATIVE RULES (liten-test)")
            .And.Contain("!! SYNTHETIC DATA (liten-testdata)")
            .And.Contain("Window        2023-24 (1 school year ending 2023-24)")
            .And.Contain("ranked      8; flagged 2 (rank ≤ 2 = ⌈25 % × 8⌉)")
            .And.Contain("excluded    1 private (rules leave private schools out), 1 outside any kommune (Svalbard, abroad)")
            .And.Contain("mapped      1 registered under a kommunenummer of another structure")
            .And.Contain("1 outside the window")
            .And.Contain("ignored: 10 rows (fag 'engelsk' is not an indicator subject)")
            .And.Contain("route 1     1 (rank ≤ 1)")
            .And.Contain("route 2     1 candidates")
            .And.Contain($"Output        {Path.GetFullPath(outFolder)}");
        File.ReadAllText(Path.Combine(outFolder, "sammendrag.txt")).Should().NotContain(outFolder);
    }

    [Test]
    public void The_shortlist_reads_as_a_statsforvalter_opens_it()
    {
        var (run, outFolder) = RunFixture();
        run.ExitCode.Should().Be(0, run.Error);

        var bytes = File.ReadAllBytes(Path.Combine(outFolder, "statsforvaltere", "statsforvalteren-i-ostfold-buskerud-oslo-og-akershus.csv"));

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        // The run's id fingerprints the engine build (its git commit) too: the snapshot shows where it stands.
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outFolder, "manifest.json")));
        var runId = manifest.RootElement.GetProperty("runId").GetString()!;
        runId.Should().MatchRegex("^K[0-9A-F]{12}$");
        Snapshot.Match(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Replace(runId, "<kjøring>", StringComparison.Ordinal), "shortlist-ostfold-buskerud-oslo-akershus");
    }

    [Test]
    public void An_existing_out_folder_is_not_overwritten_without_force_and_with_force_only_when_it_holds_an_earlier_run()
    {
        var outFolder = TestPaths.NewTempPath("out");
        Directory.CreateDirectory(outFolder);
        File.WriteAllText(Path.Combine(outFolder, "keep.txt"), "keep");

        var refused = CliRun.Of("run", "--data", Data, "--rules", Rules, "--out", outFolder);
        var forcedOverForeign = CliRun.Of("run", "--data", Data, "--rules", Rules, "--out", outFolder, "--force");

        refused.ExitCode.Should().Be(ExitCodes.OutputError);
        refused.Error.Should().Be($"error: --out '{outFolder}' already exists and is not empty; choose another folder, or pass --force to replace an earlier output of `selection run`; nothing was written.\n");
        forcedOverForeign.ExitCode.Should().Be(ExitCodes.OutputError);
        forcedOverForeign.Error.Should().Contain("--force replaces only an earlier output");
        Directory.GetFiles(outFolder).Select(Path.GetFileName).Should().Equal("keep.txt");

        File.Delete(Path.Combine(outFolder, "keep.txt"));
        CliRun.Of("run", "--data", Data, "--rules", Rules, "--out", outFolder).ExitCode.Should().Be(0, "an empty folder is fine without --force");
        File.WriteAllText(Path.Combine(outFolder, "skoler.csv"), "changed");
        var forced = CliRun.Of("run", "--data", Data, "--rules", Rules, "--out", outFolder, "--force");
        forced.ExitCode.Should().Be(0, forced.Error);
        File.ReadAllText(Path.Combine(outFolder, "skoler.csv")).Should().StartWith("orgnr,");
    }

    [Test]
    public void Bad_data_gives_the_file_line_and_column_exit_1_and_no_output()
    {
        var data = TestPaths.NewTempPath("data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(Data))
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        var lines = File.ReadAllLines(Path.Combine(data, "grunnskolepoeng.csv"));
        lines[3] = lines[3].Replace("45.0", "4x.0", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(data, "grunnskolepoeng.csv"), lines);
        var outFolder = TestPaths.NewTempPath("out");

        var run = CliRun.Of("run", "--data", data, "--rules", Rules, "--out", outFolder);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("error: grunnskolepoeng.csv line 4, column grunnskolepoeng: '4x.0' is not a number (found '4x.0')");
        run.Output.Should().BeEmpty();
        Directory.Exists(outFolder).Should().BeFalse();
        Directory.Exists(Path.GetDirectoryName(outFolder)).Should().BeFalse("no temporary folder is left either");
    }

    [Test]
    public void A_school_in_a_split_kommune_stops_the_run_and_names_the_school()
    {
        var data = TestPaths.NewTempPath("data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(Data))
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        var skoler = File.ReadAllText(Path.Combine(data, "skoler.csv")).Replace(";4601;", ";1507;", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(data, "skoler.csv"), skoler, new UTF8Encoding(true));
        var outFolder = TestPaths.NewTempPath("out");

        var run = CliRun.Of("run", "--data", data, "--rules", Rules, "--out", outFolder);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("error: skoler.csv line 4, column kommunenummer: school 981000269 Casa skole is registered in kommune 1507, which was split")
            .And.Contain("1508 Ålesund, 1580 Haram");
        Directory.Exists(outFolder).Should().BeFalse();
    }

    [Test]
    public void A_bad_rules_file_is_refused_naming_the_key()
    {
        var rules = TestPaths.NewTempPath("rules.json");
        Directory.CreateDirectory(Path.GetDirectoryName(rules)!);
        File.WriteAllText(rules, File.ReadAllText(Rules).Replace("\"topShare\": 0.25", "\"topShare\": 25", StringComparison.Ordinal));
        var outFolder = TestPaths.NewTempPath("out");

        var run = CliRun.Of("run", "--data", Data, "--rules", rules, "--out", outFolder);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("error: rules.json: key 'topShare': must lie in (0, 1]: above 0, at most 1 (found '25')");
        Directory.Exists(outFolder).Should().BeFalse();
    }

    [Test]
    public void A_to_that_is_not_a_school_year_is_a_usage_error()
    {
        var run = CliRun.Of("run", "--data", Data, "--rules", Rules, "--out", TestPaths.NewTempPath("out"), "--to", "2023/2025");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("error: --to: '2023/2025' is not a school year: the second year must follow the first");
    }

    [Test]
    public void A_missing_required_option_is_a_usage_error()
    {
        var run = CliRun.Of("run", "--data", Data);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("--rules").And.Contain("--out");
    }

    [Test]
    public void The_illustrativ_preset_runs_by_name()
    {
        var outFolder = TestPaths.NewTempPath("out");

        var run = CliRun.Of("run", "--data", Path.Combine(TestPaths.RepoRoot, "sample-data"), "--rules", "illustrativ", "--out", outFolder);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("oppfolging-illustrativ (format 1, preset illustrativ)");
    }

    [Test]
    public void Rules_show_prints_the_preset_so_a_researcher_can_start_from_it()
    {
        var run = CliRun.Of("rules", "show", "illustrativ");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("\"name\": \"oppfolging-illustrativ\"");
    }
}
