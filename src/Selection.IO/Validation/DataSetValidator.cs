using Selection.Core;
using Selection.Core.Data;
using Selection.Core.Kommuner;
using Selection.Core.Rules;
using Selection.IO.Input;

namespace Selection.IO.Validation;

/// <summary>One source in one school year: how many schools have rows, and how many values were suppressed.</summary>
public sealed record SourceYear(string Source, SchoolYear Year, int Schools, int Values, int Suppressed)
{
    public double SuppressedShare => Values == 0 ? 0 : (double)Suppressed / Values;
}

/// <summary>The schools of the register, by what will happen to them in a selection.</summary>
public sealed record SchoolCounts(int InRegister, int Private, bool PrivateIncluded, int OutsideKommune, int Mapped, int WithoutData);

/// <summary>What a person wants to know about a data set before a selection is made from it.</summary>
public sealed record DataSetSummary(
    int StructureYear,
    IReadOnlyList<SourceSummary> Files,
    IReadOnlyList<SourceYear> BySourceAndYear,
    IReadOnlyList<(SchoolYear Year, int Indicators)> NationalRows,
    SchoolCounts Schools);

/// <summary>Every problem of a data set, and its summary.</summary>
public sealed record ValidationReport(LoadedDataSet Data, IReadOnlyList<Problem> Problems, DataSetSummary Summary)
{
    public int Errors => Problems.Count(p => p.IsError);

    public int Warnings => Problems.Count(p => !p.IsError);

    public bool HasErrors => Errors > 0;
}

/// <summary>
/// Checks a data set as a whole: the problems of reading each file (collected by
/// <see cref="DataSetReader"/>), then the checks across files that the engine also makes
/// (<see cref="InputChecks"/>), in the kommune structure of the rules (2024 without rules).
/// <c>validate</c> and <c>run</c> both use it, so they report the same problems in the same words.
/// </summary>
public static class DataSetValidator
{
    /// <summary>The kommune structure a data set is checked in when no rules are given.</summary>
    public const int DefaultStructureYear = 2024;

    public static ValidationReport Validate(LoadedDataSet data, KommuneHistory history, SelectionRules? rules)
    {
        var structureYear = rules?.KommuneStructure ?? DefaultStructureYear;
        var problems = new List<Problem>(data.Problems);
        var placed = InputChecks.PlaceSchools(data.Input.Schools, history, structureYear, problems);
        InputChecks.ParticipantsArePlaced(data.Input.KommunerInScheme, history, structureYear, problems);
        InputChecks.KommuneRowsArePlaced(data.Input.KommuneValues, history, structureYear, problems);
        // The two passes over every observation side by side; their problems in the order they always had.
        var scaleProblems = new List<Problem>();
        var scales = Task.Run(() => ScaleChecks.Check(data.Input, scaleProblems));
        InputTally tally;
        try
        {
            tally = InputTally.Of(data.Input);
        }
        finally
        {
            Task.WaitAny(scales);
        }
        scales.GetAwaiter().GetResult();
        InputChecks.SchoolsWithDataAreRegistered(tally, problems);
        InputChecks.RegisteredSchoolsHaveData(data.Input, tally, problems);
        SourcesHoldWhatTheRulesUse(data.Sources, rules, problems);
        InputChecks.SchoolYearsInLine(tally, problems);
        problems.AddRange(scaleProblems);

        var bySourceAndYear = tally.SourceYears
            .Select(s => new SourceYear(SourceName(s.Source), s.Year, s.Schools, s.Values, s.Suppressed))
            .OrderBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.Year)
            .ToArray();
        var national = data.Input.NationalValues
            .GroupBy(n => n.Year).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count()))
            .ToArray();
        var schools = new SchoolCounts(
            data.Input.Schools.Count,
            data.Input.Schools.Count(s => s.Eierform == Eierform.Privat),
            rules?.IncludePrivateSchools ?? false,
            placed.Count(p => p.Placement.Kind == PlacementKind.OutsideKommune),
            placed.Count(p => p.Placement.Kind == PlacementKind.Mapped),
            data.Input.Schools.Count(s => !tally.HasData(s)));

        return new ValidationReport(data, problems, new DataSetSummary(structureYear, data.Sources, bySourceAndYear, national, schools));
    }

    /// <summary>
    /// A column the rules need but the file lacks (<c>mobbing</c> renamed <c>mobbing_prosent</c>) is an
    /// error naming the file and the column, with the columns found; so is a source file with only its
    /// header while the rules use its indicators. Without rules (validate), both are warnings.
    /// </summary>
    private static void SourcesHoldWhatTheRulesUse(IReadOnlyList<SourceSummary> sources, SelectionRules? rules, List<Problem> problems)
    {
        bool Used(Indicator i) => rules is null || rules.RuleFor(i) is not null;
        foreach (var source in sources.Where(s => s.Source is not null))
        {
            var origin = new Origin(source.File, 1);
            foreach (var absent in source.AbsentColumns ?? [])
            {
                var used = absent.Indicators.Where(Used).ToArray();
                if (used.Length == 0)
                    continue;
                var message = ValidationTexts.ColumnMissingCarries(
                    absent.Column, InputTexts.AndList(used.Select(i => i.Code)), rules is null ? "" : ValidationTexts.WhichTheRulesUse, InputTexts.QuotedList(source.Headers ?? []));
                problems.Add(rules is null
                    ? Problem.Warning("column-missing", ValidationTexts.NoDataForThoseIndicators(message), origin, absent.Column)
                    : Problem.Error("column-missing", message, origin, absent.Column));
            }
            if (source.RowsUsed == 0 && !problems.Any(p => p.IsError && p.File == source.File))
            {
                var used = Indicator.All.Where(i => i.Source == source.Source && Used(i)).Select(i => i.Code).ToArray();
                if (used.Length == 0)
                    continue;
                var list = string.Join(", ", used);
                var message = (source.Rows == 0, rules is null) switch
                {
                    (true, true) => ValidationTexts.HeaderOnlySourceOf(list),
                    (true, false) => ValidationTexts.HeaderOnlyRulesUse(list),
                    (false, true) => ValidationTexts.NoIndicatorRowsSourceOf(source.Rows, list),
                    (false, false) => ValidationTexts.NoIndicatorRowsRulesUse(source.Rows, list),
                };
                problems.Add(rules is null ? Problem.Warning("source-empty", message, origin) : Problem.Error("source-empty", message, origin));
            }
        }
    }

    /// <summary>The file name of a source, as the summary names it.</summary>
    public static string SourceName(DataSource source) => source switch
    {
        DataSource.Elevundersokelsen => DataSetReader.Elevundersokelsen,
        DataSource.NasjonaleProver => DataSetReader.NasjonaleProver,
        DataSource.Grunnskolepoeng => DataSetReader.Grunnskolepoeng,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
