namespace Selection.Core;

/// <summary>
/// The indicator-years of a window as places in an array, for what is looked up once per observation (a country has
/// millions): an indicator by its catalogue order, a year by its distance from the window's first. A year outside the
/// window has no place.
/// </summary>
internal readonly struct IndicatorYearPlaces
{
    private readonly int _firstYear;
    private readonly int _years;

    public IndicatorYearPlaces(IReadOnlyList<SchoolYear> window)
    {
        _firstYear = window.Count == 0 ? 0 : window.Min().StartYear;
        _years = window.Count == 0 ? 0 : window.Max().StartYear - _firstYear + 1;
    }

    /// <summary>How many places there are: the size of an array with one for every indicator-year.</summary>
    public int Count => Indicator.All.Count * _years;

    /// <summary>The place of <paramref name="indicator"/> in <paramref name="year"/>; -1 for a year outside the window.</summary>
    public int Of(Indicator indicator, SchoolYear year)
    {
        var yearAt = year.StartYear - _firstYear;
        return yearAt >= 0 && yearAt < _years ? (indicator.Order * _years) + yearAt : -1;
    }
}
