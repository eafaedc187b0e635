using Selection.Core;
using Selection.Core.Kommuner;
using Selection.Import.Reading;
using Selection.Import.Recognition;
using Selection.IO.Reference;

namespace Selection.Import.Sources;

/// <summary>
/// Elevundersøkelsen as the statistics bank exports it (tables 148 "indikator" and 150 "mobbing"), long: one row
/// per unit × school year × grade × question group × filter value. Kept: the rows for all genders and all owner
/// forms (<see cref="FilterColumn"/>), the group's own row rather than its single questions, the groups that are
/// indicators (<see cref="QuestionGroups"/>) in grades 7 and 10. Mobbing is read from <c>AndelMobbet</c>, the
/// indices from <c>Score</c> (and <c>Standardavvik</c>); the count from <c>AntallBesvart</c>. The country's rows
/// (level 1) become <c>nasjonalt</c>, the kommuner's (level 3) <c>kommunalt</c>, the schools' (level 4) the
/// canonical <c>elevundersokelsen</c>; the fylker's are left out.
/// </summary>
public static class ElevundersokelsenExport
{
    private static readonly string[] AllQuestions = ["Alle spørsmål"];

    public static void Read(ExportTable table, ImportContext context, FileLog log)
    {
        var t = context.Texts;
        int level = table.Column(Columns.Level),
            orgnr = table.Column(Columns.OrgNr),
            kommune = table.Column(Columns.KommuneCode),
            yearName = table.Column(Columns.SchoolYearName),
            time = table.Column(Columns.TimeId),
            gradeCode = table.Column(Columns.GradeCode),
            gradeName = table.Column(Columns.GradeName),
            groupCode = table.Column(Columns.GroupCode),
            groupName = table.Column(Columns.GroupName),
            questionCode = table.Column(Columns.QuestionCode),
            questionName = table.Column(Columns.QuestionName),
            score = table.Column(Columns.Score),
            sd = table.Column(Columns.StandardDeviation),
            mobbed = table.Column(Columns.ShareBullied),
            answered = table.Column(Columns.Answered);
        if (yearName < 0 && time < 0)
        {
            context.Error("import-column-missing", t.ColumnMissing("Skoleaarnavn | TidID", string.Join(", ", table.Headers)), new Origin(table.File, 1));
            return;
        }
        if (gradeCode < 0 && gradeName < 0)
        {
            context.Error("import-column-missing", t.ColumnMissing("TrinnKode | Trinnnavn", string.Join(", ", table.Headers)), new Origin(table.File, 1));
            return;
        }
        if (orgnr < 0)
        {
            context.Error("import-column-missing", t.ColumnMissing("Organisasjonsnummer", string.Join(", ", table.Headers)), new Origin(table.File, 1));
            return;
        }
        var filters = ExportFilters.Of(table);
        if (answered >= 0)
            context.Carried.Add("elevundersokelsen.antall_besvart");
        if (score >= 0 && sd >= 0)
            log.Map(t.StandardDeviationRead(table.Header(sd)));

        foreach (var row in table.Rows)
        {
            var origin = new Origin(table.File, row.Line);
            if (!filters.Keep(row, log, t))
                continue;
            var name = row[groupName];
            if (!IsGroupRow(row, name, groupCode, questionCode, questionName))
            {
                log.Leave(t.ReasonSingleQuestion, row.Line);
                continue;
            }
            var code = row[groupCode].Length > 0 ? row[groupCode] : row[questionCode];
            var (group, how) = context.Groups.Resolve(code, name, table.File, row.Line, out var learnedAt);
            log.Map(t.GroupMapped(how, code, name, group is null ? "" : QuestionGroups.ColumnOf(group.Value), learnedAt.File is null ? "" : context.Where(new Origin(learnedAt.File, learnedAt.Line))));
            if (group is null)
            {
                log.Leave(t.ReasonNotAnIndicatorGroup(name, code), row.Line);
                continue;
            }

            var gradeText = gradeCode >= 0 && row[gradeCode].Length > 0 ? row[gradeCode] : row[gradeName];
            if (Grades.Parse(gradeText) is not { } grade)
            {
                log.Leave(t.ReasonNotAGrade(gradeText), row.Line);
                continue;
            }
            if (grade is not (7 or 10))
            {
                log.Leave(t.ReasonGradeNotIndicator(grade), row.Line);
                continue;
            }
            if (!TryYear(row, yearName, time, table, context, log, origin, out var year))
                continue;
            if (!UnitTable.TryLevel(row[level], out var unitLevel))
            {
                context.Error("import-value", t.NotALevel, origin, table.Header(level), row[level]);
                continue;
            }

            var valueColumn = group == EuGroup.Mobbing ? mobbed : score;
            if (valueColumn < 0)
            {
                log.Leave(t.ReasonNoValueColumn(group == EuGroup.Mobbing ? "AndelMobbet" : "Score"), row.Line);
                continue;
            }
            var indicator = IndicatorOf(group.Value, grade);
            if (!Cell.Value(row, valueColumn, indicator.Minimum, indicator.Maximum, table, context, origin, out var value)
                || !Cell.Count(row, answered, table, context, origin, out var count))
                continue;
            var deviation = ExportCell.NoData;
            if (group != EuGroup.Mobbing && !Cell.Value(row, sd, 0, 5, table, context, origin, out deviation))
                continue;

            var used = unitLevel switch
            {
                UnitLevel.Root or UnitLevel.National => National(context, log, indicator, year, value, origin),
                UnitLevel.Fylke => Leave(log, t.ReasonFylke, row.Line),
                UnitLevel.Kommune => Kommune(context, log, row[kommune].Length > 0 ? row[kommune] : row[orgnr], indicator, year, value, count, origin),
                _ => School(context, log, row[orgnr], year, grade, group.Value, value, count, deviation, origin),
            };
            if (used)
                log.RowsUsed++;
        }
        filters.Summarise(log, t);
    }

