namespace Selection.Core.Stability;

/// <summary>
/// The spread of individual pupils' answers and points that the noise model uses for a mean when neither the
/// data (a <c>standardavvik</c>) nor the rules give one. Illustrative, like the floors, and documented in
/// docs/metode.md: an index 1–5 of Elevundersøkelsen (støtte fra lærer, motivasjon) 0.9 points, grunnskolepoeng
/// 8 points. Percentages need none: their noise follows from the share and the pupils.
/// </summary>
public static class NoiseDefaults
{
    public const decimal IndexSd = 0.9m;
    public const decimal GrunnskolepoengSd = 8m;

    /// <summary>The default spread of every indicator that is a mean.</summary>
    public static IReadOnlyDictionary<Indicator, decimal> PupilSd { get; } =
        Indicator.All.Where(i => !i.IsPercentage).ToDictionary(i => i, i => i == Indicator.GSP ? GrunnskolepoengSd : IndexSd);
}
