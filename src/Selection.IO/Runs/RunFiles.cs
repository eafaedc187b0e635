using System.Runtime.InteropServices;

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

/// <summary>What is at a path, looked at without opening it.</summary>
public enum PathKind
{
    Missing,
    RegularFile,
    Folder,

    /// <summary>A pipe (FIFO), a device such as <c>/dev/zero</c>, or a socket: never opened.</summary>
    Special,
}

/// <summary>
/// The one safe way to read a file of a run folder (or data folder) given by a user: the path is
/// examined first, and only a regular file is opened, so a FIFO cannot block and <c>/dev/zero</c>
/// cannot fill memory; the size is checked against a limit before reading.
/// </summary>
/// <remarks>
/// .NET reports a pipe or device as an ordinary file (<see cref="FileSystemInfo.Attributes"/> is
/// <c>Normal</c>), so on Unix the kind comes from <c>stat</c> through the runtime's own native shim
/// (<c>SystemNative_Stat</c> in libSystem.Native, whose mode field has the POSIX file-type bits). If a
/// later runtime drops that entry point, the kind falls back to <see cref="FileInfo"/> and the tests
/// that give a FIFO fail on their timeout, which says where to look.
/// </remarks>
public static partial class RunFiles
{
    /// <summary>The largest manifest read: a real one is a few kilobytes.</summary>
    public const long ManifestLimit = 64L * 1024 * 1024;

    /// <summary>The largest table read back (a national run's largest table is under 1 MB).</summary>
    public const long TableLimit = 1024L * 1024 * 1024;

    private const int FileTypeMask = 0xF000;
    private const int RegularFileType = 0x8000;
    private const int FolderType = 0x4000;

    /// <summary>What is at <paramref name="path"/> (links followed).</summary>
    public static PathKind KindOf(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var status = new byte[256];
                if (Stat(path, ref status[0]) != 0)
                    return PathKind.Missing;
                var mode = BitConverter.ToInt32(status, 4) & FileTypeMask;
                return mode switch
                {
                    RegularFileType => PathKind.RegularFile,
                    FolderType => PathKind.Folder,
                    _ => PathKind.Special,
                };
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through to what .NET itself can tell.
            }
        }
        if (Directory.Exists(path))
            return PathKind.Folder;
        return File.Exists(path) ? PathKind.RegularFile : PathKind.Missing;
    }

    /// <summary>
    /// Why <paramref name="path"/> is not a regular file that can be read, or <c>null</c> when it is one.
    /// </summary>
    public static string? NotAFile(string path) => KindOf(path) switch
    {
        PathKind.RegularFile => null,
        PathKind.Folder => $"'{path}' is a folder, not a file",
        PathKind.Special => $"'{path}' is not a regular file (a pipe, device or socket); only regular files are read",
        _ => Missing(path),
    };

    /// <summary>Why <paramref name="path"/> is not a folder (the <paramref name="what"/>), or <c>null</c> when it is one.</summary>
    public static string? NotAFolder(string path, string what) => KindOf(path) switch
    {
        PathKind.Folder => null,
        PathKind.Missing => DanglingLink(path) is { } target
            ? $"the {what} '{path}' is a link to '{target}', which does not exist"
            : $"the {what} '{path}' does not exist",
        _ => $"'{path}' is a file, not a {what}",
    };

    /// <summary>Whether <paramref name="path"/> is a symbolic link whose target does not exist.</summary>
    public static bool IsDanglingLink(string path) => KindOf(path) == PathKind.Missing && DanglingLink(path) is not null;

    private static string Missing(string path) => DanglingLink(path) is { } target
        ? $"'{path}' is a link to '{target}', which does not exist"
        : $"'{path}' does not exist";

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
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > limit)
                throw new RunFileException($"'{path}' is {stream.Length} bytes, more than the {limit / (1024 * 1024)} MiB such a file can be");
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException and not RunFileException or UnauthorizedAccessException)
        {
            throw new RunFileException($"'{path}' cannot be read: {e.Message}");
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref byte status);
}
