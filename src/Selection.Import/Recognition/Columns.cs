namespace Selection.Import.Recognition;

/// <summary>
/// The columns of Udir's exports, with the spellings seen in public code that reads them (see
/// <c>docs/formater.md</c>). Names are matched without regard to case and æøå spelling, so <c>Eierformkode</c>
/// and <c>EierformKode</c>, <c>Kjoenn</c> and <c>Kjønn</c> are each one name.
/// </summary>
public static class Columns
{
    // The statistics bank, Elevundersøkelsen (export tables 148 and 150) and the wide reports.
    public static readonly string[] Level = ["EnhetNivaa", "EnhetNivå"];
    public static readonly string[] OrgNr = ["Organisasjonsnummer", "Orgnr"];
    public static readonly string[] KommuneCode = ["Kommunekode", "Kommunenummer"];
    public static readonly string[] UnitName = ["EnhetNavn", "Enhetsnavn", "Navn"];
    public static readonly string[] SchoolYearName = ["Skoleaarnavn", "Skoleår", "Skoleaar"];
    public static readonly string[] TimeId = ["TidID", "SkoleAarID"];
    public static readonly string[] GradeCode = ["TrinnKode", "Trinn", "Årstrinn"];
    public static readonly string[] GradeName = ["Trinnnavn", "TrinnNavn"];
    public static readonly string[] GroupCode = ["Spoersmaalgruppekode", "Spørsmålsgruppekode"];
    public static readonly string[] GroupName = ["Spoersmaalgruppe", "Spørsmålsgruppe", "Indikator"];
    public static readonly string[] QuestionCode = ["Spoersmaalkode", "Spørsmålskode"];
    public static readonly string[] QuestionName = ["Spoersmaalnavn", "Spørsmålsnavn"];
    public static readonly string[] GenderCode = ["KjoennKode", "KjoennID"];
    public static readonly string[] GenderName = ["Kjoenn", "KjoennNavn"];
    public static readonly string[] OwnerCode = ["EierformKode", "EierformID"];
    public static readonly string[] OwnerName = ["EierformNavn", "Eierform"];
    public static readonly string[] Score = ["Score"];
    public static readonly string[] StandardDeviation = ["Standardavvik"];
    public static readonly string[] ShareBullied = ["AndelMobbet"];
    public static readonly string[] Answered = ["AntallBesvart", "AntallBesvarelser"];

    // Wide reports: the unit and the row dimensions of nasjonale prøver.
    public static readonly string[] UnitId = ["EnhetID", "EnhetId"];
    public static readonly string[] Test = ["Prøve", "Prøvenavn", "Prøvetype", "Fag"];
    public static readonly string[] TestCode = ["ProevetypeKode", "Prøvekode", "Prøvetypekode"];

    // The unit table (filterVerdier's EnhetID list: indeks, id, kode, navn, nivaa).
    public static readonly string[] UnitTableId = ["EnhetID", "EnhetId", "Id"];
    public static readonly string[] UnitCode = ["Kode", "EnhetKode"];
    public static readonly string[] UnitLevel = ["Nivaa", "Nivå", "EnhetNivaa"];

    // NSR (data-nsr.udir.no): the detail model (v4), its paged list and the older v3 names.
    public static readonly string[] RegisterOrgNr = ["Organisasjonsnummer", "Orgnr"];
    public static readonly string[] RegisterName = ["Navn"];
    public static readonly string[] RegisterKommune = ["Kommunenummer", "Kommunenr", "Kommune.Kommunenummer", "Kommune.Kommunenr"];
    public static readonly string[] IsPublic = ["ErOffentligSkole"];
    public static readonly string[] IsPrivate = ["ErPrivatskole"];
    public static readonly string[] IsSchool = ["ErSkole"];
    public static readonly string[] IsGrunnskole = ["ErGrunnskole"];
    public static readonly string[] IsSpecial = ["ErSpesialskole"];
    public static readonly string[] IsActive = ["ErAktiv"];
    public static readonly string[] Pupils = ["Elevtall"];
    public static readonly string[] GradeFrom = ["SkoletrinnGSFra", "SkoleTrinnFra"];
    public static readonly string[] GradeTo = ["SkoletrinnGSTil", "SkoleTrinnTil"];
}
