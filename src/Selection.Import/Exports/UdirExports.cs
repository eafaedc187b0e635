using System.Globalization;
using System.Text;
using System.Text.Json;
using Selection.Core;
using Selection.Import.Reading;
using Selection.IO.Csv;
using Selection.IO.Reference;

namespace Selection.Import.Exports;

/// <summary>What <see cref="UdirExports.Write"/> writes besides the defaults.</summary>
/// <param name="RegisterAsJson">The school register as NSR's API returns its paged list (JSON), instead of CSV.</param>
public sealed record UdirExportOptions(bool RegisterAsJson = false);

/// <summary>
/// The import's fixture generator (issue 15, item 5): writes a canonical data folder (DOMAIN §9) as Udir's own
/// exports, in the shapes <c>selection import</c> reads and <c>docs/formater.md</c> describes, so that importing
/// them gives back the canonical tables exactly:
/// <list type="bullet">
/// <item><c>elevundersokelsen-indikator.csv</c> and <c>elevundersokelsen-mobbing.csv</c>: the statistics bank's export
/// tables 148 and 150, long, with rows for the whole country (values from <c>nasjonalt</c>), the fylker and kommuner
/// (pupil-weighted means of the schools' values that are not suppressed), the schools; the row for all genders and
/// owner forms (<c>-10</c>) and filter rows for boys, girls and the school's own owner form; "Støtte fra lærer"
/// renamed "Støtte fra lærerne" from 2022-23, as names drift.</item>
/// <item><c>nasjonale-prover-rapport.csv</c> and <c>grunnskolepoeng-rapport.csv</c>: the wide reports, units by the
/// statistics bank's unit id, years × measures as columns (year codes <c>20232024</c> and <c>202406</c>), a row for
/// all genders and one per gender; <c>enheter.csv</c>, the unit table.</item>
/// <item><c>nsr-skoler.csv</c> (or <c>nsr-enheter.json</c>): NSR's records, one per school and one per kommune as a
/// school owner (not a school).</item>
/// <item><c>datasett.json</c> as it is, so the import carries its description and synthetic flag.</item>
/// </list>
/// The unit ids, the question-group codes of "Støtte fra lærer" and "Motivasjon" (<c>SYN_…</c>) and the gender
/// figures are synthetic: the shapes are Udir's, the values only as real as the canonical data.
/// </summary>
public static class UdirExports
{
    public const string IndexFile = "elevundersokelsen-indikator.csv";
    public const string MobbingFile = "elevundersokelsen-mobbing.csv";
    public const string TestsReport = "nasjonale-prover-rapport.csv";
    public const string PointsReport = "grunnskolepoeng-rapport.csv";
    public const string UnitFile = "enheter.csv";
    public const string RegisterCsv = "nsr-skoler.csv";
    public const string RegisterJson = "nsr-enheter.json";

    /// <summary>The statistics bank's id for the whole country and its code (<c>Nasjonaltkode</c>).</summary>
    public const string CountryId = "-12";

    private const string NonBreakingSpace = "\u00A0";

    private static readonly string[] EuColumns =
    [
        "Spoersmaalgruppekode", "Spoersmaalgruppe", "Spoersmaalkode", "Spoersmaalnavn", "Skoleaarnavn", "EnhetNivaa", "Nasjonaltkode",
        "Fylkekode", "Fylke", "Kommunekode", "Kommune", "Organisasjonsnummer", "EnhetNavn", "TrinnKode", "Trinnnavn",
        "Eierformkode", "EierformNavn", "KjoennKode", "Kjoenn",
    ];

    private static readonly (string Code, string Name, int Share)[] Genders = [("-10", "Alle kjønn", 0), ("2", "Gutt", 1), ("1", "Jente", -1)];

