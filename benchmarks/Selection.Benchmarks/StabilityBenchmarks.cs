using BenchmarkDotNet.Attributes;
using Selection.Core.Stability;

namespace Selection.Benchmarks;

/// <summary>
/// Issue 13, item 4: the stability analysis on the national sample. One replicate drawn (the noise model alone),
/// and 10,000 replicates drawn, evaluated and counted on every core, as <c>selection stability</c> runs them.
/// Target: 10,000 replicates in ≤ 10 s on 2 cores.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class StabilityBenchmarks
{
    public const int Replicates = 10_000;

    private NoiseModel _noise = null!;
    private long[] _values = null!;
    private readonly ReplicateUniforms _uniforms = new(7);

    [GlobalSetup]
    public void Setup()
    {
        var model = SampleData.Prepared(1, minimumScale: 6);
        _noise = NoiseModel.For(model, NoiseDefaults.PupilSd);
        _values = new long[model.Values.Length];
    }

    [Benchmark(Description = "draw one replicate")]
    public long DrawOne()
    {
        _uniforms.Restart(7);
        _noise.Draw(_uniforms, _values);
        return _values[0];
    }

    [Benchmark(Description = "10,000 replicates drawn, evaluated and counted, all cores")]
    public int TenThousandReplicates() => StabilityAnalysis.Run(_noise, Replicates, seed: 1).KommuneTaken[0];
}
