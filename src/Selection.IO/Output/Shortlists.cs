using System.Globalization;
using Selection.Core;

namespace Selection.IO.Output;

/// <summary>How a shortlist cell is shown to a person: text, a whole number, or a share as a percentage.</summary>
public enum ShortlistValue
{
    Text,
    Integer,

    /// <summary>A fraction (0.359) shown as <c>35,9 %</c>.</summary>
    Percent,

    /// <summary>A number (a <c>decimal</c> or <c>double</c>) shown as it is, with as many decimals as it has.</summary>
    Number,
}

/// <summary>
/// One column of a shortlist: its key (for code), its Norwegian header, how its cells are shown,
/// whether the statsforvalter fills it in, its width in Excel and one line that explains it.
/// </summary>
public sealed record ShortlistColumn(string Key, string Header, ShortlistValue Kind, bool FillIn, int Width, string Explanation);

/// <summary>
/// One statsforvalter's shortlist, typed: cells are <c>string</c>, <c>long</c> or <c>double</c>
/// (a share), or <c>null</c> when empty. The same table is written as CSV and as xlsx.
/// </summary>
public sealed record Shortlist(string Statsforvalter, string FileName, IReadOnlyList<ShortlistColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<string> Notes)
{
    /// <summary>The rows as text the way a Norwegian reader sees them: <c>35,9 %</c>, <c>0301</c>.</summary>
    public OutputTable ToText() => new(
        Columns.Select(c => c.Header).ToArray(),
        Rows.Select(r => (IReadOnlyList<string>)r.Select((cell, i) => Shortlists.Show(cell, Columns[i].Kind)).ToArray()).ToArray());
}

/// <summary>Writes a shortlist in a format of its own (xlsx lives in Selection.Excel, which IO does not know).</summary>
public interface IShortlistWriter
{
    /// <summary>The file extension, with its dot: <c>.xlsx</c>.</summary>
    string Extension { get; }

    void Write(Stream stream, Shortlist shortlist);
}

/// <summary>
/// The statsforvalter shortlists of DOMAIN §6: one table per statsforvalter with at least one
/// candidate, for a person to read in Norwegian Excel. Route-1 kommuner come first, for information;
/// route-2 candidates follow, in route-2 order, to be prioritised in the two fill-in columns near
/// the front (<c>Prioritet</c>: 1 = highest; <c>Begrunnelse</c>). Every column means the same on
/// every row; every row carries the run's id, so a returned file is matched to its run whatever its name.
/// </summary>
public static class Shortlists
{
    public const string Kommunenummer = "kommunenummer";
    public const string Kommunenavn = "kommunenavn";
    public const string Rute = "rute";
    public const string Prioritet = "prioritet";
    public const string Begrunnelse = "begrunnelse";
    public const string Kjoring = "kjoring";
    public const string Merknad = "merknad";

    /// <summary>Excel's limit on the text of one cell.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>How many indicators the shortlist names for a kommune, in each of the two indicator columns.</summary>
    public const int IndicatorsShown = 3;