    /// <summary>Writes the exports of the canonical folder <paramref name="canonical"/> into <paramref name="exports"/> (created when missing); returns the files written.</summary>
    public static IReadOnlyList<string> Write(string canonical, string exports, UdirExportOptions? options = null)
    {
        options ??= new UdirExportOptions();
        var data = CanonicalData.Read(canonical);
        Directory.CreateDirectory(exports);
        var units = new Units(data);
        var written = new List<string>
        {
            Elevundersokelsen(data, units, exports, mobbing: false),
            Elevundersokelsen(data, units, exports, mobbing: true),
            TestsReportFile(data, units, exports),
            PointsReportFile(data, units, exports),
            units.Write(exports),
            options.RegisterAsJson ? RegisterAsJson(data, exports) : RegisterAsCsv(data, exports),
        };
        var info = Path.Combine(canonical, "datasett.json");
        if (File.Exists(info))
        {
            File.Copy(info, Path.Combine(exports, "datasett.json"), overwrite: true);
            written.Add("datasett.json");
        }
        return written;
    }

    private static string Elevundersokelsen(CanonicalData data, Units units, string folder, bool mobbing)
    {
        var groups = mobbing
            ? new[] { (Column: "mobbing", Code: "EUIndeks_1398", Name: (Func<int, string>)(_ => "Mobbing på skolen"), Decimals: 1) }
            : [
                ("stotte_fra_laerer", "SYN_STOTTE", y => y < 2022 ? "Støtte fra lærer" : "Støtte fra lærerne", 2),
                ("motivasjon", "SYN_MOTIVASJON", _ => "Motivasjon", 2),
            ];
        var eu = data.Elevundersokelsen;
        groups = groups.Where(g => eu.Has(g.Column)).ToArray();
        string[] header = mobbing ? [.. EuColumns, "AndelMobbet", "AntallBesvart"] : [.. EuColumns, "Score", "Standardavvik", "AntallBesvart"];
        var rows = new List<string[]>();
        var years = eu.Rows.Select(r => r.Year).Distinct().Order().ToArray();
        foreach (var year in years)
        {
            foreach (var trinn in new[] { 7, 10 })
            {
                var schools = eu.Rows.Where(r => r.Year == year && r.Trinn == trinn).ToArray();
                if (schools.Length == 0)
                    continue;
                foreach (var (column, code, name, decimals) in groups)
                {
                    var indicator = Sources.ElevundersokelsenExport.IndicatorOf(
                        column == "mobbing" ? Sources.EuGroup.Mobbing : column == "stotte_fra_laerer" ? Sources.EuGroup.Stotte : Sources.EuGroup.Motivasjon, trinn);
                    string[] Row(Unit unit, string gender, string genderName, string ownerCode, string ownerName, string value, string sd, string count)
                    {
                        string[] start =
                        [
                            code, name(year.StartYear), code, "Alle spørsmål", year.ToString(), Int(unit.Level), "I",
                            unit.Fylke, unit.FylkeName, unit.Kommune, unit.KommuneName, unit.Code, unit.Name, Int(trinn), $"{trinn}. trinn",
                            ownerCode, ownerName, gender, genderName,
                        ];
                        return mobbing ? [.. start, value, count] : [.. start, value, sd, count];
                    }
                    void Add(Unit unit, Cells cells, string? ownForm)
                    {
                        foreach (var (genderCode, genderName, share) in Genders)
                        {
                            var (value, count) = share == 0 ? (cells.Value, cells.Count) : Split(cells, share, decimals, indicator);
                            rows.Add(Row(unit, genderCode, genderName, "-10", "Alle eierformer", value, share == 0 ? cells.Sd : "", Grouped(count, NonBreakingSpace)));
                        }
                        if (ownForm is not null)
                        {
                            var (ownerCode, ownerName) = ownForm == "privat" ? ("2", "Privat eiet") : ("8", "Offentlig skole");
                            rows.Add(Row(unit, "-10", "Alle kjønn", ownerCode, ownerName, cells.Value, cells.Sd, Grouped(cells.Count, NonBreakingSpace)));
                        }
                    }

                    var all = schools.Select(s => new Cells(s[column], s["antall_besvart"], s["standardavvik_" + column])).ToArray();
                    if (data.National.TryGetValue((indicator.Code, year), out var national))
                        Add(units.Country, new Cells(national, Sum(all), ""), null);
                    foreach (var fylke in schools.GroupBy(s => units.School(s.OrgNr).Fylke).OrderBy(g => g.Key, StringComparer.Ordinal))
                        Add(units.FylkeOf(fylke.Key), Mean(fylke.Select(s => new Cells(s[column], s["antall_besvart"], "")), decimals), null);
                    foreach (var kommune in schools.GroupBy(s => units.School(s.OrgNr).Kommune).OrderBy(g => g.Key, StringComparer.Ordinal))
                        Add(units.KommuneOf(kommune.Key), Mean(kommune.Select(s => new Cells(s[column], s["antall_besvart"], "")), decimals), null);
                    foreach (var school in schools)
                        Add(units.School(school.OrgNr), new Cells(school[column], school["antall_besvart"], school["standardavvik_" + column]), data.OwnForm(school.OrgNr));
                }
            }
        }
        var file = mobbing ? MobbingFile : IndexFile;
        WriteCsv(Path.Combine(folder, file), ';', bom: true, header, rows);
        return file;
    }

