using System.Runtime.InteropServices;
using Selection.IO.Output;

namespace Selection.Cli;

/// <summary>
/// The output folder of a command (<see cref="OutputFolder"/>) as the command line drives it. A refused
/// <c>--out</c> is a message and exit 3 (2 when empty); a failure to write or to move the output into
/// place is exit 3 with nothing written; SIGINT and SIGTERM remove the staging folder and end the process
/// with 130 and 143; once the output is in place, nothing that goes wrong afterwards (the summary cannot
/// be printed, the old folder cannot be removed) changes the exit code: it is a warning.
/// </summary>
public sealed class CommandOutput : IDisposable
{
    private readonly OutputFolder _folder;
    private readonly TextWriter _error;
    private readonly Texts _texts;
    private readonly List<PosixSignalRegistration> _signals = [];
    private volatile bool _interrupted;

    private CommandOutput(OutputFolder folder, TextWriter error, Texts texts)
    {
        _folder = folder;
        _error = error;
        _texts = texts;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _signals.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // no signals here (a browser): the staging folder is removed by the next run instead
            }
        }
    }

    /// <summary>The folder to write into; it becomes <c>--out</c> when <see cref="Write"/> succeeds.</summary>
    public string Folder => _folder.Staging;

    /// <summary>The output folder, full and with links resolved.</summary>
    public string Target => _folder.Target;

    /// <summary>
    /// Checks and locks <c>--out</c> (see <see cref="OutputFolder.Begin"/>). On refusal, prints the message
    /// and returns the exit code to end with.
    /// </summary>
    public static (CommandOutput? Output, int ExitCode) Open(OutputRequest request, TextWriter error, Texts texts)
    {
        var (folder, problem) = OutputFolder.Begin(request);
        if (folder is null)
        {
            WriteSafely(error, texts.Error(problem!.Message + "."));
            return (null, problem.Code == OutputFolder.EmptyCode ? ExitCodes.UsageError : ExitCodes.OutputError);
        }
        foreach (var warning in folder.Warnings)
            WriteSafely(error, texts.Warning(warning + "."));
        return (new CommandOutput(folder, error, texts), ExitCodes.Success);
    }

    /// <summary>
    /// Writes the output into <see cref="Folder"/> with <paramref name="write"/> and moves it into place.
    /// Returns <see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.OutputError"/> (message printed,
    /// nothing written) when the file system refused.
    /// </summary>
    public int Write(Action<string> write)
    {
        try
        {
            WaitIfInterrupted();
            write(_folder.Staging);
            WaitIfInterrupted();
            foreach (var warning in _folder.Commit())
                WriteSafely(_error, _texts.Warning(warning + "."));
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            WaitIfInterrupted();
            if (e is InvalidOperationException)
                throw;
            _folder.Dispose();
            WriteSafely(_error, _texts.Error(_texts.CannotWriteOut(_folder.Given, e.Message)));
            return ExitCodes.OutputError;
        }
    }

    /// <summary>
    /// Prints lines after the output is in place. A stdout that is closed or full is a warning on
    /// stderr: the output was written, so the command still succeeds.
    /// </summary>
    public void Print(TextWriter output, IEnumerable<string> lines)
    {
        try
        {
            foreach (var line in lines)
                output.WriteLine(line);
            output.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            WriteSafely(_error, _texts.Warning(_texts.SummaryNotPrinted(_folder.Target, e.Message)));
        }
    }

    /// <summary>Writes a line to stderr, if stderr can still be written to.</summary>
    public static void WriteSafely(TextWriter error, string line)
    {
        try
        {
            error.WriteLine(line);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // nowhere left to say it
        }
    }

    public void Dispose()
    {
        foreach (var signal in _signals)
            signal.Dispose();
        _folder.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        _interrupted = true;
        if (!_folder.Abandon())
        {
            _interrupted = false;
            return; // the output is already in place: let the command finish, with exit 0
        }
        var (name, code) = context.Signal == PosixSignal.SIGINT ? ("SIGINT", ExitCodes.Interrupted) : ("SIGTERM", ExitCodes.Terminated);
        WriteSafely(_error, _texts.Interrupted(name, _folder.Given));
        Environment.Exit(code);
    }

    /// <summary>After an interrupt the process is ending with its own exit code: the command must not end it with another.</summary>
    private void WaitIfInterrupted()
    {
        if (_interrupted)
            Thread.Sleep(Timeout.Infinite);
    }
}
