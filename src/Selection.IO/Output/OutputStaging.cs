using Selection.Core;

namespace Selection.IO.Output;

/// <summary>
/// Writes a run's output into a temporary folder beside <c>--out</c> and moves it into place only when
/// the whole run succeeded, so a failed run leaves nothing half-written. An existing, non-empty
/// <c>--out</c> is replaced only with <c>force</c>; the old folder is removed after the new one is in place.
/// </summary>
public sealed class OutputStaging : IDisposable
{
    private readonly string _target;
    private bool _committed;

    private OutputStaging(string target, string staging)
    {
        _target = target;
        Folder = staging;
    }

    /// <summary>The temporary folder to write into.</summary>
    public string Folder { get; }

    /// <summary>Starts staging for <paramref name="outFolder"/>, or says why the output cannot go there.</summary>
    public static (OutputStaging? Staging, Problem? Problem) Begin(string outFolder, bool force)
    {
        var target = Path.GetFullPath(outFolder);
        if (File.Exists(target))
            return (null, Problem.Error("out-is-file", $"--out '{outFolder}' is a file, not a folder"));
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !force)
            return (null, Problem.Error("out-exists", $"--out '{outFolder}' already exists and is not empty; choose another folder or pass --force to replace it"));
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("--out cannot be a root folder.", nameof(outFolder));
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return (new OutputStaging(target, staging), null);
    }

    /// <summary>Moves the finished output into place.</summary>
    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(_target))
        {
            old = _target + $".old-{Guid.NewGuid():N}";
            Directory.Move(_target, old);
        }
        Directory.Move(Folder, _target);
        _committed = true;
        if (old is not null)
            Directory.Delete(old, recursive: true);
    }

    /// <summary>Removes the temporary folder unless the output was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}
