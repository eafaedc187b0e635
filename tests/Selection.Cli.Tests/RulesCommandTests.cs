using System.Text;
using Selection.IO.Rules;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 12, item 1: <c>selection rules upgrade</c> writes a file as format 2 and never touches the one it read;
/// <c>rules schema</c> prints the shipped schema; <c>rules check</c> and <c>rules list</c> show what a round preset sets.
/// </summary>
public class RulesCommandTests
{
    /// <summary>A path for a new file in a folder of its own.</summary>
    private static string NewFile(string name)
    {
        var path = TestPaths.NewTempPath(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static string Format1File()
    {
        var path = NewFile("regler.json");
        File.WriteAllBytes(path, RulesReader.PresetContent("illustrativ")!);
        return path;
    }

    [Test]
    public void Upgrade_prints_format_2_and_leaves_the_file_it_read_as_it_was()
    {
        var path = Format1File();
        var before = File.ReadAllBytes(path);

        var run = CliRun.Of("rules", "upgrade", path);

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllBytes(path).Should().Equal(before);
        run.Output.Should().Contain("  \"version\": 2,\n").And.Contain("  \"minKommunePossiblePoints\": 30,\n");
        RulesReader.Parse(Encoding.UTF8.GetBytes(run.Output), "upgraded.json").Problems.Should().BeEmpty();
    }

    [Test]
    public void Upgrade_with_out_writes_a_new_file_that_checks_as_format_2()
    {
        var target = NewFile("ny.json");

        var run = CliRun.Of("rules", "upgrade", Format1File(), "--out", target);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be($"Wrote {Path.GetFullPath(target)} (format 1 → 2).\n");
        CliRun.Of("rules", "check", target).Output.Should().StartWith("oppfolging-illustrativ: valid (format 2), ILLUSTRATIVE");
        Directory.GetFiles(Path.GetDirectoryName(target)!, Path.GetFileName(target) + ".*.tmp").Should().BeEmpty();
    }

    [Test]
    public void Upgrade_never_overwrites_a_file_not_even_the_one_it_read()
    {
        var path = Format1File();
        var before = File.ReadAllBytes(path);

        var run = CliRun.Of("rules", "upgrade", path, "--out", path);

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain($"{path} exists already; rules upgrade only writes a new file");
        File.ReadAllBytes(path).Should().Equal(before);
    }

    [Test]
    public void Upgrade_of_a_broken_file_explains_by_key_and_writes_nothing()
    {
        var path = NewFile("feil.json");
        File.WriteAllText(path, Encoding.UTF8.GetString(RulesReader.PresetContent("illustrativ")!).Replace("\"topShare\": 0.25", "\"topShare\": 2"));
        var target = NewFile("ny.json");

        var run = CliRun.Of("rules", "upgrade", path, "--out", target);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("key 'topShare'");
        File.Exists(target).Should().BeFalse();
    }

    [Test]
    public void Schema_prints_the_schema_shipped_with_the_presets()
    {
        var run = CliRun.Of("rules", "schema");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(Encoding.UTF8.GetString(RulesReader.SchemaContent()));
    }

    [Test]
    public void Check_of_a_round_preset_shows_its_window_and_the_floors_on_each_side_of_the_break()
    {
        var run = CliRun.Of("rules", "check", "runde-2023");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith("oppfolging-runde-2023: valid (format 2), ILLUSTRATIVE\n"
            + "  lastSchoolYear 2021-22: the window is 2019-20, 2020-21, 2021-22 when the run gives no --to\n");
        run.Output.Should().Contain("NP5_LES_MN1 (weight 1, floor 35.0 until 2021-22, 40.0 from 2022-23)");
    }

    [Test]
    public void List_shows_every_round_preset_with_its_provenance_line()
    {
        var run = CliRun.Of("rules", "list");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(8);
        lines[4].Should().StartWith("runde-2023    oppfolging-runde-2023 — illustrative: round 2023 of the two-route model as Udir describes it (kommune structure 2020, window 2019-20 to 2021-22)");
    }
}
