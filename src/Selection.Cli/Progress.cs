using System.Diagnostics;
using System.Globalization;

namespace Selection.Cli;

/// <summary>
/// What a long command is doing, on stderr: with <c>--verbose</c>, one line per finished phase with its
/// time; otherwise, only when stderr is a terminal, one status line rewritten in place and cleared at the
/// end. Quiet in CI, in tests and when stderr is redirected, so no output file and no captured stream
/// depends on it. The long commands (run, validate, convert, propose, and the coming stability and sweep
/// commands) report their phases through it.
/// </summary>
public sealed class Progress
{
    private readonly TextWriter _error;
    private readonly bool _verbose;
    private readonly bool _terminal;
    private readonly string _total;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Time)> _phases = [];
    private int _statusLength;

    /// <summary>A reporter on <paramref name="error"/>; <paramref name="total"/> is the word for the total time, in the command's language.</summary>
    public Progress(TextWriter error, bool verbose, bool? terminal = null, string total = "total")
    {
        _total = total;
        _error = error;
        _verbose = verbose;
        _terminal = terminal ?? (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null);
    }

    /// <summary>A reporter that says nothing (for callers that do not report).</summary>
    public static Progress Quiet { get; } = new(TextWriter.Null, verbose: false, terminal: false);

    /// <summary>The phases finished so far, with their times.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Time)> Phases => _phases;

    /// <summary>Runs one phase: shows it while it runs (on a terminal), and with --verbose prints its time and the managed memory it allocated.</summary>
    public T Phase<T>(string name, Func<T> work)
    {
        Status(name + " …");
        var watch = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();
        try
        {
            return work();
        }
        finally
        {
            watch.Stop();
            _phases.Add((name, watch.Elapsed));
            Status(null);
            if (_verbose)
                Write($"  {name,-40}{Milliseconds(watch.Elapsed),10}{Megabytes(GC.GetTotalAllocatedBytes() - allocated),16}");
        }
    }

    /// <summary>
    /// Runs one phase of <paramref name="total"/> steps and shows how far it has come (on a terminal: <c>name … 42 %</c>,
    /// rewritten when the whole percentage changes). <paramref name="work"/> gets the callback to call once per step
    /// finished, from any thread.
    /// </summary>
    public T Counted<T>(string name, int total, Func<Action, T> work)
    {
        var done = 0;
        var shown = -1;
        var gate = new object();
        void Step()
        {
            var now = Interlocked.Increment(ref done);
            var percent = (int)(100L * now / Math.Max(total, 1));
            if (percent == Volatile.Read(ref shown))
                return;
            lock (gate)
            {
                if (percent <= shown)
                    return;
                shown = percent;
                Status($"{name} … {percent} %");
            }
        }
        return Phase(name, () => work(Step));
    }

    /// <summary>Runs one phase that returns nothing.</summary>
    public void Phase(string name, Action work) => Phase(name, () => { work(); return 0; });

    /// <summary>With --verbose, the total time of the command.</summary>
    public void Done()
    {
        Status(null);
        if (_verbose)
            Write($"  {_total,-40}{Milliseconds(_watch.Elapsed),10}{Megabytes(GC.GetTotalAllocatedBytes()),16}");
    }

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>Managed memory allocated (not held): what the garbage collector had to hand out in the phase.</summary>
    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture) + " MB alloc";

    private void Status(string? text)
    {
        if (!_terminal)
            return;
        try
        {
            var line = text ?? "";
            _error.Write("\r" + line.PadRight(_statusLength) + (text is null ? "\r" : ""));
            _error.Flush();
            _statusLength = text is null ? 0 : line.Length;
        }
        catch (IOException)
        {
            // a terminal that went away: progress is not worth a failure
        }
    }

    private void Write(string line) => CommandOutput.WriteSafely(_error, line);
}
