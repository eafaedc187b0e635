using System.Globalization;
using Selection.Core;
using Selection.Core.Data;
using Selection.Import.Reading;
using Selection.Import.Recognition;
using Selection.IO.Csv;

namespace Selection.Import.Sources;

/// <summary>
/// The national school register (NSR, data-nsr.udir.no) as CSV or as its API's JSON: one record per unit. Units
/// that are not schools (<c>ErSkole</c> false: owners, kindergartens) and units without a usable organisation
/// number or kommunenummer (NSR gives schools abroad pseudo-numbers such as <c>U90099013</c>) are left out, each
/// with its reason. <c>ErPrivatskole</c>/<c>ErOffentligSkole</c> give <c>eierform</c>, <c>SkoletrinnGSFra</c>/
/// <c>SkoletrinnGSTil</c> the grades; <c>ErSpesialskole</c>, <c>ErAktiv</c>, <c>ErGrunnskole</c> and
/// <c>Elevtall</c> are carried into the optional columns when the register has them. Nothing is excluded here:
/// the rules decide what a special, inactive or non-grunnskole school means for the selection.
/// </summary>
public static class SchoolRegister
{
    public static void Read(ExportTable table, ImportContext context, FileLog log)
    {
        var t = context.Texts;
        int orgnr = table.Column(Columns.RegisterOrgNr),
            name = table.Column(Columns.RegisterName),
            kommune = table.Column(Columns.RegisterKommune),
            isPublic = table.Column(Columns.IsPublic),
            isPrivate = table.Column(Columns.IsPrivate),
            isSchool = table.Column(Columns.IsSchool),
            grunnskole = table.Column(Columns.IsGrunnskole),
            special = table.Column(Columns.IsSpecial),
            active = table.Column(Columns.IsActive),
            pupils = table.Column(Columns.Pupils),
            from = table.Column(Columns.GradeFrom),
            to = table.Column(Columns.GradeTo);
        var orgnrs = table.Columns(Columns.RegisterOrgNr);
        var kommuner = table.Columns(Columns.RegisterKommune);
        if (kommune < 0)
        {
            context.Error("import-column-missing", t.ColumnMissing("Kommunenummer", string.Join(", ", table.Headers)), new Origin(table.File, 1));
            return;
        }
        foreach (var (column, carried) in new[] { (isPublic, ""), (isPrivate, ""), (from, "skoler.trinn"), (special, "skoler.spesialskole"), (active, "skoler.aktiv"), (grunnskole, "skoler.grunnskole"), (pupils, "skoler.elevtall") })
        {
            if (column >= 0 && carried.Length > 0 && table.Rows.Any(r => r[column].Length > 0))
                context.Carried.Add(carried);
        }
        foreach (var (column, target) in new[] { (orgnr, "orgnr"), (name, "skolenavn"), (kommune, "kommunenummer"), (from, "trinn_fra"), (to, "trinn_til"), (special, "spesialskole"), (active, "aktiv"), (grunnskole, "grunnskole"), (pupils, "elevtall") })
        {
            if (column >= 0)
                log.Map(t.ColumnMapped(table.Header(column), target));
        }
        if (isPublic >= 0 || isPrivate >= 0)
            log.Map(t.OwnerFormMapped(string.Join(", ", new[] { isPrivate, isPublic }.Where(c => c >= 0).Select(table.Header))));

        foreach (var row in table.Rows)
        {
            var origin = new Origin(table.File, row.Line);
            var ok = true;
            bool? Flag(int column)
            {
                if (column < 0 || row[column].Length == 0)
                    return null;
                if (Bool(row[column]) is { } value)
                    return value;
                context.Error("import-value", t.NotABoolean, origin, table.Header(column), row[column]);
                ok = false;
                return null;
            }
            int? Number(int column, bool grade)
            {
                if (column < 0 || row[column].Length == 0)
                    return null;
                var parsed = grade ? Cells.Trinn(row[column]) is { Success: true } g ? (int?)g.Value : null
                    : Cells.Count(row[column]) is { Success: true } c ? c.Value : null;
                if (parsed is null)
                {
                    context.Error("import-value", grade ? t.NotAGradeValue : t.NotACountValue, origin, table.Header(column), row[column]);
                    ok = false;
                }
                return parsed;
            }

            if (Flag(isSchool) == false)
            {
                log.Leave(t.ReasonNotASchool(table.Header(isSchool)), row.Line);
                continue;
            }
            var orgnrText = row.First(orgnrs);
            var number = OrgNr.Parse(orgnrText);
            if (!number.Success)
            {
                log.Leave(t.ReasonNotAnOrgNr(orgnrText), row.Line);
                continue;
            }
            var schoolName = row[name];
            if (schoolName.Length == 0)
            {
                log.Leave(t.ReasonNoName, row.Line);
                continue;
            }
            if (ControlCharacters.Find(schoolName, table.File, row.Line, table.Header(name)) is { } control)
            {
                context.Problems.Add(control with { Code = "import-value" });
                continue;
            }
            var kommuneText = row.First(kommuner);
            var kommuneNr = KommuneNr.Parse(kommuneText);
            if (!kommuneNr.Success)
            {
                log.Leave(t.ReasonNotAKommune(kommuneText), row.Line);
                continue;
            }
            var (publicSchool, privateSchool) = (Flag(isPublic), Flag(isPrivate));
            var fra = Number(from, grade: true);
            var til = Number(to, grade: true);
            var fact = new SchoolFact(number.Value, schoolName, kommuneNr.Value, Eierform.Offentlig, fra, til, Flag(special), Flag(active), Flag(grunnskole), Number(pupils, grade: false), origin);
            if (!ok)
                continue;
            if (publicSchool == true && privateSchool == true)
            {
                context.Error("import-value", t.OwnerFormBoth(table.Header(isPublic), table.Header(isPrivate)), origin, table.Header(isPrivate), row[isPrivate]);
                continue;
            }
            // One flag true decides; a register with one flag only (false) decides by it; both false or both empty is neither.
            Eierform? eierform = (publicSchool, privateSchool) switch
            {
                (_, true) => Eierform.Privat,
                (true, _) => Eierform.Offentlig,
                (null, false) => Eierform.Offentlig,
                (false, null) => Eierform.Privat,
                _ => null,
            };
            if (eierform is null)
            {
                log.Leave(t.ReasonNoOwnerForm, row.Line);
                continue;
            }
            if (fra is not null && til is not null && fra > til)
            {
                context.Error("import-value", t.GradesReversed(fra.Value, til.Value), origin, table.Header(from), row[from]);
                continue;
            }
            context.Source("skoler", table.File);
            if (context.Add(context.Schools, number.Value, fact with { Eierform = eierform.Value }, f => f.Origin, f => f with { Origin = default }, t.WhatRegister(number.Value.Value), log))
                log.RowsUsed++;
        }
    }

    /// <summary>A boolean as NSR's JSON and CSV downloads write it; <c>null</c> for anything else.</summary>
    public static bool? Bool(string text) => text.Trim().ToLower(CultureInfo.InvariantCulture) switch
    {
        "true" or "ja" or "1" or "yes" or "sann" => true,
        "false" or "nei" or "0" or "no" or "usann" => false,
        _ => null,
    };
}
