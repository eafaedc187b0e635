using System.Text.Json;
using Selection.Core;
using Selection.IO.Output;
using Selection.IO.Runs;

namespace Selection.Report;

/// <summary>
/// What a run's report shows, read from the run folder's own files (its manifest and Parquet tables, as
/// <c>explain</c> reads them), or, for the run that has just written them, from the rows it wrote them from
/// (<see cref="RunFolder.Knowing"/>): nothing of the method is computed again. Of the evidence, four columns are read,
/// and only the rows of the schools of the kommuner the report explains are kept.
/// </summary>
internal sealed class RunData
{
    /// <summary>The columns of <c>skoler</c> the report and explain's kommune text read (a 100× country has 280,000 rows).</summary>
    private static readonly IReadOnlySet<string> SchoolColumns = new HashSet<string>(StringComparer.Ordinal)
        { "orgnr", "skolenavn", "kommunenummer", "risikopoeng", "mulige_risikopoeng", "andel_risikopoeng", "rang", "flagget", "status" };

    private RunData(RunFolder run)
    {
        Run = run;
        Kommuner = run.Table(RunWriter.KommunerTable).OrderBy(k => k.Text("kommunenummer"), StringComparer.Ordinal).ToArray();
        Schools = run.Table(RunWriter.SchoolsTable, SchoolColumns);
        KommuneValues = run.Table(RunWriter.KommuneObservationsTable).ToLookup(r => r.Text("kommunenummer"), StringComparer.Ordinal);
        SchoolsByKommune = Schools.ToLookup(s => s.Text("kommunenummer"), StringComparer.Ordinal);
        Route1 = Kommuner.Where(k => k.Int("rute") == 1).OrderBy(k => k.Int("rang")).ThenBy(k => k.Text("kommunenummer"), StringComparer.Ordinal).ToArray();
        Route2 = Kommuner.Where(k => k.Int("rute") == 2).OrderBy(k => k.Int("rute2_rekkefolge")).ToArray();
        var flagged = Schools.Where(s => s.Bool("flagget")).Select(s => s.Double("andel_risikopoeng")).OfType<double>().ToArray();
        CutShare = flagged.Length == 0 ? null : flagged.Min();
    }

    public RunFolder Run { get; }

    public RunManifest Manifest => Run.Manifest;

    public JsonElement Document => Run.Document;

    /// <summary>Every kommune of the structure, by kommunenummer.</summary>
    public IReadOnlyList<TableRow> Kommuner { get; }

    /// <summary>Every school, in the run's order (ranked first, by rank).</summary>
    public IReadOnlyList<TableRow> Schools { get; }

    public ILookup<string, TableRow> SchoolsByKommune { get; }

    /// <summary>The kommuner's own values (route 1's basis), by kommunenummer.</summary>
    public ILookup<string, TableRow> KommuneValues { get; }

    /// <summary>Route 1's kommuner in rank order.</summary>
    public IReadOnlyList<TableRow> Route1 { get; }

    /// <summary>Route 2's candidates in route 2's order.</summary>
    public IReadOnlyList<TableRow> Route2 { get; }

    /// <summary>The lowest share among the flagged schools: the cut as a share.</summary>
    public double? CutShare { get; }

    public static RunData Read(RunFolder run) => new(run);

    /// <summary>The weighted and possible points per indicator of the schools of <paramref name="kommuner"/>, summed as the shortlists sum them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IndicatorPoints>> SchoolIndicatorPoints(IEnumerable<string> kommuner)
    {
        var wanted = kommuner.ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
            return new Dictionary<string, IReadOnlyList<IndicatorPoints>>();
        var kommuneOf = Schools.Where(s => wanted.Contains(s.Text("kommunenummer"))).ToDictionary(s => s.Text("orgnr"), s => s.Text("kommunenummer"), StringComparer.Ordinal);
        var rows = new Dictionary<string, List<(Indicator, int, int)>>(StringComparer.Ordinal);
        var indicators = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var (school, code, points, possible) in Run.EvidencePoints(kommuneOf.Keys.ToHashSet(StringComparer.Ordinal)))
        {
            var kommune = kommuneOf[school];
            if (!rows.TryGetValue(kommune, out var list))
                rows[kommune] = list = [];
            if (!indicators.TryGetValue(code, out var indicator))
                indicators.Add(code, indicator = Indicator.Parse(code).Value!);
            list.Add((indicator, points, possible));
        }
        return rows.ToDictionary(r => r.Key, r => IndicatorPoints.Sum(r.Value), StringComparer.Ordinal);
    }

    /// <summary>The same for a kommune's own values.</summary>
    public IReadOnlyList<IndicatorPoints> OwnIndicatorPoints(string kommune) => Points(KommuneValues[kommune]);

    private static IReadOnlyList<IndicatorPoints> Points(IEnumerable<TableRow> rows) =>
        IndicatorPoints.Sum(rows.Select(o => (Indicator.Parse(o.Text("indikator")).Value!, o.Int("vektede_risikopoeng") ?? 0, o.Int("mulige_risikopoeng") ?? 0)));

    /// <summary>A whole number the manifest records at a key path (<c>counts.schoolsInRegister</c>), or null.</summary>
    public int? Int(string path) => At(path) is { ValueKind: JsonValueKind.Number } e && e.TryGetInt32(out var n) ? n : null;

    /// <summary>A text the manifest records at a key path, or null.</summary>
    public string? Text(string path) => At(path) is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;

    /// <summary>A tie at a cut (<c>schoolRanking</c> or <c>route1</c>): its rank, size and how many it took; null when there is none.</summary>
    public (int Rank, int Size, int Taken)? Tie(string section) =>
        Int(section + ".tieAtCut.rank") is { } rank ? (rank, Int(section + ".tieAtCut.size") ?? 0, Int(section + ".tieAtCut.taken") ?? 0) : null;

    private JsonElement? At(string path)
    {
        var element = Document;
        foreach (var key in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(key, out element))
                return null;
        }
        return element;
    }
}
