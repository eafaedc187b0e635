using System.Globalization;
using Selection.Core;
using Selection.Core.Rules;
using Selection.IO.Rules;

namespace Selection.IO.Output;

/// <summary>One sheet of a workbook for reading: its name, columns and typed rows (cells as in <see cref="Shortlist"/>).</summary>
public sealed record WorkbookSheet(string Name, IReadOnlyList<ShortlistColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// The run as an analyst opens it (<c>utvalg.xlsx</c>): its sheets in order, and the notes that head the
/// explanation (the run, the rules, the illustrative and synthetic notices).
/// </summary>
public sealed record AnalystBook(IReadOnlyList<WorkbookSheet> Sheets, IReadOnlyList<string> Notes);

/// <summary>Writes the analyst's workbook in a format of its own (xlsx lives in Selection.Excel, which IO does not know).</summary>
public interface IAnalystWorkbookWriter
{
    /// <summary>The file extension, with its dot: <c>.xlsx</c>.</summary>
    string Extension { get; }

    void Write(Stream stream, AnalystBook book);
}

/// <summary>
/// The lists an analyst opens: the rows of <c>skoler.csv</c> and <c>kommuner.csv</c> (built from the same
/// typed tables, so the two cannot disagree) with Norwegian headers, shares in percent and words for flags
/// and statuses; the route-1 kommuner in rank order; the route-2 candidates in route-2 order with the three
/// conditions; and the rules the run used, key by key. For reading only: nobody fills anything in.
/// </summary>
public static class AnalystWorkbook
{
    /// <summary>The file's name without its extension, in the run folder.</summary>
    public const string FileName = "utvalg";

    public const string SchoolsSheet = "Skoler", KommunerSheet = "Kommuner", Route1Sheet = "Rute 1", Route2Sheet = "Rute 2", RulesSheet = "Regelsettet";

    private static ShortlistColumn C(string key, string header, ShortlistValue kind, int width, string explanation) =>
        new(key, header, kind, FillIn: false, width, explanation);

    private const ShortlistValue T = ShortlistValue.Text, I = ShortlistValue.Integer, P = ShortlistValue.Percent;

    /// <summary>The columns of the Skoler sheet; each key is the <c>skoler.csv</c> column it shows.</summary>
    public static readonly IReadOnlyList<ShortlistColumn> SchoolColumns =
    [
        C("orgnr", "Orgnr", T, 12, "Skolens organisasjonsnummer (ni sifre)."),
        C("skolenavn", "Skolenavn", T, 32, "Skolens navn."),
        C("kommunenummer", "Kommunenummer", T, 15, "Kommunen skolen hører til i kjøringens kommunestruktur."),
        C("kommunenavn", "Kommunenavn", T, 22, "Kommunens navn; tomt for en skole utenfor kommune."),
        C("statsforvalter", "Statsforvalter", T, 30, "Statsforvalteren kommunen hører til."),
        C("risikopoeng", "Risikopoeng", I, 11, "Skolens vektede risikopoeng i vinduet; tomt for skoler som ikke er med i utvalget."),
        C("mulige_risikopoeng", "Mulige risikopoeng", I, 11, "Risikopoengene skolen kunne fått (3 × vekt per observasjon som telte)."),
        C("andel_risikopoeng", "Andel risikopoeng", P, 11, "Risikopoeng delt på mulige risikopoeng."),
        C("rang", "Rang", I, 7, "Plass i landet etter andel (1 = størst andel; like andeler deler laveste plass). Tom når skolen ikke er rangert."),
        C("flagget", "Flagget", T, 8, "«Ja» når skolen er blant de med størst andel i landet (regelsettets toppandel) og har risikopoeng."),
        C("status", "Status", T, 16, "Rangert, ikke rangerbar (for få mulige risikopoeng), privat (utelatt etter regelsettet) eller utenfor kommune."),
        C("eierform", "Eierform", T, 10, "Offentlig eller privat."),
        C("registrert_kommunenummer", "Registrert kommunenummer", T, 14, "Kommunenummeret i skoleregisteret, før omkoding til kjøringens kommunestruktur."),
    ];

    /// <summary>The columns of the Kommuner sheet; each key is the <c>kommuner.csv</c> column it shows.</summary>
    public static readonly IReadOnlyList<ShortlistColumn> KommuneColumns =
    [
        C("kommunenummer", "Kommunenummer", T, 15, "Kommunens nummer (fire sifre)."),
        C("kommunenavn", "Kommunenavn", T, 22, "Kommunens navn."),
        C("statsforvalter", "Statsforvalter", T, 30, "Statsforvalteren kommunen hører til."),
        C("risikopoeng", "Risikopoeng", I, 11, "Risikopoeng på kommunens egne verdier (elevvektet gjennomsnitt av skolene), grunnlaget for rute 1."),
        C("mulige_risikopoeng", "Mulige risikopoeng", I, 11, "Risikopoengene kommunens egne verdier kunne gitt."),
        C("andel_risikopoeng", "Andel risikopoeng", P, 11, "Kommunens risikopoeng delt på mulige risikopoeng."),
        C("rang", "Rang", I, 7, "Kommunens plass etter andel (1 = størst andel); rute 1 tar de øverste. Tom når kommunen ikke er rangert."),
        C("antall_skoler", "Antall skoler", I, 9, "Skolene i utvalget (offentlige, og private når regelsettet tar dem med)."),
        C("antall_flaggede_skoler", "Antall flaggede skoler", I, 10, "Kommunens flaggede skoler."),
        C("spredning", "Spredning mellom skolene", P, 12, "Spredningen i de rangerbare skolenes andeler (målet står i regelsettet), i prosentpoeng."),
        C("rute", "Rute", I, 6, "1 = svake resultater samlet (rute 1); 2 = kandidat for store forskjeller mellom skolene (rute 2); tom ellers."),
        C("antall_rangerbare_skoler", "Antall rangerbare skoler", I, 11, "Skoler med nok mulige risikopoeng til å rangeres; rute 2 bruker dem."),
        C("hoyeste_skoleandel", "Høyeste skoleandel", P, 11, "Den høyeste andelen risikopoeng blant kommunens skoler."),
        C("rute2_rekkefolge", "Rekkefølge rute 2", I, 10, "Kandidatens plass blant rute 2-kandidatene (høyeste skoleandel, så spredning, så kommunenummer)."),
        C("rute2_minst_to_rangerbare", "Rute 2: minst to rangerbare skoler", T, 14, "«Ja» når kommunen har minst to rangerbare skoler."),
        C("rute2_spredning_over_terskel", "Rute 2: spredning over terskelen", T, 14, "«Ja» når spredningen er over regelsettets terskel."),
        C("rute2_har_flagget_skole", "Rute 2: minst én flagget skole", T, 14, "«Ja» når kommunen har minst én flagget skole."),
        C("status", "Status", T, 14, "Rangert i rute 1; tynt grunnlag (kommunens egne verdier gir færre mulige risikopoeng enn regelsettets minKommunePossiblePoints); eller uten data."),
    ];

    /// <summary>The columns of the Rute 1 sheet (keys of <see cref="KommuneColumns"/>).</summary>
    public static readonly IReadOnlyList<string> Route1Keys =
    [
        "rang", "kommunenummer", "kommunenavn", "statsforvalter", "andel_risikopoeng", "risikopoeng", "mulige_risikopoeng",
        "antall_skoler", "antall_rangerbare_skoler", "antall_flaggede_skoler",
    ];

    /// <summary>The columns of the Rute 2 sheet (keys of <see cref="KommuneColumns"/>).</summary>
    public static readonly IReadOnlyList<string> Route2Keys =
    [
        "rute2_rekkefolge", "kommunenummer", "kommunenavn", "statsforvalter", "hoyeste_skoleandel", "spredning",
        "antall_rangerbare_skoler", "antall_flaggede_skoler", "rute2_minst_to_rangerbare", "rute2_spredning_over_terskel",
        "rute2_har_flagget_skole", "andel_risikopoeng", "rang",
    ];

    /// <summary>The columns of the Regelsettet sheet.</summary>
    public static readonly IReadOnlyList<ShortlistColumn> RulesColumns =
    [
        C("nokkel", "Nøkkel", T, 22, "Nøkkelen i regelfilen (DOMAIN §8). Ordene på norsk (offisielt, skoleår, kjøring, merknad) er ikke nøkler, men sier noe om kjøringen."),
        C("verdi", "Verdi", T, 30, "Verdien slik regelfilen skriver den; for indikatorene koden."),
        C("forklaring", "Forklaring", T, 80, "Hva nøkkelen betyr; for indikatorene navnet på norsk."),
        C("bedre_er", "Bedre er (betterIs)", T, 11, "For indikatorene: higher (høyere er bedre) eller lower (lavere er bedre)."),
        C("vekt", "Vekt (weight)", I, 9, "For indikatorene: vekten; en observasjon kan gi 3 × vekt risikopoeng."),
        C("gulv", "Gulv (floor)", ShortlistValue.Number, 9, "For indikatorene: det absolutte gulvet i indikatorens egen enhet."),
    ];

    /// <summary>The workbook of a run, from the <c>skoler</c> and <c>kommuner</c> tables made for the run's files.</summary>
    public static AnalystBook Build(SelectionResult result, RunNotices notices, string runId, TypedTable schools, TypedTable kommuner)
    {
        var kommuneRows = kommuner.Rows.ToDictionary(r => (string)r[0]!, r => Cells(kommuner, r), StringComparer.Ordinal);
        var byKey = KommuneColumns.ToDictionary(c => c.Key, StringComparer.Ordinal);

        WorkbookSheet KommuneSheet(string name, IReadOnlyList<string> keys, IEnumerable<KommuneResult> which) => new(
            name,
            keys.Select(k => byKey[k]).ToArray(),
            which.Select(k => (IReadOnlyList<object?>)keys.Select(key => kommuneRows[k.Kommune.Nummer.Value][key]).ToArray()).ToArray());

        return new AnalystBook(
            [
                new WorkbookSheet(SchoolsSheet, SchoolColumns, Project(schools, SchoolColumns)),
                new WorkbookSheet(KommunerSheet, KommuneColumns, Project(kommuner, KommuneColumns)),
                KommuneSheet(Route1Sheet, Route1Keys, result.Route1Kommuner),
                KommuneSheet(Route2Sheet, Route2Keys, result.Route2Candidates.OrderBy(k => k.Route2Order)),
                new WorkbookSheet(RulesSheet, RulesColumns, RulesRows(result, notices, runId)),
            ],
            Notes(result, notices, runId));
    }

    private static IReadOnlyList<IReadOnlyList<object?>> Project(TypedTable table, IReadOnlyList<ShortlistColumn> columns)
    {
        // Each sheet column's place in the table, found once (a 100× country has 280,000 rows).
        var at = columns.Select(c => Enumerable.Range(0, table.Columns.Count).First(i => string.Equals(table.Columns[i].Name, c.Key, StringComparison.Ordinal))).ToArray();
        return table.Rows.Select(r => (IReadOnlyList<object?>)Array.ConvertAll(at, i => Show(table.Columns[i].Name, r[i]))).ToArray();
    }

    // One typed row by column name, as a person reads it: whole numbers as long, flags as Ja/Nei, statuses in words.
    private static Dictionary<string, object?> Cells(TypedTable table, object?[] row) =>
        table.Columns.Select((c, i) => (c.Name, Value: Show(c.Name, row[i]))).ToDictionary(x => x.Name, x => x.Value, StringComparer.Ordinal);

    private static object? Show(string column, object? cell) => cell switch
    {
        int i => Cell.Of((long)i),
        bool b => b ? "Ja" : "Nei",
        string s when column == "status" => StatusText(s),
        string s when column == "eierform" => EierformTexts.TryGetValue(s, out var text) ? text : Capitalised(s),
        _ => cell,
    };

    /// <summary>Each <c>eierform</c> word of <c>skoler</c> with a capital first letter, made once, not once per school.</summary>
    private static readonly IReadOnlyDictionary<string, string> EierformTexts =
        OutputTables.EierformWords.Values.ToDictionary(w => w, Capitalised, StringComparer.Ordinal);

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>A school's or kommune's status in words, from its word in <c>skoler.csv</c> or <c>kommuner.csv</c>.</summary>
    public static string StatusText(string statusWord) => statusWord switch
    {
        "rangert" => "Rangert",
        "ikke_rangerbar" => "Ikke rangerbar",
        "privat_utelatt" => "Privat, utelatt",
        "utenfor_kommune" => "Utenfor kommune",
        "spesialskole_utelatt" => "Spesialskole, utelatt",
        "inaktiv_utelatt" => "Inaktiv i registeret, utelatt",
        "ikke_grunnskole_utelatt" => "Ikke grunnskole, utelatt",
        "tynt_grunnlag" => "Tynt grunnlag",
        "i_ordningen" => "I ordningen",
        "uten_data" => "Uten data",
        _ => throw new ArgumentOutOfRangeException(nameof(statusWord), statusWord, "Not a status of skoler.csv or kommuner.csv."),
    };

    private static IReadOnlyList<IReadOnlyList<object?>> RulesRows(SelectionResult result, RunNotices notices, string runId)
    {
        var r = result.Rules;
        static string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);
        static string B(bool b) => b ? "true" : "false";
        var rows = new List<IReadOnlyList<object?>>();
        void Key(string key, string value, string explanation) => rows.Add([key, value, explanation, null, null, null]);

        Key("name", r.Name, "Regelsettets navn.");
        Key("version", r.Version.ToString(CultureInfo.InvariantCulture), "Versjonen av regelfilens format.");
        Key("provenance", r.Provenance, "Hvor verdiene kommer fra.");
        Key("offisielt", r.IsIllustrative ? $"Nei: {RunNotices.IllustrativeMarkNorwegian}" : "Ja",
            "Ikke en nøkkel: regelsettet er offisielt bare når provenance begynner med «official»; ellers er utvalget illustrativt.");
        Key("kommuneStructure", r.KommuneStructure.ToString(CultureInfo.InvariantCulture), "Kommunestrukturen utvalget gjøres i.");
        Key("windowYears", r.WindowYears.ToString(CultureInfo.InvariantCulture), "Hvor mange skoleår vinduet har, til og med det siste.");
        Key("skoleår", string.Join(", ", result.Window), "Ikke en nøkkel: skoleårene i kjøringens vindu.");
        Key("nationalLimit", RulesReader.NationalLimitKeywords[r.NationalLimit], "Hvor den nasjonale grensen for en indikator og et skoleår kommer fra.");
        Key("includePrivateSchools", B(r.IncludePrivateSchools), "Om private skoler er med i utvalget.");
        Key("minPossiblePoints", r.MinPossiblePoints.ToString(CultureInfo.InvariantCulture), "En skole rangeres når den har minst så mange mulige risikopoeng.");
        Key("topShare", N(r.TopShare), "Andelen rangerte skoler som flagges: rang ≤ ⌈topShare × antall rangerte⌉.");
        Key("route1Count", r.Route1Count.ToString(CultureInfo.InvariantCulture), "Rute 1 tar kommunene med rang til og med dette tallet.");
        Key("route2Max", r.Route2Max.ToString(CultureInfo.InvariantCulture), "Hvor mange kommuner fra rute 2 det endelige utvalget tar med.");
        Key("spread.measure", RulesReader.MeasureKeywords[r.Spread.Measure], "Målet for spredningen mellom skolenes andeler: sd, range eller maxMinusMedian.");
        Key("spread.threshold", N(r.Spread.Threshold), "Rute 2 krever spredning over denne terskelen (andel; 0.15 er 15 prosentpoeng).");
        foreach (var i in r.Indicators)
            foreach (var period in i.Floors.Periods)
                rows.Add(["indicators", i.Indicator.Code, IndicatorNames.Norwegian(i.Indicator) + PeriodNorwegian(period), i.BetterIs == BetterIs.Higher ? "higher" : "lower", (long)i.Weight, period.Value]);
        Key("kjøring", runId, "Ikke en nøkkel: kjøringens id, som i manifest.json og på kortlistene.");
        Key("merknad", notices.TextNorwegian.Length > 0 ? notices.TextNorwegian : "Ingen", "Ikke en nøkkel: om regelsettet er illustrativt og om dataene er syntetiske.");
        return rows;
    }

    /// <summary>Where a floor holds only for some school years: « (gulv til og med 2021-22)», « (gulv fra 2022-23)».</summary>
    private static string PeriodNorwegian(FloorPeriod period) => period switch
    {
        { From: null, Until: null } => "",
        { From: null, Until: { } u } => $" (gulv til og med {u})",
        { From: { } f, Until: null } => $" (gulv fra {f})",
        { From: { } f, Until: { } u } => $" (gulv {f}–{u})",
    };

    private static IReadOnlyList<string> Notes(SelectionResult result, RunNotices notices, string runId)
    {
        var r = result.Rules;
        var notes = new List<string>
        {
            "Utvalget for oppfølgingsordningen: listene for analytikeren",
            $"Kjøring {runId}: regelsettet {r.Name}, skoleårene {string.Join(", ", result.Window)}, kommunestrukturen {r.KommuneStructure}.",
            "Arkene Skoler og Kommuner har de samme radene som skoler.csv og kommuner.csv; Rute 1 har kommunene rute 1 tok, i rangrekkefølge, og Rute 2 kandidatene i rute 2-rekkefølge. Andeler vises i prosent med én desimal; cellen holder hele tallet.",
            "Arbeidsboken er til lesing og er ikke låst: sorter, filtrer og legg til egne kolonner. Det som gjelder er CSV- og Parquet-filene; manifest.json har filens SHA-256, så selection verify ser om den er endret.",
        };
        if (notices.TextNorwegian.Length > 0)
            notes.Add(notices.TextNorwegian);
        return notes;
    }
}
