namespace Selection.Core;

/// <summary>
/// How far a result is from changing (issue 13, item 3): the weighted risk points a school would have to
/// lose to drop out of the flagged top share, or gain to enter it, the others' results held as they are;
/// the same for a kommune and route 1. Ranks are competition ranks and "within the cut" is rank ≤ cut, so a
/// result with share x is within the cut exactly when x ≥ B, B the cut-th highest share among the others;
/// and zero is never a risk. Exact, in whole numbers: the points p' needed satisfy p'/q ≥ B.
/// </summary>
public static class Cusp
{
    /// <summary>
    /// For each of <paramref name="shares"/> (the ranked, with their points and possible points): the points to
    /// lose (when within the cut with points) or to gain (otherwise) to change its outcome. A share is at most 1,
    /// so the points needed never exceed the possible points.
    /// </summary>
    public static int[] PointsToChange(IReadOnlyList<RiskShare> shares, int cut) =>
        PointsToChange(shares, Enumerable.Range(0, shares.Count).OrderByDescending(i => shares[i]).ToArray(), cut);

    /// <summary>
    /// As <see cref="PointsToChange(IReadOnlyList{RiskShare}, int)"/>, the shares ordered by their competition ranks
    /// <paramref name="ranks"/> (1 the highest share; equal shares, equal ranks), a sort of whole numbers: a
    /// country's ranking is not made again share by share.
    /// </summary>
    public static int[] PointsToChange(IReadOnlyList<RiskShare> shares, IReadOnlyList<int> ranks, int cut)
    {
        if (ranks.Count != shares.Count)
            throw new ArgumentException($"One rank per share: {shares.Count}, not {ranks.Count}.", nameof(ranks));
        var keys = new long[shares.Count];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = ((long)ranks[i] << 32) | (uint)i;
        Array.Sort(keys);
        var order = new int[keys.Length];
        for (var p = 0; p < keys.Length; p++)
            order[p] = (int)(keys[p] & uint.MaxValue);
        return PointsToChange(shares, order, cut);
    }

    /// <summary>The points to change for each share, <paramref name="order"/> holding the shares' indexes from the highest share down.</summary>
    private static int[] PointsToChange(IReadOnlyList<RiskShare> shares, int[] order, int cut)
    {
        var n = shares.Count;
        var position = new int[n];
        for (var p = 0; p < n; p++)
            position[order[p]] = p;
        var result = new int[n];
        for (var i = 0; i < n; i++)
        {
            // B: the cut-th highest share among the others (none: every result is within the cut).
            var at = position[i] < cut ? cut : cut - 1;
            RiskShare? bound = cut >= 1 && at < n ? shares[order[at]] : null;
            var (p, q) = (shares[i].Points, shares[i].Possible);
            var least = bound is { } b ? CeilingTimes(b, q) : 0; // the fewest points with p'/q ≥ B
            var within = p >= least && p > 0;
            if (within)
                result[i] = (int)(p - Math.Max(least - 1, 0));
            else
            {
                result[i] = (int)(Math.Max(least, 1) - p);
            }
        }
        return result;
    }

    /// <summary>⌈B·q⌉ for a share B = a/b, in whole numbers.</summary>
    private static long CeilingTimes(RiskShare share, long q)
    {
        var numerator = (Int128)share.Points * q;
        return (long)((numerator + share.Possible - 1) / share.Possible);
    }
}