    private static string TestsReportFile(CanonicalData data, Units units, string folder)
    {
        var np = data.NasjonaleProver;
        var years = np.Rows.Select(r => r.Year).Distinct().Order().ToArray();
        var header = new List<string> { "EnhetID", "EnhetNavn", "Trinn", "Prøve", "KjoennKode", "Kjønn" };
        foreach (var year in years)
            header.AddRange([$"{year.StartYear}{year.StartYear + 1} Andel mestringsnivå 1", $"{year.StartYear}{year.StartYear + 1} Antall elever"]);
        var rows = new List<string[]>();
        var subjects = new[] { ("lesing", "Lesing", "LES"), ("regning", "Regning", "REG"), ("engelsk", "Engelsk", "ENG") };
        foreach (var trinn in new[] { 5, 8 })
        {
            foreach (var (fag, test, code) in subjects)
            {
                var these = np.Rows.Where(r => r.Trinn == trinn && r["fag"] == fag).ToArray();
                if (these.Length == 0)
                    continue;
                void Add(Unit unit, Func<SchoolYear, Cells?> cellsOf)
                {
                    foreach (var (genderCode, genderName, share) in Genders)
                    {
                        var row = new List<string> { unit.Id, unit.Name, $"{trinn}. trinn", test, genderCode, genderName };
                        foreach (var year in years)
                        {
                            var cells = cellsOf(year);
                            var (value, count) = cells is null ? ("", "") : share == 0 ? (cells.Value, cells.Count) : Split(cells, share, 1, Indicator.NP5_LES_MN1);
                            row.AddRange([value, Grouped(count, " ")]);
                        }
                        rows.Add(row.ToArray());
                    }
                }
                var byYear = these.ToLookup(r => r.Year);
                Add(units.Country, year =>
                {
                    var all = byYear[year].Select(r => new Cells(r["andel_mestringsniva_1"], r["antall_elever"], "")).ToArray();
                    if (all.Length == 0)
                        return null;
                    var mean = Mean(all, 1);
                    return data.National.TryGetValue(($"NP{trinn}_{code}_MN1", year), out var national) ? mean with { Value = national }
                        : fag == "engelsk" ? mean : new Cells("", mean.Count, "");
                });
                foreach (var fylke in these.GroupBy(r => units.School(r.OrgNr).Fylke).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    var lookup = fylke.ToLookup(r => r.Year);
                    Add(units.FylkeOf(fylke.Key), year => lookup[year].Any() ? Mean(lookup[year].Select(r => new Cells(r["andel_mestringsniva_1"], r["antall_elever"], "")), 1) : null);
                }
                foreach (var kommune in these.GroupBy(r => units.School(r.OrgNr).Kommune).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    var lookup = kommune.ToLookup(r => r.Year);
                    Add(units.KommuneOf(kommune.Key), year => lookup[year].Any() ? Mean(lookup[year].Select(r => new Cells(r["andel_mestringsniva_1"], r["antall_elever"], "")), 1) : null);
                }
                foreach (var school in these.GroupBy(r => r.OrgNr))
                {
                    var lookup = school.ToDictionary(r => r.Year);
                    Add(units.School(school.Key), year => lookup.TryGetValue(year, out var r) ? new Cells(r["andel_mestringsniva_1"], r["antall_elever"], "") : null);
                }
            }
        }
        WriteCsv(Path.Combine(folder, TestsReport), ';', bom: true, header, rows);
        return TestsReport;
    }

