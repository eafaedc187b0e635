using System.CommandLine;
using Selection.IO.Runs;
using Selection.Proposal.Output;

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

    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var run = new Option<string>("--run") { Description = texts.VerifyRun, HelpName = texts.RunOrProposalName, Required = true };
        var data = new Option<string?>("--data") { Description = texts.VerifyData, HelpName = texts.FolderName };
        var returned = new Option<string?>("--returned") { Description = texts.VerifyReturned, HelpName = texts.ReturnedFolderName };
        var command = new Command("verify", texts.VerifyDescription) { run, data, returned };
        command.SetAction(parsed =>
        {
            if (ProposalFolder.IsProposal(parsed.GetRequiredValue(run)))
                return VerifyProposal(parsed.GetRequiredValue(run), parsed.GetValue(returned), parsed.GetValue(data), output, error, texts);
            if (parsed.GetValue(returned) is not null)
            {
                error.WriteLine(texts.Error(texts.VerifyReturnedNotProposal(parsed.GetRequiredValue(run))));
                return ExitCodes.UsageError;
            }
            var (folder, problem) = RunFolder.Open(parsed.GetRequiredValue(run));
            if (folder is null)
            {
                error.WriteLine(texts.Error(problem));
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
                error.WriteLine(texts.Error(e.Message));
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

    /// <summary>
    /// verify on a proposal folder: every output by SHA-256; forslag.csv by meaning, naming every kommune
    /// whose tatt_med an analyst changed (the proposal's manifest records the computed one); and with
    /// --returned, that the folder still holds the returned shortlists the proposal read.
    /// </summary>
    private static int VerifyProposal(string path, string? returnedFolder, string? dataFolder, TextWriter output, TextWriter error, Texts texts)
    {
        if (dataFolder is not null)
        {
            error.WriteLine(texts.Error(texts.VerifyDataForProposal(path)));
            return ExitCodes.UsageError;
        }
        var (folder, problem) = ProposalFolder.Open(path);
        if (folder is null)
        {
            error.WriteLine(texts.Error(problem));
            return ExitCodes.InputError;
        }
        if (returnedFolder is not null && RunFiles.NotAFolder(returnedFolder, "folder of returned shortlists") is { } notAFolder)
        {
            error.WriteLine(texts.Error(notAFolder));
            return ExitCodes.InputError;
        }
        var report = folder.Verify(returnedFolder);
        output.WriteLine($"Proposal      {Path.GetFullPath(folder.Path)} (run {folder.RunId})");
        Write(output, "Outputs", report.Outputs, "unchanged since the proposal");
        foreach (var p in report.TableProblems)
            output.WriteLine($"  FAILED   {p}");
        var compared = report.TableProblems.Count == 0 && report.Outputs.Any(v => v.File == ProposalWriter.MachineTable && v.Check == FileCheck.Unchanged);
        if (!compared)
            output.WriteLine($"{"Decisions",-14}not compared with the computed proposal: see what failed above");
        else if (report.Deviations.Count == 0)
            output.WriteLine($"{"Decisions",-14}forslag.csv takes the kommuner the computed proposal takes");
        else
        {
            output.WriteLine($"{"Decisions",-14}{report.Deviations.Count} {(report.Deviations.Count == 1 ? "kommune differs" : "kommuner differ")} from the computed proposal (changed by hand in forslag.csv):");
            foreach (var d in report.Deviations)
                output.WriteLine($"  DEVIATION {d.Kommunenummer} {d.Kommunenavn}: tatt_med {d.Found} in forslag.csv; the computed proposal " +
                                 $"{(d.Computed.Taken ? "takes it" : "leaves it out")} (rute {d.Computed.Route}" +
                                 $"{(d.Computed.Priority is { } p ? $", prioritet {p}" : "")}{(d.Computed.Place is { } place ? $", plass {place}" : "")})");
        }
        if (report.Returned is not null)
            Write(output, "Returned", report.Returned, $"the same files the proposal read ({Path.GetFullPath(returnedFolder!)})");
        output.WriteLine(report.Verified ? "Result        VERIFIED" : "Result        NOT VERIFIED" + (report.Deviations.Count > 0 ? ": the final list is not the computed proposal (see the deviations)" : ""));
        output.WriteLine(Limits);
        return report.Verified ? ExitCodes.Success : ExitCodes.NotVerified;
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
