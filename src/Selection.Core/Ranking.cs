namespace Selection.Core;

/// <summary>An item with its place in a ranking: <see cref="Rank"/> shared by ties, <see cref="Position"/> unique.</summary>
public readonly record struct Ranked<T>(T Item, int Rank, int Position);

/// <summary>A tie group that straddles a cut, so more items are taken than the cut says.</summary>
/// <param name="Rank">The rank the tied items share.</param>
/// <param name="Size">How many items share it.</param>
/// <param name="Cut">The cut (the last rank that is taken).</param>
/// <param name="Taken">How many items are taken, all of the tie included.</param>
public sealed record TieAtCut(int Rank, int Size, int Cut, int Taken)
{
    /// <summary>How many more are taken than the cut alone would take.</summary>
    public int Extra => Taken - Cut;
}

/// <summary>
/// DOMAIN §4 ranking: highest share first; tied shares (compared exactly) share the lowest of their
/// positions ("min" ranking); within a tie, items are ordered by their key (orgnr, kommunenummer) so
/// the output is stable.
/// </summary>
public static class MinRanking
{
    public static IReadOnlyList<Ranked<T>> Rank<T>(IEnumerable<T> items, Func<T, RiskShare> share, Func<T, string> tieOrder)
    {
        var sorted = items
            .Select(i => (Item: i, Share: share(i), Key: tieOrder(i)))
            .ToList();
        sorted.Sort((a, b) =>
        {
            var byShare = b.Share.CompareTo(a.Share);
            return byShare != 0 ? byShare : string.CompareOrdinal(a.Key, b.Key);
        });

        var ranked = new Ranked<T>[sorted.Count];
        var rank = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i == 0 || !sorted[i].Share.SameValueAs(sorted[i - 1].Share))
                rank = i + 1;
            ranked[i] = new Ranked<T>(sorted[i].Item, rank, i + 1);
        }
        return ranked;
    }

    /// <summary>
    /// The tie that straddles <paramref name="cut"/> when taking every item ranked within it takes more
    /// than <paramref name="cut"/> items; <c>null</c> when the cut falls between two ranks.
    /// </summary>
    public static TieAtCut? TieStraddling<T>(IReadOnlyList<Ranked<T>> ranked, int cut)
    {
        var taken = ranked.Count(r => r.Rank <= cut);
        if (taken <= cut || taken == 0)
            return null;
        var lastRank = ranked[taken - 1].Rank;
        var size = ranked.Count(r => r.Rank == lastRank);
        return new TieAtCut(lastRank, size, cut, taken);
    }

    /// <summary>
    /// The tie that straddles <paramref name="cut"/>, from the ranks of the items in any order: when more items
    /// are ranked within the cut than the cut, the last rank within it and how many share it; else <c>null</c>.
    /// </summary>
    public static TieAtCut? TieStraddling(IEnumerable<int> ranks, int cut)
    {
        var within = ranks.Where(r => r <= cut).ToArray();
        if (within.Length <= cut || within.Length == 0)
            return null;
        var last = within.Max();
        return new TieAtCut(last, ranks.Count(r => r == last), cut, within.Length);
    }

    /// <summary>⌈topShare × N⌉, computed exactly.</summary>
    public static int Cut(decimal topShare, int rankable) => (int)Math.Ceiling(topShare * rankable);
}
