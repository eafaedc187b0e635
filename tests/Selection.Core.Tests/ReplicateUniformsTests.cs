using MathNet.Numerics.Random;
using Selection.Core.Stability;

namespace Selection.Core.Tests;

/// <summary>Issue 13, speed: a replicate's uniforms are MathNet's xoshiro256** stream for its seed, number for number.</summary>
public class ReplicateUniformsTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(-7)]
    [TestCase(int.MaxValue)]
    public void A_seed_gives_the_numbers_of_MathNets_xoshiro256_starstar_for_it(int seed)
    {
        var uniforms = new ReplicateUniforms(seed);
        var mathNet = new Xoshiro256StarStar(seed);

        var ours = Enumerable.Range(0, 10_000).Select(_ => uniforms.NextDouble()).ToArray();

        ours.Should().Equal(Enumerable.Range(0, 10_000).Select(_ => mathNet.NextDouble()));
        ours.Should().Equal(Xoshiro256StarStar.DoubleSequence(seed).Take(10_000));
    }

    [Test]
    public void Restarting_gives_the_stream_of_the_new_seed_from_its_start()
    {
        var uniforms = new ReplicateUniforms(3);
        _ = Enumerable.Range(0, 17).Select(_ => uniforms.NextDouble()).ToArray();

        uniforms.Restart(11);

        Enumerable.Range(0, 100).Select(_ => uniforms.NextDouble()).Should().Equal(Xoshiro256StarStar.DoubleSequence(11).Take(100));
    }

    [Test]
    public void Whole_numbers_and_bytes_stay_in_their_ranges()
    {
        var uniforms = new ReplicateUniforms(5);
        var bytes = new byte[1000];
        uniforms.NextBytes(bytes);

        Enumerable.Range(0, 10_000).Select(_ => uniforms.Next(-3, 4)).Should().OnlyContain(x => x >= -3 && x < 4).And.Contain([-3, 3]);
        Enumerable.Range(0, 10_000).Select(_ => uniforms.Next(10)).Should().OnlyContain(x => x >= 0 && x < 10);
        Enumerable.Range(0, 1000).Select(_ => uniforms.Next()).Should().OnlyContain(x => x >= 0 && x < int.MaxValue);
        bytes.Distinct().Count().Should().BeGreaterThan(200);
    }
}
