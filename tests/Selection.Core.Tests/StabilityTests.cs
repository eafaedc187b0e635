using Selection.Core.Rules;
using Selection.Core.Stability;

namespace Selection.Core.Tests;

/// <summary>
/// Issue 13, item 1 (the core): the noise model's moments, zero noise reproducing the plain selection, the
/// extremes of p_flagget, and the same seed giving the same counts whatever the number of threads.
/// </summary>
public class StabilityTests
{
    private static readonly Dictionary<Indicator, decimal> PupilSd = new() { [Indicator.EU7_STOTTE] = 0.75m, [Indicator.GSP] = 8m };

    private static PreparedSelection Prepare(Scenario s, SelectionRules rules)
    {
        var (model, problems) = SelectionEngine.Prepare(s.Input, rules, TestKommuner.History, minimumScale: 6);
        problems.Should().BeEmpty();
        return model!;
    }

    [Test]
    public void A_percentage_of_n_pupils_varies_as_a_binomial_share_and_a_mean_as_normal_over_root_n()
    {
        // Mobbing 25 % of 40 pupils: mean 25, variance 100² · 0.25 · 0.75 / 40 = 46.875.
        // Støtte 4.0 over 25 pupils with a pupil spread of 0.75: mean 4.0, sd 0.75 / 5 = 0.15, variance 0.0225.
        // 20,000 draws: the mean is within 4 standard errors (0.19 and 0.0043), the variance within 4 % (about 4 of its standard errors).
        var s = new Scenario();
        var school = s.School();
        s.National(Indicator.EU7_MOBBING, 7m).National(Indicator.EU7_STOTTE, 4.2m)
            .Value(school, Indicator.EU7_MOBBING, 25m, pupils: 40)
            .Value(school, Indicator.EU7_STOTTE, 4.0m, pupils: 25);
        var model = Prepare(s, TestRules.With([TestRules.Rule(Indicator.EU7_MOBBING, 15m), TestRules.Rule(Indicator.EU7_STOTTE, 3m)]));
        var noise = NoiseModel.For(model, PupilSd);
        var random = new Random(7);
        var values = new long[2];
        var draws = new List<(double Mobbing, double Stotte)>();
        for (var r = 0; r < 20_000; r++)
        {
            noise.Draw(random, values);
            draws.Add((values[0] / 1e6, values[1] / 1e6));
        }

        noise.Kinds.Should().Equal(NoiseKind.Binomial, NoiseKind.Normal);
        static (double Mean, double Variance) Moments(IEnumerable<double> x)
        {
            var a = x.ToArray();
            var mean = a.Average();
            return (mean, a.Sum(v => (v - mean) * (v - mean)) / (a.Length - 1));
        }
        var mobbing = Moments(draws.Select(d => d.Mobbing));
        var stotte = Moments(draws.Select(d => d.Stotte));
        mobbing.Mean.Should().BeApproximately(25, 0.2);
        mobbing.Variance.Should().BeApproximately(46.875, 46.875 * 0.04);
        stotte.Mean.Should().BeApproximately(4.0, 0.005);
        stotte.Variance.Should().BeApproximately(0.0225, 0.0225 * 0.04);
        draws.Select(d => d.Mobbing).Should().OnlyContain(v => Math.Abs((v * 40 / 100) - Math.Round(v * 40 / 100)) < 1e-9, "a share of 40 pupils is k/40");
    }

