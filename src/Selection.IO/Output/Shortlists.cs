using Selection.Core;

namespace Selection.IO.Output;

/// <summary>
/// The statsforvalter shortlists of DOMAIN §6: one table per statsforvalter with at least one
/// candidate. Route-1 kommuner come first, for information; route-2 candidates follow, in route-2
/// order, to be prioritised in the empty <c>prioritet</c> (1 = highest) and <c>begrunnelse</c> columns.
/// </summary>
public static class Shortlists
{
    public static readonly string[] Columns =
    [
        "statsforvalter", "rute", "handling", "rekkefolge", "kommunenummer", "kommunenavn",
        "kommunens_andel_risikopoeng", "kommunens_rang", "antall_kommuner_rangert",
        "antall_skoler", "antall_rangerbare_skoler", "antall_flaggede_skoler", "spredning", "hoyeste_skoleandel",
        "flaggede_skoler", "indikatorer_med_flest_risikopoeng", "prioritet", "begrunnelse", "merknad",
    ];

    /// <summary>How many indicators the shortlist names for a kommune.</summary>
    public const int IndicatorsShown = 3;

    /// <summary>The shortlists, by statsforvalter name (ordinal order).</summary>
    public static IReadOnlyList<(string Statsforvalter, OutputTable Table)> Build(SelectionResult result, RunNotices notices)
    {
        var flaggedByKommune = result.Schools
            .Where(s => s.Flagged)
            .ToLookup(s => s.Kommune!.Nummer);
        var candidates = result.Route1Kommuner.Concat(result.Route2Candidates).ToArray();
        return candidates
            .GroupBy(k => k.Kommune.Statsforvalter)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, new OutputTable(Columns, g.Select(k => Row(k, flaggedByKommune[k.Kommune.Nummer], result, notices)).ToArray())))
            .ToArray();
    }

    private static IReadOnlyList<string> Row(KommuneResult k, IEnumerable<SchoolResult> flagged, SelectionResult result, RunNotices notices)
    {
        var route1 = k.Route == Route.WeakOverall;
        var indicators = route1 ? k.OwnIndicatorPoints : k.SchoolIndicatorPoints;
        return
        [
            k.Kommune.Statsforvalter,
            route1 ? "1" : "2",
            route1 ? "Til orientering: rute 1 (svake resultater samlet) tas med uansett" : "Prioriter: rute 2 (store forskjeller mellom skolene)",
            Formats.Int(route1 ? k.Rank : k.Route2Order),
            k.Kommune.Nummer.Value,
            k.Kommune.Navn,
            Formats.ShareComma(k.Share),
            Formats.Int(k.Rank),
            Formats.Int(result.Route1.Ranked),
            Formats.Int(k.Schools),
            Formats.Int(k.RankableSchools),
            Formats.Int(k.FlaggedSchools),
            Formats.Decimal6Comma(k.Spread?.Value),
            Formats.ShareComma(k.HighestSchoolShare),
            string.Join(" | ", flagged
                .OrderBy(s => s.Rank).ThenBy(s => s.School.OrgNr)
                .Select(s => $"{s.School.Navn} (andel {Formats.ShareComma(s.Share)}, rang {s.Rank} av {result.SchoolRanking.Rankable})")),
            string.Join("; ", indicators
                .Where(p => p.Points > 0)
                .Take(IndicatorsShown)
                .Select(p => $"{p.Indicator.Code}: {p.Points} av {p.Possible} risikopoeng")),
            "",
            "",
            notices.TextNorwegian,
        ];
    }
}
