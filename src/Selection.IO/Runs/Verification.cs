using Selection.IO.Input;
using Selection.IO.Output;

namespace Selection.IO.Runs;

/// <summary>What became of one file since the run.</summary>
public enum FileCheck
{
    Unchanged,
    Changed,
    Missing,

    /// <summary>There, but a folder, a pipe or a device, or it cannot be read: its hash cannot be checked.</summary>
    Unreadable,

    /// <summary>A file the manifest does not list: added after the run.</summary>
    Extra,
}

/// <summary>One file's verdict; <paramref name="Reason"/> says why an unreadable file could not be hashed.</summary>
public sealed record FileVerdict(string File, FileCheck Check, string? Reason = null);

/// <summary>
/// The outcome of <c>verify</c>: each output checked, each check of the manifest against itself and its
/// tables, and each input when a data folder is given.
/// </summary>
public sealed record VerificationReport(IReadOnlyList<FileVerdict> Outputs, IReadOnlyList<ManifestCheck> Manifest, IReadOnlyList<FileVerdict>? Inputs)
{
    public bool OutputsUnchanged => Outputs.All(v => v.Check == FileCheck.Unchanged);

    public bool ManifestConsistent => Manifest.All(c => c.Passed);

    public bool InputsMatch => Inputs is null || Inputs.All(v => v.Check == FileCheck.Unchanged);

    public bool Verified => OutputsUnchanged && ManifestConsistent && InputsMatch;
}

/// <summary>
/// <c>verify</c>: recomputes the SHA-256 of every file the manifest lists and compares; then checks the
/// manifest itself (<see cref="ManifestChecks"/>). An output that changed, went missing, cannot be read
/// or was added, a manifest that disagrees with its rules or its tables, or a data folder whose input
/// files differ from the ones the run read (changed, missing, or a new input file that would change the
/// run), fails verification.
/// </summary>
public static class Verification
{
    /// <summary>
    /// Files of a run folder that are not hashed unless the manifest lists them: the manifest itself, the log with
    /// times, the marker of the output folder, and a report that <c>selection report</c> wrote into the folder later
    /// (a view of the listed files, not part of the record; the report <c>run</c> writes is listed and checked).
    /// </summary>
    public static readonly IReadOnlySet<string> Unhashed = new HashSet<string>(StringComparer.Ordinal) { Manifest.FileName, RunWriter.LogFile, OutputFolder.MarkerFile, RunWriter.ReportFile };

    /// <summary>Every entry below a folder, hidden ones too; a subfolder that cannot be read is skipped.</summary>
    private static readonly EnumerationOptions AllEntries = new() { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };

    /// <exception cref="RunFileException"><paramref name="dataFolder"/> is given but is not a folder.</exception>
    public static VerificationReport Verify(RunFolder run, string? dataFolder)
    {
        if (dataFolder is not null && RunFiles.NotAFolder(dataFolder, RunTexts.DataFolderName) is { } notAFolder)
            throw new RunFileException(notAFolder);
        var outputs = Compare(run.Path, run.Manifest.Outputs, OutputsPresent(run.Path));
        var inputs = dataFolder is null ? null : Compare(dataFolder, run.Manifest.Inputs, DataSetReader.InputFilesIn(dataFolder));
        return new VerificationReport(outputs, ManifestChecks.Check(run), inputs);
    }

    /// <summary>Every file below an output folder (run or proposal) but the ones that are not hashed, relative, with '/'.</summary>
    public static IReadOnlyList<string> OutputsPresent(string folder) =>
        Directory.EnumerateFiles(folder, "*", AllEntries)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !Unhashed.Contains(f))
            .ToArray();

    /// <summary>
    /// The files a manifest lists against the files <paramref name="present"/>: each unchanged, changed,
    /// missing or unreadable, and every file not listed as extra, in file-name order.
    /// </summary>
    public static FileVerdict[] Compare(string root, IReadOnlyList<FileHash> listed, IReadOnlyList<string> present)
    {
        var verdicts = listed.Select(f => Check(root, f)).ToList();
        var known = listed.Select(f => f.File).ToHashSet(StringComparer.Ordinal);
        verdicts.AddRange(present.Where(f => !known.Contains(f)).Select(f => new FileVerdict(f, FileCheck.Extra)));
        return verdicts.OrderBy(v => v.File, StringComparer.Ordinal).ToArray();
    }

    /// <summary>One listed file: looked at before it is opened, so a pipe or device is never read.</summary>
    private static FileVerdict Check(string root, FileHash recorded)
    {
        var path = Path.Combine(root, recorded.File);
        switch (RunFiles.KindOf(path))
        {
            case PathKind.Missing:
                return new FileVerdict(recorded.File, FileCheck.Missing);
            case PathKind.Folder:
                return new FileVerdict(recorded.File, FileCheck.Unreadable, RunTexts.UnreadableFolder);
            case PathKind.Special:
                return new FileVerdict(recorded.File, FileCheck.Unreadable, RunTexts.UnreadableSpecial);
        }
        try
        {
            // The size of the file the path names (FileInfo.Length of a symbolic link is the length of its target's
            // name), as FileHash measures it: a file of another size is changed without being read.
            long size;
            using (var handle = File.OpenHandle(path))
                size = RandomAccess.GetLength(handle);
            if (size != recorded.Bytes)
                return new FileVerdict(recorded.File, FileCheck.Changed);
            var now = FileHash.Of(root, recorded.File);
            return new FileVerdict(recorded.File, now.Sha256 == recorded.Sha256 && now.Bytes == recorded.Bytes ? FileCheck.Unchanged : FileCheck.Changed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileVerdict(recorded.File, FileCheck.Unreadable, e.Message);
        }
    }
}
