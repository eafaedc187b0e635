using Selection.Core;

namespace Selection.SampleData;

/// <summary>
/// The school years a synthetic data set covers: every school year from <see cref="First"/> to
/// <see cref="Last"/>, both included, named by their start years. Between <see cref="Earliest"/>
/// (2010-11) and <see cref="Latest"/> (2030-31); <see cref="Default"/> is 2020-21 to 2023-24, the
/// committed <c>sample-data/</c>.
/// </summary>
public sealed record SampleYears
{
    /// <summary>The earliest start year a data set may have (2010-11).</summary>
    public const int Earliest = 2010;

    /// <summary>The latest start year a data set may have (2030-31).</summary>
    public const int Latest = 2030;

    /// <summary>2020-21 to 2023-24: the years of <c>selection sample</c> without <c>--from</c>/<c>--to</c>.</summary>
    public static SampleYears Default { get; } = new(2020, 2023);

    /// <summary>The school years from <paramref name="first"/> to <paramref name="last"/> (start years, inclusive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A year outside <see cref="Earliest"/>–<see cref="Latest"/>, or <paramref name="last"/> before <paramref name="first"/>.</exception>
    public SampleYears(int first, int last)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, Earliest);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(last, Latest);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        First = first;
        Last = last;
    }

    /// <summary>The start year of the first school year (2020 for 2020-21).</summary>
    public int First { get; }

    /// <summary>The start year of the last school year.</summary>
    public int Last { get; }

    /// <summary>How many school years the data set has.</summary>
    public int Count => Last - First + 1;

    /// <summary>The school years, oldest first.</summary>
    public IReadOnlyList<SchoolYear> SchoolYears => Enumerable.Range(First, Count).Select(y => new SchoolYear(y)).ToArray();

    /// <summary><c>2020-21 to 2023-24</c>.</summary>
    public override string ToString() => $"{new SchoolYear(First)} to {new SchoolYear(Last)}";
}