    /// <summary>
    /// Whether a row is its group's own row rather than one of its questions: by <c>Spoersmaalnavn</c> when the file
    /// has it (<c>Alle spørsmål</c>, or the group's name), else by <c>Spoersmaalkode</c> (the group's code, or an
    /// <c>EUIndeks_</c> code); a file with neither has only group rows.
    /// </summary>
    private static bool IsGroupRow(ExportRow row, string group, int groupCode, int questionCode, int questionName)
    {
        var question = row[questionName];
        if (question.Length > 0)
            return Names.IsOneOf(question, AllQuestions) || (group.Length > 0 && Names.IsOneOf(question, group));
        var code = row[questionCode];
        if (code.Length > 0 && row[groupCode].Length > 0)
            return code.Equals(row[groupCode], StringComparison.OrdinalIgnoreCase) || code.StartsWith("EUIndeks", StringComparison.OrdinalIgnoreCase);
        return true;
    }

    private static bool TryYear(ExportRow row, int yearName, int time, ExportTable table, ImportContext context, FileLog log, Origin origin, out SchoolYear year)
    {
        year = default;
        if (yearName >= 0 && row[yearName].Length > 0)
        {
            var parsed = SchoolYear.Parse(row[yearName]);
            if (!parsed.Success)
            {
                context.Error("import-value", parsed.Error!, origin, table.Header(yearName), row[yearName]);
                return false;
            }
            year = parsed.Value;
            return true;
        }
        var code = YearCodes.Parse(row[time], context.Texts);
        if (!code.Success)
        {
            context.Error("import-value", code.Error!, origin, table.Header(time >= 0 ? time : yearName), row[time]);
            return false;
        }
        year = code.Value;
        log.Map(context.Texts.YearCodeMapped(table.Header(time), row[time], year.ToString()));
        return true;
    }

    /// <summary>The indicator of a group in a grade (7 or 10).</summary>
    public static Indicator IndicatorOf(EuGroup group, int grade) => (group, grade) switch
    {
        (EuGroup.Mobbing, 7) => Indicator.EU7_MOBBING,
        (EuGroup.Stotte, 7) => Indicator.EU7_STOTTE,
        (EuGroup.Motivasjon, 7) => Indicator.EU7_MOTIVASJON,
        (EuGroup.Mobbing, _) => Indicator.EU10_MOBBING,
        (EuGroup.Stotte, _) => Indicator.EU10_STOTTE,
        _ => Indicator.EU10_MOTIVASJON,
    };

    private static bool Leave(FileLog log, string reason, int line)
    {
        log.Leave(reason, line);
        return false;
    }

    /// <summary>A national row: <c>nasjonalt</c> takes a number only.</summary>
    public static bool National(ImportContext context, FileLog log, Indicator indicator, SchoolYear year, ExportCell value, Origin origin)
    {
        if (!value.HasValue)
            return Leave(log, context.Texts.ReasonNationalWithoutValue, origin.Line);
        log.Map(context.Texts.NationalMapped(indicator.Code));
        context.Source("nasjonalt", origin.File);
        var fact = new NationalFact(year, indicator, value.Text, origin);
        return context.Add(context.National, (indicator, year), fact, f => f.Origin, f => f with { Origin = default }, context.Texts.WhatNational(indicator.Code, year.ToString()), log);
    }

