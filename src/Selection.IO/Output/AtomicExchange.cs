using System.Runtime.InteropServices;

namespace Selection.IO.Output;

/// <summary>
/// Exchanges two folders in one atomic step where the system can: Linux's <c>renameat2</c> with
/// <c>RENAME_EXCHANGE</c> (ext4, xfs, btrfs, tmpfs and most local file systems since Linux 3.15).
/// </summary>
public static class AtomicExchange
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    private static bool _unavailable;

    /// <summary>
    /// Swaps the folders at <paramref name="a"/> and <paramref name="b"/> (both must exist). Returns
    /// false, having changed nothing, when the system or the file system cannot do it atomically.
    /// </summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux() || _unavailable)
            return false;
        try
        {
            return RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true; // a C library without renameat2 (glibc before 2.28, some musl builds)
            return false;
        }
    }

    // DllImport rather than LibraryImport, which would need unsafe code in the whole assembly.
    [DllImport("libc.so.6", EntryPoint = "renameat2", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(
        int oldDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath,
        uint flags);
}
