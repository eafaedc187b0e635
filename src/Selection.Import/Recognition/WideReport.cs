using System.Text.RegularExpressions;
using Selection.Core;
using Selection.Import.Reading;

namespace Selection.Import.Recognition;

/// <summary>What a column of a wide report measures.</summary>
public enum Measure
{
    /// <summary>The share of pupils at mestringsnivå 1 (nasjonale prøver), in %.</summary>
    ShareAtLevel1,

    /// <summary>The number of pupils behind the values (<c>Antall elever</c>, <c>Antall elever deltatt</c>).</summary>
    Pupils,

    /// <summary>The mean grunnskolepoeng.</summary>
    Grunnskolepoeng,

    /// <summary>The pupils' standard deviation.</summary>
    StandardDeviation,

    /// <summary>Anything else the report shows (scale points, uncertainty, other levels): left out.</summary>
    Other,
}

/// <summary>A year × measure column of a wide report: <c>20242025 Andel mestringsnivå 1</c>, <c>202506 Grunnskolepoeng</c>.</summary>
public sealed record ReportColumn(int Index, SchoolYear Year, string YearCode, Measure Measure, string MeasureName, bool Preliminary);

/// <summary>
/// The columns of a wide report (nasjonale prøver, grunnskolepoeng as the statistics bank's reports show them):
/// each value column's header holds a school year or year code (<see cref="YearCodes"/>) and a measure, in either
/// order, separated by spaces or <c>_ . : | / -</c>; a header that says <c>Foreløpige tall</c> is marked preliminary.
/// Headers without a year are the row's dimensions (unit, grade, test, filters).
/// </summary>
public static partial class WideReport
{
    [GeneratedRegex(@"(?<![0-9])([0-9]{4}\s*[-\u2013/]\s*[0-9]{2}(?:[0-9]{2})?|[0-9]{8}|[0-9]{6})(?![0-9])")]
    private static partial Regex YearToken();

    [GeneratedRegex(@"forel(ø|o|oe)pig(e)?(\s+tall)?", RegexOptions.IgnoreCase)]
    private static partial Regex PreliminaryWords();

    [GeneratedRegex("mestringsniva1(?![0-9])")]
    private static partial Regex LevelOne();

    /// <summary>
    /// The year × measure columns of <paramref name="table"/>; <paramref name="yearProblem"/> says why the first
    /// header with a year code that cannot be read was left out (its column is not in the list).
    /// </summary>
    public static IReadOnlyList<ReportColumn> Columns(ExportTable table, ImportTexts texts, out (string Header, string Error)? yearProblem)
    {
        yearProblem = null;
        var columns = new List<ReportColumn>();
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var header = table.Headers[i];
            var match = YearToken().Match(header);
            if (!match.Success)
                continue;
            var year = YearCodes.Parse(match.Value, texts);
            var rest = header.Remove(match.Index, match.Length);
            var preliminary = PreliminaryWords().IsMatch(rest);
            var measureName = PreliminaryWords().Replace(rest, " ").Trim(' ', '_', '.', ':', '|', '/', '-', '(', ')', '\t');
            if (measureName.Length == 0)
                continue;
            if (!year.Success)
            {
                yearProblem ??= (header, year.Error!);
                continue;
            }
            columns.Add(new ReportColumn(i, year.Value, match.Value, MeasureOf(measureName), measureName, preliminary));
        }
        return columns;
    }

    // The keys are made by the same folding as the names (which turns the "oe" of "poeng" into "o").
    private static readonly string PupilsKey = Names.Key("Antall elever");
    private static readonly string PointsKey = Names.Key("Grunnskolepoeng");
    private static readonly string DeviationKey = Names.Key("Standardavvik");

    /// <summary>What a measure name means (<see cref="Names.Key"/>: any case and æøå spelling).</summary>
    public static Measure MeasureOf(string name)
    {
        var key = Names.Key(name);
        if (LevelOne().IsMatch(key))
            return Measure.ShareAtLevel1;
        if (key.StartsWith(PupilsKey, StringComparison.Ordinal))
            return Measure.Pupils;
        if (key.Contains(PointsKey, StringComparison.Ordinal))
            return Measure.Grunnskolepoeng;
        if (key == DeviationKey)
            return Measure.StandardDeviation;
        return Measure.Other;
    }
}
