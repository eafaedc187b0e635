using Selection.Import.Reading;
using Selection.IO.Csv;

namespace Selection.Import.Recognition;

/// <summary>The shapes of file the import knows.</summary>
public enum FileKind
{
    /// <summary>Elevundersøkelsen from the statistics bank, long (tables 148 "indikator", 150 "mobbing"): one row per unit, year, grade and question group.</summary>
    Elevundersokelsen,

    /// <summary>Nasjonale prøver as a wide report: one row per unit, grade and test, years × measures as columns.</summary>
    NasjonaleProverReport,

    /// <summary>Grunnskolepoeng as a wide report: one row per unit, years × measures as columns.</summary>
    GrunnskolepoengReport,

    /// <summary>The statistics bank's units (its <c>filterVerdier</c> list <c>EnhetID</c>): unit id → level, code (orgnr, kommunenummer) and name.</summary>
    UnitTable,

    /// <summary>School records of the national school register (NSR).</summary>
    SchoolRegister,

    /// <summary>A table already in the canonical layout (DOMAIN §9).</summary>
    Canonical,
}

/// <summary>What a file was recognised as, by which of its columns; for a canonical file, which table.</summary>
public sealed record FileRecognition(FileKind Kind, IReadOnlyList<string> ByColumns, string? CanonicalTable = null);

/// <summary>
/// Recognises a file by its columns, never by its name: a folder of exports is whatever the statistics bank and
/// NSR called the downloads. The Udir shapes are tried first, then the canonical tables, each by the columns that
/// only it has (kommunalt before nasjonalt, whose columns it holds). <c>null</c> when nothing fits.
/// </summary>
public static class FileRecognizer
{
    /// <summary>The canonical tables and the columns that make each one, in the order they are tried.</summary>
    public static readonly IReadOnlyList<(string Table, string[] Required, string[] AnyOf)> CanonicalTables =
    [
        ("kommunalt", ["kommunenummer", "skoleaar", "indikator", "verdi"], []),
        ("nasjonalt", ["skoleaar", "indikator", "verdi"], []),
        ("deltakere", ["kommunenummer", "runde"], []),
        ("nasjonale_prover", ["orgnr", "skoleaar", "trinn", "fag", "andel_mestringsniva_1"], []),
        ("elevundersokelsen", ["orgnr", "skoleaar", "trinn"], ["mobbing", "stotte_fra_laerer", "motivasjon"]),
        ("grunnskolepoeng", ["orgnr", "skoleaar", "grunnskolepoeng"], []),
        ("skoler", ["orgnr", "skolenavn", "kommunenummer"], []),
    ];

    public static FileRecognition? Recognise(ExportTable table, ImportTexts texts, out (string Header, string Error)? yearProblem)
    {
        yearProblem = null;
        var headers = table.Headers;
        string[] Named(params int[] columns) => columns.Where(c => c >= 0).Select(c => headers[c]).ToArray();

        var level = table.Column(Columns.Level);
        var group = table.Column([.. Columns.GroupName, .. Columns.GroupCode, .. Columns.QuestionCode]);
        var score = table.Column(Columns.Score);
        var mobbed = table.Column(Columns.ShareBullied);
        if (level >= 0 && group >= 0 && (score >= 0 || mobbed >= 0))
            return new FileRecognition(FileKind.Elevundersokelsen, Named(level, group, score, mobbed));

        var unit = table.Column(Columns.UnitId);
        var orgnr = table.Column(Columns.OrgNr);
        var report = WideReport.Columns(table, texts, out yearProblem);
        if ((unit >= 0 || (orgnr >= 0 && level >= 0)) && report.Count > 0)
        {
            var key = Named(unit >= 0 ? unit : orgnr);
            if (report.Any(c => c.Measure == Measure.ShareAtLevel1))
                return new FileRecognition(FileKind.NasjonaleProverReport, [.. key, .. report.Where(c => c.Measure == Measure.ShareAtLevel1).Take(1).Select(c => headers[c.Index])]);
            if (report.Any(c => c.Measure == Measure.Grunnskolepoeng))
                return new FileRecognition(FileKind.GrunnskolepoengReport, [.. key, .. report.Where(c => c.Measure == Measure.Grunnskolepoeng).Take(1).Select(c => headers[c.Index])]);
        }
        if (unit < 0 && (orgnr < 0 || level < 0))
            yearProblem = null;

        var code = table.Column(Columns.UnitCode);
        var unitLevel = table.Column(Columns.UnitLevel);
        var unitTableId = table.Column(Columns.UnitTableId);
        if (unitTableId >= 0 && code >= 0 && unitLevel >= 0)
            return new FileRecognition(FileKind.UnitTable, Named(unitTableId, code, unitLevel));

        var registerOrgnr = table.Column(Columns.RegisterOrgNr);
        var name = table.Column(Columns.RegisterName);
        var publicFlag = table.Column(Columns.IsPublic);
        var privateFlag = table.Column(Columns.IsPrivate);
        if (registerOrgnr >= 0 && name >= 0 && (publicFlag >= 0 || privateFlag >= 0))
            return new FileRecognition(FileKind.SchoolRegister, Named(registerOrgnr, name, publicFlag, privateFlag));

        foreach (var (canonical, required, anyOf) in CanonicalTables)
        {
            if (required.All(r => table.Has(r)) && (anyOf.Length == 0 || anyOf.Any(a => table.Has(a))))
                return new FileRecognition(FileKind.Canonical, required.Select(r => headers[table.Column(r)]).ToArray(), canonical);
        }
        return null;
    }

    /// <summary>
    /// What an unrecognised file lacks: when its name is a canonical table's, the required columns it does not
    /// have; otherwise <c>null</c>.
    /// </summary>
    public static IReadOnlyList<string>? MissingForItsName(string file, ExportTable table)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        foreach (var (canonical, required, anyOf) in CanonicalTables)
        {
            if (!ColumnNames.Same(stem, canonical))
                continue;
            var missing = required.Where(r => !table.Has(r)).ToList();
            if (anyOf.Length > 0 && !anyOf.Any(a => table.Has(a)))
                missing.Add(string.Join("|", anyOf));
            return missing;
        }
        return null;
    }
}
