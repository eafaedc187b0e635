using System.CommandLine;
using Selection.Core;
using Selection.Excel;
using Selection.IO.Output;
using Selection.IO.Runs;
using Selection.IO.Validation;
using Selection.Proposal.Output;
using Selection.Proposal.Returned;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection propose</c>: reads the shortlists the statsforvaltere sent back, checks that they belong
/// to the run and that nothing but Prioritet and Begrunnelse changed, and writes Udir's proposal for the
/// final selection (DOMAIN §6) with a decision log.
/// </summary>
public static class ProposeCommand
{
    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var run = new Option<string>("--run") { Description = texts.ProposeRun, HelpName = texts.RunFolderName, Required = true };
        var returned = new Option<string>("--returned") { Description = texts.ProposeReturned, HelpName = texts.ReturnedFolderName, Required = true };
        var @out = new Option<string>("--out") { Description = texts.ProposeOut, HelpName = texts.FolderName, Required = true };
        var force = RunCommand.ForceOption("propose", texts);
        var requireAll = new Option<bool>("--require-all") { Description = texts.ProposeRequireAll };
        var verbose = RunCommand.VerboseOption(texts);
        var command = new Command("propose", texts.ProposeDescription)
        {
            run, returned, @out, force, requireAll, verbose,
        };
        command.SetAction(parsed => Execute(
            parsed.GetRequiredValue(run), parsed.GetRequiredValue(returned), parsed.GetRequiredValue(@out),
            parsed.GetValue(force), parsed.GetValue(requireAll), output, error, texts, RunCommand.NewProgress(error, parsed.GetValue(verbose), texts)));
        return command;
    }

    public static int Execute(string runFolder, string returnedFolder, string outFolder, bool force, bool requireAll, TextWriter output, TextWriter error, Texts texts, Progress? progress = null)
    {
        progress ??= Progress.Quiet;
        var request = new OutputRequest("propose", outFolder, force, [OutputInput.RunFolder(runFolder), OutputInput.ReturnedFolder(returnedFolder)]);
        var (target, outCode) = CommandOutput.Open(request, error, texts);
        if (target is null)
            return outCode;
        using (target)
        {
            var (run, problem) = RunFolder.Open(runFolder);
            if (run is null)
            {
                error.WriteLine(texts.Error(problem));
                return ExitCodes.InputError;
            }
            if (RunFiles.NotAFolder(returnedFolder, RunTexts.ReturnedFolderName) is { } notAFolder)
            {
                error.WriteLine(texts.Error(notAFolder));
                return ExitCodes.InputError;
            }

            ReturnedAnswers answers;
            IReadOnlyList<RunKommune> kommuner;
            int route2Max;
            try
            {
                kommuner = ProposalBasis.ReadKommuner(run);
                route2Max = ProposalBasis.ReadRoute2Max(run);
                answers = progress.Phase(texts.PhaseReadReturned, () => ReturnedShortlists.Read(run, returnedFolder, ReturnedWorkbook.Read));
            }
            catch (RunFileException e)
            {
                error.WriteLine(texts.Error(e.Message));
                return ExitCodes.InputError;
            }

            var problems = answers.Problems.ToList();
            if (requireAll)
                problems.AddRange(answers.Unanswered.Select(s => Problem.Error("statsforvalter-unanswered", texts.ProposeUnansweredProblem(s))));
            if (problems.Any(p => p.IsError))
            {
                var errors = problems.Count(p => p.IsError);
                error.WriteLine(texts.ProposeHasErrors(returnedFolder, texts.Errors(errors)));
                ValidationReportWriter.WriteProblems(error, problems, RunCommand.ProblemsPerKind);
                return ExitCodes.InputError;
            }

            var basis = new ProposalBasis(
                run,
                kommuner,
                answers.Answers.SelectMany(a => a.Answers.Select(k => (k, a))).ToDictionary(
                    x => x.k.Kommune,
                    x => new GivenAnswer(x.k.Priority, x.k.Begrunnelse, x.a.File, x.k.Origin.Line)),
                answers.Answers.Select(a => new ReturnedFile(a.File, a.Statsforvalter, new FileInfo(Path.Combine(returnedFolder, a.File)).Length, a.Sha256)).ToArray(),
                answers.Unanswered,
                route2Max);
            var proposal = basis.Propose();
            IReadOnlyList<string> files = [];
            var written = progress.Phase(texts.PhaseWriteProposal, () => target.Write(folder => files = ProposalWriter.Write(folder, basis, ReproducibleCommand(runFolder, returnedFolder), ShortlistWorkbook.Instance)));
            progress.Done();
            if (written != ExitCodes.Success)
                return written;

            var lines = new List<string>();
            if (problems.Count > 0)
            {
                var warnings = new StringWriter();
                warnings.WriteLine(texts.ProposeWarnings(texts.Warnings(problems.Count)));
                ValidationReportWriter.WriteProblems(warnings, problems, RunCommand.WarningsPerKind);
                target.Print(error, [warnings.ToString().TrimEnd('\n', '\r')]);
            }
            if (answers.Unanswered.Count > 0)
                target.Print(error, [texts.Warning(texts.ProposeUnanswered(answers.Unanswered.Count, string.Join("; ", answers.Unanswered)))]);
            if (run.Manifest.IllustrativeRules)
                lines.Add(texts.ProposeIllustrative(run.Manifest.RulesName));
            if (run.Manifest.SyntheticData)
                lines.Add(texts.ProposeSynthetic(run.Manifest.DataSetName));
            lines.Add(texts.ProposeRunLine(run.Manifest.RunId, Path.GetFullPath(runFolder)));
            lines.Add(texts.ProposeReturnedLine(answers.Answers.Count, answers.Unanswered.Count));
            lines.Add(texts.ProposeRoute1(proposal.Kommuner.Count(k => k.Route == Route.WeakOverall)));
            lines.Add(texts.ProposeRoute2(proposal.Kommuner.Count(k => k.Route == Route.LargeDifferences), proposal.Kommuner.Count(k => k.Priority is not null), proposal.Route2Taken, route2Max));
            lines.Add(texts.ProposeProposal(proposal.Taken.Count()));
            lines.Add(texts.OutputLine(target.Target));
            lines.Add(texts.ProposeOutputTables(ProposalWriter.MachineTable, ProposalWriter.PeopleTable));
            lines.Add(texts.ProposeOutputLog(ProposalWriter.DecisionLog));
            lines.Add(texts.ProposeOutputManifest(Manifest.FileName));
            target.Print(output, lines);
        }
        return ExitCodes.Success;
    }

    /// <summary>The command as the manifest records it: folders by their names, no --force.</summary>
    private static IReadOnlyList<string> ReproducibleCommand(string runFolder, string returnedFolder) =>
    [
        "propose",
        "--run", Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(runFolder))),
        "--returned", Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(returnedFolder))),
        "--out", "<out>",
    ];
}
