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
            output.WriteLine(texts.VerifyRunLine(Path.GetFullPath(folder.Path), folder.Manifest.RulesName, folder.Manifest.EngineVersion));
            Write(output, texts, texts.VerifyOutputsLabel, report.Outputs, texts.VerifyOutputsUnchangedRun);
            var failed = report.Manifest.Where(c => !c.Passed).ToArray();
            output.WriteLine(failed.Length == 0 ? texts.VerifyManifestAgrees(report.Manifest.Count) : texts.VerifyManifestFailed(report.Manifest.Count, failed.Length));
            foreach (var c in failed)
                output.WriteLine(texts.VerifyFailedLine($"{c.Name}: {c.Failure}"));
            if (report.Inputs is not null)
                Write(output, texts, texts.VerifyDataLabel, report.Inputs, texts.VerifySameDataFiles(Path.GetFullPath(dataFolder!)));
            output.WriteLine(report.Verified ? texts.VerifyVerified : texts.VerifyNotVerified);
            output.WriteLine(texts.VerifyLimits);
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
        if (returnedFolder is not null && RunFiles.NotAFolder(returnedFolder, RunTexts.ReturnedFolderName) is { } notAFolder)
        {
            error.WriteLine(texts.Error(notAFolder));
            return ExitCodes.InputError;
        }
        var report = folder.Verify(returnedFolder);
        output.WriteLine(texts.VerifyProposalLine(Path.GetFullPath(folder.Path), folder.RunId));
        Write(output, texts, texts.VerifyOutputsLabel, report.Outputs, texts.VerifyOutputsUnchangedProposal);
        foreach (var p in report.TableProblems)
            output.WriteLine(texts.VerifyFailedLine(p));
        var compared = report.TableProblems.Count == 0 && report.Outputs.Any(v => v.File == ProposalWriter.MachineTable && v.Check == FileCheck.Unchanged);
        if (!compared)
            output.WriteLine(texts.VerifyDecisionsNotCompared);
        else if (report.Deviations.Count == 0)
            output.WriteLine(texts.VerifyDecisionsSame);
        else
        {
            output.WriteLine(texts.VerifyDecisionsDiffer(report.Deviations.Count == 1 ? texts.VerifyDeviationKommuneOne : texts.VerifyDeviationKommuneMany(report.Deviations.Count)));
            foreach (var d in report.Deviations)
                output.WriteLine(texts.VerifyDeviationLine(
                    d.Kommunenummer, d.Kommunenavn, d.Found, d.Computed.Taken ? texts.VerifyTakesIt : texts.VerifyLeavesItOut,
                    $"rute {d.Computed.Route}{(d.Computed.Priority is { } p ? $", prioritet {p}" : "")}{(d.Computed.Place is { } place ? $", plass {place}" : "")}"));
        }
        if (report.Returned is not null)
            Write(output, texts, texts.VerifyReturnedLabel, report.Returned, texts.VerifySameReturnedFiles(Path.GetFullPath(returnedFolder!)));
        output.WriteLine(report.Verified ? texts.VerifyVerified : report.Deviations.Count > 0 ? texts.VerifyNotComputedProposal : texts.VerifyNotVerified);
        output.WriteLine(texts.VerifyLimits);
        return report.Verified ? ExitCodes.Success : ExitCodes.NotVerified;
    }

    private static void Write(TextWriter output, Texts texts, string what, IReadOnlyList<FileVerdict> verdicts, string allGood)
    {
        var bad = verdicts.Where(v => v.Check != FileCheck.Unchanged).ToArray();
        output.WriteLine(texts.VerifyFilesChecked(what, verdicts.Count(v => v.Check != FileCheck.Extra), bad.Length == 0 ? allGood : texts.VerifyFilesDiffer(bad.Length)));
        foreach (var v in bad)
        {
            var note = v.Check switch
            {
                FileCheck.Extra => texts.VerifyNotInManifest,
                FileCheck.Unreadable => $" ({v.Reason})",
                _ => "",
            };
            var word = v.Check switch
            {
                FileCheck.Changed => texts.VerdictChanged,
                FileCheck.Missing => texts.VerdictMissing,
                FileCheck.Extra => texts.VerdictExtra,
                _ => texts.VerdictUnreadable,
            };
            output.WriteLine($"  {word,-11}{v.File}{note}");
        }
    }
}
