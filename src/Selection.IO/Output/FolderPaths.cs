using System.Text;

namespace Selection.IO.Output;

/// <summary>
/// Paths as the file system sees them, for comparing an output folder with the inputs of a command:
/// full, with symbolic links resolved and no trailing separator, compared case-sensitively on Linux and
/// case-insensitively on Windows and macOS (their default file systems).
/// </summary>
public static class FolderPaths
{
    /// <summary>The longest path Linux accepts (PATH_MAX less the terminating zero), in UTF-8 bytes.</summary>
    public const int MaxPathBytes = 4095;

    /// <summary>The longest name of one folder or file (NAME_MAX), in UTF-8 bytes.</summary>
    public const int MaxNameBytes = 255;

    private const int MaxLinks = 40;

    /// <summary>How this platform's default file system compares names.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The full path of <paramref name="path"/> with every symbolic link along it resolved, as far as it
    /// exists; the part that does not exist yet is appended as written.
    /// </summary>
    public static string Resolve(string path) => Resolve(path, 0);

    private static string Resolve(string path, int depth)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full) ?? "";
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            var info = new FileInfo(next);
            if (info.LinkTarget is not null && depth < MaxLinks)
            {
                FileSystemInfo? target;
                try
                {
                    target = info.ResolveLinkTarget(returnFinalTarget: true);
                }
                catch (IOException)
                {
                    target = null; // a loop of links: compare the path as written
                }
                if (target is not null)
                    next = Resolve(target.FullName, depth + 1);
            }
            else if (!info.Exists && !Directory.Exists(next))
            {
                return Path.Combine([next, .. parts[(i + 1)..]]);
            }
            current = next;
        }
        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>Whether two resolved paths name the same place.</summary>
    public static bool Same(string a, string b) => string.Equals(a, b, Comparison);

    /// <summary>Whether resolved <paramref name="inner"/> lies strictly inside resolved <paramref name="outer"/>.</summary>
    public static bool Inside(string inner, string outer)
    {
        var prefix = outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.Length > prefix.Length && inner.StartsWith(prefix, Comparison);
    }

    /// <summary>The length of <paramref name="text"/> in UTF-8 bytes, as the file system counts it.</summary>
    public static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);
}
