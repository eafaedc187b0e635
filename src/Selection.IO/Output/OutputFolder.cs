using System.Text.RegularExpressions;
using Selection.Core;

namespace Selection.IO.Output;

/// <summary>An input of a command, which its output folder may not be, contain or lie inside.</summary>
/// <param name="What">How a message names it, in the command's language: "the data folder", "the rules file"
/// (<see cref="OutputTexts.TheDataFolder"/>, ...; the factories below use them).</param>
/// <param name="Path">The path as the user gave it.</param>
public sealed record OutputInput(string What, string Path)
{
    /// <summary>The data folder a command reads.</summary>
    public static OutputInput DataFolder(string path) => new(OutputTexts.TheDataFolder, path);

    /// <summary>The rules file a command reads.</summary>
    public static OutputInput RulesFile(string path) => new(OutputTexts.TheRulesFile, path);

    /// <summary>The run folder a command reads.</summary>
    public static OutputInput RunFolder(string path) => new(OutputTexts.TheRunFolder, path);

    /// <summary>The folder of returned shortlists a command reads.</summary>
    public static OutputInput ReturnedFolder(string path) => new(OutputTexts.TheReturnedFolder, path);
}

/// <summary>What a command asks of its output folder.</summary>
/// <param name="Command">The command that writes it (<c>run</c>, <c>convert</c>, <c>sample</c>), named in the marker.</param>
/// <param name="Out">The <c>--out</c> value as the user gave it.</param>
/// <param name="Force">Whether an earlier output of the same command may be replaced.</param>
/// <param name="Inputs">The files and folders the command reads.</param>
public sealed record OutputRequest(string Command, string Out, bool Force, IReadOnlyList<OutputInput> Inputs)
{
    /// <summary>
    /// Recognises an earlier output of the command written before outputs carried a marker (for
    /// <c>run</c>: its manifest.json). Called with a folder's full path.
    /// </summary>
    public Func<string, bool>? RecognisesEarlierOutput { get; init; }

    /// <summary>
    /// How the refusal to replace a folder says what was looked for, in the command's language:
    /// <see cref="OutputTexts.EvidenceMarker"/> (the default) or <see cref="OutputTexts.EvidenceManifestOrMarker"/>.
    /// </summary>
    public string EvidenceName { get; init; } = OutputTexts.EvidenceMarker(OutputFolder.MarkerFile);
}

/// <summary>
/// The output folder of one command, from the checks to the moment the new output is in place.
/// </summary>
/// <remarks>
/// <para><see cref="Begin"/> refuses an <c>--out</c> that is, contains or lies inside an input, and one
/// that exists and is not empty unless <c>force</c> is given and it holds an earlier output of the same
/// command (its marker file, <see cref="MarkerFile"/>, names the command). It takes a lock file beside
/// the target (<c>.&lt;name&gt;.lock</c>, held until <see cref="Dispose"/>), so a second command on the
/// same folder is refused while the first runs; removes what killed runs left beside it; and makes a
/// staging folder <c>.&lt;name&gt;.tmp-&lt;pid&gt;-&lt;guid&gt;</c> that carries the marker from its first moment.</para>
/// <para><see cref="Commit"/> puts the staging folder in place of the target: on Linux by exchanging the two
/// in one atomic rename (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>), elsewhere by renaming the old one to
/// <c>.&lt;name&gt;.old-&lt;guid&gt;</c> and the new one into place. A process killed at any moment leaves
/// the target as the old output or the new one, whole; on the fallback path a kill between the two renames
/// leaves the old output beside it, and the next <see cref="Begin"/> puts it back. The old output is then
/// deleted, its marker last, so a half-deleted folder is still recognised; a failure to delete it is a
/// warning, not a failure.</para>
/// <para>Nothing is thrown for a refused <c>--out</c>: <see cref="Begin"/> returns the problem, with
/// <see cref="EmptyCode"/> for an empty value (a usage error). IO failures while writing or committing
/// are thrown as <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.</para>
/// </remarks>
public sealed partial class OutputFolder : IDisposable
{
    /// <summary>The marker file in every output folder: <c>selection &lt;command&gt;</c> and a newline.</summary>
    public const string MarkerFile = ".selection-output";

    /// <summary>The problem code of an empty <c>--out</c>, which is a usage error rather than an output error.</summary>
    public const string EmptyCode = "out-empty";

    /// <summary>The longest full path of <c>--out</c>: PATH_MAX less room for the files inside it.</summary>
    public const int MaxOutBytes = FolderPaths.MaxPathBytes - 128;

    /// <summary>The longest name of <c>--out</c> itself: NAME_MAX less room for the staging folder's suffix.</summary>
    public const int MaxOutNameBytes = 200;