    public static readonly IReadOnlyList<ShortlistColumn> Columns =
    [
        new(Kommunenummer, "Kommunenummer", ShortlistValue.Text, false, 15, "Kommunens nummer (fire sifre)."),
        new(Kommunenavn, "Kommunenavn", ShortlistValue.Text, false, 22, "Kommunens navn."),
        new(Rute, "Rute", ShortlistValue.Integer, false, 6,
            "1 = svake resultater samlet: kommunen tas med uansett (til orientering). 2 = store forskjeller mellom skolene: statsforvalteren prioriterer."),
        new(Prioritet, "Prioritet (fyll inn for rute 2)", ShortlistValue.Integer, true, 18,
            "FYLL INN for kommuner på rute 2: 1 = høyest prioritet, 2 = nest høyest, osv. Flere kan ha samme prioritet. La stå tom for ingen prioritet. Ignoreres for rute 1."),
        new(Begrunnelse, "Begrunnelse (fyll inn)", ShortlistValue.Text, true, 48, "FYLL INN: statsforvalterens begrunnelse for prioriteringen, fritekst."),
        new("handling", "Hva statsforvalteren gjør", ShortlistValue.Text, false, 26, "«Til orientering» for rute 1, «Prioriter» for rute 2."),
        new("plass_rute_2", "Plass blant rute 2-kandidatene", ShortlistValue.Integer, false, 14,
            "Kandidatens plass blant alle rute 2-kandidater i landet (høyeste skoleandel, så spredning, så kommunenummer). Tom for rute 1."),
        new("kommunens_andel", "Kommunens andel risikopoeng", ShortlistValue.Percent, false, 15,
            "Kommunens egne verdier (elevvektet gjennomsnitt av skolene): risikopoeng delt på mulige risikopoeng."),
        new("kommunens_rang", "Kommunens rang", ShortlistValue.Integer, false, 10, "Kommunens rang etter andel risikopoeng (1 = størst andel); rute 1 tar de øverste."),
        new("kommuner_rangert", "Antall kommuner rangert", ShortlistValue.Integer, false, 11, "Hvor mange kommuner som er rangert."),
        new("skoler", "Antall skoler", ShortlistValue.Integer, false, 9, "Skolene i utvalget (offentlige, og private når regelsettet tar dem med)."),
        new("rangerbare_skoler", "Antall rangerbare skoler", ShortlistValue.Integer, false, 11, "Skoler med nok mulige risikopoeng til å rangeres."),
        new("flaggede_skoler", "Antall flaggede skoler", ShortlistValue.Integer, false, 10, "Skoler blant de med størst andel risikopoeng i landet (regelsettets toppandel)."),
        new("spredning", "Spredning mellom skolene", ShortlistValue.Percent, false, 12,
            "Spredningen i skolenes andeler risikopoeng (målet står i regelsettet), i prosentpoeng."),
        new("hoyeste_skoleandel", "Høyeste skoleandel", ShortlistValue.Percent, false, 11, "Den høyeste andelen risikopoeng blant kommunens skoler."),
        new("flaggede_skoler_navn", "Flaggede skoler (andel, rang)", ShortlistValue.Text, false, 50, "De flaggede skolene med andel risikopoeng og rang i landet."),
        new("indikatorer_kommunen", "Indikatorer med flest risikopoeng: kommunens egne verdier", ShortlistValue.Text, false, 50,
            "Grunnlaget for rute 1: indikatorene der kommunens egne verdier gir flest risikopoeng."),
        new("indikatorer_skolene", "Indikatorer med flest risikopoeng: kommunens skoler", ShortlistValue.Text, false, 50,
            "Grunnlaget for rute 2: indikatorene der kommunens skoler til sammen får flest risikopoeng."),
        new("statsforvalter", "Statsforvalter", ShortlistValue.Text, false, 30, "Statsforvalteren kommunen hører til."),
        new(Kjoring, "Kjøring", ShortlistValue.Text, false, 14, "Kjøringens id: knytter filen til kjøringen den kom fra. Ikke endre."),
        new(Merknad, "Merknad", ShortlistValue.Text, false, 40, "Om regelsettet er illustrativt og om dataene er syntetiske."),
    ];

