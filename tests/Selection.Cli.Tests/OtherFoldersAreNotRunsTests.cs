namespace Selection.Cli.Tests;

/// <summary>
/// A command that reads a run folder, given the folder of another command (stability, sweep), says which command
/// wrote it, and exits 1 with nothing written; before, it failed on the first key a run's manifest has.
/// </summary>
public class OtherFoldersAreNotRunsTests
{
    [Test]
    public void Verify_explain_and_compare_on_a_stability_folder_name_the_command_that_wrote_it()
    {
        var stability = TestPaths.NewTempPath("stabilitet");
        CliRun.Of("stability", "--data", Liten.Data, "--rules", Liten.Rules, "--out", stability, "--replicates", "10").ExitCode.Should().Be(0);
        var run = TestPaths.NewTempPath("kjoring");
        CliRun.Of("run", "--data", Liten.Data, "--rules", Liten.Rules, "--out", run, "--no-report").ExitCode.Should().Be(0);
        var compareOut = TestPaths.NewTempPath("sammenligning");

        foreach (var args in new[]
        {
            new[] { "verify", "--run", stability },
            ["explain", "--run", stability, "--kommune", "3301"],
            ["compare", "--a", stability, "--b", run, "--out", compareOut],
        })
        {
            var result = CliRun.Of(args);

            result.ExitCode.Should().Be(1, string.Join(' ', args));
            result.Error.Should().Contain($"manifest.json in '{stability}' cannot be read: it is the manifest of a folder written by `selection stability` (kind 'stability'), not by `selection run`");
        }
        Directory.Exists(compareOut).Should().BeFalse("nothing is written");
    }

    [Test]
    public void Verify_on_a_sweep_folder_names_selection_sweep()
    {
        var sweep = TestPaths.NewTempPath("sveip");
        var made = CliRun.Of("sweep", "--data", Liten.Data, "--rules", Liten.Rules, "--vary", "topShare=0.2:0.3:0.1", "--out", sweep);
        made.ExitCode.Should().Be(0, made.Error);

        var result = CliRun.Of("verify", "--run", sweep, "--language", "nb");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("skrevet av `selection sweep` (kind «sweep»), ikke av `selection run`: oppgi mappen til en kjøring");
    }
}
