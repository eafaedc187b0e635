using System.Globalization;
using System.Text;
using Selection.IO.Output;

namespace Selection.Cli;

/// <summary>
/// <c>run.log</c>: when and how a run was made: times, the command line as typed, the folders. The one
/// output file that differs between identical runs, so it is not in the manifest.
/// </summary>
public static class RunLog
{
    public static void Write(string folder, DateTimeOffset started, DateTimeOffset finished, IReadOnlyList<string> commandLine, string dataFolder, string outFolder)
    {
        var lines = new[]
        {
            $"started   {started.ToString("O", CultureInfo.InvariantCulture)}",
            $"finished  {finished.ToString("O", CultureInfo.InvariantCulture)} ({(finished - started).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms)",
            $"engine    {EngineInfo.Current.Version} on {EngineInfo.Current.Runtime}",
            $"command   {string.Join(' ', commandLine)}",
            $"cwd       {Environment.CurrentDirectory}",
            $"data      {Path.GetFullPath(dataFolder)}",
            $"out       {Path.GetFullPath(outFolder)}",
        };
        File.WriteAllText(Path.Combine(folder, RunWriter.LogFile), string.Join("\n", lines) + "\n", new UTF8Encoding(false));
    }
}