    /// <summary>The index of a column by its key.</summary>
    public static int IndexOf(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Key == key)
                return i;
        throw new ArgumentOutOfRangeException(nameof(key), key, "No such shortlist column.");
    }

    /// <summary>The statsforvaltere that get a shortlist: those with a route-1 kommune or a route-2 candidate.</summary>
    public static IReadOnlyList<string> Statsforvaltere(SelectionResult result) =>
        result.Route1Kommuner.Concat(result.Route2Candidates).Select(k => k.Kommune.Statsforvalter).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The shortlists, by statsforvalter name (ordinal order).</summary>
    public static IReadOnlyList<Shortlist> Build(SelectionResult result, RunNotices notices, string runId)
    {
        var flaggedByKommune = result.Schools
            .Where(s => s.Flagged)
            .ToLookup(s => s.Kommune!.Nummer);
        var candidates = result.Route1Kommuner.Concat(result.Route2Candidates).ToArray();
        return candidates
            .GroupBy(k => k.Kommune.Statsforvalter)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Shortlist(
                g.Key,
                Formats.FileSlug(g.Key),
                Columns,
                g.Select(k => Row(k, flaggedByKommune[k.Kommune.Nummer], result, notices, runId)).ToArray(),
                Notes(result, notices, runId)))
            .ToArray();
    }

    private static IReadOnlyList<string> Notes(SelectionResult result, RunNotices notices, string runId)
    {
        var r = result.Rules;
        var notes = new List<string>
        {
            "Kortliste for oppfølgingsordningen",
            $"Kjøring {runId}: regelsettet {r.Name}, skoleårene {string.Join(", ", result.Window)}, kommunestrukturen {r.KommuneStructure}.",
            $"Rute 1 tar kommunene med rang {r.Route1Count} eller bedre etter andel risikopoeng; rute 2 er kommuner med minst to rangerbare skoler, spredning over {(r.Spread.Threshold * 100).ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',')} prosentpoeng og minst én flagget skole. Udir tar med inntil {r.Route2Max} kommuner fra rute 2.",
            "Slik svarer dere: fyll inn Prioritet (1 = høyest) og Begrunnelse for kommunene på rute 2, lagre filen og send den tilbake. Endre ikke andre celler: filen kontrolleres mot kjøringen.",
        };
        if (notices.TextNorwegian.Length > 0)
            notes.Add(notices.TextNorwegian);
        return notes;
    }

    private static IReadOnlyList<object?> Row(KommuneResult k, IEnumerable<SchoolResult> flagged, SelectionResult result, RunNotices notices, string runId)
    {
        var route1 = k.Route == Route.WeakOverall;
        return
        [
            k.Kommune.Nummer.Value,
            k.Kommune.Navn,
            route1 ? 1L : 2L,
            null,
            null,
            route1 ? "Til orientering" : "Prioriter",
            route1 ? null : (long?)k.Route2Order,
            k.Share?.ToDouble(),
            (long?)k.Rank,
            (long)result.Route1.Ranked,
            (long)k.Schools,
            (long)k.RankableSchools,
            (long)k.FlaggedSchools,
            k.Spread?.Value,
            k.HighestSchoolShare?.ToDouble(),
            FlaggedSchools(flagged.OrderBy(s => s.Rank).ThenBy(s => s.School.OrgNr).ToArray(), result.SchoolRanking.Rankable),
            Indicators(k.OwnIndicatorPoints),
            Indicators(k.SchoolIndicatorPoints),
            k.Kommune.Statsforvalter,
            runId,
            notices.TextNorwegian,
        ];
    }

    /// <summary>"Navn (andel 35,9 %, rang 12 av 2539) | …", cut at a whole school to fit one Excel cell.</summary>
    private static string FlaggedSchools(IReadOnlyList<SchoolResult> schools, int rankable)
    {
        var parts = schools.Select(s => $"{s.School.Navn} (andel {Percent(s.Share!.Value.ToDouble())}, rang {s.Rank} av {rankable})").ToArray();
        var text = string.Join(" | ", parts);
        for (var shown = parts.Length - 1; text.Length > MaxCellLength && shown >= 0; shown--)
            text = string.Join(" | ", parts.Take(shown)) + $" | … og {parts.Length - shown} skoler til (se skoler.csv)";
        return text;
    }

    private static string Indicators(IReadOnlyList<IndicatorPoints> points) =>
        string.Join("; ", points
            .Where(p => p.Points > 0)
            .Take(IndicatorsShown)
            .Select(p => $"{IndicatorNames.Norwegian(p.Indicator)}: {p.Points} av {p.Possible} risikopoeng"));

    /// <summary>A share as a Norwegian reader sees it: <c>35,9 %</c> (one decimal).</summary>
    public static string Percent(double share) =>
        (share * 100).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + " %";

    /// <summary>A cell as text for the Excel CSV.</summary>
    public static string Show(object? cell, ShortlistValue kind) => cell switch
    {
        null => "",
        double d when kind == ShortlistValue.Percent => Percent(d),
        decimal m when kind == ShortlistValue.Number => m.ToString(CultureInfo.InvariantCulture).Replace('.', ','),
        double d when kind == ShortlistValue.Number => d.ToString("R", CultureInfo.InvariantCulture).Replace('.', ','),
        long n => n.ToString(CultureInfo.InvariantCulture),
        string s => s,
        _ => throw new ArgumentException($"A shortlist cell of type {cell.GetType().Name} in a {kind} column.", nameof(cell)),
    };
}

/// <summary>The indicators in words a statsforvalter reads (DOMAIN §2).</summary>
public static class IndicatorNames
{
    public static string Norwegian(Indicator indicator) => indicator.Code switch
    {
        "EU7_MOBBING" => "Elevundersøkelsen 7. trinn: andel elever som blir mobbet 2–3 ganger i måneden eller oftere",
        "EU7_STOTTE" => "Elevundersøkelsen 7. trinn: støtte fra lærer (indeks 1–5)",
        "EU7_MOTIVASJON" => "Elevundersøkelsen 7. trinn: motivasjon (indeks 1–5)",
        "EU10_MOBBING" => "Elevundersøkelsen 10. trinn: andel elever som blir mobbet 2–3 ganger i måneden eller oftere",
        "EU10_STOTTE" => "Elevundersøkelsen 10. trinn: støtte fra lærer (indeks 1–5)",
        "EU10_MOTIVASJON" => "Elevundersøkelsen 10. trinn: motivasjon (indeks 1–5)",
        "NP5_LES_MN1" => "Nasjonale prøver 5. trinn, lesing: andel på mestringsnivå 1",
        "NP5_REG_MN1" => "Nasjonale prøver 5. trinn, regning: andel på mestringsnivå 1",
        "NP8_LES_MN1" => "Nasjonale prøver 8. trinn, lesing: andel på mestringsnivå 1",
        "NP8_REG_MN1" => "Nasjonale prøver 8. trinn, regning: andel på mestringsnivå 1",
        "GSP" => "Grunnskolepoeng (gjennomsnitt, 0–60)",
        _ => indicator.Code,
    };
}
