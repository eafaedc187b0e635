using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Selection.Cli.Tests;

/// <summary>
/// run-selection.ps1 run for real in a PowerShell engine hosted in the test (PowerShell itself cannot be
/// installed here): the published program is stood in for by the built one, through SELECTION_EXE.
/// </summary>
public class RunSelectionScriptRunTests
{
    private static string Engine()
    {
        // A one-line launcher for the built selection.dll, as the published program would be.
        var dll = Path.Combine(AppContext.BaseDirectory, "selection.dll");
        File.Exists(dll).Should().BeTrue();
        var launcher = TestPaths.NewTempPath("selection");
        Directory.CreateDirectory(Path.GetDirectoryName(launcher)!);
        File.WriteAllText(launcher, $"#!/bin/sh\nexec dotnet \"{dll}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return launcher;
    }

    private static (int ExitCode, string Output) RunScript(params (string Name, object Value)[] parameters)
    {
        var state = InitialSessionState.CreateDefault2();
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        runspace.SessionStateProxy.Path.SetLocation(TestPaths.RepoRoot);
        using var shell = PowerShell.Create(runspace);
        var arguments = string.Join(" ", parameters.Select(p => p.Value is bool ? $"-{p.Name}" : $"-{p.Name} '{((string)p.Value).Replace("'", "''", StringComparison.Ordinal)}'"));
        shell.AddScript($"$env:SELECTION_EXE = '{Engine()}'; & '{Path.Combine(TestPaths.RepoRoot, "run-selection.ps1")}' {arguments}; $LASTEXITCODE");
        var results = shell.Invoke();
        var output = string.Join("\n", results.Select(r => r?.ToString())
            .Concat(shell.Streams.Information.Select(i => i.ToString()))
            .Concat(shell.Streams.Error.Select(e => "error: " + e)));
        return (results.Count > 0 && results[^1]?.BaseObject is int code ? code : -1, output);
    }

    [Test]
    public void The_script_validates_a_data_folder_with_the_program()
    {
        var (code, output) = RunScript(("Validate", true), ("Data", Path.Combine(TestPaths.RepoRoot, "sample-data")), ("Rules", "illustrativ"));

        code.Should().Be(0, output);
    }

    [Test]
    public void The_script_runs_a_whole_round_run_explain_propose_verify()
    {
        var utvalg = TestPaths.NewTempPath("utvalg");
        var svar = TestPaths.NewTempPath("svar");
        Directory.CreateDirectory(svar);
        var forslag = TestPaths.NewTempPath("forslag");

        var run = RunScript(("Data", Liten.Data), ("Rules", Liten.Rules), ("Out", utvalg));
        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().Contain("Kortlistene til statsforvalterne ligger i");
        File.Copy(Path.Combine(utvalg, "statsforvaltere", "statsforvalteren-i-troms-og-finnmark.xlsx"), Path.Combine(svar, "tf.xlsx"));

        RunScript(("Explain", true), ("Run", utvalg), ("Kommune", "Oslo")).ExitCode.Should().Be(0);
        var propose = RunScript(("Run", utvalg), ("Returned", svar), ("Out", forslag));
        propose.ExitCode.Should().Be(0, propose.Output);
        propose.Output.Should().Contain("beslutningslogg.txt");
        RunScript(("Verify", true), ("Run", forslag), ("Returned", svar)).ExitCode.Should().Be(0);
        RunScript(("Verify", true), ("Run", utvalg), ("Data", Liten.Data)).ExitCode.Should().Be(0);
    }

    [Test]
    public void Without_rules_the_script_runs_the_illustrative_rules_and_says_so()
    {
        var utvalg = TestPaths.NewTempPath("utvalg");

        var run = RunScript(("Data", Path.Combine(TestPaths.RepoRoot, "sample-data")), ("Out", utvalg));

        run.ExitCode.Should().Be(0, run.Output);
        File.ReadAllText(Path.Combine(utvalg, "manifest.json")).Should().Contain("\"preset:illustrativ\"");
    }

    [Test]
    public void A_data_folder_that_does_not_exist_stops_the_script_with_exit_1()
    {
        var (code, _) = RunScript(("Validate", true), ("Data", "/no/such/folder"));

        code.Should().Be(1);
    }
}