    private readonly Lock _gate = new();
    private readonly string _parent;
    private readonly string _name;
    private readonly IReadOnlyList<string> _createdFolders;
    private FileStream? _lock;
    private State _state = State.Open;

    private enum State
    {
        Open,
        Committed,
        Abandoned,
    }

    private OutputFolder(string given, string target, string staging, string lockPath, FileStream held, IReadOnlyList<string> createdFolders, IReadOnlyList<string> warnings)
    {
        Given = given;
        Target = target;
        Staging = staging;
        LockPath = lockPath;
        _lock = held;
        _parent = Path.GetDirectoryName(target)!;
        _name = Path.GetFileName(target);
        _createdFolders = createdFolders;
        Warnings = warnings;
    }

    /// <summary>The <c>--out</c> value as the user gave it, for messages.</summary>
    public string Given { get; }

    /// <summary>The folder the output goes to: full, with symbolic links resolved.</summary>
    public string Target { get; }

    /// <summary>The folder to write into; it becomes <see cref="Target"/> at <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>The lock file held while this output folder is open.</summary>
    public string LockPath { get; }

    /// <summary>What <see cref="Begin"/> found and could not tidy (a stale folder it could not remove).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The marker text of an output of <paramref name="command"/>.</summary>
    public static string MarkerText(string command) => $"selection {command}\n";

