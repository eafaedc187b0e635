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
/// A binomial draw is an inversion of its cumulative distribution, tabled once per observation
/// (MathNet's <see cref="MathNet.Numerics.Distributions.Binomial"/>): one uniform and a binary search per
/// draw, whatever <c>n</c>, where drawing <c>n</c> Bernoulli trials would make ten thousand replicates of a
/// country take minutes.
/// </remarks>
public sealed class NoiseModel
{
    private readonly PreparedSelection _model;
    private readonly NoiseKind[] _kind;
    private readonly double[] _sd;          // Normal: sd/√n in units
    private readonly double[] _mean;        // Normal: the observed value in units
    private readonly int[] _cdfStart;       // Binomial: where the observation's table starts in _cdf
    private readonly int[] _n;              // Binomial: the pupils
    private readonly double[] _cdf;         // Binomial: P(K ≤ k) for k = 0 … n−1, per observation
    private readonly long[] _min, _max;     // the indicator's scale in units
    private long[] _kUnits = [];            // Binomial: the value of each k in units (see For)
    private int[] _guide = [];              // Binomial: the guide table of each observation's CDF, beside _cdf
    private int[] _fixed = [], _binomial = [], _normal = []; // the observations of each kind, in order

    private NoiseModel(PreparedSelection model, NoiseKind[] kind, double[] sd, double[] mean, int[] cdfStart, int[] n, double[] cdf, long[] min, long[] max)
    {
        _model = model;
        _kind = kind;
        _sd = sd;
        _mean = mean;
        _cdfStart = cdfStart;
        _n = n;
        _cdf = cdf;
        _min = min;
        _max = max;
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
        var sd = new double[count];
        var mean = new double[count];
        var cdfStart = new int[count];
        var n = new int[count];
        var unitsPerPercent = new double[count];
        var min = new long[count];
        var max = new long[count];
        var cdf = new List<double>();
        var spreadFromData = 0;
        var i = 0;
        for (var school = 0; school < model.Schools.Count; school++)
        {
            foreach (var o in model.ObservationsOf(school).Span)
            {
                var scale = model.ScaleOf(model.SlotOf(i));
                var unit = Math.Pow(10, scale);
                min[i] = (long)(o.Indicator.Minimum * (decimal)unit);
                max[i] = (long)(o.Indicator.Maximum * (decimal)unit);
                var pupils = model.PupilsOf(i);
                if (pupils <= 0)
                    kind[i] = NoiseKind.Fixed;
                else if (o.Indicator.IsPercentage)
                {
                    kind[i] = NoiseKind.Binomial;
                    n[i] = pupils;
                    unitsPerPercent[i] = unit;
                    cdfStart[i] = cdf.Count;
                    var p = Math.Clamp((double)o.Value!.Value / 100, 0, 1);
                    for (var k = 0; k < pupils; k++)
                        cdf.Add(MathNet.Numerics.Distributions.Binomial.CDF(p, pupils, k));
                }
                else
                {
                    // The data's own standardavvik first; the rules' (or the default) spread otherwise.
                    decimal spread;
                    if (o.Standardavvik is { } fromData)
                    {
                        spread = fromData;
                        spreadFromData++;
                    }
                    else if (!pupilSd.TryGetValue(o.Indicator, out spread))
                        throw new ArgumentException($"No pupil spread for {o.Indicator}.", nameof(pupilSd));
                    kind[i] = NoiseKind.Normal;
                    mean[i] = model.Values[i];
                    sd[i] = (double)spread * unit / Math.Sqrt(pupils);
                }
                i++;
            }
        }
        // Per binomial observation, the value of each k = 0 … n in units (rounded half to even, within the scale):
        // at index cdfStart + observation + k, as each observation's n + 1 values follow the n tabled before it.
        var kUnits = new long[cdf.Count + count];
        var cdfTable = cdf.ToArray();
        var guide = new int[cdfTable.Length];
        for (var o = 0; o < count; o++)
            if (kind[o] == NoiseKind.Binomial)
            {
                for (var k = 0; k <= n[o]; k++)
                    kUnits[cdfStart[o] + o + k] = Math.Clamp((long)Math.Round(100.0 * k / n[o] * unitsPerPercent[o], MidpointRounding.ToEven), min[o], max[o]);
                Guide(cdfTable.AsSpan(cdfStart[o], n[o]), guide.AsSpan(cdfStart[o], n[o]));
            }
        return new NoiseModel(model, kind, sd, mean, cdfStart, n, cdfTable, min, max)
        {
            _guide = guide,
            SpreadFromData = spreadFromData,
            _kUnits = kUnits,
            _fixed = [.. Enumerable.Range(0, count).Where(o => kind[o] == NoiseKind.Fixed)],
            _binomial = [.. Enumerable.Range(0, count).Where(o => kind[o] == NoiseKind.Binomial)],
            _normal = [.. Enumerable.Range(0, count).Where(o => kind[o] == NoiseKind.Normal)],
        };
    }

    /// <summary>The normal draws whose spread came from the data's <c>standardavvik</c>, not from the rules.</summary>
    public int SpreadFromData { get; private init; }

    public PreparedSelection Model => _model;

    /// <summary>How each observation varies, in the order of <see cref="PreparedSelection.Values"/>.</summary>
    public IReadOnlyList<NoiseKind> Kinds => _kind;

    /// <summary>The observations held fixed: no pupil count.</summary>
    public int FixedCount => _kind.Count(k => k == NoiseKind.Fixed);

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
        var cdf = _cdf.AsSpan();
        var guide = _guide.AsSpan();
        var units = _kUnits.AsSpan();
        foreach (var i in _binomial)
        {
            var start = _cdfStart[i];
            var k = InverseCdf(cdf.Slice(start, _n[i]), guide.Slice(start, _n[i]), 1.0 - random.NextDouble()); // u in (0, 1]
            into[i] = units[start + i + k];
        }
        // Standard normals from MathNet's polar method, both of each pair used.
        using var z = Normal.Samples(random, 0, 1).GetEnumerator();
        foreach (var i in _normal)
        {
            z.MoveNext();
            into[i] = Clamp((long)Math.Round(_mean[i] + (_sd[i] * z.Current), MidpointRounding.ToEven), i);
        }
    }

    /// <summary>
    /// The smallest k with P(K ≤ k) ≥ u; n when u lies above every tabled value (P(K ≤ n) = 1). The guide table
    /// (Chen and Asau) gives, for u in [j/n, (j+1)/n), the smallest k with P(K ≤ k) ≥ j/n: the search starts
    /// there and moves a step or two, the same k as a search of the whole table.
    /// </summary>
    private static int InverseCdf(ReadOnlySpan<double> cdf, ReadOnlySpan<int> guide, double u)
    {
        var n = cdf.Length;
        var k = guide[Math.Min((int)(u * n), n - 1)];
        while (k < n && cdf[k] < u)
            k++;
        return k;
    }

    /// <summary>The guide table of <paramref name="cdf"/> (see <see cref="InverseCdf"/>).</summary>
    private static void Guide(ReadOnlySpan<double> cdf, Span<int> guide)
    {
        var n = cdf.Length;
        var k = 0;
        for (var j = 0; j < n; j++)
        {
            while (k < n && cdf[k] < (double)j / n)
                k++;
            guide[j] = k;
        }
    }

    private long Clamp(long units, int i) => Math.Clamp(units, _min[i], _max[i]);
}
