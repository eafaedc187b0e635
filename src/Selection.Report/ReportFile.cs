using System.Text;
using Selection.IO;
using Selection.IO.Output;

namespace Selection.Report;

/// <summary>Why <c>report --out</c> cannot be written; the command line says it and ends with exit 3.</summary>
public enum ReportFileRefusal
{
    /// <summary>--out is a folder.</summary>
    IsFolder,

    /// <summary>--out exists and --force was not given.</summary>
    Exists,

    /// <summary>--out exists (or is a pipe, a device, a link to nothing) and is not a report <c>selection report</c> wrote.</summary>
    NotAReport,

    /// <summary>--out is a file of the folder reported on: its manifest, its marker, or a file the manifest lists.</summary>
    IsInput,

    /// <summary>--out lies inside the folder reported on, other than its own <c>rapport.html</c>: writing it would change the folder.</summary>
    InsideFolder,

    /// <summary>--out's folder does not exist.</summary>
    NoFolder,
}

/// <summary>
/// The file <c>selection report</c> writes. Nothing is ever half-written: the page is written to a hidden file
/// beside <c>--out</c> (<c>.&lt;name&gt;.tmp-&lt;pid&gt;-&lt;id&gt;</c>), flushed, and renamed into place in one
/// step; without <c>--force</c> the rename refuses a file that appeared meanwhile. <c>--force</c> replaces only a
/// report (a file whose head names <see cref="ReportPage.Generator"/>), never anything the report reads.
/// </summary>
public static class ReportFile
{
    /// <summary>How much of an existing file is read to see whether it is a report.</summary>
    private const int HeadBytes = 1024;

    /// <summary>
    /// Whether <paramref name="target"/> may be written, given the folder reported on and its files; null when it may.
    /// Inside the folder only its own <c>rapport.html</c> may be written (a view <c>verify</c> passes over); any other
    /// file there would change what the folder holds.
    /// </summary>
    public static ReportFileRefusal? Check(string target, bool force, string folder, IReadOnlyCollection<string> folderFiles)
    {
        var full = FolderPaths.Resolve(target);
        if (folderFiles.Any(f => FolderPaths.Same(FolderPaths.Resolve(f), full)))
            return ReportFileRefusal.IsInput;
        var resolvedFolder = FolderPaths.Resolve(folder);
        if (FolderPaths.Inside(full, resolvedFolder) && !FolderPaths.Same(full, FolderPaths.Resolve(Path.Combine(folder, Reports.FileName))))
            return ReportFileRefusal.InsideFolder;
        switch (InputFile.KindOf(target))
        {
            case PathKind.Folder:
                return ReportFileRefusal.IsFolder;
            case PathKind.Missing when File.Exists(target) || new FileInfo(target).LinkTarget is not null:
                return ReportFileRefusal.NotAReport; // a link to nothing: writing would follow it somewhere
            case PathKind.Missing:
                return Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(target))) ? null : ReportFileRefusal.NoFolder;
            case PathKind.Special:
                return ReportFileRefusal.NotAReport;
        }
        if (!force)
            return ReportFileRefusal.Exists;
        return IsReport(target) ? null : ReportFileRefusal.NotAReport;
    }

    /// <summary>Whether the file at <paramref name="path"/> begins like a page <c>selection report</c> wrote.</summary>
    public static bool IsReport(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
            var head = new byte[HeadBytes];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return Encoding.UTF8.GetString(head, 0, read).Contains($"<meta name=\"generator\" content=\"{ReportPage.Generator}\">", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes <paramref name="page"/> to <paramref name="target"/> through a hidden file beside it, renamed into
    /// place; <paramref name="replace"/> allows an existing file (checked by <see cref="Check"/>) to be replaced.
    /// </summary>
    /// <exception cref="IOException">The file system refused (no room, no permission, a file appeared at --out meanwhile); nothing was written.</exception>
    public static void Write(string target, byte[] page, bool replace)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        var staging = Path.Combine(folder, $".{Path.GetFileName(target)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (var stream = new FileStream(staging, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(page);
                stream.Flush(flushToDisk: true);
            }
            File.Move(staging, target, overwrite: replace);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException(e.Message, e);
        }
        finally
        {
            if (File.Exists(staging))
                File.Delete(staging);
        }
    }
}
