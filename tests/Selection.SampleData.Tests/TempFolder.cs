namespace Selection.SampleData.Tests;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "selection-sample-tests", System.IO.Path.GetRandomFileName());

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}

/// <summary>The data set of the default seed, generated once for all tests that only read it.</summary>
internal static class DefaultSample
{
    private static readonly Lazy<SampleDataSet> Lazy = new(() => SampleDataGenerator.Generate(SampleDataGenerator.DefaultSeed));

    public static SampleDataSet Data => Lazy.Value;
}
