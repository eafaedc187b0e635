namespace Selection.IO.Runs;

/// <summary>
/// A file or folder that <c>explain</c> or <c>verify</c> cannot use: missing, a dangling link, a folder
/// where a file belongs, a pipe or device, too large, unreadable or corrupt. Its message names the path.
/// </summary>
/// <remarks>
/// The one error policy of reading a run back: every read of a run file goes through <see cref="RunFiles"/>
/// or <see cref="TableRow"/>, which raise this exception; the commands turn it into exit 1 with its message.
/// </remarks>
public sealed class RunFileException(string message) : IOException(message);

/// <summary>
/// The one safe way to read a file of a run folder (or data folder) given by a user: the path is
/// examined first, and only a regular file is opened, so a FIFO cannot block and <c>/dev/zero</c>
/// cannot fill memory; the size is checked against a limit before reading.
/// </summary>
/// <remarks>The kind of a path and the bounded read are <see cref="InputFile"/>'s, shared with the data folder.</remarks>
public static class RunFiles
{
    /// <summary>The largest manifest read: a real one is a few kilobytes.</summary>
    public const long ManifestLimit = 64L * 1024 * 1024;

    /// <summary>The largest table read back (a national run's largest table is under 1 MB).</summary>
    public const long TableLimit = 1024L * 1024 * 1024;

    /// <summary>What is at <paramref name="path"/> (links followed): see <see cref="InputFile.KindOf"/>.</summary>
    public static PathKind KindOf(string path) => InputFile.KindOf(path);

    /// <summary>
    /// Why <paramref name="path"/> is not a regular file that can be read, or <c>null</c> when it is one.
    /// </summary>
    public static string? NotAFile(string path) => KindOf(path) switch
    {
        PathKind.RegularFile => null,
        PathKind.Folder => RunTexts.IsAFolder(path),
        PathKind.Special => RunTexts.NotARegularFile(path),
        _ => Missing(path),
    };

    /// <summary>
    /// Why <paramref name="path"/> is not a folder, or <c>null</c> when it is one. <paramref name="what"/> names
    /// the folder in the command's language: <see cref="RunTexts.RunFolderName"/>, <see cref="RunTexts.DataFolderName"/>,
    /// <see cref="RunTexts.ReturnedFolderName"/> or <see cref="RunTexts.ProposalFolderName"/>.
    /// </summary>
    public static string? NotAFolder(string path, string what) => KindOf(path) switch
    {
        PathKind.Folder => null,
        PathKind.Missing => DanglingLink(path) is { } target
            ? RunTexts.FolderIsDanglingLink(what, path, target)
            : RunTexts.FolderMissing(what, path),
        _ => RunTexts.FolderIsAFile(path, what),
    };

    /// <summary>Whether <paramref name="path"/> is a symbolic link whose target does not exist.</summary>
    public static bool IsDanglingLink(string path) => KindOf(path) == PathKind.Missing && DanglingLink(path) is not null;

    private static string Missing(string path) => DanglingLink(path) is { } target
        ? RunTexts.DanglingLink(path, target)
        : RunTexts.Missing(path);

    private static string? DanglingLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Reads a regular file of at most <paramref name="limit"/> bytes, or raises <see cref="RunFileException"/>.</summary>
    public static byte[] ReadAll(string path, long limit)
    {
        if (NotAFile(path) is { } problem)
            throw new RunFileException(problem);
        var info = new FileInfo(path);
        var length = info.LinkTarget is null ? info.Length : (info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo)?.Length ?? 0;
        if (length > limit)
            throw new RunFileException(RunTexts.TooLarge(path, length, limit / (1024 * 1024)));
        var (bytes, error) = InputFile.ReadAll(path, limit);
        return bytes ?? throw new RunFileException(RunTexts.Unreadable(path, error));
    }
}
