namespace Selection.Cli.Tests;

/// <summary>Where the repository, the fixtures and the snapshots are, found from the test binary.</summary>
public static class TestPaths
{
    /// <summary>The repository root: the first folder upwards that holds Selection.sln.</summary>
    public static string RepoRoot { get; } = FindRoot();

    public static string Fixtures => Path.Combine(RepoRoot, "tests", "Selection.Cli.Tests", "Fixtures");

    public static string Snapshots => Path.Combine(RepoRoot, "tests", "Selection.Cli.Tests", "Snapshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Selection.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Selection.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A fresh folder under the system temp folder that does not exist yet.</summary>
    public static string NewTempPath(string name) =>
        Path.Combine(Path.GetTempPath(), "selection-cli-tests", Guid.NewGuid().ToString("N"), name);
}

/// <summary>Runs the command line in-process and captures what a person would see.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>
    /// Runs <paramref name="args"/> in English (<c>--language en</c> first) unless they give a
    /// <c>--language</c> themselves: the assertions on messages are written in English.
    /// </summary>
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var language = args.Any(a => a == SelectionCli.LanguageOption || a.StartsWith(SelectionCli.LanguageOption + "=", StringComparison.Ordinal));
        var code = SelectionCli.Run(language ? args : ["--language", "en", .. args], output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

/// <summary>
/// Snapshot files for output people read: the file under Snapshots/ is the approved text. On a
/// difference the test writes <c>.received</c> beside it and fails, so the change can be reviewed and
/// approved by renaming.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string name)
    {
        var verified = Path.Combine(TestPaths.Snapshots, name + ".verified.txt");
        var received = Path.Combine(TestPaths.Snapshots, name + ".received.txt");
        if (File.Exists(verified) && File.ReadAllText(verified) == actual)
        {
            File.Delete(received);
            return;
        }
        Directory.CreateDirectory(TestPaths.Snapshots);
        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"The output differs from the approved snapshot {verified}. Review {received}; rename it to .verified.txt to approve."
            : $"No approved snapshot yet. Review {received}; rename it to .verified.txt to approve.");
    }
}

/// <summary>Fixtures/liten, the small hand-made data set, and its rules: copies to damage, a run to read.</summary>
public static class Liten
{
    public static string Data => Path.Combine(TestPaths.Fixtures, "liten");

    public static string Rules => Path.Combine(TestPaths.Fixtures, "liten-regler.json");

    /// <summary>A copy of the data set at &lt;temp&gt;/&lt;guid&gt;/<paramref name="relative"/>, to change.</summary>
    public static string Copy(string relative = "data")
    {
        var folder = TestPaths.NewTempPath(relative);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Data))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    /// <summary>Runs the selection on the data set into a new folder, insisting on success; returns the folder.</summary>
    public static string Run()
    {
        var folder = TestPaths.NewTempPath("run");
        var run = CliRun.Of("run", "--data", Data, "--rules", Rules, "--out", folder);
        run.ExitCode.Should().Be(0, run.Error);
        return folder;
    }

    /// <summary>
    /// Every entry under <paramref name="root"/> by relative path: files by their SHA-256, folders, links
    /// by their target and empty entries (pipes among them) by their kind, so nothing is opened that could block.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Hashes(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToDictionary(
            e => Path.GetRelativePath(root, e),
            e => new FileInfo(e) is { LinkTarget: { } target } ? "link:" + target
                : Directory.Exists(e) ? "folder"
                : new FileInfo(e).Length == 0 ? "empty"
                : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(e))));
}

/// <summary>One line of a CSV file split into its fields (RFC 4180 quoting), for tests that read outputs.</summary>
public static class CsvLine
{
    public static string[] Split(string line, char separator = ',')
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == separator && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
