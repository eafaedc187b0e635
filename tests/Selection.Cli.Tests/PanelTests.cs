using System.Text;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 12, item 3: <c>selection panel</c> makes one normal run per window end, and its tables and summary
/// say the same as those runs; kommuner are followed across the 2024 structure change.
/// </summary>
public class PanelTests
{
    private static string SampleData => Path.Combine(TestPaths.RepoRoot, "sample-data");

    private static string History => Path.Combine(TestPaths.RepoRoot, "sample-data", "historikk");

    /// <summary>The panel of the sample data's two windows (ending 2022-23 and 2023-24), made once.</summary>
    private static readonly Lazy<(CliRun Run, string Out)> SamplePanel = new(() =>
    {
        var outFolder = TestPaths.NewTempPath("panel");
        return (CliRun.Of("panel", "--data", SampleData, "--rules", "illustrativ", "--from", "2022-23", "--to", "2023-24", "--out", outFolder), outFolder);
    });

    private static List<string[]> Csv(string path) => File.ReadAllLines(path, Encoding.UTF8).Select(l => CsvLine.Split(l)).ToList();

    [TestCase("2022-23")]
    [TestCase("2023-24")]
    public void Each_round_of_a_panel_is_the_run_of_its_window_byte_for_byte(string end)
    {
        var (panel, panelOut) = SamplePanel.Value;
        panel.ExitCode.Should().Be(0, panel.Error);
        var runOut = TestPaths.NewTempPath("run");

        var run = CliRun.Of("run", "--data", SampleData, "--rules", "illustrativ", "--to", end, "--out", runOut);

        run.ExitCode.Should().Be(0, run.Error);
        var roundFolder = Path.Combine(panelOut, end);
        var files = Directory.EnumerateFiles(runOut, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(runOut, f))
            .Where(f => f != "run.log").Order(StringComparer.Ordinal).ToArray();
        Directory.EnumerateFiles(roundFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(roundFolder, f))
            .Where(f => f != "run.log").Order(StringComparer.Ordinal).Should().Equal(files);
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(roundFolder, file)).Should().Equal(File.ReadAllBytes(Path.Combine(runOut, file)), file);
    }

    [Test]
    public void The_panel_tables_hold_each_rounds_schools_and_kommuner_as_its_run_has_them()
    {
        var (panel, panelOut) = SamplePanel.Value;
        panel.ExitCode.Should().Be(0, panel.Error);

        var schools = Csv(Path.Combine(panelOut, "panel_skoler.csv"));
        var kommuner = Csv(Path.Combine(panelOut, "panel_kommuner.csv"));
        schools[0].Should().Equal("orgnr", "skolenavn", "runde", "kommunestruktur", "kommunenummer", "kommunenavn", "risikopoeng", "mulige_risikopoeng", "andel_risikopoeng", "rang", "flagget", "status");
        kommuner[0].Should().Equal("kommunenummer", "kommunenavn", "runde", "kommunestruktur", "folges_som", "risikopoeng", "mulige_risikopoeng", "andel_risikopoeng", "rang", "antall_flaggede_skoler", "rute", "rute2_rekkefolge", "valgt", "status");
        foreach (var end in new[] { "2022-23", "2023-24" })
        {
            var run = Csv(Path.Combine(panelOut, end, "skoler.csv"));
            schools.Skip(1).Where(r => r[2] == end).Select(r => (r[0], r[6], r[7], r[8], r[9], r[10], r[11]))
                .Should().Equal(run.Skip(1).Select(r => (r[0], r[5], r[6], r[7], r[8], r[9], r[10])).OrderBy(r => r.Item1, StringComparer.Ordinal), end);
            var runKommuner = Csv(Path.Combine(panelOut, end, "kommuner.csv"));
            kommuner.Skip(1).Where(r => r[2] == end).Select(r => (r[0], r[4], r[7], r[8], r[10]))
                .Should().Equal(runKommuner.Skip(1).Select(r => (r[0], r[0], r[5], r[6], r[10])), end);
        }
    }

    [Test]
    public void The_summary_counts_the_kommuner_taken_in_one_and_in_both_rounds_as_the_runs_show_them()
    {
        var (panel, panelOut) = SamplePanel.Value;
        panel.ExitCode.Should().Be(0, panel.Error);

        // Taken: route 1, or route 2 within the first route2Max = 10 candidates; counted from the runs' own tables.
        HashSet<string> Taken(string end) => Csv(Path.Combine(panelOut, end, "kommuner.csv")).Skip(1)
            .Where(r => r[10] == "1" || (r[10] == "2" && int.Parse(r[13], System.Globalization.CultureInfo.InvariantCulture) <= 10))
            .Select(r => r[0]).ToHashSet();
        var a = Taken("2022-23");
        var b = Taken("2023-24");
        var both = a.Intersect(b).Count();
        var one = a.Union(b).Count() - both;

        panel.Output.Should().Contain($"Kommuner      357 kommuner in the 2024 structure; taken (route 1 or among the first route2Max on route 2) in so many of the 2 rounds: 0: {357 - one - both}, 1: {one}, 2: {both}\n");
        File.ReadAllText(Path.Combine(panelOut, "sammendrag.txt")).Should().Contain($"1: {one}, 2: {both}");
    }

    [Test]
    public void A_panel_of_the_rounds_own_presets_follows_a_split_kommune_into_the_2024_structure()
    {
        var outFolder = TestPaths.NewTempPath("panel");

        var panel = CliRun.Of("panel", "--data", History, "--rules", "runder", "--from", "2021-22", "--to", "2022-23", "--out", outFolder);

        panel.ExitCode.Should().Be(0, panel.Error);
        var kommuner = Csv(Path.Combine(outFolder, "panel_kommuner.csv"));
        // Ålesund 1507 (2020) was split in 2024 into Ålesund 1508 and Haram 1580; Halden 3001 was renumbered 3101.
        kommuner.Where(r => r[0] == "1507").Select(r => (r[2], r[3], r[4])).Should().Equal(("2021-22", "2020", "1508 1580"));
        kommuner.Where(r => r[0] == "3001").Select(r => (r[2], r[4])).Should().Equal(("2021-22", "3101"));
        kommuner.Where(r => r[0] == "1508").Select(r => (r[2], r[4])).Should().Equal(("2022-23", "1508"));
        panel.Output.Should().Contain("kommuner of an older structure are followed into the 2024 structure through the change tables");
        File.ReadAllText(Path.Combine(outFolder, "2021-22", "manifest.json")).Should().Contain("\"name\": \"oppfolging-runde-2023\"");
        File.ReadAllText(Path.Combine(outFolder, "2022-23", "manifest.json")).Should().Contain("\"name\": \"oppfolging-runde-2024\"");
    }

    [Test]
    public void From_after_to_is_refused_and_nothing_is_written()
    {
        var outFolder = TestPaths.NewTempPath("panel");

        var panel = CliRun.Of("panel", "--data", SampleData, "--rules", "illustrativ", "--from", "2023-24", "--to", "2022-23", "--out", outFolder);

        panel.ExitCode.Should().Be(2);
        panel.Error.Should().Contain("--from (2023-24) comes after --to (2022-23)");
        Directory.Exists(outFolder).Should().BeFalse();
    }

    [Test]
    public void A_window_end_without_a_round_preset_is_refused_naming_the_round_and_nothing_is_written()
    {
        var outFolder = TestPaths.NewTempPath("panel");

        var panel = CliRun.Of("panel", "--data", History, "--rules", "runder", "--from", "2017-18", "--to", "2018-19", "--out", outFolder);

        panel.ExitCode.Should().Be(1);
        panel.Error.Should().Contain("the window ending 2017-18 belongs to the round runde-2019, which has no preset (round presets: runde-2020");
        Directory.Exists(outFolder).Should().BeFalse();
    }

    [Test]
    public void A_round_the_data_cannot_make_is_named_and_nothing_is_written()
    {
        var outFolder = TestPaths.NewTempPath("panel");

        var panel = CliRun.Of("panel", "--data", SampleData, "--rules", "illustrativ", "--from", "2021-22", "--to", "2023-24", "--out", outFolder);

        panel.ExitCode.Should().Be(1);
        panel.Error.Should().Contain("The round with the window ending 2021-22 cannot be made from this data; nothing was written.");
        Directory.Exists(outFolder).Should().BeFalse();
    }

    [Test]
    public void Carried_participants_leave_the_kommuner_taken_in_a_round_out_of_the_next()
    {
        var outFolder = TestPaths.NewTempPath("panel");

        var panel = CliRun.Of("panel", "--data", History, "--rules", "runder", "--from", "2019-20", "--to", "2020-21", "--out", outFolder, "--carry-participants");

        panel.ExitCode.Should().Be(0, panel.Error);
        // Both rounds are in the 2020 structure; runde-2022's participants key leaves out the kommuner runde-2021 took.
        var first = Csv(Path.Combine(outFolder, "2019-20", "kommuner.csv")).Skip(1)
            .Where(r => r[10] == "1" || (r[10] == "2" && int.Parse(r[13], System.Globalization.CultureInfo.InvariantCulture) <= 10)).Select(r => r[0]).ToArray();
        var second = Csv(Path.Combine(outFolder, "2020-21", "kommuner.csv")).Skip(1);
        first.Should().NotBeEmpty();
        second.Where(r => r[17] == "i_ordningen").Select(r => r[0]).Should().BeEquivalentTo(first);
        second.Where(r => r[17] == "i_ordningen").Should().OnlyContain(r => r[10] == "" && r[6] == "");
        File.ReadAllText(Path.Combine(outFolder, "2020-21", "sammendrag.txt")).Should().Contain($"  in scheme   {first.Length} kommuner are in the scheme within their 3 years (deltakere) and left out of both routes: ");
        File.ReadAllText(Path.Combine(outFolder, "manifest.json")).Should().Contain("\"--carry-participants\"");
    }

    [Test]
    public void Explain_on_a_panel_shows_a_kommunes_history_with_its_predecessor_in_the_older_structure()
    {
        var outFolder = TestPaths.NewTempPath("panel");
        CliRun.Of("panel", "--data", History, "--rules", "runder", "--from", "2021-22", "--to", "2022-23", "--out", outFolder).ExitCode.Should().Be(0);

        var explain = CliRun.Of("explain", "--run", outFolder, "--kommune", "Haram");

        explain.ExitCode.Should().Be(0, explain.Error);
        var lines = explain.Output.Split('\n');
        lines[0].Should().Be($"Haram kommune (1580) i panelet {outFolder}: 2 runder, vinduer som slutter 2021-22 til 2022-23");
        lines.Should().Contain(l => l.StartsWith("2021-22   2020      1507 Ålesund", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("2022-23   2024      1580 Haram", StringComparison.Ordinal));
        explain.Output.Should().Contain("fulgt fra Ålesund 1507 (2020)");
        CliRun.Of("explain", "--run", outFolder, "--school", "974760673").ExitCode.Should().Be(2);
    }

    [Test]
    public void Explain_on_a_comparison_shows_a_kommune_in_run_a_and_run_b_and_why_it_moved()
    {
        var (panel, panelOut) = SamplePanel.Value;
        panel.ExitCode.Should().Be(0, panel.Error);
        var compareOut = TestPaths.NewTempPath("sammenligning");
        CliRun.Of("compare", "--a", Path.Combine(panelOut, "2022-23"), "--b", Path.Combine(panelOut, "2023-24"), "--out", compareOut).ExitCode.Should().Be(0);
        var moved = Csv(Path.Combine(compareOut, "endringer_kommuner.csv")).Skip(1).First(r => r[2] != r[3]);

        var explain = CliRun.Of("explain", "--run", compareOut, "--kommune", moved[0]);

        explain.ExitCode.Should().Be(0, explain.Error);
        explain.Output.Should().StartWith($"{moved[1]} ({moved[0]}) i sammenligningen {compareOut}\n  A: ");
        explain.Output.Should().Contain("  Hvorfor: " + moved[^1]);
    }
}
