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
        // One pass: per file and column the count and what the values are all below; per indicator and
        // year the sum of the values (in the order of the data, as the mean always added them).
        var columns = new Dictionary<(string? File, string Column), ColumnTally>();
        var national = input.NationalValues.Select(n => (n.Indicator, n.Year)).ToHashSet();
        var sums = new Dictionary<(Indicator, SchoolYear), (decimal Sum, int Count)>();
        // Each indicator-year with a national row has a sum of its own, found by a whole number (no tuple hashed per row).
        var slotOf = new Dictionary<int, int>();
        var slotSums = new List<(decimal Sum, int Count)>();
        static int SlotKey(Indicator indicator, SchoolYear year) => (year.StartYear << 8) | indicator.Order;
        foreach (var (indicator, year) in national)
            if (slotOf.TryAdd(SlotKey(indicator, year), slotSums.Count))
                slotSums.Add((0m, 0));
        var observations = input.ObservationTable;
        // A row's column tally found by its file and indicator (small numbers); by their names only the first time.
        var tallyOf = new Dictionary<(int File, int Indicator), ColumnTally>();
        (int, int) lastKey = (-1, -1);
        ColumnTally? current = null;
        for (var row = 0; row < observations.Count; row++)
        {
            if (!observations.HasValueAt(row))
                continue;
            var value = observations.ValueAt(row);
            var indicator = observations.IndicatorOf(row);
            var year = observations.YearOf(row);
            var origin = observations.OriginOf(row);
            var rowKey = (observations.FileIndexOf(row), indicator.Order);
            if (rowKey != lastKey && !tallyOf.TryGetValue(rowKey, out current))
            {
                var key = (origin.File, ObservationSources.ColumnOf(indicator));
                if (!columns.TryGetValue(key, out current))
                    columns.Add(key, current = new ColumnTally(indicator, origin));
                tallyOf.Add(rowKey, current);
            }
            lastKey = rowKey;
            current!.Add(origin, value);
            if (slotOf.TryGetValue(SlotKey(indicator, year), out var slot))
            {
                var (sum, count) = slotSums[slot];
                slotSums[slot] = (sum + value, count + 1);
            }
        }
        foreach (var (indicator, year) in national)
            if (slotSums[slotOf[SlotKey(indicator, year)]] is { Count: > 0 } summed)
                sums[(indicator, year)] = summed;

        foreach (var ((_, column), tally) in columns.OrderBy(c => c.Key.File, StringComparer.Ordinal).ThenBy(c => c.Key.Column, StringComparer.Ordinal))
        {
            if (tally.Count < MinValues)
                continue;
            var indicator = tally.Indicator;
            if (indicator.Maximum == 100 && tally.AllAtMostOne && tally.AnyAboveZero)
                problems.Add(Problem.Error(
                    "value-scale",
                    ValidationTexts.ScaleFractions(tally.Count, column),
                    tally.First, column));
            else if (indicator == Indicator.GSP && tally.AllAtMostSix)
                problems.Add(Problem.Error(
                    "value-scale",
                    ValidationTexts.ScaleGradeMean(tally.Count, column),
                    tally.First, column));
        }

        foreach (var row in input.NationalValues.OrderBy(n => n.Origin.Line))
        {
            var (sum, count) = sums.GetValueOrDefault((row.Indicator, row.Year));
            if (count < MinValues)
                continue;
            var mean = sum / count;
            if (mean <= 0)
                continue;
            var ratio = row.Value / mean;
            if (ratio > NationalFactor || ratio < 1 / NationalFactor)
                problems.Add(Problem.Error(
                    "value-scale",
                    ValidationTexts.ScaleNational(row.Indicator, row.Year, mean.ToString("0.##", CultureInfo.InvariantCulture), count, row.Indicator.Measure),
                    row.Origin, "verdi", row.Value.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The values of one column of one file: how many, the first row's line, and what they all are below.</summary>
    private sealed class ColumnTally(Indicator indicator, Origin first)
    {
        public Indicator Indicator { get; } = indicator;

        public Origin First { get; private set; } = first;

        public int Count { get; private set; }

        public bool AllAtMostOne { get; private set; } = true;

        public bool AnyAboveZero { get; private set; }

        public bool AllAtMostSix { get; private set; } = true;

        public void Add(Origin origin, decimal value)
        {
            Count++;
            AllAtMostOne &= value <= 1;
            AnyAboveZero |= value > 0;
            AllAtMostSix &= value <= 6;
            if (origin.Line < First.Line)
                First = origin;
        }
    }
}
