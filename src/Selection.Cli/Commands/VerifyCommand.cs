using System.CommandLine;
using Selection.IO.Runs;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection verify --run &lt;out&gt; [--data &lt;folder&gt;]</c>: recomputes the SHA-256 of every file the
/// manifest lists and says whether any output changed since the run, and whether the data folder still
/// holds the input the run read. Exit 0 when everything matches, 4 when not.
/// </summary>
public static class VerifyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var run = new Option<string>("--run") { Description = "The output folder of `selection run`.", Required = true };
        var data = new Option<string?>("--data") { Description = "A data folder to compare with the one the run read." };
        var command = new Command("verify", "Check that a run's outputs are unchanged and that a data folder is the one it read.") { run, data };
        command.SetAction(parsed =>
        {
            var (folder, problem) = RunFolder.Open(parsed.GetRequiredValue(run));
            if (folder is null)
            {
                error.WriteLine($"error: {problem}");
                return ExitCodes.InputError;
            }
            var dataFolder = parsed.GetValue(data);
            var report = Verification.Verify(folder, dataFolder);
            output.WriteLine($"Run           {Path.GetFullPath(folder.Path)} (rules {folder.Manifest.RulesName}, engine {folder.Manifest.EngineVersion})");
            Write(output, "Outputs", report.Outputs, "unchanged since the run");
            if (report.Inputs is not null)
                Write(output, "Data", report.Inputs, $"the same files the run read ({Path.GetFullPath(dataFolder!)})");
            output.WriteLine(report.Verified ? "Result        VERIFIED" : "Result        NOT VERIFIED");
            return report.Verified ? ExitCodes.Success : ExitCodes.NotVerified;
        });
        return command;
    }

    private static void Write(TextWriter output, string what, IReadOnlyList<FileVerdict> verdicts, string allGood)
    {
        var bad = verdicts.Where(v => v.Check != FileCheck.Unchanged).ToArray();
        output.WriteLine($"{what,-14}{verdicts.Count(v => v.Check != FileCheck.Extra)} files checked: {(bad.Length == 0 ? allGood : $"{bad.Length} differ")}");
        foreach (var v in bad)
            output.WriteLine($"  {v.Check.ToString().ToUpperInvariant(),-9}{v.File}{(v.Check == FileCheck.Extra ? " (not in the manifest)" : "")}");
    }
}
