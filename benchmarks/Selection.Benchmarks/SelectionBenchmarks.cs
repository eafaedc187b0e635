using BenchmarkDotNet.Attributes;
using Selection.Core;
using Selection.Core.Data;
using Selection.Core.Kommuner;
using Selection.IO.Input;
using Selection.IO.Reference;
using Selection.IO.Rules;

namespace Selection.Benchmarks;

/// <summary>
/// The method on the national sample data set (about 2,800 schools, four school years): scoring every
/// observation, ranking every school and routing every kommune, from data already in memory.
/// </summary>
[MemoryDiagnoser]
public class SelectionBenchmarks
{
    private SelectionInput _input = null!;
    private Core.Rules.SelectionRules _rules = null!;
    private KommuneHistory _history = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = DataSetReader.Read(SampleData.Folder);
        if (data.HasErrors)
            throw new InvalidOperationException("The sample data has errors: " + string.Join("; ", data.Problems));
        _input = data.Input;
        _rules = RulesReader.Load("illustrativ").Rules!.Rules;
        _history = ReferenceTables.History;
    }

    [Benchmark(Description = "Score, rank and route the sample data (illustrativ)")]
    public SelectionOutcome ScoreRankAndRoute() => SelectionEngine.Run(_input, _rules, _history);
}

/// <summary>
/// Reading the sample data set, with every check of every cell: from its CSV files, and from the same
/// data converted to Parquet (<c>selection convert</c>).
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
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
