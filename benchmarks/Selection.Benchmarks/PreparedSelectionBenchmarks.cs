using BenchmarkDotNet.Attributes;
using Selection.Core;

namespace Selection.Benchmarks;

/// <summary>
/// The core alone, as the stability analysis uses it: one evaluation of a prepared selection (limits, points,
/// ranking, routes; no I/O, no results built), and 10,000 replicates on every core with one workspace per thread.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PreparedSelectionBenchmarks
{
    public const int Replicates = 10_000;

    private PreparedSelection _model = null!;
    private SelectionEvaluation _evaluation = null!;
    private long[] _shifted = null!;

    /// <summary>1× only: at 100× one evaluation is measured by the phase benchmarks' scale, and 10,000 replicates of it are not a target.</summary>
    [Params(1)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = SampleData.Prepared(Scale);
        _evaluation = _model.NewEvaluation();
        // A replicate: every tenth value one unit worse or better, as a perturbation would move it.
        _shifted = _model.Values.ToArray();
        for (var i = 0; i < _shifted.Length; i += 10)
            _shifted[i] += i % 20 == 0 ? 1 : -1;
    }

    [Benchmark(Description = "evaluate once")]
    public int EvaluateOnce()
    {
        _model.Evaluate(_shifted, _evaluation);
        return _evaluation.Route2Candidates;
    }

    [Benchmark(Description = "10,000 replicates, all cores", OperationsPerInvoke = Replicates)]
    public long TenThousandReplicates()
    {
        long flagged = 0;
        Parallel.For(0, Replicates, () => _model.NewEvaluation(), (_, _, e) =>
        {
            _model.Evaluate(_shifted, e);
            return e;
        }, e => Interlocked.Add(ref flagged, e.Route2Candidates));
        return flagged;
    }
}
