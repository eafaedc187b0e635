using Selection.Core;
using Selection.Import.Reading;
using Selection.Import.Recognition;

namespace Selection.Import.Sources;

/// <summary>
/// Nasjonale prøver and grunnskolepoeng as the statistics bank's wide reports: one row per unit (and, for the
/// tests, grade and test), a column per school year and measure (<see cref="WideReport"/>). The unit is the
/// statistics bank's own unit id (<c>EnhetID</c>), looked up in a unit table (<see cref="UnitTable"/>), or an
/// <c>Organisasjonsnummer</c> with its <c>EnhetNivaa</c>. A year whose cells are all empty is a year the unit has no
/// row for (the wide layout cannot leave a year out), so it gets none; one with some cells has a row, its empty
/// cells no data. The filter rows (gender, owner form) are left out as in the long exports.
/// </summary>
public static class ReportExport
{
    private static readonly (string Fag, string[] Names, string Code)[] Tests =
    [
        ("lesing", ["Lesing"], "NPLES"),
        ("regning", ["Regning"], "NPREG"),
        ("engelsk", ["Engelsk"], "NPENG"),
    ];

    public static void NasjonaleProver(ExportTable table, ImportContext context, FileLog log) => Read(table, context, log, tests: true);

    public static void Grunnskolepoeng(ExportTable table, ImportContext context, FileLog log) => Read(table, context, log, tests: false);

    private static void Read(ExportTable table, ImportContext context, FileLog log, bool tests)
    {
        var t = context.Texts;
        var columns = WideReport.Columns(table, t, out var yearProblem);
        if (yearProblem is { } problem)
        {
            context.Error("import-year-code", problem.Error, new Origin(table.File, 1), problem.Header);
            return;
        }
        int unitId = table.Column(Columns.UnitId),
            orgnr = table.Column(Columns.OrgNr),
            level = table.Column(Columns.Level),
            kommune = table.Column(Columns.KommuneCode),
            grade = table.Column([.. Columns.GradeCode, .. Columns.GradeName]),
            test = table.Column(Columns.Test),
            testCode = table.Column(Columns.TestCode);
        if (unitId >= 0 && context.Units.Count == 0)
        {
            context.Error("import-no-unit-table", t.NoUnitTable(table.Header(unitId)), new Origin(table.File, 1), table.Header(unitId));
            return;
        }
        if (tests && (grade < 0 || (test < 0 && testCode < 0)))
        {
            context.Error("import-column-missing", t.ColumnMissing(grade < 0 ? "Trinn" : "Prøve | ProevetypeKode", string.Join(", ", table.Headers)), new Origin(table.File, 1));
            return;
        }
        var value = tests ? Measure.ShareAtLevel1 : Measure.Grunnskolepoeng;
        foreach (var column in columns)
        {
            log.Map(column.Measure == Measure.Other
                ? t.ReportColumnIgnored(table.Header(column.Index))
                : t.ReportColumnMapped(table.Header(column.Index), column.Year.ToString(), t.MeasureName(column.Measure)));
            if (column.Preliminary)
                log.Map(t.ReportColumnPreliminary(table.Header(column.Index)));
        }
        var years = columns
            .Where(c => c.Measure != Measure.Other)
            .GroupBy(c => c.Year)
            .OrderBy(g => g.Key)
            .Select(g => (Year: g.Key, Value: Find(g, value), Pupils: Find(g, Measure.Pupils), Sd: Find(g, Measure.StandardDeviation)))
            .Where(y => y.Value >= 0)
            .ToArray();
        if (years.Any(y => y.Pupils >= 0))
            context.Carried.Add(tests ? "nasjonale_prover.antall_elever" : "grunnskolepoeng.antall_elever");
        var filters = ExportFilters.Of(table);
        var unknownUnits = new List<string>();

        foreach (var row in table.Rows)
        {
            var origin = new Origin(table.File, row.Line);
            if (!filters.Keep(row, log, t))
                continue;
            if (!TryPlace(row, table, context, log, unitId, orgnr, level, kommune, origin, unknownUnits, out var place))
                continue;

            var trinn = 10;
            var fag = "";
            if (tests)
            {
                var gradeText = row[grade];
                if (Grades.Parse(gradeText) is not { } parsedGrade)
                {
                    log.Leave(t.ReasonNotAGrade(gradeText), row.Line);
                    continue;
                }
                if (parsedGrade is not (5 or 8))
                {
                    log.Leave(t.ReasonGradeNotIndicator(parsedGrade), row.Line);
                    continue;
                }
                trinn = parsedGrade;
                var (codeText, nameText) = (row[testCode], row[test]);
                var found = Tests.FirstOrDefault(x => (codeText.Length > 0 && codeText.Equals(x.Code, StringComparison.OrdinalIgnoreCase)) || (codeText.Length == 0 && Names.IsOneOf(nameText, x.Names)));
                if (found.Fag is null)
                {
                    log.Leave(t.ReasonNotATest(codeText.Length > 0 ? codeText : nameText), row.Line);
                    continue;
                }
                fag = found.Fag;
                log.Map(t.TestMapped(codeText.Length > 0 ? codeText : nameText, fag));
            }

            var anyYear = false;
            foreach (var y in years)
            {
                var range = tests ? (0m, 100m) : (0m, 60m);
                if (!Cell.Value(row, y.Value, range.Item1, range.Item2, table, context, origin, out var cell)
                    || !Cell.Count(row, y.Pupils, table, context, origin, out var count)
                    || !Cell.Value(row, y.Sd, 0m, 60m, table, context, origin, out var sd))
                    continue;
                if (cell.State == CellState.NoData && count.State == CellState.NoData && sd.State == CellState.NoData)
                {
                    log.Leave(t.ReasonEmptyYear(y.Year.ToString()), row.Line);
                    continue;
                }
                anyYear |= Use(context, log, place, y.Year, trinn, fag, tests, cell, count, sd, origin);
            }
            if (anyYear)
                log.RowsUsed++;
        }
        if (unknownUnits.Count > 0)
        {
            var shown = string.Join(", ", unknownUnits.Take(10)) + (unknownUnits.Count > 10 ? " …" : "");
            context.Error("import-unit-unknown", t.UnitsUnknown(unknownUnits.Count, shown, string.Join(", ", context.Units.Files)), new Origin(table.File, 0), table.Header(unitId));
        }
        filters.Summarise(log, t);
    }

