using System.Globalization;
using Selection.Core;
using Selection.Core.Data;
using Selection.IO.Input;

namespace Selection.IO.Validation;

/// <summary>
/// Values on another scale than the indicator's (DOMAIN §2), which the range checks of each cell cannot
/// see because the wrong scale lies inside the right one: a percentage column written as fractions
/// (0.12 for 12 %), grunnskolepoeng written as a grade mean (4.2 for 42), a national row far from the
/// schools' own values (NP 0.10 for 10). Each is refused by name: a silent factor of 10 or 100 would
/// change every risk point it touches.
/// </summary>
public static class ScaleChecks
{
    /// <summary>A column is judged on its scale only when it has at least this many values.</summary>
    public const int MinValues = 10;

    /// <summary>A national row further than this factor from the mean of the schools' values is on another scale.</summary>
    public const decimal NationalFactor = 3m;

    public static void Check(SelectionInput input, List<Problem> problems)
    {
        foreach (var column in input.Observations
                     .Where(o => o.Value is not null)
                     .GroupBy(o => (o.Origin.File, Column: ObservationSources.ColumnOf(o.Indicator)))
                     .OrderBy(g => g.Key.File, StringComparer.Ordinal).ThenBy(g => g.Key.Column, StringComparer.Ordinal))
        {
            var values = column.Select(o => o.Value!.Value).ToArray();
            if (values.Length < MinValues)
                continue;
            var indicator = column.First().Indicator;
            var first = column.MinBy(o => o.Origin.Line)!.Origin;
            if (indicator.Maximum == 100 && values.All(v => v <= 1) && values.Any(v => v > 0))
                problems.Add(Problem.Error(
                    "value-scale",
                    ValidationTexts.ScaleFractions(values.Length, column.Key.Column),
                    first, column.Key.Column));
            else if (indicator == Indicator.GSP && values.All(v => v <= 6))
                problems.Add(Problem.Error(
                    "value-scale",
                    ValidationTexts.ScaleGradeMean(values.Length, column.Key.Column),
                    first, column.Key.Column));
        }

        var schoolValues = input.Observations
            .Where(o => o.Value is not null)
            .ToLookup(o => (o.Indicator, o.Year), o => o.Value!.Value);
        foreach (var row in input.NationalValues.OrderBy(n => n.Origin.Line))
        {
            var values = schoolValues[(row.Indicator, row.Year)].ToArray();
            if (values.Length < MinValues)
                continue;
            var mean = values.Sum() / values.Length;
            if (mean <= 0)
                continue;
            var ratio = row.Value / mean;
            if (ratio > NationalFactor || ratio < 1 / NationalFactor)
                problems.Add(Problem.Error(
                    "value-scale",
                    ValidationTexts.ScaleNational(row.Indicator, row.Year, mean.ToString("0.##", CultureInfo.InvariantCulture), values.Length, row.Indicator.Measure),
                    row.Origin, "verdi", row.Value.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
