using System.CommandLine;
using Selection.IO.Runs;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection verify --run &lt;out&gt; [--data &lt;folder&gt;]</c>: recomputes the SHA-256 of every file the
/// manifest lists, checks the manifest against itself and its tables, and says whether any output
/// changed since the run and whether the data folder still holds the input the run read. Exit 0 when
/// everything matches, 4 when not, 1 when the run folder or the data folder cannot be used.
/// </summary>
public static class VerifyCommand
{
    /// <summary>The closing line: what a verdict of VERIFIED does not mean.</summary>
    public const string Limits =
        "verify proves that the files match the manifest and that the manifest agrees with itself; it cannot prove that the manifest was written by `selection run`: a fully consistent forgery would need a signature.";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var run = new Option<string>("--run") { Description = "The output folder of `selection run`.", Required = true };
        var data = new Option<string?>("--data") { Description = "A data folder to compare with the one the run read." };
        var command = new Command("verify", "Check that a run's outputs are unchanged, that its manifest agrees with itself, and that a data folder is the one it read.") { run, data };
        command.SetAction(parsed =>
        {
            var (folder, problem) = RunFolder.Open(parsed.GetRequiredValue(run));
            if (folder is null)
            {
                error.WriteLine($"error: {problem}");
                return ExitCodes.InputError;
            }
            var dataFolder = parsed.GetValue(data);
            VerificationReport report;
            try
            {
                report = Verification.Verify(folder, dataFolder);
            }
            catch (RunFileException e)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.InputError;
            }
            output.WriteLine($"Run           {Path.GetFullPath(folder.Path)} (rules {folder.Manifest.RulesName}, engine {folder.Manifest.EngineVersion})");
            Write(output, "Outputs", report.Outputs, "unchanged since the run");
            var failed = report.Manifest.Where(c => !c.Passed).ToArray();
            output.WriteLine($"{"Manifest",-14}{report.Manifest.Count} checks: {(failed.Length == 0 ? "agrees with its rules, its tables and its notices" : $"{failed.Length} failed")}");
            foreach (var c in failed)
                output.WriteLine($"  FAILED   {c.Name}: {c.Failure}");
            if (report.Inputs is not null)
                Write(output, "Data", report.Inputs, $"the same files the run read ({Path.GetFullPath(dataFolder!)})");
            output.WriteLine(report.Verified ? "Result        VERIFIED" : "Result        NOT VERIFIED");
            output.WriteLine(Limits);
            return report.Verified ? ExitCodes.Success : ExitCodes.NotVerified;
        });
        return command;
    }

    private static void Write(TextWriter output, string what, IReadOnlyList<FileVerdict> verdicts, string allGood)
    {
        var bad = verdicts.Where(v => v.Check != FileCheck.Unchanged).ToArray();
        output.WriteLine($"{what,-14}{verdicts.Count(v => v.Check != FileCheck.Extra)} files checked: {(bad.Length == 0 ? allGood : $"{bad.Length} differ")}");
        foreach (var v in bad)
        {
            var note = v.Check switch
            {
                FileCheck.Extra => " (not in the manifest)",
                FileCheck.Unreadable => $" ({v.Reason})",
                _ => "",
            };
            output.WriteLine($"  {v.Check.ToString().ToUpperInvariant(),-11}{v.File}{note}");
        }
    }
}
