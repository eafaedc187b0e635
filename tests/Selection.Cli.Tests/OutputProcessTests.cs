using System.Diagnostics;
using System.Runtime.InteropServices;
using Selection.IO.Output;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 8, items 1–3 with real processes of the built <c>selection</c> program: a run killed at any
/// moment leaves <c>--out</c> as the old output or the new one, whole; two runs on one <c>--out</c> at
/// once give one winner; SIGTERM and SIGINT remove the staging folder and exit 143 and 130.
/// </summary>
[NonParallelizable]
public class OutputProcessTests
{
    private static string SampleData => Path.Combine(TestPaths.RepoRoot, "sample-data");

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "selection.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment[SelectionCli.LanguageVariable] = "en";
        var process = Process.Start(info)!;
        return process;
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // it had already gone
        }
    }

    private static string[] Leftovers(string parent, string name) =>
        Directory.EnumerateFileSystemEntries(parent)
            .Select(Path.GetFileName)
            .Where(n => n!.StartsWith($".{name}.", StringComparison.Ordinal))
            .ToArray()!;

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    [Test]
    public void A_run_killed_at_any_moment_leaves_the_old_output_or_the_new_one_whole()
    {
        // The old output (window ending 2022-23) and the new one (the default window) differ in every table.
        var store = TestPaths.NewTempPath("store");
        var oldCopy = Path.Combine(store, "old");
        var newCopy = Path.Combine(store, "new");
        CliRun.Of("run", "--data", SampleData, "--rules", "illustrativ", "--out", oldCopy, "--to", "2022-23").ExitCode.Should().Be(0);
        CliRun.Of("run", "--data", SampleData, "--rules", "illustrativ", "--out", newCopy).ExitCode.Should().Be(0);
        var oldManifest = File.ReadAllText(Path.Combine(oldCopy, Manifest.FileName));
        var newManifest = File.ReadAllText(Path.Combine(newCopy, Manifest.FileName));
        oldManifest.Should().NotBe(newManifest);

        var outFolder = TestPaths.NewTempPath("utvalg");
        var parent = Path.GetDirectoryName(outFolder)!;
        var random = new Random(8);
        var seen = new List<string>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (Directory.Exists(outFolder))
                Directory.Delete(outFolder, recursive: true);
            CopyFolder(oldCopy, outFolder);
            var delay = random.Next(200, 2600);
            using var process = Start("run", "--data", SampleData, "--rules", "illustrativ", "--out", outFolder, "--force");
            try
            {
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
                Thread.Sleep(delay);
            }
            finally
            {
                KillQuietly(process);
            }

            var manifest = File.ReadAllText(Path.Combine(outFolder, Manifest.FileName));
            manifest.Should().BeOneOf([oldManifest, newManifest], $"attempt {attempt}, killed after {delay} ms");
            var verify = CliRun.Of("verify", "--run", outFolder, "--data", SampleData);
            verify.ExitCode.Should().Be(ExitCodes.Success, $"attempt {attempt}, killed after {delay} ms: {verify.Output}");
            seen.Add(manifest == oldManifest ? $"old ({delay} ms)" : $"new ({delay} ms)");
        }
        TestContext.Out.WriteLine("After each kill: " + string.Join(", ", seen));

        var after = CliRun.Of("run", "--data", SampleData, "--rules", "illustrativ", "--out", outFolder, "--force");

        after.ExitCode.Should().Be(0, after.Error);
        Leftovers(parent, "utvalg").Should().BeEmpty("no .tmp-, .old- folder or lock file survives the next run");
        File.ReadAllText(Path.Combine(outFolder, Manifest.FileName)).Should().Be(newManifest);
    }

    [Test]
    public void Two_runs_on_the_same_out_at_once_give_one_winner_and_one_clear_refusal()
    {
        var outFolder = TestPaths.NewTempPath("utvalg");
        using var first = Start("run", "--data", SampleData, "--rules", "illustrativ", "--out", outFolder, "--force");
        using var second = Start("run", "--data", SampleData, "--rules", "illustrativ", "--out", outFolder, "--force");
        try
        {
            var errors = new[] { first.StandardError.ReadToEndAsync(), second.StandardError.ReadToEndAsync() };
            _ = first.StandardOutput.ReadToEndAsync();
            _ = second.StandardOutput.ReadToEndAsync();
            first.WaitForExit(60_000).Should().BeTrue();
            second.WaitForExit(60_000).Should().BeTrue();

            var codes = new[] { first.ExitCode, second.ExitCode };
            codes.Order().Should().Equal([ExitCodes.Success, ExitCodes.OutputError], string.Join("\n", errors.Select(e => e.Result)));
            errors[Array.IndexOf(codes, ExitCodes.OutputError)].Result.Should().Be(
                $"error: another selection is writing to --out '{outFolder}' (lock file '{Path.Combine(Path.GetDirectoryName(outFolder)!, ".utvalg.lock")}' is held); try again when it has finished.\n");
            CliRun.Of("verify", "--run", outFolder).ExitCode.Should().Be(ExitCodes.Success);
        }
        finally
        {
            KillQuietly(first);
            KillQuietly(second);
        }
    }

    [TestCase(15, ExitCodes.Terminated, "SIGTERM", TestName = "SIGTERM removes the staging folder and exits 143")]
    [TestCase(2, ExitCodes.Interrupted, "SIGINT", TestName = "SIGINT removes the staging folder and exits 130")]
    public void A_signal_removes_the_staging_folder_and_exits_non_zero(int signal, int exitCode, string name)
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "POSIX signals");
        var outFolder = TestPaths.NewTempPath("utvalg");
        var parent = Path.GetDirectoryName(outFolder)!;
        using var process = Start("run", "--data", SampleData, "--rules", "illustrativ", "--out", outFolder);
        try
        {
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!(Directory.Exists(parent) && Leftovers(parent, "utvalg").Any(n => n.Contains(".tmp-", StringComparison.Ordinal))) && DateTime.UtcNow < deadline)
                Thread.Sleep(20);
            Thread.Sleep(300); // the handlers are registered just after the staging folder is made
            Kill(process.Id, signal).Should().Be(0);
            process.WaitForExit(20_000).Should().BeTrue();

            process.ExitCode.Should().Be(exitCode, error.Result);
            error.Result.Should().Be($"interrupted ({name}): the temporary folder was removed; nothing was written to --out '{outFolder}'.\n");
            (Directory.Exists(parent) ? Directory.EnumerateFileSystemEntries(parent).ToArray() : []).Should().BeEmpty("no output, staging folder or lock file is left");
        }
        finally
        {
            KillQuietly(process);
        }
    }

    [DllImport("libc", EntryPoint = "kill")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