    private static string PointsReportFile(CanonicalData data, Units units, string folder)
    {
        var gsp = data.Grunnskolepoeng;
        var years = gsp.Rows.Select(r => r.Year).Distinct().Order().ToArray();
        var header = new List<string> { "EnhetID", "EnhetNavn", "KjoennKode", "Kjønn" };
        foreach (var year in years)
            header.AddRange([$"{year.StartYear + 1}06 Grunnskolepoeng", $"{year.StartYear + 1}06 Antall elever", $"{year.StartYear + 1}06 Standardavvik"]);
        var rows = new List<string[]>();
        void Add(Unit unit, Func<SchoolYear, Cells?> cellsOf)
        {
            foreach (var (genderCode, genderName, share) in Genders)
            {
                var row = new List<string> { unit.Id, unit.Name, genderCode, genderName };
                foreach (var year in years)
                {
                    var cells = cellsOf(year);
                    var (value, count) = cells is null ? ("", "") : share == 0 ? (cells.Value, cells.Count) : Split(cells, share, 1, Indicator.GSP);
                    row.AddRange([value, Grouped(count, " "), share == 0 ? cells?.Sd ?? "" : ""]);
                }
                rows.Add(row.ToArray());
            }
        }
        var byYear = gsp.Rows.ToLookup(r => r.Year);
        Add(units.Country, year =>
        {
            var all = byYear[year].Select(r => new Cells(r["grunnskolepoeng"], r["antall_elever"], "")).ToArray();
            if (all.Length == 0)
                return null;
            var mean = Mean(all, 1);
            return data.National.TryGetValue(("GSP", year), out var national) ? mean with { Value = national } : new Cells("", mean.Count, "");
        });
        foreach (var fylke in gsp.Rows.GroupBy(r => units.School(r.OrgNr).Fylke).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var lookup = fylke.ToLookup(r => r.Year);
            Add(units.FylkeOf(fylke.Key), year => lookup[year].Any() ? Mean(lookup[year].Select(r => new Cells(r["grunnskolepoeng"], r["antall_elever"], "")), 1) : null);
        }
        foreach (var kommune in gsp.Rows.GroupBy(r => units.School(r.OrgNr).Kommune).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var lookup = kommune.ToLookup(r => r.Year);
            Add(units.KommuneOf(kommune.Key), year => lookup[year].Any() ? Mean(lookup[year].Select(r => new Cells(r["grunnskolepoeng"], r["antall_elever"], "")), 1) : null);
        }
        foreach (var school in gsp.Rows.GroupBy(r => r.OrgNr))
        {
            var lookup = school.ToDictionary(r => r.Year);
            Add(units.School(school.Key), year => lookup.TryGetValue(year, out var r) ? new Cells(r["grunnskolepoeng"], r["antall_elever"], r["standardavvik"]) : null);
        }
        WriteCsv(Path.Combine(folder, PointsReport), ';', bom: true, header, rows);
        return PointsReport;
    }

