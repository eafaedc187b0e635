namespace Selection.Cli;

/// <summary>The exit codes of <c>selection</c>, as the README lists them.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>The input (data folder or rules) has errors; they were printed, nothing was written.</summary>
    public const int InputError = 1;

    /// <summary>The command line is wrong (unknown option, missing value, a value that does not parse).</summary>
    public const int UsageError = 2;

    /// <summary>
    /// The output folder cannot be used: it exists without --force, holds something other than an earlier
    /// output of the same command, is or contains or lies inside an input, is locked by another command,
    /// or cannot be written. Nothing was written.
    /// </summary>
    public const int OutputError = 3;

    /// <summary><c>verify</c>: an output changed since the run, or the data folder is not the one the run read.</summary>
    public const int NotVerified = 4;

    /// <summary>A fault in the engine itself: please report it.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by SIGINT (Ctrl+C) before the output was in place: 128 + 2, as shells report it. Nothing was written.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM before the output was in place: 128 + 15. Nothing was written.</summary>
    public const int Terminated = 143;
}
