using System.Globalization;
using Selection.Core;

namespace Selection.Sweep;

/// <summary>
/// One varied key and its values: <c>from</c>, <c>from + step</c>, …, <c>to</c>, both ends included, computed
/// exactly in decimal (never by adding up doubles), every value written with the same number of decimals.
/// </summary>
public sealed record SweepAxis(SweepKey Key, decimal From, decimal To, decimal Step, IReadOnlyList<decimal> Values)
{
    /// <summary>The axis as the user wrote it, for messages; <see cref="Text"/> is the canonical form the manifest records.</summary>
    public string Given { get; init; } = "";

    /// <summary>The axis as <c>--vary</c> gives it, canonical: <c>topShare=0.20:0.30:0.01</c>.</summary>
    public string Text => $"{Key.Name}={Number(From)}:{Number(To)}:{Number(Step)}";

    /// <summary>A value as the outputs write it: invariant, with its decimals (<c>0.20</c>).</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The grid of a sweep (<c>--vary &lt;key&gt;=&lt;from&gt;:&lt;to&gt;:&lt;step&gt;</c>, once or twice): each axis parsed
/// and checked, and the grid as their cross product, the first axis outermost.
/// </summary>
/// <remarks>
/// Numbers are invariant: <c>.</c> decimals, an optional sign, no thousands separators or exponents. The step is
/// above 0, <c>from</c> ≤ <c>to</c>, and <c>to</c> lies a whole number of steps after <c>from</c>, so both ends are
/// in the grid (0.20:0.30:0.01 is exactly the 11 values 0.20, 0.21, …, 0.30). A key that takes whole numbers
/// refuses a fractional <c>from</c>, <c>to</c> or step. At most two axes, no key twice, and at most
/// <see cref="MaxPoints"/> points in all.
/// </remarks>
public static class SweepGrid
{
    /// <summary>The most points a sweep runs (each is a whole selection).</summary>
    public const int MaxPoints = 1_000;

    /// <summary>The most keys varied at once.</summary>
    public const int MaxAxes = 2;

    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Parses one <c>--vary</c> value.</summary>
    public static ParseResult<SweepAxis> ParseAxis(string text, SweepTexts t)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
            return ParseResult<SweepAxis>.Fail(t.VaryForm(text));
        var key = SweepKey.Parse(text[..equals].Trim(), t);
        if (!key.Success)
            return ParseResult<SweepAxis>.Fail(t.Vary(text, key.Error!));
        var parts = text[(equals + 1)..].Split(':');
        if (parts.Length != 3)
            return ParseResult<SweepAxis>.Fail(t.VaryForm(text));
        var numbers = new decimal[3];
        for (var i = 0; i < 3; i++)
        {
            var part = parts[i].Trim();
            if (!decimal.TryParse(part, Style, CultureInfo.InvariantCulture, out numbers[i]))
                return ParseResult<SweepAxis>.Fail(t.Vary(text, t.NotANumber(part)));
        }
        var (from, to, step) = (numbers[0], numbers[1], numbers[2]);
        var fractional = numbers.Where(n => n != decimal.Truncate(n)).ToArray();
        if (key.Value.IsWhole && fractional.Length > 0)
            return ParseResult<SweepAxis>.Fail(t.Vary(text, t.WholeKey(key.Value.Name, SweepAxis.Number(fractional[0]))));
        if (step <= 0)
            return ParseResult<SweepAxis>.Fail(t.Vary(text, t.StepNotPositive));
        if (from > to)
            return ParseResult<SweepAxis>.Fail(t.Vary(text, t.FromAfterTo(SweepAxis.Number(from), SweepAxis.Number(to))));
        decimal steps;
        try
        {
            if ((to - from) % step != 0)
                return ParseResult<SweepAxis>.Fail(t.Vary(text, t.NotWholeSteps(SweepAxis.Number(from), SweepAxis.Number(to), SweepAxis.Number(step))));
            steps = (to - from) / step;
        }
        catch (OverflowException)
        {
            steps = decimal.MaxValue;
        }
        if (steps >= MaxPoints)
            return ParseResult<SweepAxis>.Fail(t.Vary(text, t.TooManyValues(steps < 1_000_000_000 ? SweepAxis.Number(steps + 1) : "> 1000000000", MaxPoints)));

        // Every value with the most decimals any of the three was written with (0.2:0.3:0.05 gives 0.20, 0.25, 0.30).
        var scale = key.Value.IsWhole ? 0 : numbers.Max(n => n.Scale);
        var values = new decimal[(int)steps + 1];
        for (var i = 0; i < values.Length; i++)
            values[i] = WithScale(from + (i * step), scale);
        return ParseResult<SweepAxis>.Ok(new SweepAxis(key.Value, WithScale(from, scale), WithScale(to, scale), WithScale(step, scale), values) { Given = text });
    }

    /// <summary>Checks the axes together: at most two, no key twice, at most <see cref="MaxPoints"/> points in all.</summary>
    public static string? CheckAxes(IReadOnlyList<SweepAxis> axes, SweepTexts t)
    {
        if (axes.Count == 0)
            return t.NoAxis;
        if (axes.Count > MaxAxes)
            return t.TooManyAxes(axes.Count, MaxAxes);
        if (axes.GroupBy(a => a.Key).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return t.KeyTwice(twice.Key.Name);
        var points = axes.Aggregate(1L, (n, a) => n * a.Values.Count);
        return points > MaxPoints ? t.TooManyPoints(points, MaxPoints) : null;
    }

    /// <summary>The grid's points, the first axis outermost: each point's value on every axis, in axis order.</summary>
    public static IReadOnlyList<IReadOnlyList<decimal>> Points(IReadOnlyList<SweepAxis> axes)
    {
        IEnumerable<IReadOnlyList<decimal>> points = [[]];
        foreach (var axis in axes)
            points = points.SelectMany(p => axis.Values.Select(v => (IReadOnlyList<decimal>)[.. p, v]));
        return points.ToArray();
    }

    /// <summary><paramref name="value"/> written with exactly <paramref name="scale"/> decimals (no more are ever needed here).</summary>
    private static decimal WithScale(decimal value, int scale) =>
        scale == 0 ? decimal.Truncate(value) : decimal.Round(value, scale) + new decimal(0, 0, 0, false, (byte)scale);
}