    /// <summary>The register's fields for one school; the optional ones only when the canonical data has them.</summary>
    private static List<(string Field, object? Value)> RegisterFields(CanonicalData data, CanonicalRow school)
    {
        var privat = school["eierform"].Equals("privat", StringComparison.OrdinalIgnoreCase);
        var fields = new List<(string, object?)>
        {
            ("Organisasjonsnummer", school.OrgNr),
            ("Navn", school["skolenavn"]),
            ("Kommunenummer", school["kommunenummer"]),
            ("ErSkole", true),
            ("ErOffentligSkole", !privat),
            ("ErPrivatskole", privat),
        };
        var skoler = data.Skoler;
        if (skoler.Has("trinn_fra"))
            fields.AddRange([("SkoletrinnGSFra", Number(school["trinn_fra"])), ("SkoletrinnGSTil", Number(school["trinn_til"]))]);
        foreach (var (column, field) in new[] { ("grunnskole", "ErGrunnskole"), ("spesialskole", "ErSpesialskole"), ("aktiv", "ErAktiv") })
            if (skoler.Has(column))
                fields.Add((field, SchoolRegisterBool(school[column])));
        if (skoler.Has("elevtall"))
            fields.Add(("Elevtall", Number(school["elevtall"])));
        return fields;
    }

    /// <summary>A kommune as a school owner in NSR: a unit that is not a school (the import leaves it out).</summary>
    private static List<(string Field, object? Value)> OwnerFields(CanonicalData data, string orgnr, string kommune, string name)
    {
        var fields = new List<(string, object?)>
        {
            ("Organisasjonsnummer", orgnr), ("Navn", name), ("Kommunenummer", kommune), ("ErSkole", false), ("ErOffentligSkole", false), ("ErPrivatskole", false),
        };
        var skoler = data.Skoler;
        if (skoler.Has("trinn_fra"))
            fields.AddRange([("SkoletrinnGSFra", null), ("SkoletrinnGSTil", null)]);
        foreach (var (column, field) in new[] { ("grunnskole", "ErGrunnskole"), ("spesialskole", "ErSpesialskole"), ("aktiv", "ErAktiv") })
            if (skoler.Has(column))
                fields.Add((field, column == "aktiv" ? true : false));
        if (skoler.Has("elevtall"))
            fields.Add(("Elevtall", null));
        return fields;
    }

