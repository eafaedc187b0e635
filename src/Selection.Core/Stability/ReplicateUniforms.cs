using System.Numerics;
using MathNet.Numerics.Random;

namespace Selection.Core.Stability;

/// <summary>
/// A replicate's uniforms: MathNet's xoshiro256** stream for the replicate's seed, number for number (the state
/// seeded by SplitMix64 from the seed, each double the top 53 bits of the output over 2⁵³; a test pins it against
/// <see cref="Xoshiro256StarStar.DoubleSequence"/>), as the <see cref="Random"/> MathNet's samplers draw from, and
/// started again for each replicate. A MathNet generator made per replicate takes a process-wide lock and asks the
/// operating system for a seed it throws away (<c>RandomSeed.Robust</c>: the two cores queue on the lock), and its
/// stream read through an enumerator or a virtual sample costs an interface call per number; here the generator's
/// few lines run inline.
/// </summary>
public sealed class ReplicateUniforms : Random
{
    private const double PerUnit = 1.0 / (1UL << 53);
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>The stream of <paramref name="seed"/>.</summary>
    public ReplicateUniforms(int seed) => Restart(seed);

    /// <summary>Starts the stream of <paramref name="seed"/> again, as a new <c>Xoshiro256StarStar(seed)</c>.</summary>
    public void Restart(int seed)
    {
        var x = (ulong)seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>The next uniform in [0, 1).</summary>
    public override double NextDouble()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return (result >> 11) * PerUnit;
    }

    protected override double Sample() => NextDouble();

    public override int Next() => (int)(NextDouble() * int.MaxValue);

    public override int Next(int maxValue) => Next(0, maxValue);

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return minValue + (int)(NextDouble() * ((long)maxValue - minValue));
    }

    public override long NextInt64() => (long)(NextDouble() * long.MaxValue);

    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
            buffer[i] = (byte)(NextDouble() * 256);
    }

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    private static ulong SplitMix64(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
