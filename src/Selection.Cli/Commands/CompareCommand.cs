using System.CommandLine;
using Selection.Compare;
using Selection.IO.Output;
using Selection.IO.Reference;
using Selection.IO.Texts;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection compare --a &lt;run&gt; --b &lt;run&gt; [--out &lt;folder&gt;]</c>: which schools and kommuner
/// moved between two runs (or proposals), and which numbers moved them, read from the two folders' own
/// files. Both folders are verified first; one that is not a run or proposal folder, or does not verify,
/// is exit 1 and nothing is written. A difference between the runs is the answer, not a failure: exit 0.
/// </summary>
public static class CompareCommand
{
    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var a = new Option<string>("--a") { Description = texts.CompareA, HelpName = texts.RunOrProposalName, Required = true };
        var b = new Option<string>("--b") { Description = texts.CompareB, HelpName = texts.RunOrProposalName, Required = true };
        var aRun = new Option<string?>("--a-run") { Description = texts.CompareARun, HelpName = texts.RunFolderName }.WithDefault(texts.CompareRunDefault);
        var bRun = new Option<string?>("--b-run") { Description = texts.CompareBRun, HelpName = texts.RunFolderName }.WithDefault(texts.CompareRunDefault);
        var @out = new Option<string?>("--out") { Description = texts.CompareOut, HelpName = texts.FolderName }.WithDefault(texts.CompareOutDefault);
        var force = RunCommand.ForceOption("compare", texts);
        var command = new Command("compare", texts.CompareDescription) { a, b, aRun, bRun, @out, force };
        command.SetAction(parsed => Execute(
            parsed.GetRequiredValue(a), parsed.GetRequiredValue(b), parsed.GetValue(aRun), parsed.GetValue(bRun),
            parsed.GetValue(@out), parsed.GetValue(force), output, error, texts));
        return command;
    }

    public static int Execute(string a, string b, string? aRun, string? bRun, string? outFolder, bool force, TextWriter output, TextWriter error, Texts texts)
    {
        CommandOutput? target = null;
        if (outFolder is not null)
        {
            var inputs = new[] { a, b, aRun ?? CompareInput.RunBeside(a), bRun ?? CompareInput.RunBeside(b) }
                .OfType<string>()
                .Select(OutputInput.RunFolder)
                .ToArray();
            var (opened, code) = CommandOutput.Open(new OutputRequest("compare", outFolder, force, inputs), error, texts);
            if (opened is null)
                return code;
            target = opened;
        }
        using (target)
        {
            var (runA, problemA) = CompareInput.Open(a, aRun, "--a-run");
            if (runA is null)
            {
                error.WriteLine(texts.Error(problemA));
                return ExitCodes.InputError;
            }
            var (runB, problemB) = CompareInput.Open(b, bRun, "--b-run");
            if (runB is null)
            {
                error.WriteLine(texts.Error(problemB));
                return ExitCodes.InputError;
            }

            var comparison = Comparer.Compare(runA, runB, ReferenceTables.History);
            var summary = CompareReport.Summary(comparison);
            if (target is null)
            {
                foreach (var line in summary)
                    output.WriteLine(line);
                return ExitCodes.Success;
            }

            var written = target.Write(folder => CompareWriter.Write(folder, comparison, summary, ReproducibleCommand(a, b), TextLanguage.Code(texts.Language)));
            if (written != ExitCodes.Success)
                return written;
            target.Print(output, [.. summary, "", texts.OutputLine(target.Target), texts.CompareOutputFiles(CompareWriter.SchoolsFile, CompareWriter.KommunerFile, CompareWriter.SummaryFile, Manifest.FileName)]);
        }
        return ExitCodes.Success;
    }

    /// <summary>The command as the manifest records it: folders by their names, no --force.</summary>
    private static IReadOnlyList<string> ReproducibleCommand(string a, string b) =>
        ["compare", "--a", CompareWriter.FolderName(a), "--b", CompareWriter.FolderName(b), "--out", "<out>"];
}
