using System.Diagnostics;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 8 B: a run folder, a manifest or a data folder that is missing, broken or not a file at all is
/// an ordinary input problem for <c>explain</c> and <c>verify</c> (exit 1, the path named), a missing
/// output is a NOT VERIFIED verdict (exit 4), and an option given twice is a usage error (exit 2):
/// never exit 70, an abort or a hang. One run of Fixtures/liten per fixture, copied for each case.
/// </summary>
public class HostileRunFolderTests
{
    private const string School = "981000005";

    private string _run = null!;

    [OneTimeSetUp]
    public void MakeRun()
    {
        _run = Liten.Run();
    }

    private string Copy(Action<string>? change = null)
    {
        var copy = TestPaths.NewTempPath("copy");
        foreach (var file in Directory.GetFiles(_run, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(_run, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        change?.Invoke(copy);
        return copy;
    }

    /// <summary>Runs the command line on another thread, so that a hang fails the test instead of the test run.</summary>
    private static async Task<CliRun> Within20Seconds(params string[] args) =>
        await Task.Run(() => CliRun.Of(args)).WaitAsync(TimeSpan.FromSeconds(20));

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }

    private static void UnixOnly()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("FIFOs and /dev/zero are Unix things.");
    }

    private static void InputError(CliRun run, string message)
    {
        run.ExitCode.Should().Be(ExitCodes.InputError, run.Output + run.Error);
        run.Error.Should().Be($"error: {message}\n");
    }

    // ---- the run folder ---------------------------------------------------------------------------

    [TestCase("explain")]
    [TestCase("verify")]
    public void Run_folder_that_does_not_exist(string command)
    {
        var path = TestPaths.NewTempPath("nothing");

        InputError(CliRun.Of(command == "explain" ? ["explain", "--run", path, "--school", School] : ["verify", "--run", path]), $"the run folder '{path}' does not exist");
    }

    [TestCase("explain")]
    [TestCase("verify")]
    public void Run_folder_that_is_a_file(string command)
    {
        var path = Path.Combine(_run, "skoler.csv");

        InputError(CliRun.Of(command == "explain" ? ["explain", "--run", path, "--school", School] : ["verify", "--run", path]), $"'{path}' is a file, not a run folder");
    }

    [Test]
    public void Run_folder_that_is_a_dangling_link()
    {
        var link = TestPaths.NewTempPath("link");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        var target = TestPaths.NewTempPath("gone");
        File.CreateSymbolicLink(link, target);

        InputError(CliRun.Of("verify", "--run", link), $"the run folder '{link}' is a link to '{target}', which does not exist");
    }

    [Test]
    public void Run_folder_without_a_manifest()
    {
        var run = Copy(r => File.Delete(Path.Combine(r, "manifest.json")));

        InputError(CliRun.Of("explain", "--run", run, "--school", School), $"'{run}' has no manifest.json: it is not the output folder of `selection run`");
    }

    // ---- the manifest -----------------------------------------------------------------------------

    [TestCase("{\"manifestVersion\": 2, \"engine\":", "it is not JSON: Expected depth to be zero at the end of the JSON payload. (line 1)", TestName = "Manifest_cut_off")]
    [TestCase("hello", "it is not JSON: 'h' is an invalid start of a value. (line 1)", TestName = "Manifest_not_JSON")]
    [TestCase("[1, 2]", "it is not a JSON object", TestName = "Manifest_a_list")]
    [TestCase("{\"manifestVersion\": 1}", "it has manifestVersion 1; this engine reads version 2 (run the selection again with this engine)", TestName = "Manifest_of_another_version")]
    [TestCase("{\"manifestVersion\": 2}", "key 'rules' is missing", TestName = "Manifest_without_its_keys")]
    public void Manifest_that_is_not_one_selection_run_writes(string content, string why)
    {
        var run = Copy(r => File.WriteAllText(Path.Combine(r, "manifest.json"), content));

        InputError(CliRun.Of("explain", "--run", run, "--school", School), $"manifest.json in '{run}' cannot be read: {why}");
        InputError(CliRun.Of("verify", "--run", run), $"manifest.json in '{run}' cannot be read: {why}");
    }

    [TestCase("\"name\": \"liten-test\",\n    \"source\"", "\"name\": null,\n    \"source\"", "key 'rules.name' must be a string", TestName = "Manifest_with_a_null_rules_name")]
    [TestCase("\"file\": \"kommuner.csv\"", "\"file\": \"../../../etc/passwd\"", "outputs[1].file '../../../etc/passwd' is not the name of a file inside the folder", TestName = "Manifest_naming_a_file_outside_the_folder")]
    [TestCase("\"file\": \"kommuner.csv\"", "\"file\": \"/dev/zero\"", "outputs[1].file '/dev/zero' is not the name of a file inside the folder", TestName = "Manifest_naming_an_absolute_path")]
    public void Manifest_with_a_key_of_the_wrong_kind(string from, string to, string why)
    {
        var run = Copy(r =>
        {
            var path = Path.Combine(r, "manifest.json");
            var text = File.ReadAllText(path);
            text.Should().Contain(from);
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        });

        InputError(CliRun.Of("verify", "--run", run), $"manifest.json in '{run}' cannot be read: {why}");
    }

    [Test]
    public void Manifest_that_is_a_folder()
    {
        var run = Copy(r =>
        {
            File.Delete(Path.Combine(r, "manifest.json"));
            Directory.CreateDirectory(Path.Combine(r, "manifest.json"));
        });

        InputError(CliRun.Of("verify", "--run", run), $"manifest.json in '{run}' cannot be read: '{Path.Combine(run, "manifest.json")}' is a folder, not a file");
    }

    [Test]
    public void Manifest_that_is_a_dangling_link()
    {
        var target = TestPaths.NewTempPath("gone");
        var run = Copy(r =>
        {
            File.Delete(Path.Combine(r, "manifest.json"));
            File.CreateSymbolicLink(Path.Combine(r, "manifest.json"), target);
        });

        InputError(CliRun.Of("explain", "--run", run, "--school", School), $"manifest.json in '{run}' cannot be read: '{Path.Combine(run, "manifest.json")}' is a link to '{target}', which does not exist");
    }

    [Test]
    public async Task Manifest_that_is_a_FIFO_is_refused_without_blocking()
    {
        UnixOnly();
        var run = Copy(r =>
        {
            File.Delete(Path.Combine(r, "manifest.json"));
            MakeFifo(Path.Combine(r, "manifest.json"));
        });

        var message = $"manifest.json in '{run}' cannot be read: '{Path.Combine(run, "manifest.json")}' is not a regular file (a pipe, device or socket); only regular files are read";
        InputError(await Within20Seconds("explain", "--run", run, "--school", School), message);
        InputError(await Within20Seconds("verify", "--run", run), message);
    }

    [Test]
    public async Task Manifest_that_is_a_link_to_dev_zero_is_refused_without_reading()
    {
        UnixOnly();
        var run = Copy(r =>
        {
            File.Delete(Path.Combine(r, "manifest.json"));
            File.CreateSymbolicLink(Path.Combine(r, "manifest.json"), "/dev/zero");
        });

        InputError(await Within20Seconds("verify", "--run", run), $"manifest.json in '{run}' cannot be read: '{Path.Combine(run, "manifest.json")}' is not a regular file (a pipe, device or socket); only regular files are read");
    }

    [Test]
    public void Manifest_over_64_MiB_is_refused()
    {
        var run = Copy(r =>
        {
            using var stream = File.Create(Path.Combine(r, "manifest.json"));
            stream.SetLength(64L * 1024 * 1024 + 1);
        });

        InputError(CliRun.Of("verify", "--run", run), $"manifest.json in '{run}' cannot be read: '{Path.Combine(run, "manifest.json")}' is 67108865 bytes, more than the 64 MiB such a file can be");
    }

    // ---- the tables explain reads -----------------------------------------------------------------

    [TestCase("skoler.parquet", "--school", School)]
    [TestCase("observasjoner.parquet", "--school", School)]
    [TestCase("kommuner.parquet", "--kommune", "0301")]
    [TestCase("kommuneobservasjoner.parquet", "--kommune", "0301")]
    public void Explain_a_table_that_is_missing(string table, string option, string value)
    {
        var run = Copy(r => File.Delete(Path.Combine(r, table)));

        InputError(CliRun.Of("explain", "--run", run, option, value), $"'{Path.Combine(run, table)}' does not exist");
    }

    [Test]
    public void Explain_a_table_that_is_not_Parquet()
    {
        var run = Copy(r => File.WriteAllText(Path.Combine(r, "skoler.parquet"), "garbage"));

        InputError(CliRun.Of("explain", "--run", run, "--school", School),
            $"'{Path.Combine(run, "skoler.parquet")}' cannot be read as a table: cannot read the Parquet file: the file is not a Parquet file (it does not start with 'PAR1')");
    }

    [Test]
    public void Explain_a_table_of_other_columns()
    {
        var run = Copy(r => File.Copy(Path.Combine(r, "kommuner.parquet"), Path.Combine(r, "skoler.parquet"), overwrite: true));

        InputError(CliRun.Of("explain", "--run", run, "--school", School), $"'{Path.Combine(run, "skoler.parquet")}' has no column 'orgnr': it is not a table `selection run` wrote");
    }

    [Test]
    public async Task Explain_a_table_that_is_a_FIFO()
    {
        UnixOnly();
        var run = Copy(r =>
        {
            File.Delete(Path.Combine(r, "observasjoner.parquet"));
            MakeFifo(Path.Combine(r, "observasjoner.parquet"));
        });

        InputError(await Within20Seconds("explain", "--run", run, "--school", School),
            $"'{Path.Combine(run, "observasjoner.parquet")}' is not a regular file (a pipe, device or socket); only regular files are read");
    }

    // ---- verify: outputs and the data folder -------------------------------------------------------

    [Test]
    public void Verify_a_missing_output_is_not_verified_and_named()
    {
        var run = Copy(r => File.Delete(Path.Combine(r, "skoler.parquet")));

        var verify = CliRun.Of("verify", "--run", run);

        verify.ExitCode.Should().Be(ExitCodes.NotVerified);
        verify.Output.Should().Contain("Outputs       14 files checked: 1 differ\n  MISSING    skoler.parquet\n").And.Contain("Result        NOT VERIFIED");
    }

    [Test]
    public async Task Verify_an_output_replaced_by_a_FIFO_or_a_folder_is_not_verified_without_blocking()
    {
        UnixOnly();
        var run = Copy(r =>
        {
            File.Delete(Path.Combine(r, "sammendrag.txt"));
            MakeFifo(Path.Combine(r, "sammendrag.txt"));
            File.Delete(Path.Combine(r, "skoler.parquet"));
            Directory.CreateDirectory(Path.Combine(r, "skoler.parquet"));
        });

        var verify = await Within20Seconds("verify", "--run", run);

        verify.ExitCode.Should().Be(ExitCodes.NotVerified);
        verify.Output.Should().Contain("Outputs       14 files checked: 2 differ\n")
            .And.Contain("  UNREADABLE sammendrag.txt (not a regular file: a pipe, device or socket)\n")
            .And.Contain("  UNREADABLE skoler.parquet (a folder, not a file)\n")
            .And.Contain($"  FAILED   sammendrag.txt: notices: cannot be checked: '{Path.Combine(run, "sammendrag.txt")}' is not a regular file (a pipe, device or socket); only regular files are read\n");
    }

    [Test]
    public void Verify_data_folder_that_does_not_exist()
    {
        var data = TestPaths.NewTempPath("data");

        InputError(CliRun.Of("verify", "--run", _run, "--data", data), $"the data folder '{data}' does not exist");
    }

    [Test]
    public void Verify_data_folder_that_is_a_file()
    {
        var data = Path.Combine(TestPaths.Fixtures, "liten-regler.json");

        InputError(CliRun.Of("verify", "--run", _run, "--data", data), $"'{data}' is a file, not a data folder");
    }

    // ---- options given twice ------------------------------------------------------------------------

    [TestCase("explain", "--school", School, "981000528")]
    [TestCase("explain", "--kommune", "0301", "5501")]
    [TestCase("explain", "--run", "a", "b")]
    [TestCase("verify", "--run", "a", "b")]
    [TestCase("verify", "--data", "a", "b")]
    public void An_option_given_twice_is_a_usage_error(string command, string option, string first, string second)
    {
        var args = new List<string> { command, option, first, option, second };
        if (option != "--run")
            args.AddRange(["--run", _run]);
        if (command == "explain" && option == "--run")
            args.AddRange(["--school", School]);


        var run = CliRun.Of([.. args]);

        run.ExitCode.Should().Be(ExitCodes.UsageError, run.Error);
        run.Error.Should().StartWith($"error: Option '{option}' expects a single argument but 2 were provided.\n");
    }
}
