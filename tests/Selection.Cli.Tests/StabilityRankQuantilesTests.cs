using Selection.Stability;

namespace Selection.Cli.Tests;

/// <summary>Issue 13: a school's rank quantiles over the replicates are nearest-rank quantiles of the ranks it had.</summary>
public class StabilityRankQuantilesTests
{
    [Test]
    public void The_quantile_q_is_the_ceiling_of_q_times_n_th_smallest_rank_of_the_replicates_that_ranked_the_school()
    {
        // Ranked in 5 of 7 replicates: sorted 1, 3, 3, 5, 9. 5 %: ⌈0.25⌉ = 1st = 1; 50 %: ⌈2.5⌉ = 3rd = 3; 95 %: ⌈4.75⌉ = 5th = 9.
        var perRank = new int[10];
        var ranks = StabilityTables.RankCounts.Of([0, 5, 3, 3, 9, 0, 1], perRank);

        ranks.Ranked.Should().Be(5);
        ranks.Quantile(0.05).Should().Be(1);
        ranks.Quantile(0.50).Should().Be(3);
        ranks.Quantile(0.60).Should().Be(3, "⌈3.0⌉ = 3rd");
        ranks.Quantile(0.61).Should().Be(5, "⌈3.05⌉ = 4th");
        ranks.Quantile(0.95).Should().Be(9);
        ranks.Quantile(0).Should().Be(1);
    }

    [Test]
    public void A_school_never_ranked_has_no_quantiles_and_counts_left_from_another_school_are_cleared()
    {
        var perRank = new int[10];
        _ = StabilityTables.RankCounts.Of([4, 4, 4], perRank);

        var never = StabilityTables.RankCounts.Of([0, 0], perRank);
        never.Ranked.Should().Be(0);
        never.Quantile(0.5).Should().BeNull();

        StabilityTables.RankCounts.Of([2], perRank).Quantile(0.95).Should().Be(2, "the 4s of the school before are gone");
    }
}
