using BenchmarkDotNet.Attributes;
using Selection.Core;
using Selection.Core.Data;
using Selection.Core.Kommuner;
using Selection.Excel;
using Selection.IO.Input;
using Selection.IO.Output;
using Selection.IO.Reference;
using Selection.IO.Rules;
using Selection.IO.Validation;

namespace Selection.Benchmarks;

/// <summary>
/// One phase of <c>selection run</c> each, at 1× (the sample data) and 100× the country, with what it
/// allocates. The 100× runs are long: few iterations, one launch.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public abstract class PhaseBenchmarks
{
    /// <summary>The scales to run: <c>SELECTION_BENCH_SCALES</c> (e.g. <c>1</c> or <c>1,10,100</c>), by default 1 and 100.</summary>
    public static IEnumerable<int> Scales() =>
        (Environment.GetEnvironmentVariable("SELECTION_BENCH_SCALES") is { Length: > 0 } given ? given : "1,100")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(int.Parse);

    [ParamsSource(nameof(Scales))]
    public int Scale { get; set; }

    protected string Folder { get; private set; } = null!;

    protected LoadedRules Rules { get; private set; } = null!;

    protected static KommuneHistory History => ReferenceTables.History;

    [GlobalSetup]
    public virtual void Setup()
    {
        Folder = SampleData.Country(Scale);
        Rules = RulesReader.Load("illustrativ").Rules!;
    }

    protected LoadedDataSet ReadChecked()
    {
        var data = DataSetReader.Read(Folder);
        if (data.HasErrors)
            throw new InvalidOperationException("The data has errors: " + string.Join("; ", data.Problems.Take(5)));
        return data;
    }
}

/// <summary>Reading a data folder, every cell checked as it becomes data (DataSetReader).</summary>
public class ReadBenchmarks : PhaseBenchmarks
{
    [Benchmark(Description = "read")]
    public LoadedDataSet Read() => DataSetReader.Read(Folder);
}

/// <summary>The checks of <c>validate</c> and <c>run</c> after reading (DataSetValidator).</summary>
public class ValidateBenchmarks : PhaseBenchmarks
{
    private LoadedDataSet _data = null!;

    public override void Setup()
    {
        base.Setup();
        _data = ReadChecked();
    }

    [Benchmark(Description = "validate")]
    public ValidationReport Validate() => DataSetValidator.Validate(_data, History, Rules.Rules);
}

/// <summary>Scoring, ranking and routing a data set already in memory (SelectionEngine), results included.</summary>
public class SelectionBenchmarks : PhaseBenchmarks
{
    private SelectionInput _input = null!;

    public override void Setup()
    {
        base.Setup();
        _input = ReadChecked().Input;
    }

    [Benchmark(Description = "score, rank and route")]
    public SelectionOutcome ScoreRankAndRoute() => SelectionEngine.Run(_input, Rules.Rules, History);
}

/// <summary>Writing a run's output folder: tables, evidence Parquet, workbooks, shortlists, manifest (RunWriter).</summary>
public class WriteBenchmarks : PhaseBenchmarks
{
    private LoadedDataSet _data = null!;
    private SelectionResult _result = null!;
    private RunNotices _notices = null!;
    private IReadOnlyList<string> _summary = null!;
    private string _out = null!;

    public override void Setup()
    {
        base.Setup();
        _data = ReadChecked();
        _result = SelectionEngine.Run(_data.Input, Rules.Rules, History).Result!;
        _notices = new RunNotices(Rules.Rules.IsIllustrative, Rules.Rules.Name, Rules.Rules.Provenance, _data.Info.Synthetic, _data.Info.Name ?? "sample");
        _summary = RunSummary.Lines(_result, _data, Rules, _notices, Shortlists.Statsforvaltere(_result).Count, 0);
        _out = Path.Combine(Path.GetTempPath(), "selection-bench-out-" + Environment.ProcessId);
    }

    [IterationSetup]
    public void Clean()
    {
        if (Directory.Exists(_out))
            Directory.Delete(_out, recursive: true);
        Directory.CreateDirectory(_out);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_out))
            Directory.Delete(_out, recursive: true);
    }

    [Benchmark(Description = "write")]
    public IReadOnlyList<string> Write() =>
        RunWriter.Write(_out, _result, _notices, _summary, _data, Rules, ["run"], [ShortlistWorkbook.Instance], AnalystWorkbookXlsx.Instance);
}

/// <summary>
/// Reading the sample data set from its CSV files and from the same data converted to Parquet
/// (<c>selection convert</c>).
/// </summary>
[MemoryDiagnoser]
public class CsvOrParquetBenchmarks
{
    private string _parquetFolder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _parquetFolder = Path.Combine(Path.GetTempPath(), "selection-bench-parquet-" + Environment.ProcessId);
        Directory.CreateDirectory(_parquetFolder);
        ParquetConversion.WriteFolder(ParquetConversion.Prepare(DataSetReader.Read(SampleData.Folder)), _parquetFolder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_parquetFolder, recursive: true);

    [Benchmark(Baseline = true, Description = "Read and check the sample data (CSV)")]
    public LoadedDataSet ReadCsv() => DataSetReader.Read(SampleData.Folder);

    [Benchmark(Description = "Read and check the sample data (Parquet)")]
    public LoadedDataSet ReadParquet() => DataSetReader.Read(_parquetFolder);
}
