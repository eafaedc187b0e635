using System.CommandLine;
using Selection.Core;
using Selection.Import;
using Selection.IO.Output;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection import</c> (issue 15): a folder of Udir's exports (and canonical tables, in any mix) into a canonical
/// data folder with <c>import-logg.txt</c> and <c>datasett.json</c>. Everything is read and checked first; a file the
/// import does not know, or one it cannot read, is exit 1 naming the file, and nothing is written.
/// </summary>
public static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var from = new Option<string>("--from") { Description = texts.ImportFrom, HelpName = texts.FolderName, Required = true };
        var @out = new Option<string>("--out") { Description = texts.ImportOut, HelpName = texts.FolderName, Required = true };
        var force = RunCommand.ForceOption("import", texts);
        var command = new Command("import", texts.ImportDescription) { from, @out, force };
        command.SetAction(parsed => Execute(parsed.GetRequiredValue(from), parsed.GetRequiredValue(@out), parsed.GetValue(force), output, error, texts));
        return command;
    }

    public static int Execute(string fromFolder, string outFolder, bool force, TextWriter output, TextWriter error, Texts texts)
    {
        var request = new OutputRequest("import", outFolder, force, [new OutputInput(texts.ImportTheExportFolder, fromFolder)]);
        var (target, outCode) = CommandOutput.Open(request, error, texts);
        if (target is null)
            return outCode;
        using (target)
        {
            var result = Importer.Import(fromFolder, new ImportTexts(texts.Language));
            var errors = result.Problems.Where(p => p.IsError).ToArray();
            if (errors.Length > 0)
            {
                error.WriteLine(texts.ImportHasErrors(fromFolder, texts.Errors(errors.Length)));
                foreach (var problem in errors.Take(RunCommand.ProblemsPerKind))
                    error.WriteLine(texts.Error(problem.ToString()));
                if (errors.Length > RunCommand.ProblemsPerKind)
                    error.WriteLine(texts.ImportMoreErrors(errors.Length - RunCommand.ProblemsPerKind));
                return ExitCodes.InputError;
            }
            foreach (var warning in result.Problems.Where(p => p.Severity == Severity.Warning))
                error.WriteLine(texts.Warning(warning.ToString()));
            var code = target.Write(result.WriteTo);
            if (code != ExitCodes.Success)
                return code;
            target.Print(output, [.. result.Summary, texts.OutputLine(target.Target)]);
        }
        return ExitCodes.Success;
    }
}
