using MathNet.Numerics.Distributions;

namespace Selection.Core.Stability;

/// <summary>How one observation varies between replicates (DOMAIN §12, docs/metode.md).</summary>
public enum NoiseKind
{
    /// <summary>No pupil count: held at its observed value.</summary>
    Fixed,

    /// <summary>A percentage of <c>n</c> pupils: <c>100·k/n</c> with <c>k ~ Binomial(n, v/100)</c>.</summary>
    Binomial,

    /// <summary>A mean over <c>n</c> pupils: <c>Normal(v, sd/√n)</c>.</summary>
    Normal,
}

/// <summary>
/// The sampling noise of a prepared selection's observations (issue 13): replicate data sets drawn around
/// the observed values. A percentage indicator with <c>n</c> pupils and value <c>v</c> is drawn as
/// <c>100·k/n</c>, <c>k ~ Binomial(n, v/100)</c>; an index or grunnskolepoeng as <c>Normal(v, sd/√n)</c>, with
/// <c>sd</c> the spread of individual pupils (the data's <c>standardavvik</c> where it has one, else the
/// rules' per-indicator value); an observation without a pupil count is held fixed. A drawn value is
/// written at its slot's precision (rounded half to even) and kept within the indicator's scale, so it
/// is scored by the same exact comparisons as observed values. National rows stay as they are; limits
/// computed from the schools are computed again from each replicate's values (the model does that).
/// </summary>
/// <remarks>
/// A binomial draw inverts its distribution function from the mode (<see cref="BinomialInversion"/>): one uniform
/// and a step or two per draw, whatever <c>n</c>, where drawing <c>n</c> Bernoulli trials would make ten thousand
/// replicates of a country take minutes, and where tables of each observation's whole distribution fell out of the
/// cache.
/// </remarks>
public sealed class NoiseModel
{
    /// <summary>A binomial observation: where it goes, its pupils, and its scale in units (its count is drawn beside it).</summary>
    private readonly record struct BinomialObservation(int Observation, int N, double UnitsPerPercent, long Min, long Max)
    {
        /// <summary><c>100·k/n</c> in units, rounded half to even and kept within the scale.</summary>
        public long UnitsOf(int k) => Math.Clamp((long)Math.Round(100.0 * k / N * UnitsPerPercent, MidpointRounding.ToEven), Min, Max);
    }

    /// <summary>A normal observation: where it goes, its observed value and sd/√n in units, and its scale in units.</summary>
    private readonly record struct NormalObservation(int Observation, double Mean, double Sd, long Min, long Max)
    {
        /// <summary>The mean moved by <paramref name="z"/> standard deviations, rounded half to even and kept within the scale.</summary>
        public long UnitsAt(double z) => Math.Clamp((long)Math.Round(Mean + (Sd * z), MidpointRounding.ToEven), Min, Max);
    }

    private readonly PreparedSelection _model;
    private readonly NoiseKind[] _kind;
    private readonly int[] _fixed;                // the observations held fixed, in order
    private readonly BinomialObservation[] _binomial;
    private readonly BinomialInversion[] _counts; // the count of each binomial observation, beside _binomial
    private readonly NormalObservation[] _normal;

    private NoiseModel(PreparedSelection model, NoiseKind[] kind, BinomialObservation[] binomial, BinomialInversion[] counts, NormalObservation[] normal)
    {
        _model = model;
        _kind = kind;
        _fixed = [.. Enumerable.Range(0, kind.Length).Where(o => kind[o] == NoiseKind.Fixed)];
        _binomial = binomial;
        _counts = counts;
        _normal = normal;
    }

    /// <summary>
    /// The noise of <paramref name="model"/>'s observations; <paramref name="pupilSd"/> gives each index and
    /// grunnskolepoeng indicator the spread of individual pupils, in the indicator's units (an indicator the model
    /// scores must have one unless it is a percentage).
    /// </summary>
    public static NoiseModel For(PreparedSelection model, IReadOnlyDictionary<Indicator, decimal> pupilSd)
    {
        var count = model.Values.Length;
        var kind = new NoiseKind[count];
        var binomial = new List<BinomialObservation>();
        var counts = new List<BinomialInversion>();
        var normal = new List<NormalObservation>();
        var spreadFromData = 0;
        var i = 0;
        for (var school = 0; school < model.Schools.Count; school++)
        {
            foreach (var row in model.RowsOf(school).Span)
            {
                var indicator = model.Table.IndicatorOf(row);
                var scale = model.ScaleOf(model.SlotOf(i));
                var unit = Math.Pow(10, scale);
                var min = (long)(indicator.Minimum * (decimal)unit);
                var max = (long)(indicator.Maximum * (decimal)unit);
                var pupils = model.PupilsOf(i);
                if (pupils <= 0)
                    kind[i] = NoiseKind.Fixed;
                else if (indicator.IsPercentage)
                {
                    kind[i] = NoiseKind.Binomial;
                    var p = (double)model.Table.ValueAt(row) / 100;
                    binomial.Add(new BinomialObservation(i, pupils, unit, min, max));
                    counts.Add(BinomialInversion.For(pupils, p));
                }
                else
                {
                    // The data's own standardavvik first; the rules' (or the default) spread otherwise.
                    decimal spread;
                    if (model.Table.StandardavvikOf(row) is { } fromData)
                    {
                        spread = fromData;
                        spreadFromData++;
                    }
                    else if (!pupilSd.TryGetValue(indicator, out spread))
                        throw new ArgumentException($"No pupil spread for {indicator}.", nameof(pupilSd));
                    kind[i] = NoiseKind.Normal;
                    normal.Add(new NormalObservation(i, model.Values[i], (double)spread * unit / Math.Sqrt(pupils), min, max));
                }
                i++;
            }
        }
        return new NoiseModel(model, kind, [.. binomial], [.. counts], [.. normal]) { SpreadFromData = spreadFromData };
    }

    /// <summary>The normal draws whose spread came from the data's <c>standardavvik</c>, not from the rules.</summary>
    public int SpreadFromData { get; private init; }

    public PreparedSelection Model => _model;

    /// <summary>How each observation varies, in the order of <see cref="PreparedSelection.Values"/>.</summary>
    public IReadOnlyList<NoiseKind> Kinds => _kind;

    /// <summary>The observations held fixed: no pupil count.</summary>
    public int FixedCount => _fixed.Length;

    /// <summary>
    /// Draws one replicate data set into <paramref name="into"/> (one value per observation, in units of its slot):
    /// first every binomial share, then every normal mean, each in the order of the observations; an observation
    /// held fixed keeps its value. The same generator state gives the same values.
    /// </summary>
    public void Draw(Random random, Span<long> into)
    {
        var observed = _model.Values;
        foreach (var i in _fixed)
            into[i] = observed[i];
        var binomial = _binomial.AsSpan();
        var counts = _counts.AsSpan();
        for (var j = 0; j < binomial.Length; j++)
        {
            ref readonly var b = ref binomial[j];
            into[b.Observation] = b.UnitsOf(counts[j].Quantile(1.0 - random.NextDouble())); // u in (0, 1]
        }
        // Standard normals from MathNet's polar method, both of each pair used.
        using var z = Normal.Samples(random, 0, 1).GetEnumerator();
        foreach (ref readonly var n in _normal.AsSpan())
        {
            z.MoveNext();
            into[n.Observation] = n.UnitsAt(z.Current);
        }
    }
}
