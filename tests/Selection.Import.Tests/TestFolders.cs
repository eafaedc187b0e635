using System.Globalization;

namespace Selection.Import.Tests;

/// <summary>Where the repository and the fixtures are, and fresh folders for a test.</summary>
internal static class TestFolders
{
    /// <summary>The repository root: the first folder upwards that holds Selection.sln.</summary>
    public static string RepoRoot { get; } = FindRoot();

    public static string SampleData => Path.Combine(RepoRoot, "sample-data");

    public static string Fixture(string name) => Path.Combine(RepoRoot, "tests", "Selection.Import.Tests", "Fixtures", name);

    public static readonly ImportTexts English = new(CultureInfo.GetCultureInfo("en"));

    public static readonly ImportTexts Bokmal = new(CultureInfo.GetCultureInfo("nb"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Selection.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Selection.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "selection-import-tests", System.IO.Path.GetRandomFileName());

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
