namespace Selection.Benchmarks;

/// <summary>Finds the committed sample data set from wherever BenchmarkDotNet runs the benchmark.</summary>
public static class SampleData
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        var start = Environment.GetEnvironmentVariable("SELECTION_SAMPLE_DATA");
        if (!string.IsNullOrEmpty(start))
            return start;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "sample-data");
            if (File.Exists(Path.Combine(dir.FullName, "Selection.sln")) && Directory.Exists(candidate))
                return candidate;
        }
        throw new InvalidOperationException("sample-data not found; set SELECTION_SAMPLE_DATA to the folder.");
    }
}
