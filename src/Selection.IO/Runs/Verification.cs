using Selection.IO.Input;
using Selection.IO.Output;

namespace Selection.IO.Runs;

/// <summary>What became of one file since the run.</summary>
public enum FileCheck
{
    Unchanged,
    Changed,
    Missing,

    /// <summary>A file the manifest does not list: added after the run.</summary>
    Extra,
}

public sealed record FileVerdict(string File, FileCheck Check);

/// <summary>The outcome of <c>verify</c>: each output (and each input, when a data folder is given) checked.</summary>
public sealed record VerificationReport(IReadOnlyList<FileVerdict> Outputs, IReadOnlyList<FileVerdict>? Inputs)
{
    public bool OutputsUnchanged => Outputs.All(v => v.Check == FileCheck.Unchanged);

    public bool InputsMatch => Inputs is null || Inputs.All(v => v.Check == FileCheck.Unchanged);

    public bool Verified => OutputsUnchanged && InputsMatch;
}

/// <summary>
/// <c>verify</c>: recomputes the SHA-256 of every file the manifest lists and compares. An output that
/// changed, went missing or was added, or a data folder whose input files differ from the ones the run
/// read (changed, missing, or a new input file that would change the run), fails verification.
/// </summary>
public static class Verification
{
    /// <summary>Files of a run folder that are not hashed: the manifest itself, the log with times and the marker of the output folder.</summary>
    public static readonly IReadOnlySet<string> Unhashed = new HashSet<string>(StringComparer.Ordinal) { Manifest.FileName, RunWriter.LogFile, OutputFolder.MarkerFile };

    public static VerificationReport Verify(RunFolder run, string? dataFolder)
    {
        var present = Directory.EnumerateFiles(run.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(run.Path, f).Replace('\\', '/'))
            .Where(f => !Unhashed.Contains(f))
            .ToArray();
        var outputs = Compare(run.Path, run.Manifest.Outputs, present);
        IReadOnlyList<FileVerdict>? inputs = null;
        if (dataFolder is not null)
            inputs = Directory.Exists(dataFolder)
                ? Compare(dataFolder, run.Manifest.Inputs, DataSetReader.InputFilesIn(dataFolder))
                : run.Manifest.Inputs.Select(f => new FileVerdict(f.File, FileCheck.Missing)).ToArray();
        return new VerificationReport(outputs, inputs);
    }

    private static FileVerdict[] Compare(string root, IReadOnlyList<FileHash> listed, IReadOnlyList<string> present)
    {
        var verdicts = listed.Select(f =>
        {
            if (!File.Exists(Path.Combine(root, f.File)))
                return new FileVerdict(f.File, FileCheck.Missing);
            var now = FileHash.Of(root, f.File);
            return new FileVerdict(f.File, now.Sha256 == f.Sha256 && now.Bytes == f.Bytes ? FileCheck.Unchanged : FileCheck.Changed);
        }).ToList();
        var known = listed.Select(f => f.File).ToHashSet(StringComparer.Ordinal);
        verdicts.AddRange(present.Where(f => !known.Contains(f)).Select(f => new FileVerdict(f, FileCheck.Extra)));
        return verdicts.OrderBy(v => v.File, StringComparer.Ordinal).ToArray();
    }
}
