using Selection.Core;
using Selection.Core.Data;
using Selection.Import.Reading;

namespace Selection.Import.Sources;

/// <summary>A table already in the canonical layout (DOMAIN §9), passed on byte for byte under its canonical name.</summary>
public sealed record CanonicalFile(string Table, ReadFile File)
{
    /// <summary>The name it is written under: the table's name with the file's own extension.</summary>
    public string OutputName => Table + File.Extension;
}

/// <summary>
/// Reads what the import needs from a canonical file without changing it: the register's schools (to order the
/// other tables and count the schools absent from them), and the rows of <c>nasjonalt</c> and <c>kommunalt</c>,
/// which may also come from the exports' national and kommune rows and are then merged.
/// </summary>
public static class CanonicalFiles
{
    /// <summary>The schools of a canonical <c>skoler</c>; rows that do not parse are left to <c>validate</c>.</summary>
    public static IReadOnlyList<SchoolFact> Schools(ExportTable table)
    {
        int orgnr = table.Column("orgnr"), name = table.Column("skolenavn"), kommune = table.Column("kommunenummer"),
            eierform = table.Column("eierform"), from = table.Column("trinn_fra"), to = table.Column("trinn_til");
        var schools = new List<SchoolFact>();
        foreach (var row in table.Rows)
        {
            var number = OrgNr.Parse(row[orgnr]);
            var kommuneNr = KommuneNr.Parse(row[kommune]);
            if (!number.Success || !kommuneNr.Success)
                continue;
            var privat = row[eierform].Equals("privat", StringComparison.OrdinalIgnoreCase);
            schools.Add(new SchoolFact(number.Value, row[name], kommuneNr.Value, privat ? Eierform.Privat : Eierform.Offentlig,
                Grades.Parse(row[from]), Grades.Parse(row[to]), null, null, null, null, new Origin(table.File, row.Line)));
        }
        return schools;
    }

    /// <summary>The rows of a canonical <c>nasjonalt</c> or <c>kommunalt</c> into the context (a value that is not a number is an error, as for the reader).</summary>
    public static void Rows(string tableName, ExportTable table, ImportContext context, FileLog log)
    {
        var t = context.Texts;
        int kommune = table.Column("kommunenummer"), year = table.Column("skoleaar"), indicator = table.Column("indikator"),
            value = table.Column("verdi"), count = table.Column("antall");
        var national = tableName == "nasjonalt";
        foreach (var row in table.Rows)
        {
            var origin = new Origin(table.File, row.Line);
            var schoolYear = SchoolYear.Parse(row[year]);
            var code = Indicator.Parse(row[indicator]);
            if (!schoolYear.Success || !code.Success)
            {
                context.Error("import-value", (schoolYear.Error ?? code.Error)!, origin, table.Header(schoolYear.Success ? indicator : year), schoolYear.Success ? row[indicator] : row[year]);
                continue;
            }
            if (!Cell.Value(row, value, code.Value.Minimum, code.Value.Maximum, table, context, origin, out var cell) || !Cell.Count(row, count, table, context, origin, out var pupils))
                continue;
            bool used;
            if (national)
            {
                if (!cell.HasValue)
                {
                    context.Error("import-value", t.NationalValueMissing, origin, table.Header(value), row[value]);
                    continue;
                }
                var fact = new NationalFact(schoolYear.Value, code.Value, cell.Text, origin);
                used = context.Add(context.National, (code.Value, schoolYear.Value), fact, f => f.Origin, f => f with { Origin = default }, t.WhatNational(code.Value.Code, schoolYear.Value.ToString()), log);
            }
            else
            {
                var kommuneNr = KommuneNr.Parse(row[kommune]);
                if (!kommuneNr.Success)
                {
                    context.Error("import-value", kommuneNr.Error!, origin, table.Header(kommune), row[kommune]);
                    continue;
                }
                var fact = new KommuneFact(kommuneNr.Value, schoolYear.Value, code.Value, cell, pupils, origin);
                used = context.Add(context.Kommune, (kommuneNr.Value, schoolYear.Value, code.Value), fact, f => f.Origin, f => f with { Origin = default },
                    t.WhatKommune(kommuneNr.Value.Value, code.Value.Code, schoolYear.Value.ToString()), log);
            }
            if (used)
                log.RowsUsed++;
        }
    }
}