    private static int Find(IEnumerable<ReportColumn> columns, Measure measure) =>
        columns.FirstOrDefault(c => c.Measure == measure)?.Index ?? -1;

    /// <summary>The place of a row: by unit id through the unit table, or by orgnr and level.</summary>
    private static bool TryPlace(ExportRow row, ExportTable table, ImportContext context, FileLog log, int unitId, int orgnr, int level, int kommune, Origin origin, List<string> unknown, out Place place)
    {
        var t = context.Texts;
        place = default;
        string code;
        UnitLevel unitLevel;
        if (unitId >= 0)
        {
            var id = row[unitId];
            if (!context.Units.TryGet(id, out var unit))
            {
                if (!unknown.Contains(id))
                    unknown.Add(id);
                return false;
            }
            (unitLevel, code) = (unit.Level, unit.Code);
            if (unit.Level is UnitLevel.School or UnitLevel.Kommune)
                context.UnitMappings.TryAdd(id, (unit, table.File));
        }
        else
        {
            if (!UnitTable.TryLevel(row[level], out unitLevel))
            {
                context.Error("import-value", t.NotALevel, origin, table.Header(level), row[level]);
                return false;
            }
            code = unitLevel == UnitLevel.Kommune && row[kommune].Length > 0 ? row[kommune] : row[orgnr];
        }
        switch (unitLevel)
        {
            case UnitLevel.Root or UnitLevel.National:
                place = new Place(UnitLevel.National, default, default);
                return true;
            case UnitLevel.Fylke:
                log.Leave(t.ReasonFylke, row.Line);
                return false;
            case UnitLevel.Kommune:
                var k = KommuneNr.Parse(code);
                if (!k.Success)
                {
                    log.Leave(t.ReasonNotAKommune(code), row.Line);
                    return false;
                }
                place = new Place(UnitLevel.Kommune, default, k.Value);
                return true;
            default:
                var o = OrgNr.Parse(code);
                if (!o.Success)
                {
                    log.Leave(t.ReasonNotAnOrgNr(code), row.Line);
                    return false;
                }
                place = new Place(UnitLevel.School, o.Value, default);
                return true;
        }
    }

    private static bool Use(ImportContext context, FileLog log, Place place, SchoolYear year, int trinn, string fag, bool tests, ExportCell value, ExportCell count, ExportCell sd, Origin origin)
    {
        var t = context.Texts;
        Indicator? indicator = !tests ? Indicator.GSP
            : (trinn, fag) switch
            {
                (5, "lesing") => Indicator.NP5_LES_MN1,
                (5, "regning") => Indicator.NP5_REG_MN1,
                (8, "lesing") => Indicator.NP8_LES_MN1,
                (8, "regning") => Indicator.NP8_REG_MN1,
                _ => null,
            };
        switch (place.Level)
        {
            case UnitLevel.National:
                if (indicator is null)
                {
                    log.Leave(t.ReasonNoIndicator(fag), origin.Line);
                    return false;
                }
                return ElevundersokelsenExport.National(context, log, indicator, year, value, origin);
            case UnitLevel.Kommune:
                if (indicator is null)
                {
                    log.Leave(t.ReasonNoIndicator(fag), origin.Line);
                    return false;
                }
                return ElevundersokelsenExport.Kommune(context, log, place.Kommune.Value, indicator, year, value, count, origin);
            default:
                if (tests)
                {
                    context.Source("nasjonale_prover", origin.File);
                    var np = new NpFact(place.School, year, trinn, fag, value, count, origin);
                    return context.Add(context.Np, (place.School, year, trinn, fag), np, f => f.Origin, f => f with { Origin = default },
                        t.WhatSchool(place.School.Value, year.ToString(), trinn, fag), log);
                }
                context.Source("grunnskolepoeng", origin.File);
                if (sd.State != CellState.NoData)
                    context.Carried.Add("grunnskolepoeng.standardavvik");
                var gsp = new GspFact(place.School, year, value, count, sd, origin);
                return context.Add(context.Gsp, (place.School, year), gsp, f => f.Origin, f => f with { Origin = default },
                    t.WhatSchool(place.School.Value, year.ToString(), 10, "grunnskolepoeng"), log);
        }
    }
}