    /// <summary>A kommune's row: <c>kommunalt</c>.</summary>
    public static bool Kommune(ImportContext context, FileLog log, string kommuneText, Indicator indicator, SchoolYear year, ExportCell value, ExportCell count, Origin origin)
    {
        var kommune = KommuneNr.Parse(kommuneText);
        if (!kommune.Success)
            return Leave(log, context.Texts.ReasonNotAKommune(kommuneText), origin.Line);
        if (!IsKommune(kommune.Value))
            return Leave(log, context.Texts.ReasonOutsideKommuner(kommune.Value.Value), origin.Line);
        log.Map(context.Texts.KommuneMapped(indicator.Code));
        context.Source("kommunalt", origin.File);
        var fact = new KommuneFact(kommune.Value, year, indicator, value, count, origin);
        return context.Add(context.Kommune, (kommune.Value, year, indicator), fact, f => f.Origin, f => f with { Origin = default }, context.Texts.WhatKommune(kommune.Value.Value, indicator.Code, year.ToString()), log);
    }

    /// <summary>
    /// Whether a kommune row's number is a kommune the engine can place: not Svalbard, Jan Mayen, the shelf or
    /// abroad (the statistics bank has rows for them, and for 2599 "Utlandet, uspesifisert"), and known to the 2020
    /// or the 2024 structure or their change tables.
    /// </summary>
    private static bool IsKommune(KommuneNr kommune)
    {
        var history = ReferenceTables.History;
        return !KommuneHistory.OutsideKommuner.Contains(kommune)
            && (history.Place(kommune, 2024).Kind != PlacementKind.Unknown || history.Place(kommune, 2020).Kind != PlacementKind.Unknown);
    }

    private static bool School(ImportContext context, FileLog log, string orgnrText, SchoolYear year, int grade, EuGroup group, ExportCell value, ExportCell count, ExportCell deviation, Origin origin)
    {
        var orgnr = OrgNr.Parse(orgnrText);
        if (!orgnr.Success)
            return Leave(log, context.Texts.ReasonNotAnOrgNr(orgnrText), origin.Line);
        context.Source("elevundersokelsen", origin.File);
        context.Carried.Add("elevundersokelsen." + QuestionGroups.ColumnOf(group));
        var fact = new EuFact(orgnr.Value, year, grade, group, value, count, deviation, origin);
        return context.Add(context.Eu, (orgnr.Value, year, grade, group), fact, f => f.Origin, f => f with { Origin = default },
            context.Texts.WhatSchool(orgnr.Value.Value, year.ToString(), grade, QuestionGroups.ColumnOf(group)), log);
    }
}

/// <summary>Reads and checks one cell of an export row; a cell that is not what its column holds is an error naming file, line and column.</summary>
internal static class Cell
{
    /// <summary>A value within <paramref name="min"/>–<paramref name="max"/>; an absent column (-1) is no data.</summary>
    public static bool Value(ExportRow row, int column, decimal min, decimal max, ExportTable table, ImportContext context, Origin origin, out ExportCell cell)
    {
        cell = ExportCell.NoData;
        if (column < 0)
            return true;
        var parsed = ExportCells.Value(row[column]);
        if (!parsed.Success)
        {
            context.Error("import-value", parsed.Error!, origin, table.Header(column), row[column]);
            return false;
        }
        cell = parsed.Value;
        if (cell.HasValue && (cell.Number < min || cell.Number > max))
        {
            context.Error("import-value", context.Texts.OutOfRange(ExportCells.Canonical(min), ExportCells.Canonical(max)), origin, table.Header(column), row[column]);
            return false;
        }
        return true;
    }

    /// <summary>A count of pupils; an absent column (-1) is no data.</summary>
    public static bool Count(ExportRow row, int column, ExportTable table, ImportContext context, Origin origin, out ExportCell cell)
    {
        cell = ExportCell.NoData;
        if (column < 0)
            return true;
        var parsed = ExportCells.Count(row[column]);
        if (!parsed.Success)
        {
            context.Error("import-value", parsed.Error!, origin, table.Header(column), row[column]);
            return false;
        }
        cell = parsed.Value;
        return true;
    }
}
