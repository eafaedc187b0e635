using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Selection.Core;
using Selection.IO.Output;

namespace Selection.Proposal.Output;

/// <summary>One kommune of the proposal with the numbers and the answer behind it.</summary>
public sealed record ProposalRow(RunKommune Kommune, ProposedKommune Decision, GivenAnswer? Answer);

/// <summary>
/// Writes a proposal folder (DOMAIN §6): <c>forslag.csv</c> for machines, <c>forslag_excel.csv</c>
/// (and <c>forslag.xlsx</c> through an <see cref="IShortlistWriter"/>) for people,
/// <c>beslutningslogg.txt</c> with the reason for every kommune in Norwegian, and
/// <c>manifest.json</c> with the run it rests on, every returned file and every output, by SHA-256.
/// </summary>
public static class ProposalWriter
{
    public const string MachineTable = "forslag.csv";
    public const string PeopleTable = "forslag_excel";
    public const string DecisionLog = "beslutningslogg.txt";

    /// <summary>The kind a proposal's manifest names, so that verify and explain tell it from a run's.</summary>
    public const string ManifestKind = "proposal";

    public static readonly IReadOnlyList<string> MachineColumns =
    [
        "kommunenummer", "kommunenavn", "statsforvalter", "rute", "prioritet", "plass", "tatt_med",
        "begrunnelse", "svar_fra", "rute2_rekkefolge", "andel_risikopoeng", "rang", "antall_skoler",
        "antall_flaggede_skoler", "spredning", "hoyeste_skoleandel", "illustrative_regler", "syntetiske_data",
    ];

    /// <summary>The proposal's rows: route 1 first, then route 2 in the proposal's order.</summary>
    public static IReadOnlyList<ProposalRow> Rows(ProposalBasis basis, Core.Proposal proposal)
    {
        var kommuner = basis.Kommuner.ToDictionary(k => k.Nummer);
        return proposal.Kommuner
            .Select(d => new ProposalRow(kommuner[d.Kommune], d, basis.Answers.GetValueOrDefault(d.Kommune)))
            .ToArray();
    }

    /// <summary>Writes every file into <paramref name="folder"/>; returns them, the manifest last.</summary>
    public static IReadOnlyList<string> Write(string folder, ProposalBasis basis, IReadOnlyList<string> command, IShortlistWriter? workbook)
    {
        var proposal = basis.Propose();
        var rows = Rows(basis, proposal);
        var m = basis.Run.Manifest;
        var written = new List<string>();

        var machineRows = rows.Select(r => MachineRow(r, m.IllustrativeRules, m.SyntheticData)).ToArray();
        CsvFiles.Write(Path.Combine(folder, MachineTable), CsvFiles.Machine, MachineColumns, machineRows);
        written.Add(MachineTable);

        var people = PeopleSheet(basis, rows);
        CsvFiles.Write(Path.Combine(folder, PeopleTable + ".csv"), CsvFiles.Excel, people.ToText().Header, people.ToText().Rows);
        written.Add(PeopleTable + ".csv");
        if (workbook is not null)
        {
            var name = "forslag" + workbook.Extension;
            using (var stream = new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write))
                workbook.Write(stream, people);
            written.Add(name);
        }

        File.WriteAllText(Path.Combine(folder, DecisionLog), string.Join("\n", DecisionLogLines(basis, proposal, rows)) + "\n", new UTF8Encoding(false));
        written.Add(DecisionLog);

