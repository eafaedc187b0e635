using Selection.Core;
using Selection.Core.Data;

namespace Selection.IO.Input;

/// <summary>Reads <c>skoler</c>: the school register.</summary>
internal static class SchoolsSource
{
    public static IReadOnlyList<School> Read(TableRows table, List<Problem> problems, List<SourceSummary> summaries)
    {
        var columns = ColumnBinding.Bind(table.File, table.Headers, ["orgnr", "skolenavn", "kommunenummer"], ["eierform", "trinn_fra", "trinn_til", .. RegisterColumns, "elevtall"], problems);
        if (columns is null)
            return [];

        var schools = new Dictionary<OrgNr, School>();
        var inFileOrder = new List<School>();
        var row = table;
        while (row.Next())
        {
            var origin = new Origin(table.File, row.Line);
            var ok = true;
            var orgnr = RowParsing.Cell(OrgNr.Parse(columns.Cell(row, "orgnr")), "orgnr", columns, row, origin, problems, ref ok);
            var navn = columns.Cell(row, "skolenavn");
            if (navn.Length == 0)
            {
                problems.Add(Problem.Error("value-missing", InputTexts.SkolenavnEmpty, origin, columns.HeaderOf("skolenavn"), ""));
                ok = false;
            }
            var kommune = RowParsing.Cell(KommuneNr.Parse(columns.Cell(row, "kommunenummer")), "kommunenummer", columns, row, origin, problems, ref ok);
            var eierform = Eierform.Offentlig;
            if (columns.Has("eierform"))
            {
                var text = columns.Cell(row, "eierform");
                if (text.Equals("offentlig", StringComparison.OrdinalIgnoreCase))
                    eierform = Eierform.Offentlig;
                else if (text.Equals("privat", StringComparison.OrdinalIgnoreCase))
                    eierform = Eierform.Privat;
                else
                {
                    problems.Add(Problem.Error("value-invalid", InputTexts.EierformInvalid, origin, columns.HeaderOf("eierform"), text));
                    ok = false;
                }
            }
            var fra = OptionalTrinn("trinn_fra", columns, row, origin, problems, ref ok);
            var til = OptionalTrinn("trinn_til", columns, row, origin, problems, ref ok);
            if (fra is not null && til is not null && fra > til)
            {
                problems.Add(Problem.Error("value-invalid", InputTexts.TrinnFraAboveTrinnTil(fra.Value, til.Value), origin, columns.HeaderOf("trinn_fra"), columns.Cell(row, "trinn_fra")));
                ok = false;
            }
            var spesialskole = OptionalBoolean("spesialskole", columns, row, origin, problems, ref ok);
            var aktiv = OptionalBoolean("aktiv", columns, row, origin, problems, ref ok);
            var grunnskole = OptionalBoolean("grunnskole", columns, row, origin, problems, ref ok);
            int? elevtall = null;
            if (columns.Cell(row, "elevtall") is { Length: > 0 } elevtallText)
                elevtall = RowParsing.Cell(Csv.Cells.Count(elevtallText), "elevtall", columns, row, origin, problems, ref ok);
            if (!ok)
                continue;

            var school = new School(orgnr, navn, kommune, eierform, fra, til, origin, spesialskole, aktiv, grunnskole, elevtall);
            if (schools.TryGetValue(orgnr, out var earlier))
            {
                if (earlier with { Origin = origin } == school)
                    problems.Add(Problem.Warning("duplicate-row", InputTexts.SchoolDuplicate(orgnr, earlier.Origin.Line), origin, columns.HeaderOf("orgnr"), orgnr.Value));
                else
                    problems.Add(Problem.Error("duplicate-conflict", InputTexts.SchoolConflict(orgnr, earlier.Origin.Line), origin, columns.HeaderOf("orgnr"), orgnr.Value));
                continue;
            }
            schools.Add(orgnr, school);
            inFileOrder.Add(school);
        }
        summaries.Add(new SourceSummary(table.File, table.Format, table.RowCount, schools.Count, [], 0, 0));
        return inFileOrder;
    }

    /// <summary>The register's facts (issue 15, NSR): optional, <c>true</c>/<c>false</c> (also <c>ja</c>/<c>nei</c>, <c>1</c>/<c>0</c>).</summary>
    private static readonly string[] RegisterColumns = ["spesialskole", "aktiv", "grunnskole"];

    private static bool? OptionalBoolean(string name, ColumnBinding columns, TableRows row, Origin origin, List<Problem> problems, ref bool ok)
    {
        var text = columns.Cell(row, name);
        if (text.Length == 0)
            return null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "ja" or "1":
                return true;
            case "false" or "nei" or "0":
                return false;
            default:
                problems.Add(Problem.Error("value-invalid", InputTexts.BooleanInvalid(name), origin, columns.HeaderOf(name), text));
                ok = false;
                return null;
        }
    }

    private static int? OptionalTrinn(string name, ColumnBinding columns, TableRows row, Origin origin, List<Problem> problems, ref bool ok)
    {
        var text = columns.Cell(row, name);
        if (text.Length == 0)
            return null;
        var parsed = Csv.Cells.Trinn(text);
        if (parsed.Success)
            return parsed.Value;
        problems.Add(Problem.Error("value-invalid", parsed.Error!, origin, columns.HeaderOf(name), text));
        ok = false;
        return null;
    }
}
