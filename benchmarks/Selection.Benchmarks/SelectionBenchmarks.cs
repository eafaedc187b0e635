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

/// <summary>Reading the sample data set from its CSV files, with every check.</summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    [Benchmark(Description = "Read and check the sample data (CSV)")]
    public LoadedDataSet ReadCsv() => DataSetReader.Read(SampleData.Folder);
}
