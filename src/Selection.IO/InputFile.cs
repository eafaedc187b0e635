namespace Selection.IO;

/// <summary>
/// The one way an input file is read: only a regular file, of bounded size, never blocking. A pipe
/// (FIFO) or a device (<c>/dev/zero</c>) reports a size of 0 without being one, so a file of size 0 is
/// not opened at all: an empty file is refused either way, and nothing can hang on a pipe without a
/// writer or run out of memory on a device without an end. A symbolic link whose target is missing,
/// a folder, a file that is too large or that cannot be read: each is a message, never an exception.
/// </summary>
public static class InputFile
{
    /// <summary>The largest input file read: 1 GiB (the national data set is a few MB).</summary>
    public const long MaxBytes = 1L << 30;

    /// <summary>The file's bytes, or why they cannot be read (a sentence without the file's name).</summary>
    public static (byte[]? Bytes, string? Error) ReadAll(string path, long maxBytes = MaxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is { } link)
            {
                // A link is judged by what it points to: its own size is the length of the target's name.
                if (info.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo { Exists: true } target)
                    return (null, Directory.Exists(path) ? "it is a folder, not a file" : $"the file is a symbolic link to '{link}', which does not exist");
                info = target;
            }
            if (Directory.Exists(path))
                return (null, "it is a folder, not a file");
            if (!info.Exists)
                return (null, "the file does not exist");
            if (info.Length == 0)
                return (null, "the file is empty");
            if (info.Length > maxBytes)
                return (null, $"the file is {info.Length:N0} bytes; more than {maxBytes:N0} is not read");
            using var stream = new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var bytes = new byte[info.Length];
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
                return (null, "the file changed while it was read; read it again when nothing writes to it");
            return (bytes, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            return (null, $"cannot read the file: {e.Message}");
        }
    }
}