    [Test]
    public void A_mean_with_the_datas_own_standardavvik_is_drawn_with_it_not_with_the_rules_spread()
    {
        // Støtte 4.0 over 16 pupils: with the data's standardavvik 0.4, sd 0.4 / 4 = 0.1, variance 0.01 (the rules'
        // 0.75 would give 0.75 / 4 = 0.1875, variance 0.035). A second school without one keeps the rules' spread.
        var s = new Scenario();
        var own = s.School();
        var other = s.School();
        s.National(Indicator.EU7_STOTTE, 4.2m)
            .Value(own, Indicator.EU7_STOTTE, 4.0m, pupils: 16, standardavvik: 0.4m)
            .Value(other, Indicator.EU7_STOTTE, 4.0m, pupils: 16);
        var noise = NoiseModel.For(Prepare(s, TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3m)])), PupilSd);
        var random = new Random(11);
        var values = new long[2];
        var withOwn = new List<double>();
        var withRules = new List<double>();
        for (var r = 0; r < 20_000; r++)
        {
            noise.Draw(random, values);
            withOwn.Add(values[0] / 1e6);
            withRules.Add(values[1] / 1e6);
        }

        static double Variance(List<double> x)
        {
            var mean = x.Average();
            return x.Sum(v => (v - mean) * (v - mean)) / (x.Count - 1);
        }
        noise.SpreadFromData.Should().Be(1);
        Variance(withOwn).Should().BeApproximately(0.01, 0.01 * 0.04);
        Variance(withRules).Should().BeApproximately(0.03515625, 0.03515625 * 0.04);
    }

    [Test]
    public void An_observation_without_a_pupil_count_is_held_fixed()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.2m).Value(s.School(), Indicator.EU7_STOTTE, 3.9m, pupils: null);
        var noise = NoiseModel.For(Prepare(s, TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3m)])), PupilSd);
        var values = new long[1];

        noise.Draw(new Random(1), values);

        (noise.Kinds.Single(), noise.FixedCount, values[0]).Should().Be((NoiseKind.Fixed, 1, 3_900_000L));
    }

    /// <summary>Twelve schools in three kommuner: shares 3/3 (Oslo), 1/3 or 0/3; national 4.0, floor 3.0.</summary>
    private static Scenario Country(int pupils)
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        foreach (var (kommune, value) in new[] { ("0301", 2.0m), ("0301", 4.5m), ("0301", 4.6m), ("0301", 4.4m), ("4601", 3.5m), ("4601", 4.5m), ("4601", 4.7m), ("4601", 4.8m), ("1101", 4.9m), ("1101", 3.9m), ("1101", 4.5m), ("1101", 4.6m) })
            s.Value(s.School(kommune), Indicator.EU7_STOTTE, value, pupils);
        return s;
    }

    private static readonly SelectionRules Rules = TestRules.With([TestRules.Rule(Indicator.EU7_STOTTE, 3m)], route1Count: 1);

    [Test]
    public void Without_noise_every_replicate_is_the_plain_selection()
    {
        // A billion pupils: sd/√n is 2e-5 points, rounded away at six decimals: every replicate is the data.
        var s = Country(1_000_000_000);
        var plain = s.Result(Rules);
        var model = Prepare(s, Rules);

        var counts = StabilityAnalysis.Run(NoiseModel.For(model, PupilSd), replicates: 50, seed: 1);

        for (var i = 0; i < model.Schools.Count; i++)
        {
            var school = plain.Schools.Single(r => r.School.OrgNr == model.Schools[i].School.OrgNr);
            counts.SchoolFlagged[i].Should().Be(school.Flagged ? 50 : 0);
            counts.RanksOf(i).ToArray().Should().OnlyContain(rank => rank == school.Rank);
        }
        for (var k = 0; k < model.Kommuner.Count; k++)
        {
            var kommune = plain.Kommuner.Single(r => r.Kommune.Nummer == model.Kommuner[k].Nummer);
            counts.KommuneRoute1[k].Should().Be(kommune.Route == Route.WeakOverall ? 50 : 0);
            counts.KommuneRoute2[k].Should().Be(kommune.Route == Route.LargeDifferences ? 50 : 0);
        }
    }

    [Test]
    public void A_school_far_above_the_cut_is_always_flagged_and_one_far_below_never()
    {
        // Oslo's first school (2.0 against a floor of 3.0) earns 3/3 in every replicate; a school at 4.9
        // against 4.0 with 25 pupils (sd 0.15) is six sds away from any point.
        var s = Country(25);
        var model = Prepare(s, Rules);

        var counts = StabilityAnalysis.Run(NoiseModel.For(model, PupilSd), replicates: 400, seed: 3);

        var first = model.Schools.Select((p, i) => (p, i)).Single(x => x.p.Kommune!.Nummer.Value == "0301" && x.i == 0).i;
        var strong = Enumerable.Range(0, model.Schools.Count).Single(i => model.Values[model.Schools.Take(i).Sum(_ => 1)] == 4_900_000);
        counts.SchoolFlagged[first].Should().Be(400);
        counts.SchoolFlagged[strong].Should().Be(0);
    }

    [Test]
    public void The_same_seed_gives_the_same_counts_with_one_thread_and_with_two()
    {
        var model = Prepare(Country(20), Rules);
        var noise = NoiseModel.For(model, PupilSd);

        var one = StabilityAnalysis.Run(noise, replicates: 300, seed: 11, maxThreads: 1);
        var two = StabilityAnalysis.Run(noise, replicates: 300, seed: 11, maxThreads: 2);
        var other = StabilityAnalysis.Run(noise, replicates: 300, seed: 12, maxThreads: 2);

        two.SchoolFlagged.Should().Equal(one.SchoolFlagged);
        two.SchoolRanks.Should().Equal(one.SchoolRanks);
        (two.KommuneRoute1, two.KommuneRoute2, two.KommuneTaken).Should().BeEquivalentTo((one.KommuneRoute1, one.KommuneRoute2, one.KommuneTaken), o => o.WithStrictOrdering());
        other.SchoolRanks.Should().NotEqual(one.SchoolRanks, "another seed draws other replicates");
    }
}
