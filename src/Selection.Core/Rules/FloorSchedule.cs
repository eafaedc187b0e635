namespace Selection.Core.Rules;

/// <summary>
/// One stretch of school years with its absolute floor: from <see cref="From"/> until <see cref="Until"/>,
/// both inclusive; a missing end is open (every school year before, or after).
/// </summary>
public sealed record FloorPeriod(SchoolYear? From, SchoolYear? Until, decimal Value)
{
    public bool Holds(SchoolYear year) => (From is not { } f || year >= f) && (Until is not { } u || year <= u);
}

/// <summary>
/// An indicator's absolute floor over the school years (rules format 2): one value for every year, or
/// values by period, for a series whose scale changed (the national tests' new scales from 2022-23). The
/// periods cover every school year exactly once: in order, the first open before, the last open after,
/// each starting the year after the one before it ends.
/// </summary>
public sealed class FloorSchedule : IEquatable<FloorSchedule>
{
    private readonly FloorPeriod[] _periods;

    private FloorSchedule(FloorPeriod[] periods) => _periods = periods;

    /// <summary>One floor for every school year.</summary>
    public static FloorSchedule Constant(decimal value) => new([new FloorPeriod(null, null, value)]);

    /// <summary>
    /// Floors by period, in any order; throws when they leave a school year uncovered or cover one twice
    /// (the rules reader explains that by key before it gets here).
    /// </summary>
    public static FloorSchedule Of(IEnumerable<FloorPeriod> periods)
    {
        var ordered = periods.OrderBy(p => p.From?.StartYear ?? int.MinValue).ToArray();
        if (CoverageProblem(ordered) is { } problem)
            throw new ArgumentException(problem, nameof(periods));
        return new FloorSchedule(ordered);
    }

    /// <summary>
    /// What is wrong with periods already in order of their start, in English for the exception, or
    /// <c>null</c> when they cover every school year once. The rules reader has its own words per key.
    /// </summary>
    public static string? CoverageProblem(IReadOnlyList<FloorPeriod> ordered)
    {
        if (ordered.Count == 0)
            return "At least one period.";
        if (ordered[0].From is not null)
            return "The first period must be open before (no 'from').";
        if (ordered[^1].Until is not null)
            return "The last period must be open after (no 'until').";
        foreach (var p in ordered)
            if (p.From is { } f && p.Until is { } u && u < f)
                return $"A period ends ({u}) before it starts ({f}).";
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i - 1].Until is not { } end || ordered[i].From is not { } start)
                return "Only the first period is open before and only the last open after.";
            if (start.StartYear != end.StartYear + 1)
                return $"The period from {start} must start the year after {end}.";
        }
        return null;
    }

    /// <summary>The periods, earliest first.</summary>
    public IReadOnlyList<FloorPeriod> Periods => _periods;

    /// <summary>Whether one floor holds for every school year.</summary>
    public bool IsConstant => _periods.Length == 1;

    /// <summary>The floor in <paramref name="year"/>.</summary>
    public decimal In(SchoolYear year)
    {
        foreach (var p in _periods)
            if (p.Holds(year))
                return p.Value;
        throw new InvalidOperationException("A floor schedule covers every school year."); // unreachable: checked when built
    }

    public bool Equals(FloorSchedule? other) => other is not null && _periods.SequenceEqual(other._periods);

    public override bool Equals(object? obj) => Equals(obj as FloorSchedule);

    public override int GetHashCode() => _periods.Aggregate(0, (h, p) => HashCode.Combine(h, p));

    /// <summary><c>15.0</c>, or <c>35 until 2021-22, 40 from 2022-23</c>.</summary>
    public override string ToString() => IsConstant
        ? Format(_periods[0].Value)
        : string.Join(", ", _periods.Select(p => p switch
        {
            { From: null, Until: { } u } => $"{Format(p.Value)} until {u}",
            { From: { } f, Until: null } => $"{Format(p.Value)} from {f}",
            { From: { } f, Until: { } u } => $"{Format(p.Value)} {f}–{u}",
            _ => Format(p.Value),
        }));

    private static string Format(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
