using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Selection.IO.Output;

namespace Selection.IO.Runs;

/// <summary>
/// <c>explain</c>: why a school or a kommune got its result, read from the run's own files. The text is
/// Norwegian, written so an analyst can paste it into a letter to the kommune; JSON and CSV are for
/// machines. Nothing is computed again: every number is one the run wrote.
/// </summary>
public static class Explanations
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] ObservationColumns =
    [
        "indikator", "trinn", "skoleaar", "verdi", "antall_elever", "nasjonal_grense", "grense_kilde", "gulv",
        "risikopoeng", "vekt", "vektede_risikopoeng", "mulige_risikopoeng",
    ];

    private static readonly string[] KommuneObservationColumns =
    [
        "indikator", "trinn", "skoleaar", "verdi", "antall_skoler", "antall_elever", "nasjonal_grense", "grense_kilde", "gulv",
        "risikopoeng", "vekt", "vektede_risikopoeng", "mulige_risikopoeng",
    ];

    /// <summary>A value as written, without trailing zeros, with a decimal comma: 45.00 → 45, 3.50 → 3,5.</summary>
    public static string Number(decimal value) => value.ToString("G29", Invariant).Replace('.', ',');

    private static string Share(double? share) => Formats.Decimal6Comma(share);

    private static string LimitSource(string word) => word switch
    {
        "nasjonal_rad" => "nasjonal verdi",
        "elevvektet_snitt" => "elevvektet snitt",
        "skolesnitt" => "snitt av skolene",
        _ => word,
    };

    private static string Basis(RunManifest m)
    {
        var years = m.Years.Count switch
        {
            1 => m.Years[0],
            _ => string.Join(", ", m.Years.Take(m.Years.Count - 1)) + " og " + m.Years[^1],
        };
        var notes = (m.IllustrativeRules ? " ILLUSTRATIVE REGLER: ikke et offisielt utvalg." : "") + (m.SyntheticData ? " SYNTETISKE DATA: ikke virkelige skoler." : "");
        return $"Grunnlag: regelsettet {m.RulesName}, {(m.Years.Count == 1 ? "skoleåret" : "skoleårene")} {years}.{notes}";
    }

    private static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, ISet<int> rightAligned)
    {
        IReadOnlyList<string>[] all = [header, .. rows];
        var widths = new int[header.Count];
        foreach (var row in all)
            for (var i = 0; i < widths.Length; i++)
                widths[i] = Math.Max(widths[i], row[i].Length);
        // Each line: two spaces, the cells padded to their column's width two spaces apart, spaces at the end cut off.
        var line = new char[2 + widths.Sum() + (2 * Math.Max(widths.Length - 1, 0))];
        var sb = new StringBuilder();
        foreach (var row in all)
        {
            line.AsSpan().Fill(' ');
            var at = 2;
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = row[i];
                cell.CopyTo(line.AsSpan(rightAligned.Contains(i) ? at + widths[i] - cell.Length : at));
                at += widths[i] + 2;
            }
            sb.Append(line.AsSpan().TrimEnd(' ')).Append('\n');
        }
        return sb.ToString();
    }

    // ---- school ---------------------------------------------------------------------------------

    /// <summary>The school's row and its observations, or why there is none.</summary>
    public static (TableRow? School, IReadOnlyList<TableRow> Observations, string? Error) FindSchool(RunFolder run, string orgnr)
    {
        var school = run.Table(RunWriter.SchoolsTable).FirstOrDefault(r => r.Text("orgnr") == orgnr.Replace(" ", "", StringComparison.Ordinal));
        if (school is null)
            return (null, [], RunTexts.SchoolNotInRun(orgnr));
        var observations = run.Table(RunWriter.ObservationsTable).Where(r => r.Text("orgnr") == school.Text("orgnr")).ToArray();
        return (school, observations, null);
    }

    public static string SchoolText(RunFolder run, TableRow s, IReadOnlyList<TableRow> observations)
    {
        var m = run.Manifest;
        var sb = new StringBuilder();
        var kommune = s.Text("kommunenavn").Length > 0 ? $"{s.Text("kommunenavn")} kommune ({s.Text("kommunenummer")}), {s.Text("statsforvalter")}" : $"registrert i kommunenummer {s.Text("registrert_kommunenummer")}";
        sb.Append(Invariant, $"{s.Text("skolenavn")} (orgnr {s.Text("orgnr")}), {kommune}\n");
        sb.Append(Basis(m)).Append("\n\n");

        switch (s.Text("status"))
        {
            case "privat_utelatt":
                sb.Append("Skolen er privat, og regelsettet tar bare med offentlige skoler. Den har derfor ikke fått risikopoeng og er ikke rangert.\n");
                return sb.ToString();
            case "utenfor_kommune":
                sb.Append("Skolen ligger utenfor kommuneinndelingen (Svalbard, utlandet) og er ikke med i utvalget.\n");
                return sb.ToString();
            case "spesialskole_utelatt":
                sb.Append("Skolen er en spesialskole etter skoleregisteret, og regelsettet (schoolRegister) holder spesialskoler utenfor. Den har derfor ikke fått risikopoeng og er ikke rangert.\n");
                return sb.ToString();
            case "inaktiv_utelatt":
                sb.Append("Skolen er ikke aktiv etter skoleregisteret, og regelsettet (schoolRegister) holder inaktive skoler utenfor. Den har derfor ikke fått risikopoeng og er ikke rangert.\n");
                return sb.ToString();
            case "ikke_grunnskole_utelatt":
                sb.Append("Skolen er ikke en grunnskole etter skoleregisteret, og regelsettet (schoolRegister) holder slike skoler utenfor. Den har derfor ikke fått risikopoeng og er ikke rangert.\n");
                return sb.ToString();
        }

        if (observations.Count > 0)
        {
            sb.Append("Risikopoeng per indikator og skoleår (3 = verre enn gulvet, 1 = verre enn nasjonal grense, 0 = ikke verre; lik er ikke verre):\n");
            sb.Append(Table(
                ["Indikator", "Skoleår", "Verdi", "Elever", "Nasjonal grense", "Gulv", "Poeng", "Vekt", "Vektet", "Mulige", "Kilde"],
                observations.Select(o => (IReadOnlyList<string>)
                [
                    o.Text("indikator"), o.Text("skoleaar"), Number(o.Decimal("verdi")), o.Int("antall_elever")?.ToString(Invariant) ?? "–",
                    $"{Number(Math.Round(o.Decimal("nasjonal_grense"), 4))} ({LimitSource(o.Text("grense_kilde"))})", Number(o.Decimal("gulv")),
                    o.Int("risikopoeng")!.Value.ToString(Invariant), o.Int("vekt")!.Value.ToString(Invariant),
                    o.Int("vektede_risikopoeng")!.Value.ToString(Invariant), o.Int("mulige_risikopoeng")!.Value.ToString(Invariant),
                    $"{o.Text("kilde_fil")} linje {o.Int("kilde_linje")!.Value.ToString(Invariant)}",
                ]),
                new HashSet<int> { 2, 3, 5, 6, 7, 8, 9 }));
            sb.Append("Indikatorer uten verdi (skjermet eller manglende) teller verken i risikopoeng eller i mulige risikopoeng.\n\n");
        }

        var points = s.Long("risikopoeng") ?? 0;
        var possible = s.Long("mulige_risikopoeng") ?? 0;
        if (possible == 0)
        {
            sb.Append("Skolen har ingen resultater i perioden som teller (alle mangler eller er skjermet), og kan derfor ikke rangeres.\n");
            return sb.ToString();
        }
        sb.Append(Invariant, $"Skolen fikk {points} av {possible} mulige risikopoeng, en andel på {points}/{possible} = {Share(s.Double("andel_risikopoeng"))}.\n");
        if (s.Int("rang") is not { } rank)
        {
            sb.Append("Det er for få mulige risikopoeng til at skolen kan rangeres.\n");
            return sb.ToString();
        }
        sb.Append(Invariant, $"Den er rangert som nummer {rank} av {m.Rankable} skoler som kunne rangeres (skoler med lik andel får samme rang). ");
        sb.Append(Invariant, $"De {Number(m.TopShare * 100)} % med høyest andel flagges: rang til og med {m.Cut} (⌈{Number(m.TopShare)} × {m.Rankable}⌉ = {m.Cut}).\n");
        sb.Append(s.Bool("flagget") ? "Skolen er flagget.\n" : "Skolen er ikke flagget.\n");
        return sb.ToString();
    }

    public static void SchoolJson(Stream stream, RunFolder run, TableRow s, IReadOnlyList<TableRow> observations)
    {
        using var j = new Utf8JsonWriter(stream, JsonOptions);
        j.WriteStartObject();
        WriteBasis(j, run.Manifest);
        j.WriteStartObject("school");
        foreach (var column in OutputTables.SchoolColumns)
            WriteCell(j, column.Name, s[column.Name]);
        j.WriteEndObject();
        j.WriteStartObject("ranking");
        j.WriteNumber("rankable", run.Manifest.Rankable);
        j.WriteNumber("topShare", run.Manifest.TopShare);
        j.WriteNumber("cut", run.Manifest.Cut);
        j.WriteEndObject();
        WriteRows(j, "observations", observations, ObservationColumns);
        j.WriteEndObject();
    }

    public static void SchoolCsv(Stream stream, IReadOnlyList<TableRow> observations) => WriteCsv(stream, observations, ObservationColumns);

    // ---- kommune --------------------------------------------------------------------------------

    /// <summary>The kommune's row, its own values and its schools, or why there is none.</summary>
    /// <summary>A kommunenummer as given (<c>301</c>, as a spreadsheet writes it) in its four digits.</summary>
    public static string KommuneNumber(string nummer) => nummer.Trim().Length == 3 ? "0" + nummer.Trim() : nummer.Trim();

    /// <summary>
    /// A kommune by its number (<c>0301</c>, <c>301</c>) or by its name (<c>Oslo</c>, case aside; a name
    /// with a part in parentheses, <c>Herøy (Nordland)</c>, or two names, <c>Snåase - Snåsa</c>, also by
    /// either part). A name that two kommuner share lists both and asks for the number.
    /// </summary>
    public static (TableRow? Kommune, IReadOnlyList<TableRow> Values, IReadOnlyList<TableRow> Schools, string? Error) FindKommune(RunFolder run, string nummer)
    {
        var kommuner = run.Table(RunWriter.KommunerTable);
        var given = nummer.Trim();
        TableRow? kommune;
        if (given.Length > 0 && given.All(char.IsAsciiDigit))
        {
            var nr = KommuneNumber(given);
            kommune = kommuner.FirstOrDefault(r => r.Text("kommunenummer") == nr);
            if (kommune is null)
                return (null, [], [], RunTexts.KommuneNumberNotInRun(nummer));
        }
        else
        {
            var named = kommuner.Where(r => NameMatches(r.Text("kommunenavn"), given)).ToArray();
            if (named.Length == 0)
                return (null, [], [], RunTexts.KommuneNameNotInRun(given));
            if (named.Length > 1)
                return (null, [], [], RunTexts.KommuneNameAmbiguous(
                    given, named.Length, string.Join(", ", named.Select(r => $"{r.Text("kommunenummer")} {r.Text("kommunenavn")}")), named[0].Text("kommunenummer")));
            kommune = named[0];
        }
        var nr4 = kommune.Text("kommunenummer");
        var values = run.Table(RunWriter.KommuneObservationsTable).Where(r => r.Text("kommunenummer") == nr4).ToArray();
        var schools = run.Table(RunWriter.SchoolsTable).Where(r => r.Text("kommunenummer") == nr4).ToArray();
        return (kommune, values, schools, null);
    }

    /// <summary>Whether a kommune's name is the one given: the whole name, the name before a parenthesis, or one of two names joined by " - ".</summary>
    private static bool NameMatches(string name, string given)
    {
        static string Key(string s) => s.Trim().ToLowerInvariant();
        var parts = new List<string> { name };
        var paren = name.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0)
            parts.Add(name[..paren]);
        parts.AddRange(parts.ToArray().SelectMany(p => p.Split(" - ")));
        return parts.Any(p => Key(p) == Key(given));
    }

    private static string Measure(string measure) => measure switch
    {
        "sd" => "standardavvik",
        "range" => "høyeste minus laveste andel",
        "maxMinusMedian" => "høyeste andel minus medianen",
        _ => measure,
    };

    private static string YesNo(bool value) => value ? "ja" : "nei";

    public static string KommuneText(RunFolder run, TableRow k, IReadOnlyList<TableRow> values, IReadOnlyList<TableRow> schools)
    {
        var m = run.Manifest;
        var sb = new StringBuilder();
        sb.Append(Invariant, $"{k.Text("kommunenavn")} kommune ({k.Text("kommunenummer")}), {k.Text("statsforvalter")}\n");
        sb.Append(Basis(m)).Append("\n\n");

        var route = k.Int("rute");
        sb.Append(route switch
        {
            1 => "Utfall: kommunen er tatt ut i rute 1 (svake resultater samlet).\n",
            2 => $"Utfall: kommunen er kandidat i rute 2 (store forskjeller mellom skolene), nummer {k.Int("rute2_rekkefolge")} i rekkefølgen for rute 2. Statsforvalteren prioriterer blant kandidatene.\n",
            _ => "Utfall: kommunen er verken tatt ut i rute 1 eller kandidat i rute 2.\n",
        });

        sb.Append("\nRute 1 – svake resultater samlet\n");
        if (k.Int("rang") is { } rank)
        {
            sb.Append(Invariant, $"  Kommunens egne verdier (elevvektet snitt av skolene) ga {k.Long("risikopoeng")} av {k.Long("mulige_risikopoeng")} mulige risikopoeng, en andel på {Share(k.Double("andel_risikopoeng"))}.\n");
            sb.Append(Invariant, $"  Rang {rank} av {m.Route1Ranked} kommuner. Rute 1 tar kommunene med rang til og med {m.Route1Cut}: {(route == 1 ? "tatt" : "ikke tatt")}.\n");
            if (route != 1 && rank <= m.Route1Cut && k.Long("risikopoeng") == 0)
                sb.Append("  Kommunen har 0 risikopoeng: null er ikke en risiko, og kommunen tas ikke i rute 1 uansett rang.\n");
        }
        else if (k.Text("status") == OutputTables.KommuneStatusWord(Core.KommuneStatus.InScheme))
        {
            var period = run.Document.TryGetProperty("route1", out var r1) && r1.TryGetProperty("participantPeriodYears", out var v) ? v.GetInt32().ToString(Invariant) : "?";
            sb.Append(Invariant, $"  Kommunen er allerede i oppfølgingsordningen (tabellen deltakere), innenfor sine {period} år med støtte. Regelsettet (participants) holder den derfor utenfor både rute 1 og rute 2 i denne runden.\n");
            sb.Append(Invariant, $"  Kommunens egne verdier ga {k.Long("risikopoeng")} av {k.Long("mulige_risikopoeng")} mulige risikopoeng, en andel på {Share(k.Double("andel_risikopoeng"))}; den er ikke rangert.\n");
        }
        else if (k.Text("status") == OutputTables.KommuneStatusWord(Core.KommuneStatus.ThinEvidence))
        {
            var min = run.Document.TryGetProperty("route1", out var r1) && r1.TryGetProperty("minKommunePossiblePoints", out var v) ? v.GetInt32().ToString(Invariant) : "?";
            sb.Append(Invariant, $"  Kommunens egne verdier ga {k.Long("risikopoeng")} av {k.Long("mulige_risikopoeng")} mulige risikopoeng. Det er under grensen på {min} mulige risikopoeng ");
            sb.Append("(minKommunePossiblePoints i regelsettet): grunnlaget er for tynt til å rangere kommunen, og den er ikke rangert i rute 1.\n");
        }
        else
        {
            sb.Append("  Kommunen har ingen egne verdier med elevtall i perioden, og er ikke rangert.\n");
        }
        if (values.Count > 0)
        {
            sb.Append(Table(
                ["Indikator", "Skoleår", "Verdi", "Skoler", "Elever", "Nasjonal grense", "Gulv", "Poeng", "Vektet", "Mulige"],
                values.Select(o => (IReadOnlyList<string>)
                [
                    o.Text("indikator"), o.Text("skoleaar"), Number(Math.Round(o.Decimal("verdi"), 4)), o.Int("antall_skoler")!.Value.ToString(Invariant),
                    o.Long("antall_elever")!.Value.ToString(Invariant), $"{Number(Math.Round(o.Decimal("nasjonal_grense"), 4))} ({LimitSource(o.Text("grense_kilde"))})",
                    Number(o.Decimal("gulv")), o.Int("risikopoeng")!.Value.ToString(Invariant), o.Int("vektede_risikopoeng")!.Value.ToString(Invariant),
                    o.Int("mulige_risikopoeng")!.Value.ToString(Invariant),
                ]),
                new HashSet<int> { 2, 3, 4, 6, 7, 8, 9 }));
        }

        sb.Append("\nRute 2 – store forskjeller mellom skolene\n");
        if (route == 1)
            sb.Append("  Kommunen er tatt i rute 1 og vurderes derfor ikke i rute 2.\n");
        if (k.Text("status") == OutputTables.KommuneStatusWord(Core.KommuneStatus.InScheme))
            sb.Append("  Kommunen er i ordningen og vurderes derfor ikke i rute 2.\n");
        var rankable = k.Int("antall_rangerbare_skoler") ?? 0;
        sb.Append(Invariant, $"  Minst to rangerbare skoler: {YesNo(k.Bool("rute2_minst_to_rangerbare"))} ({rankable} av {k.Int("antall_skoler")} skoler i utvalget kan rangeres).\n");
        sb.Append(k.Double("spredning") is { } spread
            ? string.Create(Invariant, $"  Spredningen i skolenes andeler ({Measure(m.SpreadMeasure)}) er {Share(spread)}; terskelen er {Number(m.SpreadThreshold)}, og spredningen må være over den: {YesNo(k.Bool("rute2_spredning_over_terskel"))}.\n")
            : "  Spredningen kan ikke beregnes med færre enn to rangerbare skoler.\n");
        sb.Append(Invariant, $"  Minst én skole blant de {Number(m.TopShare * 100)} % med høyest andel i landet: {YesNo(k.Bool("rute2_har_flagget_skole"))} ({k.Int("antall_flaggede_skoler")} flagget).\n");

        if (schools.Count > 0)
        {
            sb.Append("\nSkolene\n");
            sb.Append(Table(
                ["Orgnr", "Skole", "Risikopoeng", "Andel", "Rang", "Flagget", "Status"],
                schools
                    .OrderBy(s => s.Int("rang") ?? int.MaxValue).ThenBy(s => s.Text("orgnr"), StringComparer.Ordinal)
                    .Select(s => (IReadOnlyList<string>)
                    [
                        s.Text("orgnr"), s.Text("skolenavn"),
                        s.Long("mulige_risikopoeng") is { } p ? $"{s.Long("risikopoeng")} av {p}" : "–",
                        Share(s.Double("andel_risikopoeng")) is { Length: > 0 } share ? share : "–",
                        s.Int("rang")?.ToString(Invariant) ?? "–",
                        YesNo(s.Bool("flagget")),
                        s.Text("status").Replace('_', ' '),
                    ]),
                new HashSet<int> { 2, 3, 4 }));
        }
        return sb.ToString();
    }

    public static void KommuneJson(Stream stream, RunFolder run, TableRow k, IReadOnlyList<TableRow> values, IReadOnlyList<TableRow> schools)
    {
        using var j = new Utf8JsonWriter(stream, JsonOptions);
        j.WriteStartObject();
        WriteBasis(j, run.Manifest);
        j.WriteStartObject("kommune");
        foreach (var column in OutputTables.KommuneColumns)
            WriteCell(j, column.Name, k[column.Name]);
        j.WriteEndObject();
        j.WriteStartObject("route1");
        j.WriteNumber("ranked", run.Manifest.Route1Ranked);
        j.WriteNumber("cut", run.Manifest.Route1Cut);
        j.WriteEndObject();
        j.WriteStartObject("route2");
        j.WriteString("measure", run.Manifest.SpreadMeasure);
        j.WriteNumber("threshold", run.Manifest.SpreadThreshold);
        j.WriteEndObject();
        WriteRows(j, "kommuneValues", values, KommuneObservationColumns);
        WriteRows(j, "schools", schools, OutputTables.SchoolColumns.Select(c => c.Name).ToArray());
        j.WriteEndObject();
    }

    public static void KommuneCsv(Stream stream, IReadOnlyList<TableRow> values) => WriteCsv(stream, values, KommuneObservationColumns);

    /// <summary>The rows as machine CSV, their cells written as the run's own CSV files write them.</summary>
    private static void WriteCsv(Stream stream, IEnumerable<TableRow> rows, IReadOnlyList<string> columns) =>
        CsvFiles.Write(stream, CsvFiles.Machine, columns, rows.Select(r => (IReadOnlyList<string>)columns.Select(c => TypedTable.Text(r[c])).ToArray()));

    // ---- JSON helpers ---------------------------------------------------------------------------

    private static void WriteBasis(Utf8JsonWriter j, RunManifest m)
    {
        j.WriteString("rules", m.RulesName);
        j.WriteBoolean("illustrativeRules", m.IllustrativeRules);
        j.WriteString("dataSet", m.DataSetName);
        j.WriteBoolean("syntheticData", m.SyntheticData);
        j.WriteStartArray("schoolYears");
        foreach (var y in m.Years)
            j.WriteStringValue(y);
        j.WriteEndArray();
    }

    private static void WriteRows(Utf8JsonWriter j, string name, IEnumerable<TableRow> rows, IReadOnlyList<string> columns)
    {
        j.WriteStartArray(name);
        foreach (var row in rows)
        {
            j.WriteStartObject();
            foreach (var c in columns)
                WriteCell(j, c, row[c]);
            j.WriteEndObject();
        }
        j.WriteEndArray();
    }

    private static void WriteCell(Utf8JsonWriter j, string name, object? cell)
    {
        switch (cell)
        {
            case null: j.WriteNull(name); break;
            case string s: j.WriteString(name, s); break;
            case int i: j.WriteNumber(name, i); break;
            case long l: j.WriteNumber(name, l); break;
            case double d: j.WriteNumber(name, d); break;
            case decimal m: j.WriteNumber(name, m); break;
            case bool b: j.WriteBoolean(name, b); break;
            default: throw new ArgumentException($"No JSON form for a {cell.GetType().Name}.", nameof(cell));
        }
    }
}
