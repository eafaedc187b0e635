using System.CommandLine;
using Selection.Report;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection report --run &lt;folder&gt; [--out &lt;file.html&gt;] [--force]</c> (issue 14): one self-contained HTML
/// page from a run, proposal, stability or comparison folder, made from the folder's own files, which it never
/// changes. <c>--out</c> (default <c>rapport.html</c> in the folder) is checked before anything is read, and written
/// whole or not at all.
/// </summary>
public static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var run = new Option<string>("--run") { Description = texts.ReportRun, HelpName = texts.FolderName, Required = true };
        var @out = new Option<string?>("--out") { Description = texts.ReportOut, HelpName = "rapport.html" }.WithDefault(texts.ReportOutDefault);
        var force = new Option<bool>("--force") { Description = texts.ReportForce };
        var command = new Command("report", texts.ReportDescription) { run, @out, force };
        command.SetAction(parsed => Execute(parsed.GetRequiredValue(run), parsed.GetValue(@out), parsed.GetValue(force), output, error, texts));
        return command;
    }

    public static int Execute(string folder, string? outFile, bool force, TextWriter output, TextWriter error, Texts texts)
    {
        var target = outFile ?? Path.Combine(folder, Reports.FileName);
        if (ReportFile.Check(target, force, folder, Reports.FilesOf(folder)) is { } refusal)
        {
            error.WriteLine(texts.Error(refusal switch
            {
                ReportFileRefusal.IsFolder => texts.ReportOutIsFolder(target),
                ReportFileRefusal.Exists => texts.ReportOutExists(target),
                ReportFileRefusal.IsInput => texts.ReportOutIsInput(target),
                ReportFileRefusal.InsideFolder => texts.ReportOutInsideFolder(target),
                ReportFileRefusal.NoFolder => texts.ReportOutNoFolder(target),
                _ => texts.ReportOutNotReport(target),
            }));
            return ExitCodes.OutputError;
        }

        var (page, problem) = Reports.Make(folder, new ReportTexts(texts.Language));
        if (page is null)
        {
            error.WriteLine(texts.Error(problem));
            return ExitCodes.InputError;
        }
        try
        {
            ReportFile.Write(target, page, replace: force);
        }
        catch (IOException e)
        {
            error.WriteLine(texts.Error(texts.ReportCannotWrite(target, e.Message)));
            return ExitCodes.OutputError;
        }
        CommandOutput.WriteSafely(output, texts.ReportWritten(Path.GetFullPath(target)));
        return ExitCodes.Success;
    }
}
