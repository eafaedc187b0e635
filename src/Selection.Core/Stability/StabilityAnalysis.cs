namespace Selection.Core.Stability;

/// <summary>
/// What the replicates said (issue 13): per school how often it was flagged and its rank in each replicate;
/// per kommune how often route 1 took it, how often it was a route-2 candidate, and how often it was taken
/// (route 1, or among the first <c>route2Max</c> route-2 candidates, before any priorities).
/// </summary>
public sealed class StabilityCounts
{
    internal StabilityCounts(int replicates, int schools, int kommuner)
    {
        Replicates = replicates;
        SchoolFlagged = new int[schools];
        SchoolRanks = new int[schools * (long)replicates];
        KommuneRoute1 = new int[kommuner];
        KommuneRoute2 = new int[kommuner];
        KommuneTaken = new int[kommuner];
    }

    public int Replicates { get; }

    /// <summary>Per school (the model's order): the replicates it was flagged in.</summary>
    public int[] SchoolFlagged { get; }

    /// <summary>Per school and replicate (<c>school × replicates + replicate</c>): its rank, 0 when not ranked.</summary>
    public int[] SchoolRanks { get; }

    /// <summary>Per kommune (the model's order): the replicates route 1 took it in.</summary>
    public int[] KommuneRoute1 { get; }

    /// <summary>Per kommune: the replicates it was a route-2 candidate in.</summary>
    public int[] KommuneRoute2 { get; }

    /// <summary>Per kommune: the replicates it was taken in, by route 1 or among the first route2Max on route 2.</summary>
    public int[] KommuneTaken { get; }

    /// <summary>The ranks of school <paramref name="school"/> over the replicates.</summary>
    public ReadOnlySpan<int> RanksOf(int school) => SchoolRanks.AsSpan((int)(school * (long)Replicates), Replicates);
}

/// <summary>
/// Runs the whole selection (limits, points, ranking, flags, both routes) on replicate data sets drawn by a
/// <see cref="NoiseModel"/>, side by side. Replicate r draws from its own generator, seeded from the master
/// seed and r alone, and the counts are sums of whole numbers: the result is the same for the same seed
/// whatever the number of threads.
/// </summary>
public static class StabilityAnalysis
{
    /// <summary>
    /// Replicates are run in blocks of this many: a block's ranks are gathered per school and copied into
    /// <see cref="StabilityCounts.SchoolRanks"/> (school-major) a school's block at a time, not one scattered
    /// write per school and replicate.
    /// </summary>
    private const int Block = 64;

    public static StabilityCounts Run(NoiseModel noise, int replicates, int seed, int maxThreads = -1, Action<int>? replicateDone = null, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        var model = noise.Model;
        var schools = model.Schools.Count;
        var counts = new StabilityCounts(replicates, schools, model.Kommuner.Count);
        var route2Max = model.Rules.Route2Max;
        var gate = new object();
        Parallel.For(
            0,
            (replicates + Block - 1) / Block,
            new ParallelOptions { MaxDegreeOfParallelism = maxThreads, CancellationToken = cancel },
            () => (Uniforms: new ReplicateUniforms(seed), Evaluation: model.NewEvaluation(), Values: new long[model.Values.Length], Ranks: new int[schools * Block], Flagged: new int[schools], Route1: new int[model.Kommuner.Count], Route2: new int[model.Kommuner.Count], Taken: new int[model.Kommuner.Count]),
            (block, _, local) =>
            {
                var first = block * Block;
                var size = Math.Min(Block, replicates - first);
                for (var b = 0; b < size; b++)
                {
                    var r = first + b;
                    local.Uniforms.Restart(SeedOf(seed, r));
                    noise.Draw(local.Uniforms, local.Values);
                    var e = local.Evaluation;
                    model.Evaluate(local.Values, e);
                    for (var i = 0; i < schools; i++)
                    {
                        if (e.SchoolFlagged[i])
                            local.Flagged[i]++;
                        local.Ranks[(i * Block) + b] = e.SchoolRank[i];
                    }
                    for (var k = 0; k < model.Kommuner.Count; k++)
                    {
                        var route = e.KommuneRoute[k];
                        if (route == (int)Route.WeakOverall)
                            local.Route1[k]++;
                        else if (route == (int)Route.LargeDifferences)
                            local.Route2[k]++;
                        if (route == (int)Route.WeakOverall || (route == (int)Route.LargeDifferences && e.KommuneRoute2Order[k] <= route2Max))
                            local.Taken[k]++;
                    }
                    replicateDone?.Invoke(r);
                }
                for (var i = 0; i < schools; i++)
                    local.Ranks.AsSpan(i * Block, size).CopyTo(counts.SchoolRanks.AsSpan().Slice((int)((i * (long)replicates) + first), size));
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    Add(counts.SchoolFlagged, local.Flagged);
                    Add(counts.KommuneRoute1, local.Route1);
                    Add(counts.KommuneRoute2, local.Route2);
                    Add(counts.KommuneTaken, local.Taken);
                }
            });
        return counts;
    }

    /// <summary>
    /// Replicate <paramref name="replicate"/>'s seed from the master seed (SplitMix64's finaliser over both): no
    /// two replicates share a stream, and none depends on which thread draws it or when.
    /// </summary>
    public static int SeedOf(int seed, int replicate)
    {
        var z = unchecked(((ulong)(uint)seed << 32) ^ (uint)replicate) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }

    private static void Add(int[] into, int[] from)
    {
        for (var i = 0; i < into.Length; i++)
            into[i] += from[i];
    }
}
