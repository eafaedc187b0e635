using Selection.Core;

namespace Selection.IO.Output;

/// <summary>What every output must say about the run it came from: illustrative rules, synthetic data.</summary>
public sealed record RunNotices(bool IllustrativeRules, string RulesName, string RulesProvenance, bool SyntheticData, string DataSetName)
{
    /// <summary>The notices as one sentence for a person, empty when there is nothing to warn about.</summary>
    public string Text => string.Join(" ", new[]
    {
        IllustrativeRules ? $"ILLUSTRATIVE RULES ({RulesName}): not an official selection." : null,
        SyntheticData ? $"SYNTHETIC DATA ({DataSetName}): not real schools." : null,
    }.OfType<string>());

    /// <summary>The same for a Norwegian reader of a shortlist.</summary>
    public string TextNorwegian => string.Join(" ", new[]
    {
        IllustrativeRules ? $"ILLUSTRATIVE REGLER ({RulesName}): ikke et offisielt utvalg." : null,
        SyntheticData ? $"SYNTETISKE DATA ({DataSetName}): ikke virkelige skoler." : null,
    }.OfType<string>());
}

/// <summary>A table to write: a header and rows of text cells.</summary>
public sealed record OutputTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// The output tables of DOMAIN §10 as text cells, built from a <see cref="SelectionResult"/>. The pinned
/// leading columns come first, in the contract's order; the columns after them explain the row.
/// </summary>
public static class OutputTables
{
    public static readonly string[] SchoolColumns =
    [
        "orgnr", "skolenavn", "kommunenummer", "kommunenavn", "statsforvalter",
        "risikopoeng", "mulige_risikopoeng", "andel_risikopoeng", "rang", "flagget",
        "status", "eierform", "registrert_kommunenummer", "antall_observasjoner", "illustrative_regler", "syntetiske_data",
    ];

    public static readonly string[] KommuneColumns =
    [
        "kommunenummer", "kommunenavn", "statsforvalter", "risikopoeng", "mulige_risikopoeng", "andel_risikopoeng", "rang",
        "antall_skoler", "antall_flaggede_skoler", "spredning", "rute",
        "antall_rangerbare_skoler", "hoyeste_skoleandel", "rute2_rekkefolge",
        "rute2_minst_to_rangerbare", "rute2_spredning_over_terskel", "rute2_har_flagget_skole",
        "illustrative_regler", "syntetiske_data",
    ];

    /// <summary>The status words of <c>skoler.csv</c>.</summary>
    public static string StatusWord(SchoolStatus status) => status switch
    {
        SchoolStatus.Ranked => "rangert",
        SchoolStatus.NotRankable => "ikke_rangerbar",
        SchoolStatus.PrivateExcluded => "privat_utelatt",
        SchoolStatus.OutsideKommune => "utenfor_kommune",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// <c>skoler.csv</c>: every school of the register, in national ranking order, then the schools
    /// that are not rankable and those left out, each group by orgnr. Scores are empty for schools left
    /// out of the selection; <c>rang</c> is empty for a school that is not ranked.
    /// </summary>
    public static OutputTable Schools(SelectionResult result, RunNotices notices)
    {
        var rows = result.Schools
            .OrderBy(s => s.Status switch { SchoolStatus.Ranked => 0, SchoolStatus.NotRankable => 1, _ => 2 })
            .ThenBy(s => s.Rank ?? int.MaxValue)
            .ThenBy(s => s.School.OrgNr)
            .Select(s => (IReadOnlyList<string>)
            [
                s.School.OrgNr.Value,
                s.School.Navn,
                s.Kommune?.Nummer.Value ?? s.School.Kommunenummer.Value,
                s.Kommune?.Navn ?? "",
                s.Kommune?.Statsforvalter ?? "",
                s.Included ? Formats.Int(s.Points) : "",
                s.Included ? Formats.Int(s.Possible) : "",
                Formats.Share(s.Share),
                Formats.Int(s.Rank),
                Formats.Bool(s.Flagged),
                StatusWord(s.Status),
                s.School.Eierform.ToString().ToLowerInvariant(),
                s.School.Kommunenummer.Value,
                s.Included ? Formats.Int(s.Observations.Count) : "",
                Formats.Bool(notices.IllustrativeRules),
                Formats.Bool(notices.SyntheticData),
            ])
            .ToArray();
        return new OutputTable(SchoolColumns, rows);
    }

    /// <summary><c>kommuner.csv</c>: every kommune of the structure, by kommunenummer.</summary>
    public static OutputTable Kommuner(SelectionResult result, RunNotices notices)
    {
        var rows = result.Kommuner
            .OrderBy(k => k.Kommune.Nummer)
            .Select(k => (IReadOnlyList<string>)
            [
                k.Kommune.Nummer.Value,
                k.Kommune.Navn,
                k.Kommune.Statsforvalter,
                Formats.Int(k.Points),
                Formats.Int(k.Possible),
                Formats.Share(k.Share),
                Formats.Int(k.Rank),
                Formats.Int(k.Schools),
                Formats.Int(k.FlaggedSchools),
                Formats.Decimal6(k.Spread?.Value),
                k.Route is null ? "" : Formats.Int((int)k.Route.Value),
                Formats.Int(k.RankableSchools),
                Formats.Share(k.HighestSchoolShare),
                Formats.Int(k.Route2Order),
                Formats.Bool(k.Route2Check.HasTwoRankableSchools),
                Formats.Bool(k.Route2Check.SpreadAboveThreshold),
                Formats.Bool(k.Route2Check.HasFlaggedSchool),
                Formats.Bool(notices.IllustrativeRules),
                Formats.Bool(notices.SyntheticData),
            ])
            .ToArray();
        return new OutputTable(KommuneColumns, rows);
    }

    public static readonly string[] MappedColumns =
    [
        "orgnr", "skolenavn", "registrert_kommunenummer", "kommunenummer", "kommunenavn", "endringer",
        "illustrative_regler", "syntetiske_data",
    ];

    /// <summary><c>omkodede_skoler.csv</c>: every school whose kommunenummer was mapped from another structure.</summary>
    public static OutputTable MappedSchools(SelectionResult result, RunNotices notices) =>
        new(MappedColumns, result.MappedSchools
            .OrderBy(s => s.School.OrgNr)
            .Select(s => (IReadOnlyList<string>)
            [
                s.School.OrgNr.Value,
                s.School.Navn,
                s.School.Kommunenummer.Value,
                s.Kommune!.Nummer.Value,
                s.Kommune.Navn,
                s.Placement.Describe(),
                Formats.Bool(notices.IllustrativeRules),
                Formats.Bool(notices.SyntheticData),
            ])
            .ToArray());
}
