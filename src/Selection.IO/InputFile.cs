using System.Runtime.InteropServices;
using Selection.IO.Input;

namespace Selection.IO;

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
/// The one way a file given by a user is read (data tables, datasett.json, rules, and through
/// <see cref="Runs.RunFiles"/> the files of a run folder): only a regular file, of bounded size, never
/// blocking. The kind of the path is looked at before it is opened, so a pipe (FIFO) without a writer
/// cannot hang the program and <c>/dev/zero</c> cannot fill its memory. A second guard needs no kind:
/// a pipe or device reports a size of 0, and a file of size 0 is never opened (an empty file is
/// refused either way). A dangling link, a folder, a file that is too large or that cannot be read:
/// each is a message, never an exception.
/// </summary>
/// <remarks>
/// .NET reports a pipe or device as an ordinary file (<see cref="FileSystemInfo.Attributes"/> is
/// <c>Normal</c>), so on Unix the kind comes from <c>stat</c> through the runtime's own native shim
/// (<c>SystemNative_Stat</c> in libSystem.Native, whose FileStatus struct has the POSIX mode at
/// offset 4). It is not a public API: if a later runtime drops that entry point, the kind falls back
/// to what <see cref="FileInfo"/> tells, and the size guard alone keeps pipes and devices unread.
/// </remarks>
public static partial class InputFile
{
    /// <summary>The largest input file read: 1 GiB (the national data set is a few MB).</summary>
    public const long MaxBytes = 1L << 30;

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
                return (BitConverter.ToInt32(status, 4) & FileTypeMask) switch
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

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref byte status);

    /// <summary>
    /// The message for a file that <see cref="ReadAll"/> cannot read: its reason, after "cannot read the
    /// file: " unless the reason already says so, in the language of the command.
    /// </summary>
    public static string Unreadable(string error)
    {
        var prefix = InputTexts.CannotReadFile("");
        return error.StartsWith(prefix, StringComparison.Ordinal) ? error : InputTexts.CannotReadFile(error);
    }

    /// <summary>The file's bytes, or why they cannot be read (a sentence without the file's name).</summary>
    public static (byte[]? Bytes, string? Error) ReadAll(string path, long maxBytes = MaxBytes)
    {
        try
        {
            var (opened, error) = Open(path, maxBytes);
            if (opened is null)
                return (null, error);
            using var stream = opened;
            var bytes = new byte[stream.Length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = stream.Read(bytes, read, bytes.Length - read);
                if (n == 0)
                    break;
                read += n;
            }
            // A file that changed size while it was read is not the file that was measured.
            if (read != bytes.Length || stream.ReadByte() != -1)
                return (null, InputTexts.FileChanged);
            return (bytes, null);
        }
        catch (Exception e) when (IsReadingError(e))
        {
            return (null, InputTexts.CannotReadFile(e.Message));
        }
    }

    /// <summary>
    /// The file opened to be read from the start, after the same checks as <see cref="ReadAll"/> (its length is the
    /// stream's), or why it cannot be read. The caller closes the stream.
    /// </summary>
    public static (FileStream? Stream, string? Error) OpenRead(string path, long maxBytes = MaxBytes)
    {
        try
        {
            return Open(path, maxBytes);
        }
        catch (Exception e) when (IsReadingError(e))
        {
            return (null, InputTexts.CannotReadFile(e.Message));
        }
    }

    private static bool IsReadingError(Exception e) =>
        e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException;

    private static (FileStream? Stream, string? Error) Open(string path, long maxBytes)
    {
        if (path.Length == 0)
            return (null, InputTexts.PathEmpty);
        if (KindOf(path) == PathKind.Special)
            return (null, InputTexts.NotARegularFile);
        var info = new FileInfo(path);
        if (info.LinkTarget is { } link)
        {
            // A link is judged by what it points to: its own size is the length of the target's name.
            if (info.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo { Exists: true } target)
                return (null, Directory.Exists(path) ? InputTexts.IsAFolder : InputTexts.DanglingLink(link));
            info = target;
        }
        if (Directory.Exists(path))
            return (null, InputTexts.IsAFolder);
        if (!info.Exists)
            return (null, InputTexts.FileDoesNotExist);
        if (info.Length == 0)
            return (null, InputTexts.FileEmpty);
        if (info.Length > maxBytes)
            return (null, InputTexts.FileTooLarge(info.Length, maxBytes));
        var stream = new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (stream.Length != info.Length)
        {
            stream.Dispose();
            return (null, InputTexts.FileChanged);
        }
        return (stream, null);
    }
}
