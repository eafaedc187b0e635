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
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "The data folder to convert (CSV or Parquet).", Required = true };
        var @out = new Option<string>("--out") { Description = "The folder for the Parquet files.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace --out if it holds an earlier output of `selection convert` (never anything else)." };
        var command = new Command("convert", "Write a data folder as Parquet files with the same columns, typed.") { data, @out, force };
        command.SetAction(parsed =>
        {
            var dataFolder = parsed.GetRequiredValue(data);
            var request = new OutputRequest("convert", parsed.GetRequiredValue(@out), parsed.GetValue(force), [new OutputInput("the data folder", dataFolder)]);
            var (target, outCode) = CommandOutput.Open(request, error);
            if (target is null)
                return outCode;
            using (target)
            {
                var loaded = DataSetReader.Read(dataFolder);
                var report = DataSetValidator.Validate(loaded, ReferenceTables.History, null);
                if (report.HasErrors)
                {
                    error.WriteLine($"The data folder '{dataFolder}' has {report.Errors} {(report.Errors == 1 ? "error" : "errors")}; nothing was converted.");
                    ValidationReportWriter.WriteProblems(error, report.Problems, RunCommand.ProblemsPerKind);
                    return ExitCodes.InputError;
                }
                var prepared = ParquetConversion.Prepare(loaded);
                if (prepared.HasErrors)
                {
                    error.WriteLine($"The data folder '{dataFolder}' cannot be written as Parquet; nothing was converted.");
                    ValidationReportWriter.WriteProblems(error, prepared.Problems, RunCommand.ProblemsPerKind);
                    return ExitCodes.InputError;
                }
                IReadOnlyList<string> written = [];
                var code = target.Write(folder => written = ParquetConversion.WriteFolder(prepared, folder));
                if (code != ExitCodes.Success)
                    return code;
                target.Print(output, [$"Wrote {string.Join(", ", written)} to {target.Target}", .. prepared.LeftOut.Select(c => $"Left out     {c}")]);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
