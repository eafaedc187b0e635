namespace Selection.Core.Texts;

/// <summary>
/// The problems the checks across a data set (<see cref="InputChecks"/>) and the engine (<see cref="SelectionEngine"/>)
/// find, from <c>CheckTexts.resx</c> (bokmål) and <c>CheckTexts.en.resx</c>, in the language of the command
/// (<see cref="Catalog"/>). A member with a count takes the <c>…One</c> key for one and its own key for more.
/// </summary>
public static class CheckTexts
{
    private static readonly Catalog Texts = new("Selection.Core.Texts.CheckTexts", typeof(CheckTexts).Assembly);

    // InputChecks

    /// <summary><c>school {0} {1} is registered in kommune {2}, which was split; ... Register it under one of: {3}</c></summary>
    public static string KommuneSplit(OrgNr orgnr, string navn, KommuneNr kommune, string candidates) =>
        Texts.Format(nameof(KommuneSplit), orgnr, navn, kommune, candidates);

    /// <summary><c>school {0} {1}: {2} is not a kommunenummer of the {3} structure, nor one that maps to it</c></summary>
    public static string KommuneUnknown(OrgNr orgnr, string navn, KommuneNr kommune, int structureYear) =>
        Texts.Format(nameof(KommuneUnknown), orgnr, navn, kommune, structureYear);

    /// <summary><c>orgnr {0} has data ({1}) but no row in skoler: it cannot be placed in a kommune</c>, {1} from <see cref="Rows"/>.</summary>
    public static string SchoolNotInRegister(OrgNr orgnr, string rows) => Texts.Format(nameof(SchoolNotInRegister), orgnr, rows);

    /// <summary><c>school {0} {1} is in the register but has no data in any source: it will not be ranked</c></summary>
    public static string SchoolWithoutData(OrgNr orgnr, string navn) => Texts.Format(nameof(SchoolWithoutData), orgnr, navn);

    /// <summary>A school year separated from the main run by <c>{4}</c> (<see cref="SchoolYears"/>) before it.</summary>
    public static string SchoolYearBefore(SchoolYear year, string rows, SchoolYear from, SchoolYear to, string gap) =>
        Texts.Format(nameof(SchoolYearBefore), year, rows, from, to, gap);

    /// <summary>A school year separated from the main run by <c>{4}</c> (<see cref="SchoolYears"/>) after it.</summary>
    public static string SchoolYearAfter(SchoolYear year, string rows, SchoolYear from, SchoolYear to, string gap) =>
        Texts.Format(nameof(SchoolYearAfter), year, rows, from, to, gap);

    /// <summary>A school year with rows for too few schools (<c>{1}</c>, from <see cref="Schools"/>) against the busiest year.</summary>
    public static string SchoolYearFewSchools(SchoolYear year, string schools, int busiestSchools, SchoolYear busiestYear, int percent) =>
        Texts.Format(nameof(SchoolYearFewSchools), year, schools, busiestSchools, busiestYear, percent);

    /// <summary><c>1 row</c>, <c>3 rows</c>.</summary>
    public static string Rows(int count) => Texts.Count(count, nameof(Rows) + "One", nameof(Rows));

    /// <summary><c>1 school</c>, <c>3 schools</c>.</summary>
    public static string Schools(int count) => Texts.Count(count, nameof(Schools) + "One", nameof(Schools));

    /// <summary><c>1 school year</c>, <c>3 school years</c>.</summary>
    public static string SchoolYears(int count) => Texts.Count(count, nameof(SchoolYears) + "One", nameof(SchoolYears));

    // SelectionEngine

    /// <summary><c>The data set has no observations</c></summary>
    public static string NoData => Texts.Get(nameof(NoData));

    /// <summary><c>No included school has a value that counts (...): nothing to select from</c></summary>
    public static string NoDataInWindow => Texts.Get(nameof(NoDataInWindow));

    /// <summary><c>The window cannot end in {0}: the data has values that count in {1} – {2}</c></summary>
    public static string WindowOutsideData(SchoolYear last, SchoolYear first, SchoolYear max) =>
        Texts.Format(nameof(WindowOutsideData), last, first, max);

    /// <summary>A kommune of the <c>deltakere</c> table that is not in the structure and cannot be placed in it.</summary>
    public static string KommuneRowUnknownKommune(string kommune, int structure) =>
        Texts.Format(nameof(KommuneRowUnknownKommune), kommune, structure);
    public static string KommuneValuesNeedTable => Texts.Get(nameof(KommuneValuesNeedTable));
    public static string ParticipantUnknownKommune(string kommune, int structure) =>
        Texts.Format(nameof(ParticipantUnknownKommune), kommune, structure);

    /// <summary>The rules' <c>lastSchoolYear</c> (a past round's) lies outside the data.</summary>
    public static string RulesWindowOutsideData(SchoolYear last, SchoolYear first, SchoolYear max, string rules) =>
        Texts.Format(nameof(RulesWindowOutsideData), last, first, max, rules);

    /// <summary>
    /// <c>The window {0} – {1} ({2} school years ending {3}) has no data for {4}: ... (the data has values that count in {5})</c>,
    /// for <paramref name="emptyYears"/> years without data.
    /// </summary>
    public static string WindowYearWithoutData(int emptyYears, SchoolYear from, SchoolYear to, int windowYears, SchoolYear last, string empty, string withData) =>
        Texts.Format(emptyYears == 1 ? nameof(WindowYearWithoutData) + "One" : nameof(WindowYearWithoutData), from, to, windowYears, last, empty, withData);
}
