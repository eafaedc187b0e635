using System.Text;
using System.Text.RegularExpressions;
using Selection.Cli;

namespace Selection.Report.Tests;

/// <summary>Where the repository and its fixtures are, and the folders a report is made of, made by the command line in-process.</summary>
public static class Folders
{
    /// <summary>The repository root: the first folder upwards that holds Selection.sln.</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The small hand-made data set of the command line's tests, and its rules.</summary>
    public static string Liten => Path.Combine(RepoRoot, "tests", "Selection.Cli.Tests", "Fixtures", "liten");

    public static string LitenRules => Path.Combine(RepoRoot, "tests", "Selection.Cli.Tests", "Fixtures", "liten-regler.json");

    public static string SampleData => Path.Combine(RepoRoot, "sample-data");

    public static string Snapshots => Path.Combine(RepoRoot, "tests", "Selection.Report.Tests", "Snapshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Selection.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Selection.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A fresh folder under the system temp folder, created.</summary>
    public static string NewTemp()
    {
        var path = Path.Combine(Path.GetTempPath(), "selection-report-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A run of <paramref name="data"/> into <paramref name="parent"/>/<paramref name="name"/>, insisting on success.</summary>
    public static string Run(string parent, string name = "utvalg", string? data = null, string? rules = null, params string[] more)
    {
        var folder = Path.Combine(parent, name);
        Cli("run", ["--data", data ?? Liten, "--rules", rules ?? LitenRules, "--out", folder, .. more]).ExitCode.Should().Be(0);
        return folder;
    }

    /// <summary>Runs the command line in-process, in bokmål unless the arguments say otherwise.</summary>
    public static (int ExitCode, string Output, string Error) Cli(string command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] all = args.Contains("--language") ? [command, .. args] : [command, .. args, "--language", "nb"];
        var code = SelectionCli.Run(all, output, error);
        if (code != 0 && Environment.GetEnvironmentVariable("SELECTION_TEST_VERBOSE") == "1")
            TestContext.Out.WriteLine(error.ToString());
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Every file under <paramref name="root"/> with its bytes' hash, to show nothing changed.</summary>
    public static IReadOnlyDictionary<string, string> Hashes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}

/// <summary>
/// What a person reads on a page, as text: headings, paragraphs, list items and table rows, one per line, without
/// the inlined scripts and styles. What the snapshots hold, so that a change of wording is reviewed and a change of
/// plotly's bytes is not.
/// </summary>
public static partial class PageText
{
    public static string Of(string html)
    {
        var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..];
        body = Scripts().Replace(body, "");
        var text = new StringBuilder();
        foreach (Match m in Banners().Matches(body))
            text.Append("!! ").Append(Clean(m.Groups["inner"].Value)).Append('\n');
        foreach (Match m in Blocks().Matches(body))
        {
            var tag = m.Groups["tag"].Value;
            var inner = m.Groups["inner"].Value;
            if (tag == "tr")
            {
                var cells = Cells().Matches(inner).Select(c => Clean(c.Groups["cell"].Value));
                text.Append("| ").Append(string.Join(" | ", cells)).Append('\n');
            }
            else
            {
                var prefix = tag switch { "h1" => "# ", "h2" => "## ", "h3" => "### ", "h4" => "#### ", "li" => "- ", "dt" => "* ", "summary" => "> ", "caption" => "[", _ => "" };
                var suffix = tag == "caption" ? "]" : "";
                text.Append(prefix).Append(tag == "pre" ? System.Net.WebUtility.HtmlDecode(inner).TrimEnd('\n') : Clean(inner)).Append(suffix).Append('\n');
            }
        }
        foreach (Match m in Charts().Matches(body))
            text.Append("[figur ").Append(m.Groups["id"].Value).Append(": ").Append(System.Net.WebUtility.HtmlDecode(m.Groups["alt"].Value)).Append("]\n");
        // The engine's version (it carries the commit) and the run id (a hash of it) change with every commit.
        return RunId().Replace(text.ToString().Replace(IO.Output.EngineInfo.Current.Version, "<versjon>", StringComparison.Ordinal), "<kjøring>");
    }

    private static string Clean(string markup) =>
        System.Net.WebUtility.HtmlDecode(Tags().Replace(markup, " ")).Replace("  ", " ").Trim();

    [GeneratedRegex("<script[^>]*>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex(@"<(?<tag>h[1-4]|p|li|dt|dd|tr|summary|caption|figcaption|pre)(?:\s[^>]*)?>(?<inner>.*?)</\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"<t[hd][^>]*>(?<cell>.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cells();

    [GeneratedRegex("<div class=\"banner\"[^>]*>(?<inner>.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex Banners();

    [GeneratedRegex("K[0-9A-F]{12}")]
    private static partial Regex RunId();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("data-figure=\"(?<id>[^\"]+)\" role=\"img\" aria-label=\"(?<alt>[^\"]*)\"")]
    private static partial Regex Charts();
}

/// <summary>Snapshot files of what people read: on a difference the test writes .received.txt beside the approved file and fails.</summary>
public static class Snapshot
{
    public static void Match(string actual, string name)
    {
        var verified = Path.Combine(Folders.Snapshots, name + ".verified.txt");
        var received = Path.Combine(Folders.Snapshots, name + ".received.txt");
        if (File.Exists(verified) && File.ReadAllText(verified) == actual)
        {
            File.Delete(received);
            return;
        }
        Directory.CreateDirectory(Folders.Snapshots);
        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"The report differs from the approved snapshot {verified}. Review {received}; rename it to .verified.txt to approve."
            : $"No approved snapshot yet. Review {received}; rename it to .verified.txt to approve.");
    }
}