    private static IEnumerable<List<(string Field, object? Value)>> RegisterRecords(CanonicalData data)
    {
        var orgnrs = data.Skoler.Rows.Select(s => s.OrgNr).ToHashSet(StringComparer.Ordinal);
        var history = ReferenceTables.History;
        foreach (var kommune in data.Skoler.Rows.GroupBy(s => s["kommunenummer"]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (KommuneNr.Parse(kommune.Key) is { Success: true } number && history.Structure2024.TryGet(number.Value, out var k)
                && OrgNr.FromFirstEightDigits("94" + number.Value.Value + "00") is { } owner && !orgnrs.Contains(owner.Value))
                yield return OwnerFields(data, owner.Value, kommune.Key, k.Navn + " kommune");
            foreach (var school in kommune)
                yield return RegisterFields(data, school);
        }
    }

    private static string RegisterAsCsv(CanonicalData data, string folder)
    {
        var records = RegisterRecords(data).ToArray();
        var header = records[0].Select(f => f.Field).ToArray();
        var rows = records.Select(r => r.Select(f => f.Value switch
        {
            null => "",
            bool b => b ? "true" : "false",
            int n => n.ToString(CultureInfo.InvariantCulture),
            var v => v.ToString() ?? "",
        }).ToArray()).ToList();
        WriteCsv(Path.Combine(folder, RegisterCsv), ',', bom: false, header, rows);
        return RegisterCsv;
    }

    private static string RegisterAsJson(CanonicalData data, string folder)
    {
        var records = RegisterRecords(data).ToArray();
        using var stream = File.Create(Path.Combine(folder, RegisterJson));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("Sidenummer", 1);
        json.WriteNumber("AntallPerSide", records.Length);
        json.WriteNumber("AntallSider", 1);
        json.WriteNumber("TotaltAntallEnheter", records.Length);
        json.WriteStartArray("EnhetListe");
        foreach (var record in records)
        {
            json.WriteStartObject();
            foreach (var (field, value) in record)
            {
                switch (value)
                {
                    case null: json.WriteNull(field); break;
                    case bool b: json.WriteBoolean(field, b); break;
                    case int n: json.WriteNumber(field, n); break;
                    default: json.WriteString(field, value.ToString()); break;
                }
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        return RegisterJson;
    }

    private static int? Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool? SchoolRegisterBool(string text) => Sources.SchoolRegister.Bool(text);

    /// <summary>A value, its count and its standard deviation, as canonical text.</summary>
    private sealed record Cells(string Value, string Count, string Sd);

    /// <summary>The sum of the counts that are numbers, or <c>*</c>/empty when none is.</summary>
    private static string Sum(IEnumerable<Cells> cells)
    {
        var list = cells.ToArray();
        var numbers = list.Select(c => Number(c.Count)).Where(n => n is not null).Sum(n => n!.Value);
        return numbers > 0 ? Int(numbers) : list.Any(c => c.Count == "*") ? "*" : "";
    }

    /// <summary>
    /// A unit's value from its schools': the pupil-weighted mean of the values that are numbers with a count
    /// (<paramref name="decimals"/> decimals), <c>*</c> when fewer than 10 pupils are behind it or only suppressed
    /// values were there; the count is the sum of the counts.
    /// </summary>
    private static Cells Mean(IEnumerable<Cells> cells, int decimals)
    {
        var list = cells.ToArray();
        decimal sum = 0;
        var pupils = 0;
        foreach (var c in list)
        {
            if (ExportCells.Value(c.Value) is { Success: true, Value.HasValue: true } v && Number(c.Count) is { } n)
            {
                sum += v.Value.Number * n;
                pupils += n;
            }
        }
        var count = Sum(list);
        if (pupils < 10)
            return new Cells(list.Any(c => c.Value.Length > 0) ? "*" : "", count, "");
        return new Cells(ExportCells.Canonical(Math.Round(sum / pupils, decimals, MidpointRounding.AwayFromZero)), count, "");
    }

    /// <summary>
    /// A gender's figures made from the whole: half the pupils (rounded up for boys), the value moved by a small
    /// synthetic step up for boys and down for girls within the indicator's scale, suppressed below 10 pupils.
    /// </summary>
    private static (string Value, string Count) Split(Cells cells, int share, int decimals, Indicator indicator)
    {
        var n = Number(cells.Count);
        var half = n is null ? (int?)null : share > 0 ? (n.Value + 1) / 2 : n.Value / 2;
        var count = half is null ? cells.Count : Int(half.Value);
        var parsed = ExportCells.Value(cells.Value);
        if (!parsed.Success || !parsed.Value.HasValue)
            return (cells.Value, count);
        if (half is < 10)
            return ("*", count);
        var step = indicator.Maximum == 5 ? 0.05m : 0.8m;
        var moved = Math.Clamp(parsed.Value.Number + (share * step), indicator.Minimum, indicator.Maximum);
        var places = cells.Value.Contains(',') ? cells.Value.Length - cells.Value.IndexOf(',') - 1 : decimals;
        return (ExportCells.Canonical(Math.Round(moved, places, MidpointRounding.AwayFromZero)), count);
    }

    /// <summary>A count with thousands grouped by <paramref name="separator"/>, as the statistics bank writes large counts.</summary>
    private static string Grouped(string count, string separator) =>
        Number(count) is { } n && n >= 1000 ? n.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", separator, StringComparison.Ordinal) : count;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Int(Sources.UnitLevel level) => ((int)level).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes CSV as the downloads come: the header and rows, CRLF line ends, a cell quoted only when it holds the
    /// separator, a quote or a line break (a quote doubled inside), UTF-8 with or without a byte order mark.
    /// </summary>
    private static void WriteCsv(string path, char separator, bool bom, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(bom), 1 << 16);
        void Line(IEnumerable<string> cells)
        {
            var first = true;
            foreach (var cell in cells)
            {
                if (!first)
                    writer.Write(separator);
                first = false;
                if (cell.AsSpan().IndexOfAny(separator, '"', '\n') >= 0 || cell.Contains('\r'))
                    writer.Write("\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
                else
                    writer.Write(cell);
            }
            writer.Write("\r\n");
        }
        Line(header);
        foreach (var row in rows)
            Line(row);
    }

    /// <summary>One unit of the exports, with the names its rows carry.</summary>
    private sealed record Unit(string Id, Sources.UnitLevel Level, string Code, string Name, string Fylke, string FylkeName, string Kommune, string KommuneName);

    /// <summary>
    /// The units of the exports and their synthetic ids: the country <c>-12</c> (the statistics bank's id for "Hele
    /// landet"), fylke <c>ff</c> as <c>-(100 + ff)</c>, kommune <c>kkkk</c> as <c>-(10000 + kkkk)</c>, the schools from
    /// 1001 upwards in the register's order.
    /// </summary>
    private sealed class Units
    {
        private readonly Dictionary<string, Unit> _schools = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, Unit> _kommuner = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, Unit> _fylker = new(StringComparer.Ordinal);

        public Units(CanonicalData data)
        {
            var history = ReferenceTables.History;
            Country = new Unit(CountryId, Sources.UnitLevel.National, "I", "Hele landet", "", "", "", "");
            var id = 1000;
            var orgnrs = data.Skoler.Rows.Select(s => (s.OrgNr, Kommune: s["kommunenummer"], Name: s["skolenavn"]))
                .Concat(data.Elevundersokelsen.Rows.Concat(data.NasjonaleProver.Rows).Concat(data.Grunnskolepoeng.Rows)
                    .Select(r => r.OrgNr).Distinct().Order(StringComparer.Ordinal).Select(o => (OrgNr: o, Kommune: "", Name: "")));
            foreach (var (orgnr, kommuneText, name) in orgnrs)
            {
                if (_schools.ContainsKey(orgnr))
                    continue;
                var kommune = KommuneNr.Parse(kommuneText) is { Success: true } k ? k.Value.Value : "9999";
                var kommuneUnit = KommuneOf(kommune, history);
                _schools[orgnr] = new Unit(Int(++id), Sources.UnitLevel.School, orgnr, name.Length > 0 ? name : orgnr, kommuneUnit.Fylke, kommuneUnit.FylkeName, kommune, kommuneUnit.Name);
            }
        }

        public Unit Country { get; }

        public Unit School(string orgnr) => _schools[orgnr];

        public Unit KommuneOf(string kommune) => _kommuner[kommune];

        public Unit FylkeOf(string fylke) => _fylker[fylke];

        private Unit KommuneOf(string kommune, Core.Kommuner.KommuneHistory history)
        {
            if (_kommuner.TryGetValue(kommune, out var known))
                return known;
            var number = KommuneNr.Of(kommune);
            var (name, fylke, fylkeName) = history.Structure2024.TryGet(number, out var k) ? (k.Navn, k.Fylkesnummer, k.Fylkesnavn)
                : history.Structure2020.TryGet(number, out var old) ? (old.Navn, old.Fylkesnummer, old.Fylkesnavn)
                : ($"Kommune {kommune}", kommune[..2], $"Fylke {kommune[..2]}");
            if (!_fylker.ContainsKey(fylke))
                _fylker[fylke] = new Unit(Int(-(100 + int.Parse(fylke, CultureInfo.InvariantCulture))), Sources.UnitLevel.Fylke, fylke, fylkeName, fylke, fylkeName, "", "");
            var unit = new Unit(Int(-(10000 + int.Parse(kommune, CultureInfo.InvariantCulture))), Sources.UnitLevel.Kommune, kommune, name, fylke, fylkeName, kommune, name);
            _kommuner[kommune] = unit;
            return unit;
        }

        /// <summary>The unit table: every unit with its id, code (orgnr, kommunenummer, fylkesnummer, <c>I</c>), name and level.</summary>
        public string Write(string folder)
        {
            var units = new[] { Country }.Concat(_fylker.Values).Concat(_kommuner.Values).Concat(_schools.Values);
            WriteCsv(Path.Combine(folder, UnitFile), ';', bom: true, ["EnhetID", "Kode", "Navn", "Nivaa"],
                units.Select(u => new[] { u.Id, u.Code, u.Name, Int(u.Level) }));
            return UnitFile;
        }
    }
}

/// <summary>A canonical data folder read as text, for <see cref="UdirExports"/>: the cells exactly as written.</summary>
internal sealed class CanonicalData
{
    private readonly Dictionary<string, string> _ownForm = new(StringComparer.Ordinal);

    private CanonicalData(string folder)
    {
        Skoler = CanonicalTableText.Read(folder, "skoler");
        Elevundersokelsen = CanonicalTableText.Read(folder, "elevundersokelsen");
        NasjonaleProver = CanonicalTableText.Read(folder, "nasjonale_prover");
        Grunnskolepoeng = CanonicalTableText.Read(folder, "grunnskolepoeng");
        var nasjonalt = File.Exists(Path.Combine(folder, "nasjonalt.csv")) ? CanonicalTableText.Read(folder, "nasjonalt") : null;
        foreach (var row in nasjonalt?.Rows ?? [])
            National[(row["indikator"], row.Year)] = row["verdi"];
        foreach (var school in Skoler.Rows)
            _ownForm[school.OrgNr] = school["eierform"].Length > 0 ? school["eierform"].ToLowerInvariant() : "offentlig";
    }

    public CanonicalTableText Skoler { get; }

    public CanonicalTableText Elevundersokelsen { get; }

    public CanonicalTableText NasjonaleProver { get; }

    public CanonicalTableText Grunnskolepoeng { get; }

    /// <summary>The national values by indicator code and school year, as written.</summary>
    public Dictionary<(string, SchoolYear), string> National { get; } = [];

    public string? OwnForm(string orgnr) => _ownForm.GetValueOrDefault(orgnr);

    public static CanonicalData Read(string folder) => new(folder);
}

/// <summary>One canonical CSV table as text cells, by column name.</summary>
internal sealed class CanonicalTableText
{
    private readonly Dictionary<string, int> _columns;
    private readonly Dictionary<string, int> _asked = new(StringComparer.Ordinal);

    private CanonicalTableText(CsvTable table)
    {
        _columns = table.Headers.Select((h, i) => (Key: ColumnNames.Key(h), i)).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        Rows = table.Rows.Select(r => new CanonicalRow(this, r)).ToArray();
    }

    public IReadOnlyList<CanonicalRow> Rows { get; }

    public bool Has(string column) => IndexOf(column) >= 0;

    /// <summary>The column's position (-1 when the table lacks it); each name is matched once.</summary>
    public int IndexOf(string column)
    {
        if (!_asked.TryGetValue(column, out var index))
            _asked[column] = index = _columns.TryGetValue(ColumnNames.Key(column), out var i) ? i : -1;
        return index;
    }

    public static CanonicalTableText Read(string folder, string name)
    {
        var path = Path.Combine(folder, name + ".csv");
        var (table, problems) = CsvTable.Read(File.ReadAllBytes(path), name + ".csv");
        if (table is null || problems.Any(p => p.IsError))
            throw new InvalidDataException($"{path}: {string.Join("; ", problems.Select(p => p.ToString()))}");
        return new CanonicalTableText(table);
    }
}

/// <summary>A row of a canonical table: its cells by column name ("" for a column the table lacks); orgnr, year and grade read once.</summary>
internal sealed class CanonicalRow
{
    private readonly CanonicalTableText _table;
    private readonly IO.Csv.CsvRow _row;

    public CanonicalRow(CanonicalTableText table, IO.Csv.CsvRow row)
    {
        _table = table;
        _row = row;
        OrgNr = this["orgnr"];
        Year = SchoolYear.Parse(this["skoleaar"]) is { Success: true } year ? year.Value : default;
        Trinn = int.TryParse(this["trinn"], NumberStyles.None, CultureInfo.InvariantCulture, out var trinn) ? trinn : 0;
    }

    public string this[string column] => _table.IndexOf(column) is var i and >= 0 ? _row[i] : "";

    public string OrgNr { get; }

    public SchoolYear Year { get; }

    public int Trinn { get; }
}
