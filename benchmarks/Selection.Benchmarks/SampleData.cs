using Selection.Core;
using Selection.IO.Input;
using Selection.IO.Reference;
using Selection.IO.Rules;
using Selection.SampleData;

namespace Selection.Benchmarks;

/// <summary>
/// The data sets the benchmarks run on: the committed sample data (scale 1, about 2,800 schools and
/// 65,000 rows) and synthetic countries N times its size (<c>selection sample --scale N</c>), generated
/// once into the temp folder and reused (the generator is deterministic, so a folder of that name holds
/// the same bytes). <c>SELECTION_SAMPLE_DATA</c> overrides where the sample data is found;
/// <c>SELECTION_BENCH_DATA</c> where the scaled countries are kept.
/// </summary>
public static class SampleData
{
    public static string Folder { get; } = Find();

    /// <summary>The data folder of a country <paramref name="scale"/> times the sample: the sample itself at 1.</summary>
    public static string Country(int scale)
    {
        if (scale == 1)
            return Folder;
        var root = Environment.GetEnvironmentVariable("SELECTION_BENCH_DATA") is { Length: > 0 } given
            ? given
            : Path.Combine(Path.GetTempPath(), "selection-bench");
        var folder = Path.Combine(root, $"x{scale}");
        var done = Path.Combine(folder, ".complete");
        if (File.Exists(done))
            return folder;
        Directory.CreateDirectory(folder);
        SampleDataGenerator.WriteTo(SampleDataGenerator.Generate(SampleDataGenerator.DefaultSeed, scale), folder);
        File.WriteAllText(done, "");
        return folder;
    }

    /// <summary>
    /// The prepared selection of a country <paramref name="scale"/> times the sample under the illustrative rules, at
    /// <paramref name="minimumScale"/> decimals at least (the stability analysis prepares at six).
    /// </summary>
    public static PreparedSelection Prepared(int scale, int minimumScale = 0)
    {
        var data = DataSetReader.Read(Country(scale));
        var rules = RulesReader.Load("illustrativ").Rules!.Rules;
        return SelectionEngine.Prepare(data.Input, rules, ReferenceTables.History, minimumScale: minimumScale).Model!;
    }

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
