using System.Globalization;
using System.Text;
using Selection.Import.Sources;

namespace Selection.Import.Output;

/// <summary>
/// <c>import-logg.txt</c>: every mapping the import made, in the command's language. Per file what it was
/// recognised as, by which columns and in which dialect, the filter rows selected, the question groups, tests
/// and report columns mapped, the rows left out and why; then the tables written and from which files, the
/// counts per source and school year (rows, values, suppressed, no data, schools absent), and every unit id of
/// the statistics bank looked up, with the school or kommune it stands for. No time and no absolute path: the
/// same exports give the same log.
/// </summary>
public static class ImportLogText
{
    public static string Write(
        string folderName,
        ImportContext context,
        IReadOnlyList<(string File, int Rows, string From)> tables,
        IReadOnlyList<YearTally> tallies,
        IReadOnlyList<string> skipped,
        string? infoFile,
        string retrievedFrom,
        TableAssembly assembly)
    {
        var t = context.Texts;
        var log = new StringBuilder();
        void Line(string text = "") => log.Append(text).Append('\n');

        Line(t.LogTitle(folderName));
        Line(t.LogNote);
        Line();
        Line(t.LogFilesHeading);
        foreach (var file in context.Logs)
        {
            Line("  " + t.LogFile(file.File, file.Kind, string.Join(", ", file.ByColumns), file.Format, file.Rows, file.RowsUsed));
            foreach (var mapping in file.Mappings)
                Line("    " + mapping);
            foreach (var (reason, count, firstLine) in file.LeftOut)
                Line("    " + t.LogLeftOut(count, reason, firstLine));
        }
        if (infoFile is not null)
            Line("  " + t.LogCarriedInfo(infoFile));
        foreach (var entry in skipped)
            Line("  " + entry);
        Line();
        Line(t.LogTablesHeading);
        foreach (var (file, rows, from) in tables)
            Line("  " + t.LogTable(file, rows, from));
        if (assembly.CountsDiffering > 0)
            Line("  " + t.LogCountsDiffering(assembly.CountsDiffering));
        if (assembly.GroupsWithoutRow > 0)
            Line("  " + t.LogGroupsWithoutRow(assembly.GroupsWithoutRow));
        Line("  " + t.LogRetrieved(retrievedFrom));
        Line();
        Line(t.LogTallyHeading);
        var header = new[] { t.TallyTable, t.TallyYear, t.TallyRows, t.TallyValues, t.TallySuppressed, t.TallyNoData, t.TallyAbsent };
        var tallyRows = tallies.Select(y => new[]
        {
            y.Table, y.Year.ToString(), N(y.Rows), N(y.Values), N(y.Suppressed), N(y.NoData),
            y.Table is "nasjonalt" or "kommunalt" ? "" : N(y.Absent),
        }).ToArray();
        var widths = header.Select((h, i) => tallyRows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Row(string[] cells) => "  " + string.Join("  ", cells.Select((c, i) => i < 2 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
        Line(Row(header));
        foreach (var row in tallyRows)
            Line(Row(row));
        Line(t.LogAbsentNote);
        if (context.UnitMappings.Count > 0)
        {
            Line();
            Line(t.LogUnitsHeading(context.UnitMappings.Count, string.Join(", ", context.Units.Files)));
            foreach (var (id, (unit, file)) in context.UnitMappings)
                Line("  " + t.LogUnit(id, unit.Level == UnitLevel.School ? "orgnr" : "kommunenummer", unit.Code, unit.Name, context.Where(unit.Origin), file));
        }
        return log.ToString();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