        WriteManifest(folder, basis, proposal, command, written.Select(f => FileHash.Of(folder, f)).ToArray(), WithoutTattMed(MachineColumns, machineRows));
        written.Add(Manifest.FileName);
        return written;
    }

    private static IReadOnlyList<string> MachineRow(ProposalRow r, bool illustrative, bool synthetic) =>
    [
        r.Kommune.Nummer.Value,
        r.Kommune.Navn,
        r.Kommune.Statsforvalter,
        Formats.Int((int)r.Decision.Route),
        Formats.Int(r.Decision.Priority),
        Formats.Int(r.Decision.Place),
        Formats.Bool(r.Decision.Taken),
        r.Answer?.Begrunnelse ?? "",
        r.Answer is null ? "" : $"{r.Answer.File}:{r.Answer.Line}",
        Formats.Int(r.Kommune.Route2Order),
        r.Kommune.Share is { } share ? Formats.Decimal6(share) : "",
        Formats.Int(r.Kommune.Rank),
        Formats.Int(r.Kommune.Schools),
        Formats.Int(r.Kommune.FlaggedSchools),
        r.Kommune.Spread is { } spread ? Formats.Decimal6(spread) : "",
        r.Kommune.HighestSchoolShare is { } highest ? Formats.Decimal6(highest) : "",
        Formats.Bool(illustrative),
        Formats.Bool(synthetic),
    ];

    private static readonly IReadOnlyList<ShortlistColumn> PeopleColumns =
    [
        new("kommunenummer", "Kommunenummer", ShortlistValue.Text, false, 15, "Kommunens nummer (fire sifre)."),
        new("kommunenavn", "Kommunenavn", ShortlistValue.Text, false, 22, "Kommunens navn."),
        new("tatt_med", "Tatt med", ShortlistValue.Text, false, 9, "«Ja» når forslaget tar kommunen med i det endelige utvalget."),
        new("rute", "Rute", ShortlistValue.Integer, false, 6, "1 = svake resultater samlet (tas med uansett); 2 = store forskjeller mellom skolene."),
        new("prioritet", "Prioritet", ShortlistValue.Integer, false, 10, "Prioriteten statsforvalteren ga (rute 2; 1 = høyest). Tom: ingen prioritet."),
        new("plass", "Plass i rute 2", ShortlistValue.Integer, false, 10, "Plassen blant rute 2-kandidatene i forslagets rekkefølge: prioritet, så kjøringens rekkefølge."),
        new("begrunnelse", "Begrunnelse fra statsforvalteren", ShortlistValue.Text, false, 48, "Statsforvalterens begrunnelse, slik den kom tilbake."),
        new("statsforvalter", "Statsforvalter", ShortlistValue.Text, false, 30, "Statsforvalteren kommunen hører til."),
        new("andel", "Kommunens andel risikopoeng", ShortlistValue.Percent, false, 15, "Kommunens egne verdier: risikopoeng delt på mulige risikopoeng."),
        new("rang", "Kommunens rang", ShortlistValue.Integer, false, 10, "Kommunens rang etter andel risikopoeng."),
        new("flaggede", "Antall flaggede skoler", ShortlistValue.Integer, false, 10, "Skoler blant de med størst andel risikopoeng i landet."),
        new("spredning", "Spredning mellom skolene", ShortlistValue.Percent, false, 12, "Spredningen i skolenes andeler risikopoeng, i prosentpoeng."),
        new("hoyeste", "Høyeste skoleandel", ShortlistValue.Percent, false, 11, "Den høyeste andelen risikopoeng blant kommunens skoler."),
    ];

    /// <summary>The proposal as a table for people, the same shape the shortlists have (written as CSV and xlsx).</summary>
    public static Shortlist PeopleSheet(ProposalBasis basis, IReadOnlyList<ProposalRow> rows)
    {
        var m = basis.Run.Manifest;
        var notes = new List<string>
        {
            "Forslag til endelig utvalg i oppfølgingsordningen",
            $"Kjøring {m.RunId}: regelsettet {m.RulesName}, skoleårene {string.Join(", ", m.Years)}. Rute 2: inntil {basis.Route2Max} kommuner.",
            "Grunnen til hver avgjørelse står i beslutningslogg.txt.",
        };
        if (m.IllustrativeRules)
            notes.Add($"{RunNotices.IllustrativeMarkNorwegian} ({m.RulesName}): ikke et offisielt utvalg.");
        if (m.SyntheticData)
            notes.Add($"{RunNotices.SyntheticMarkNorwegian} ({m.DataSetName}): ikke virkelige skoler.");
        return new Shortlist(
            "Utdanningsdirektoratet",
            "forslag",
            PeopleColumns,
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Kommune.Nummer.Value,
                r.Kommune.Navn,
                r.Decision.Taken ? "Ja" : "Nei",
                (long)r.Decision.Route,
                (long?)r.Decision.Priority,
                (long?)r.Decision.Place,
                r.Answer?.Begrunnelse is { Length: > 0 } reason ? reason : null,
                r.Kommune.Statsforvalter,
                r.Kommune.Share,
                (long?)r.Kommune.Rank,
                (long)r.Kommune.FlaggedSchools,
                r.Kommune.Spread,
                r.Kommune.HighestSchoolShare,
            ]).ToArray(),
            notes);
    }

    /// <summary>The decision log: per kommune, in Norwegian, why it is in or out, ready to paste into a letter.</summary>
    public static IReadOnlyList<string> DecisionLogLines(ProposalBasis basis, Core.Proposal proposal, IReadOnlyList<ProposalRow> rows)
    {
        var m = basis.Run.Manifest;
        var route2 = rows.Where(r => r.Decision.Route == Route.LargeDifferences).ToArray();
        var lines = new List<string>
        {
            "Beslutningslogg: forslag til endelig utvalg i oppfølgingsordningen",
            $"Kjøring {m.RunId} (regelsettet {m.RulesName}, skoleårene {string.Join(", ", m.Years)}).",
        };
        if (m.IllustrativeRules)
            lines.Add($"{RunNotices.IllustrativeMarkNorwegian} ({m.RulesName}): ikke et offisielt utvalg.");
        if (m.SyntheticData)
            lines.Add($"{RunNotices.SyntheticMarkNorwegian} ({m.DataSetName}): ikke virkelige skoler.");
        lines.Add($"Regelen: alle kommuner på rute 1 tas med; av rute 2-kandidatene tas inntil {basis.Route2Max} med, ordnet etter prioriteten statsforvalteren ga " +
                  "(1 først; uten prioritet etter alle med prioritet), og innen samme prioritet etter kjøringens rekkefølge (høyeste skoleandel, spredning, kommunenummer).");
        var route1 = proposal.Kommuner.Count(k => k.Route == Route.WeakOverall);
        lines.Add($"Rute 1: {Count(route1, "kommune", "kommuner")}. Rute 2: {Count(route2.Length, "kandidat", "kandidater")}, " +
                  $"{route2.Count(r => r.Decision.Priority is not null)} med prioritet; {proposal.Route2Taken} tatt med.");
        lines.Add(basis.Files.Count == 0
            ? "Svar: ingen statsforvalter har sendt kortlisten tilbake."
            : $"Svar fra {Count(basis.Files.Count, "statsforvalter", "statsforvaltere")}: {string.Join("; ", basis.Files.Select(f => $"{f.Statsforvalter} ({f.File})"))}.");
        if (basis.Unanswered.Count > 0)
            lines.Add($"Har ikke svart: {string.Join("; ", basis.Unanswered)}. Kandidatene deres står uten prioritet.");
        lines.Add("");
        foreach (var r in rows)
            lines.Add(DecisionLine(r, route2.Length, basis.Route2Max));
        return lines;
    }

    private static string DecisionLine(ProposalRow r, int candidates, int route2Max)
    {
        var head = $"{r.Kommune.Nummer} {r.Kommune.Navn} ({r.Kommune.Statsforvalter}): {(r.Decision.Taken ? "TATT MED" : "IKKE TATT MED")}.";
        if (r.Decision.Route == Route.WeakOverall)
        {
            var ignored = r.Answer?.Priority is not null ? $" Prioriteten {r.Answer.Priority} fra statsforvalteren gjelder ikke rute 1 og er sett bort fra." : "";
            return $"{head} Rute 1 (svake resultater samlet): kommunens andel risikopoeng {Percent(r.Kommune.Share)}, rang {r.Kommune.Rank}; rute 1 tas med uansett.{ignored}{Reason(r)}";
        }
        var priority = r.Decision.Priority is { } p
            ? $"prioritet {p} fra statsforvalteren ({r.Answer!.File} linje {r.Answer.Line})"
            : r.Answer is null ? "uten prioritet (statsforvalteren har ikke svart)" : $"uten prioritet (cellen var tom i {r.Answer.File} linje {r.Answer.Line})";
        var place = r.Decision.Taken
            ? $"plass {r.Decision.Place} av {candidates} i forslagets rekkefølge, innenfor de {route2Max} Udir tar med fra rute 2"
            : $"plass {r.Decision.Place} av {candidates} i forslagets rekkefølge, utenfor de {route2Max} Udir tar med fra rute 2";
        return $"{head} Rute 2 (store forskjeller mellom skolene): {priority}; kjøringens rekkefølge {r.Kommune.Route2Order} (høyeste skoleandel {Percent(r.Kommune.HighestSchoolShare)}, " +
               $"spredning {Percent(r.Kommune.Spread)}); {place}.{Reason(r)}";
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static string Reason(ProposalRow r) => r.Answer?.Begrunnelse is { Length: > 0 } reason ? $" Begrunnelse: «{reason.Replace("\n", " / ", StringComparison.Ordinal)}»" : "";

    private static string Percent(double? share) => share is { } s ? Shortlists.Percent(s) : "–";

    /// <summary>
    /// The SHA-256 of forslag.csv's cells outside <c>tatt_med</c> (trimmed, in order): the analyst may
    /// change <c>tatt_med</c>, and verify proves that nothing else changed, whatever quoting or line ends
    /// an editor wrote.
    /// </summary>
    public static string WithoutTattMed(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var taken = header.ToList().FindIndex(h => h.Trim().Equals("tatt_med", StringComparison.OrdinalIgnoreCase));
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
            text.Append(string.Join('\u001F', row.Where((_, i) => i != taken).Select(c => c.Trim().ReplaceLineEndings("\n")))).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void WriteManifest(string folder, ProposalBasis basis, Core.Proposal proposal, IReadOnlyList<string> command, IReadOnlyList<FileHash> outputs, string withoutTattMed)
    {
        var m = basis.Run.Manifest;
        using var stream = new FileStream(Path.Combine(folder, Manifest.FileName), FileMode.CreateNew);
        using var j = new Utf8JsonWriter(stream, Manifest.Options);
        j.WriteStartObject();
        j.WriteNumber("manifestVersion", Manifest.Version);
        j.WriteString("kind", ManifestKind);
        Manifest.WriteEngineAndCommand(j, command);

        j.WriteStartObject("run");
        j.WriteString("runId", m.RunId);
        j.WriteString("manifestSha256", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(basis.Run.FilePath(Manifest.FileName)))));
        j.WriteString("rulesName", m.RulesName);
        j.WriteBoolean("illustrativeRules", m.IllustrativeRules);
        j.WriteString("dataSetName", m.DataSetName);
        j.WriteBoolean("syntheticData", m.SyntheticData);
        j.WriteNumber("route2Max", basis.Route2Max);
        j.WriteEndObject();

        j.WriteStartArray("returned");
        foreach (var f in basis.Files.OrderBy(f => f.File, StringComparer.Ordinal))
        {
            j.WriteStartObject();
            j.WriteString("file", f.File);
            j.WriteString("statsforvalter", f.Statsforvalter);
            j.WriteNumber("bytes", f.Bytes);
            j.WriteString("sha256", f.Sha256);
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteStartArray("unanswered");
        foreach (var s in basis.Unanswered)
            j.WriteStringValue(s);
        j.WriteEndArray();

        // The computed proposal, so that verify can name every kommune an analyst changed in forslag.csv.
        j.WriteStartArray("proposal");
        foreach (var k in proposal.Kommuner)
        {
            j.WriteStartObject();
            j.WriteString("kommunenummer", k.Kommune.Value);
            j.WriteNumber("rute", (int)k.Route);
            if (k.Priority is { } p) j.WriteNumber("prioritet", p); else j.WriteNull("prioritet");
            if (k.Place is { } place) j.WriteNumber("plass", place); else j.WriteNull("plass");
            j.WriteBoolean("tattMed", k.Taken);
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteString("forslagWithoutTattMedSha256", withoutTattMed);
        j.WriteStartObject("counts");
        j.WriteNumber("route1", proposal.Kommuner.Count(k => k.Route == Route.WeakOverall));
        j.WriteNumber("route2Candidates", proposal.Kommuner.Count(k => k.Route == Route.LargeDifferences));
        j.WriteNumber("route2Prioritised", proposal.Kommuner.Count(k => k.Priority is not null));
        j.WriteNumber("route2Taken", proposal.Route2Taken);
        j.WriteNumber("taken", proposal.Taken.Count());
        j.WriteEndObject();

        Manifest.WriteFiles(j, "outputs", outputs);
        j.WriteEndObject();
    }

}