    /// <summary>
    /// Checks <c>--out</c> against the request, takes the lock and makes the staging folder, or says why the
    /// output cannot go there (nothing is then left behind).
    /// </summary>
    public static (OutputFolder? Folder, Problem? Problem) Begin(OutputRequest request)
    {
        var given = request.Out;
        if (string.IsNullOrWhiteSpace(given))
            return Refuse(EmptyCode, OutputTexts.OutEmpty);

        string target;
        try
        {
            var lengthProblem = CheckLength(given, Path.GetFullPath(given));
            if (lengthProblem is not null)
                return (null, lengthProblem);
            target = FolderPaths.Resolve(given);
            lengthProblem = CheckLength(given, target);
            if (lengthProblem is not null)
                return (null, lengthProblem);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            return Refuse("out-invalid", OutputTexts.OutInvalid(given, e.Message));
        }

        var parent = Path.GetDirectoryName(target);
        if (parent is null || Path.GetFileName(target).Length == 0)
            return Refuse("out-root", OutputTexts.OutRoot(given));

        foreach (var input in request.Inputs)
        {
            var relation = Overlap(target, input.Path);
            if (relation is not null)
                return Refuse("out-overlaps-input", relation switch
                {
                    Relation.Same => OutputTexts.OutIsInput(given, input.What, input.Path),
                    Relation.Inside => OutputTexts.OutInsideInput(given, input.What, input.Path),
                    _ => OutputTexts.OutContainsInput(given, input.What, input.Path),
                });
        }

        if (File.Exists(target))
            return Refuse("out-is-file", OutputTexts.OutIsFile(given));
        for (var dir = parent; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir))
                return Refuse("out-under-file", OutputTexts.OutUnderFile(given, dir));
            if (Directory.Exists(dir))
                break;
        }

        var created = new List<string>();
        FileStream? held = null;
        var succeeded = false;
        var lockPath = Path.Combine(parent, $".{Path.GetFileName(target)}.lock");
        try
        {
            try
            {
                CreateFolders(parent, created);
                held = TakeLock(lockPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Refuse("out-unwritable", OutputTexts.OutUnwritable(given, parent, e.Message));
            }
            if (held is null)
                return Refuse("out-locked", OutputTexts.OutLocked(given, lockPath));

            var warnings = RemoveStale(parent, Path.GetFileName(target), request.RecognisesEarlierOutput);

            var contentProblem = CheckContent(request, target);
            if (contentProblem is not null)
                return (null, contentProblem);

            var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
            try
            {
                Directory.CreateDirectory(staging);
                File.WriteAllText(Path.Combine(staging, MarkerFile), MarkerText(request.Command));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TryDelete(staging);
                return Refuse("out-unwritable", OutputTexts.OutStagingUnwritable(given, staging, e.Message));
            }

            var folder = new OutputFolder(given, target, staging, lockPath, held, created, warnings);
            succeeded = true;
            return (folder, null);
        }
        finally
        {
            if (!succeeded)
            {
                if (held is not null)
                    ReleaseLock(held, lockPath);
                RemoveCreated(created);
            }
        }
    }

    /// <summary>
    /// Puts the staging folder in place of the target (see the remarks), then deletes the old output.
    /// Returns warnings: an old output that could not be deleted. Throws when the new output could not be
    /// moved into place; the target is then as it was.
    /// </summary>
    public IReadOnlyList<string> Commit()
    {
        string? old;
        lock (_gate)
        {
            if (_state != State.Open)
                throw new InvalidOperationException("The output folder was already committed or abandoned.");
            old = Swap();
            _state = State.Committed;
        }
        if (old is null)
            return [];
        try
        {
            DeleteMarkerLast(old);
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [OutputTexts.OldNotRemoved(Target, old, e.Message, Given)];
        }
    }

    /// <summary>
    /// Removes the staging folder and releases the lock unless the output was committed; for an interrupt.
    /// Returns false when the output is already in place (nothing is removed then).
    /// </summary>
    public bool Abandon()
    {
        lock (_gate)
        {
            if (_state == State.Committed)
                return false;
            Close();
            return true;
        }
    }

    /// <summary>Removes the staging folder unless the output was committed, and releases the lock.</summary>
    public void Dispose()
    {
        lock (_gate)
            Close();
    }

    private void Close()
    {
        var committed = _state == State.Committed;
        if (_state == State.Open)
        {
            for (var attempt = 0; attempt < 3 && Directory.Exists(Staging); attempt++)
                TryDelete(Staging);
            _state = State.Abandoned;
        }
        if (_lock is not null)
        {
            ReleaseLock(_lock, LockPath);
            _lock = null;
            if (!committed)
                RemoveCreated(_createdFolders);
        }
    }

    private string? Swap()
    {
        if (!Directory.Exists(Target))
        {
            Directory.Move(Staging, Target);
            return null;
        }
        if (AtomicExchange.TryExchange(Staging, Target))
            return Staging; // the staging path now holds the old output
        var old = Path.Combine(_parent, $".{_name}.old-{Guid.NewGuid():N}");
        Directory.Move(Target, old);
        try
        {
            Directory.Move(Staging, Target);
        }
        catch
        {
            Directory.Move(old, Target);
            throw;
        }
        return old;
    }

    private static (OutputFolder?, Problem?) Refuse(string code, string message) => (null, Problem.Error(code, message));

    private static Problem? CheckLength(string given, string full)
    {
        var bytes = FolderPaths.Bytes(full);
        if (bytes > MaxOutBytes)
            return Problem.Error("out-too-long", OutputTexts.OutTooLong(given, bytes, MaxOutBytes));
        foreach (var part in full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var partBytes = FolderPaths.Bytes(part);
            if (partBytes > FolderPaths.MaxNameBytes)
                return Problem.Error("out-too-long", OutputTexts.OutPartTooLong(given, partBytes, FolderPaths.MaxNameBytes, part));
        }
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(full));
        var nameBytes = FolderPaths.Bytes(name);
        if (nameBytes > MaxOutNameBytes)
            return Problem.Error("out-too-long", OutputTexts.OutNameTooLong(given, nameBytes, MaxOutNameBytes));
        return null;
    }

    /// <summary>How the output folder overlaps an input.</summary>
    private enum Relation
    {
        /// <summary>The output folder is the input.</summary>
        Same,

        /// <summary>The output folder lies inside the input.</summary>
        Inside,

        /// <summary>The output folder contains the input.</summary>
        Contains,
    }

    /// <summary>How <paramref name="target"/> overlaps the input at <paramref name="input"/>, or null.</summary>
    private static Relation? Overlap(string target, string input)
    {
        string resolved;
        try
        {
            resolved = FolderPaths.Resolve(input);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            return null; // an input that is not a path is refused when it is read
        }
        if (FolderPaths.Same(target, resolved))
            return Relation.Same;
        if (FolderPaths.Inside(target, resolved))
            return Relation.Inside;
        if (FolderPaths.Inside(resolved, target))
            return Relation.Contains;
        return null;
    }

    private static Problem? CheckContent(OutputRequest request, string target)
    {
        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any())
            return null;
        if (!request.Force)
            return Problem.Error("out-exists", OutputTexts.OutExists(request.Out, request.Command));
        var marker = ReadMarker(target);
        if (marker == MarkerText(request.Command).TrimEnd())
            return null;
        if (marker is not null && marker.StartsWith("selection ", StringComparison.Ordinal))
            return Problem.Error("out-not-ours", OutputTexts.OutOfOtherCommand(request.Out, marker, request.Command));
        if (marker is null && request.RecognisesEarlierOutput?.Invoke(target) == true)
            return null;
        return Problem.Error("out-not-ours", OutputTexts.OutNotOurs(request.Out, request.Command, request.EvidenceName));
    }

    /// <summary>The marker's text without its newline, or null when the folder has no marker file.</summary>
    private static string? ReadMarker(string folder)
    {
        var path = Path.Combine(folder, MarkerFile);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > 1024)
                return null;
            return File.ReadAllText(path).TrimEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^\.(?<name>.+)\.(?<kind>tmp-[0-9]+-[0-9a-f]{32}|old-[0-9a-f]{32})$", RegexOptions.CultureInvariant)]
    private static partial Regex LeftoverName();

    /// <summary>
    /// Removes the staging and old folders that killed commands left beside the target, recognised by
    /// their name and marker (or by being empty). Called with the lock held, so none of them belongs to a
    /// command that is still running. When the target is missing and an old output is beside it (a kill
    /// between the two renames of the fallback path), that old output is put back first.
    /// </summary>
    private static List<string> RemoveStale(string parent, string name, Func<string, bool>? recognises)
    {
        var warnings = new List<string>();
        var leftovers = new DirectoryInfo(parent).EnumerateDirectories(".*")
            .Select(d => (Dir: d, Match: LeftoverName().Match(d.Name)))
            .Where(x => x.Match.Success && string.Equals(x.Match.Groups["name"].Value, name, FolderPaths.Comparison))
            .Where(x => x.Dir.LinkTarget is null && IsOurs(x.Dir.FullName, recognises))
            .OrderByDescending(x => x.Dir.LastWriteTimeUtc)
            .ToList();
        var target = Path.Combine(parent, name);
        var restore = leftovers.FirstOrDefault(x => x.Match.Groups["kind"].Value.StartsWith("old-", StringComparison.Ordinal));
        if (restore.Dir is not null && !Directory.Exists(target) && !File.Exists(target))
        {
            try
            {
                Directory.Move(restore.Dir.FullName, target);
                leftovers.Remove(restore);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add(OutputTexts.CouldNotRestore(restore.Dir.FullName, e.Message));
            }
        }
        foreach (var (dir, _) in leftovers)
        {
            try
            {
                DeleteMarkerLast(dir.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add(OutputTexts.CouldNotRemoveLeftover(dir.FullName, e.Message));
            }
        }
        return warnings;
    }

    private static bool IsOurs(string folder, Func<string, bool>? recognises)
    {
        try
        {
            return !Directory.EnumerateFileSystemEntries(folder).Any()
                || ReadMarker(folder)?.StartsWith("selection ", StringComparison.Ordinal) == true
                || recognises?.Invoke(folder) == true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Deletes a folder of ours with its marker and manifest last, so that a deletion cut short still leaves it recognisable.</summary>
    private static void DeleteMarkerLast(string folder)
    {
        var info = new DirectoryInfo(folder);
        foreach (var entry in info.EnumerateFileSystemInfos())
        {
            if (entry.Name is MarkerFile or Manifest.FileName)
                continue;
            if (entry is DirectoryInfo dir && dir.LinkTarget is null)
                dir.Delete(recursive: true);
            else
                entry.Delete();
        }
        File.Delete(Path.Combine(folder, Manifest.FileName));
        File.Delete(Path.Combine(folder, MarkerFile));
        info.Delete();
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                DeleteMarkerLast(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // left with its marker; the next command into the same --out removes it
        }
    }

    private static void CreateFolders(string folder, List<string> created)
    {
        var missing = new Stack<string>();
        for (var dir = folder; dir is not null && !Directory.Exists(dir); dir = Path.GetDirectoryName(dir))
            missing.Push(dir);
        while (missing.Count > 0)
        {
            var dir = missing.Pop();
            Directory.CreateDirectory(dir);
            created.Add(dir);
        }
    }

    /// <summary>Removes the folders <see cref="Begin"/> made for the target, deepest first, while they are empty.</summary>
    private static void RemoveCreated(IReadOnlyList<string> created)
    {
        for (var i = created.Count - 1; i >= 0; i--)
        {
            try
            {
                if (Directory.Exists(created[i]) && Directory.EnumerateFileSystemEntries(created[i]).Any())
                    return;
                Directory.Delete(created[i]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Opens the lock file exclusively (FileShare.None: an flock on Unix, a share lock on Windows), or
    /// returns null when another process holds it. On Linux it also checks that the file it locked is
    /// still the one at the path: a holder deletes the file before it lets go, and a process that opened
    /// it just before then must not count the deleted file as the lock.
    /// </summary>
    private static FileStream? TakeLock(string path)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1,
                    OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                return null;
            }
            if (StillAt(stream))
                return stream;
            stream.Dispose(); // locked a file another holder deleted: try the one at the path now
        }
        return null;
    }

    private static bool StillAt(FileStream stream)
    {
        if (!OperatingSystem.IsLinux())
            return true;
        try
        {
            var link = new FileInfo($"/proc/self/fd/{stream.SafeFileHandle.DangerousGetHandle()}").LinkTarget;
            return link is null || !link.EndsWith(" (deleted)", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static void ReleaseLock(FileStream held, string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                File.Delete(path); // still holding it, so nobody takes the file that is going away
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // a lock file left behind is taken over by the next command
            }
        }
        held.Dispose();
    }
}
