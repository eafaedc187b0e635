using Selection.IO.Output;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 8, items 1–4 (output paths): what <c>--force</c> may replace, inputs that <c>--out</c> may not touch,
/// one command per <c>--out</c> at a time, and exit codes that tell the truth. Each refusal is checked
/// with the exact message and the input's files hashed before and after.
/// </summary>
public class OutputFolderCliTests
{
    private static string Fixture => Path.Combine(TestPaths.Fixtures, "liten");

    private static string Rules => Path.Combine(TestPaths.Fixtures, "liten-regler.json");

    private static void AssertRefused(CliRun run, string message, string input, IReadOnlyDictionary<string, string> before)
    {
        run.ExitCode.Should().Be(ExitCodes.OutputError, run.Error);
        run.Error.Should().Be($"error: {message}\n");
        run.Output.Should().BeEmpty();
        Liten.Hashes(input).Should().BeEquivalentTo(before, "the input is untouched");
    }

    [Test]
    public void Run_refuses_out_that_is_the_data_folder()
    {
        var data = Liten.Copy();
        var before = Liten.Hashes(data);

        var run = CliRun.Of("run", "--data", data, "--rules", Rules, "--out", data, "--force");

        AssertRefused(run, $"--out '{data}' is the data folder '{data}'; choose an output folder outside the input; nothing was written.", data, before);
        Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(data)!).Should().Equal([data], "no lock file or staging folder is left beside it");
    }

    [Test]
    public void Run_refuses_out_that_contains_the_data_folder()
    {
        var data = Liten.Copy("parent/data");
        var parent = Path.GetDirectoryName(data)!;
        var before = Liten.Hashes(parent);

        var run = CliRun.Of("run", "--data", data, "--rules", Rules, "--out", parent, "--force");

        AssertRefused(run, $"--out '{parent}' contains the data folder '{data}'; choose an output folder outside the input; nothing was written.", parent, before);
    }

    [Test]
    public void Run_refuses_out_inside_the_data_folder()
    {
        var data = Liten.Copy();
        var before = Liten.Hashes(data);
        var inside = Path.Combine(data, "utvalg");

        var run = CliRun.Of("run", "--data", data, "--rules", Rules, "--out", inside);

        AssertRefused(run, $"--out '{inside}' lies inside the data folder '{data}'; choose an output folder outside the input; nothing was written.", data, before);
    }

    [Test]
    public void Run_refuses_out_that_is_the_folder_of_the_rules_file()
    {
        var rulesFolder = TestPaths.NewTempPath("regler");
        Directory.CreateDirectory(rulesFolder);
        var rules = Path.Combine(rulesFolder, "regler.json");
        File.Copy(Rules, rules);
        File.WriteAllText(Path.Combine(rulesFolder, OutputFolder.MarkerFile), OutputFolder.MarkerText("run"));
        var before = Liten.Hashes(rulesFolder);

        var run = CliRun.Of("run", "--data", Fixture, "--rules", rules, "--out", rulesFolder, "--force");

        AssertRefused(run, $"--out '{rulesFolder}' contains the rules file '{rules}'; choose an output folder outside the input; nothing was written.", rulesFolder, before);
    }

    [Test]
    public void Run_refuses_out_that_is_the_data_folder_through_a_symbolic_link_and_a_trailing_slash()
    {
        var data = Liten.Copy();
        var link = Path.Combine(Path.GetDirectoryName(data)!, "lenke");
        Directory.CreateSymbolicLink(link, data);
        var before = Liten.Hashes(data);

        var run = CliRun.Of("run", "--data", data, "--rules", Rules, "--out", link + "/", "--force");

        AssertRefused(run, $"--out '{link}/' is the data folder '{data}'; choose an output folder outside the input; nothing was written.", data, before);
    }

    [Test]
    public void Convert_refuses_out_that_is_its_data_folder()
    {
        var data = Liten.Copy();
        var before = Liten.Hashes(data);

        var run = CliRun.Of("convert", "--data", data, "--out", data, "--force");

        AssertRefused(run, $"--out '{data}' is the data folder '{data}'; choose an output folder outside the input; nothing was written.", data, before);
    }

    [Test]
    public void Sample_with_force_refuses_a_real_data_set()
    {
        var data = Liten.Copy();
        var before = Liten.Hashes(data);

        var run = CliRun.Of("sample", "--out", data, "--force");

        AssertRefused(run, $"--out '{data}' holds files that are not an earlier output of `selection sample` (no marker .selection-output); --force replaces only an earlier output; nothing was written.", data, before);
    }

    [Test]
    public void Sample_with_force_over_a_copy_of_the_committed_sample_data_writes_it_again_byte_for_byte()
    {
        var committed = Path.Combine(TestPaths.RepoRoot, "sample-data");
        var copy = TestPaths.NewTempPath("sample-data");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(committed))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));

        var run = CliRun.Of("sample", "--out", copy, "--force");

        run.ExitCode.Should().Be(0, run.Error);
        // Its own files only: sample-data/historikk/ is another data set (selection sample --from 2016-17 --to 2024-25).
        Liten.Hashes(copy).Should().BeEquivalentTo(
            Liten.Hashes(committed).Where(e => !e.Key.StartsWith("historikk", StringComparison.Ordinal)).ToDictionary(e => e.Key, e => e.Value),
            "sample-data/ is `selection sample --out sample-data --force`, marker included");
    }

    [Test]
    public void Run_with_force_refuses_the_output_of_another_command()
    {
        var converted = TestPaths.NewTempPath("parquet");
        CliRun.Of("convert", "--data", Fixture, "--out", converted).ExitCode.Should().Be(0);
        var before = Liten.Hashes(converted);

        var run = CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", converted, "--force");

        AssertRefused(run, $"--out '{converted}' holds an output of `selection convert`, not of `selection run`; --force replaces only an earlier output of `selection run`; nothing was written.", converted, before);
    }

    [Test]
    public void Run_with_force_replaces_an_earlier_run_and_leaves_nothing_beside_it()
    {
        var outFolder = TestPaths.NewTempPath("utvalg");
        CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", outFolder, "--to", "2022-23").ExitCode.Should().Be(0);
        var earlier = File.ReadAllText(Path.Combine(outFolder, "manifest.json"));

        var run = CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", outFolder, "--force");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        File.ReadAllText(Path.Combine(outFolder, "manifest.json")).Should().NotBe(earlier);
        CliRun.Of("verify", "--run", outFolder, "--data", Fixture).ExitCode.Should().Be(ExitCodes.Success);
        Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(outFolder)!).Should().Equal(outFolder);
    }

    [Test]
    public void Run_with_force_replaces_a_run_made_before_outputs_carried_a_marker()
    {
        var outFolder = TestPaths.NewTempPath("utvalg");
        CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", outFolder).ExitCode.Should().Be(0);
        File.Delete(Path.Combine(outFolder, OutputFolder.MarkerFile));

        var run = CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", outFolder, "--force");

        run.ExitCode.Should().Be(0, run.Error);
        File.Exists(Path.Combine(outFolder, OutputFolder.MarkerFile)).Should().BeTrue();
    }

    [Test]
    public void Run_with_force_does_not_take_a_manifest_json_of_something_else_for_a_run()
    {
        var outFolder = TestPaths.NewTempPath("extension");
        Directory.CreateDirectory(outFolder);
        File.WriteAllText(Path.Combine(outFolder, "manifest.json"), """{ "manifest_version": 3, "name": "a browser extension" }""");
        var before = Liten.Hashes(outFolder);

        var run = CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", outFolder, "--force");

        AssertRefused(run, $"--out '{outFolder}' holds files that are not an earlier output of `selection run` (no manifest.json or marker .selection-output); --force replaces only an earlier output; nothing was written.", outFolder, before);
    }

    [Test]
    public void Run_into_out_with_a_trailing_slash_simply_works()
    {
        var outFolder = TestPaths.NewTempPath("utvalg");

        var run = CliRun.Of("run", "--data", Fixture + "/", "--rules", Rules, "--out", outFolder + "/");

        run.ExitCode.Should().Be(0, run.Error);
        File.Exists(Path.Combine(outFolder, "skoler.csv")).Should().BeTrue();
        run.Output.Should().Contain($"Output        {outFolder}\n");
        Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(outFolder)!).Should().Equal(outFolder);
    }

    [Test]
    public void Run_refuses_out_under_a_file()
    {
        var file = TestPaths.NewTempPath("notater.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "x");
        var outFolder = Path.Combine(file, "utvalg");

        var run = CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", outFolder);

        run.ExitCode.Should().Be(ExitCodes.OutputError);
        run.Error.Should().Be($"error: --out '{outFolder}' cannot be made: '{file}' is a file, not a folder; nothing was written.\n");
    }

    [Test]
    public void Run_refuses_paths_that_are_too_long()
    {
        var parent = TestPaths.NewTempPath("p");
        var longPath = Path.Combine(parent, string.Join('/', Enumerable.Range(0, 50).Select(i => new string('a', 99))));
        var longName = Path.Combine(parent, new string('b', 300));

        var tooLong = CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", longPath);
        var nameTooLong = CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", longName);

        tooLong.ExitCode.Should().Be(ExitCodes.OutputError);
        tooLong.Error.Should().Be($"error: --out '{longPath}' is too long: {FolderPathsBytes(longPath)} bytes, at most {OutputFolder.MaxOutBytes} are possible; nothing was written.\n");
        nameTooLong.ExitCode.Should().Be(ExitCodes.OutputError);
        nameTooLong.Error.Should().Be($"error: --out '{longName}' has a name of 300 bytes, at most 255 are possible: '{new string('b', 300)}'; nothing was written.\n");
        Directory.Exists(parent).Should().BeFalse();
    }

    private static int FolderPathsBytes(string path) => System.Text.Encoding.UTF8.GetByteCount(path);

    [Test]
    public void An_empty_out_is_a_usage_error()
    {
        var run = CliRun.Of("sample", "--out", "");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().StartWith("error: --out is empty; give it a value\n");
    }

    [Test]
    public void Stale_staging_and_old_folders_with_a_marker_are_removed_by_the_next_run()
    {
        var outFolder = TestPaths.NewTempPath("utvalg");
        var parent = Path.GetDirectoryName(outFolder)!;
        CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", outFolder).ExitCode.Should().Be(0);
        var staleTmp = Path.Combine(parent, $".utvalg.tmp-4194304-{Guid.NewGuid():N}");
        var staleOld = Path.Combine(parent, $".utvalg.old-{Guid.NewGuid():N}");
        foreach (var stale in new[] { staleTmp, staleOld })
        {
            Directory.CreateDirectory(Path.Combine(stale, "statsforvaltere"));
            File.WriteAllText(Path.Combine(stale, "statsforvaltere", "half.csv"), "half");
            File.WriteAllText(Path.Combine(stale, OutputFolder.MarkerFile), OutputFolder.MarkerText("run"));
        }
        File.WriteAllText(Path.Combine(parent, ".utvalg.lock"), "left by a killed run");

        var run = CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", outFolder, "--force");

        run.ExitCode.Should().Be(0, run.Error);
        Directory.EnumerateFileSystemEntries(parent).Should().Equal(outFolder);
    }

    [Test]
    public void A_run_on_an_out_that_another_run_is_writing_to_is_refused()
    {
        var outFolder = TestPaths.NewTempPath("utvalg");
        CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", outFolder).ExitCode.Should().Be(0);
        var before = Liten.Hashes(outFolder);
        var lockFile = Path.Combine(Path.GetDirectoryName(outFolder)!, ".utvalg.lock");

        CliRun run;
        using (new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
            run = CliRun.Of("run", "--data", Fixture, "--rules", Rules, "--out", outFolder, "--force");

        AssertRefused(run, $"another selection is writing to --out '{outFolder}' (lock file '{lockFile}' is held); try again when it has finished.", outFolder, before);
    }

    [Test]
    public void A_summary_that_cannot_be_printed_is_a_warning_after_the_output_is_in_place()
    {
        var outFolder = TestPaths.NewTempPath("utvalg");
        var error = new StringWriter();

        var code = SelectionCli.Run(["--language", "en", "run", "--data", Fixture, "--rules", Rules, "--out", outFolder], new FullWriter(), error);

        code.Should().Be(ExitCodes.Success, error.ToString());
        error.ToString().Should().Be($"warning: the output is in place in '{outFolder}', but the summary could not be printed (No space left on device).\n");
        CliRun.Of("verify", "--run", outFolder).ExitCode.Should().Be(ExitCodes.Success);
    }

    [Test]
    public void A_failure_to_write_the_output_is_exit_3_with_nothing_written()
    {
        var outFolder = TestPaths.NewTempPath("utvalg");
        var error = new StringWriter();

        var (output, _) = CommandOutput.Open(new OutputRequest("run", outFolder, false, []), error, new Texts(Selection.IO.Texts.TextLanguage.English));
        int code;
        using (output)
            code = output!.Write(folder => throw new IOException("No space left on device"));

        code.Should().Be(ExitCodes.OutputError);
        error.ToString().Should().Be($"error: cannot write --out '{outFolder}': No space left on device; nothing was written.\n");
        Directory.Exists(Path.GetDirectoryName(outFolder)).Should().BeFalse("the staging folder, the lock file and the folder made for them are gone");
    }

    /// <summary>A stdout like /dev/full: every write fails.</summary>
    private sealed class FullWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");
    }
}
