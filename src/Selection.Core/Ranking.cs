namespace Selection.Core;

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
