using Selection.Core.Data;
using Selection.Core.Rules;

namespace Selection.Core;

/// <summary>
/// The evidence of one school's risk points: its scored observations in indicator (catalogue) order, then school
/// year, ties in the data's order. Held as a stretch of columns shared by every school of a selection (issue 11:
/// a country's evidence without an object per observation): each one's row of the observation table, the
/// national limit it was held against and its points. <see cref="this[int]"/> makes the
/// <see cref="ScoredObservation"/> for whoever wants one; writers of a country's evidence read the columns.
/// </summary>
public sealed class SchoolEvidence : IReadOnlyList<ScoredObservation>
{
    private readonly EvidenceColumns? _columns;
    private readonly int _start;

    internal SchoolEvidence(EvidenceColumns columns, int start, int count)
    {
        _columns = columns;
        _start = start;
        Count = count;
    }

    private SchoolEvidence()
    {
    }

    /// <summary>No scored observations: a school left out, or with nothing that counts.</summary>
    public static SchoolEvidence Empty { get; } = new();

    public int Count { get; }

    public ScoredObservation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return new ScoredObservation(Table, RowAt(index), RuleAt(index), LimitAt(index), PointsAt(index));
        }
    }

    /// <summary>The observations the evidence refers to by row.</summary>
    public ObservationTable Table => _columns?.Table ?? ObservationTable.Empty;

    /// <summary>The row of <see cref="Table"/> of scored observation <paramref name="index"/>.</summary>
    public int RowAt(int index) => _columns!.Rows[_start + index];

    /// <summary>The rule scored observation <paramref name="index"/> was scored by: its indicator's.</summary>
    public IndicatorRule RuleAt(int index) => _columns!.Rules.RuleFor(Table.IndicatorOf(RowAt(index)))!;

    /// <summary>The national limit scored observation <paramref name="index"/> was held against.</summary>
    public NationalLimit LimitAt(int index) => _columns!.Limits[_start + index];

    /// <summary>The risk points of scored observation <paramref name="index"/>, before its rule's weight.</summary>
    public int PointsAt(int index) => _columns!.Points[_start + index];

    /// <summary>The risk points of scored observation <paramref name="index"/> times its rule's weight.</summary>
    public int WeightedPointsAt(int index) => checked(PointsAt(index) * RuleAt(index).Weight);

    /// <summary>Σ weighted points over the school's scored observations.</summary>
    public long WeightedPoints()
    {
        var sum = 0L;
        for (var k = 0; k < Count; k++)
            sum += WeightedPointsAt(k);
        return sum;
    }

    /// <summary>Σ possible points over the school's scored observations.</summary>
    public long PossiblePoints()
    {
        var sum = 0L;
        for (var k = 0; k < Count; k++)
            sum += RuleAt(k).PossiblePoints;
        return sum;
    }

    /// <summary>Each scored observation's indicator, weighted points and possible points (<see cref="IndicatorPoints.Sum"/>).</summary>
    public IEnumerable<(Indicator Indicator, int WeightedPoints, int PossiblePoints)> PointsByObservation()
    {
        for (var k = 0; k < Count; k++)
        {
            var rule = RuleAt(k);
            yield return (rule.Indicator, WeightedPointsAt(k), rule.PossiblePoints);
        }
    }

    public IEnumerator<ScoredObservation> GetEnumerator()
    {
        for (var k = 0; k < Count; k++)
            yield return this[k];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// The columns of a selection's evidence, one entry per scored observation; each school owns a stretch of them
/// (<see cref="SchoolEvidence"/>), written by that school alone.
/// </summary>
internal sealed class EvidenceColumns(ObservationTable table, SelectionRules rules, int capacity)
{
    public ObservationTable Table { get; } = table;

    public SelectionRules Rules { get; } = rules;

    public int[] Rows { get; } = new int[capacity];

    public NationalLimit[] Limits { get; } = new NationalLimit[capacity];

    public byte[] Points { get; } = new byte[capacity];
}
