using System.CommandLine;
using Selection.IO.Input;
using Selection.IO.Output;
using Selection.IO.Reference;
using Selection.IO.Validation;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection convert</c>: writes a data folder as Parquet (same columns, typed), after checking it.
/// <c>run</c> and <c>validate</c> read the result as they read the CSV files, and give the same selection.
/// </summary>
public static class ConvertCommand
{
    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var data = new Option<string>("--data") { Description = texts.ConvertData, HelpName = texts.FolderName, Required = true };
        var @out = new Option<string>("--out") { Description = texts.ConvertOut, HelpName = texts.FolderName, Required = true };
        var force = RunCommand.ForceOption("convert", texts);
        var command = new Command("convert", texts.ConvertDescription) { data, @out, force };
        command.SetAction(parsed =>
        {
            var dataFolder = parsed.GetRequiredValue(data);
            var request = new OutputRequest("convert", parsed.GetRequiredValue(@out), parsed.GetValue(force), [OutputInput.DataFolder(dataFolder)]);
            var (target, outCode) = CommandOutput.Open(request, error, texts);
            if (target is null)
                return outCode;
            using (target)
            {
                var loaded = DataSetReader.Read(dataFolder);
                var report = DataSetValidator.Validate(loaded, ReferenceTables.History, null);
                if (report.HasErrors)
                {
                    error.WriteLine(texts.ConvertHasErrors(dataFolder, texts.Errors(report.Errors)));
                    ValidationReportWriter.WriteProblems(error, report.Problems, RunCommand.ProblemsPerKind);
                    return ExitCodes.InputError;
                }
                var prepared = ParquetConversion.Prepare(loaded);
                if (prepared.HasErrors)
                {
                    error.WriteLine(texts.ConvertCannot(dataFolder));
                    ValidationReportWriter.WriteProblems(error, prepared.Problems, RunCommand.ProblemsPerKind);
                    return ExitCodes.InputError;
                }
                IReadOnlyList<string> written = [];
                var code = target.Write(folder => written = ParquetConversion.WriteFolder(prepared, folder));
                if (code != ExitCodes.Success)
                    return code;
                target.Print(output, [texts.ConvertWrote(string.Join(", ", written), target.Target), .. prepared.LeftOut.Select(texts.ConvertLeftOut)]);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
