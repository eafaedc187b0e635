using Selection.Core;
using Selection.Core.Stability;
using Selection.IO.Output;
using Selection.IO.Parquet;

namespace Selection.Stability;

/// <summary>
/// The stability analysis's tables (issue 13): per school its observed share and rank, how often it was
/// flagged and its rank's 5, 50 and 95 % quantiles over the replicates; per kommune its observed route and how
/// often it was taken by route 1, was a route-2 candidate, and was taken (<c>p_valgt</c>).
/// </summary>
public static class StabilityTables
{
    public const string SchoolsTable = "stabilitet_skoler";
    public const string KommunerTable = "stabilitet_kommuner";

    private static ParquetColumn S(string name, bool nullable = true) => new(name, ParquetColumnType.String, nullable);

    private static ParquetColumn I(string name, bool nullable = true) => new(name, ParquetColumnType.Int32, nullable);

    private static ParquetColumn D(string name) => new(name, ParquetColumnType.Double);

    private static ParquetColumn B(string name) => new(name, ParquetColumnType.Boolean, Nullable: false);

    public static readonly ParquetColumn[] SchoolColumns =
    [
        S("orgnr", false), S("skolenavn", false), S("kommunenummer", false), S("kommunenavn"),
        D("andel_risikopoeng"), I("rang"), B("flagget"), D("p_flagget"), D("p_rangert"),
        I("rang_p05"), I("rang_p50"), I("rang_p95"),
    ];

    public static readonly ParquetColumn[] KommuneColumns =
    [
        S("kommunenummer", false), S("kommunenavn", false), S("statsforvalter", false),
        D("andel_risikopoeng"), I("rang"), I("rute"), D("p_rute1"), D("p_rute2"), D("p_valgt"),
    ];

    /// <summary>Per included school, in orgnr order (the model's).</summary>
    public static TypedTable Schools(SelectionResult observed, PreparedSelection model, StabilityCounts counts)
    {
        var byOrgNr = observed.Schools.ToDictionary(s => s.School.OrgNr);
        var rows = new List<object?[]>(model.Schools.Count);
        // Ranks are 1 … schools: their quantiles from a count per rank, not from a sort of each school's replicates.
        var perRank = new int[model.Schools.Count + 1];
        for (var i = 0; i < model.Schools.Count; i++)
        {
            var s = byOrgNr[model.Schools[i].School.OrgNr];
            var ranks = RankCounts.Of(counts.RanksOf(i), perRank);
            rows.Add(
            [
                s.School.OrgNr.Value, s.School.Navn, s.Kommune!.Nummer.Value, s.Kommune.Navn,
                s.Share?.ToDouble(), s.Rank, s.Flagged,
                (double)counts.SchoolFlagged[i] / counts.Replicates,
                (double)ranks.Ranked / counts.Replicates,
                ranks.Quantile(0.05), ranks.Quantile(0.50), ranks.Quantile(0.95),
            ]);
        }
        return new TypedTable(SchoolColumns, rows);
    }

    /// <summary>Per kommune of the structure, in kommunenummer order.</summary>
    public static TypedTable Kommuner(SelectionResult observed, PreparedSelection model, StabilityCounts counts)
    {
        var byNummer = observed.Kommuner.ToDictionary(k => k.Kommune.Nummer);
        var rows = new List<object?[]>(model.Kommuner.Count);
        foreach (var k in Enumerable.Range(0, model.Kommuner.Count).OrderBy(k => model.Kommuner[k].Nummer))
        {
            var o = byNummer[model.Kommuner[k].Nummer];
            rows.Add(
            [
                o.Kommune.Nummer.Value, o.Kommune.Navn, o.Kommune.Statsforvalter,
                o.Share?.ToDouble(), o.Rank, o.Route is null ? null : (int)o.Route.Value,
                (double)counts.KommuneRoute1[k] / counts.Replicates,
                (double)counts.KommuneRoute2[k] / counts.Replicates,
                (double)counts.KommuneTaken[k] / counts.Replicates,
            ]);
        }
        return new TypedTable(KommuneColumns, rows);
    }

    /// <summary>
    /// A school's ranks over the replicates, counted per rank (0, not ranked, left out): the nearest-rank quantile
    /// <c>q</c> is the ⌈q·N⌉-th smallest of the N ranks, as of the sorted ranks.
    /// </summary>
    public readonly ref struct RankCounts
    {
        private readonly Span<int> _perRank;
        private readonly int _lowest, _highest;

        private RankCounts(Span<int> perRank, int ranked, int lowest, int highest)
        {
            _perRank = perRank;
            Ranked = ranked;
            _lowest = lowest;
            _highest = highest;
        }

        /// <summary>Counts <paramref name="ranks"/> into <paramref name="perRank"/> (one place per rank, cleared first).</summary>
        public static RankCounts Of(ReadOnlySpan<int> ranks, Span<int> perRank)
        {
            perRank.Clear();
            int ranked = 0, lowest = int.MaxValue, highest = 0;
            foreach (var rank in ranks)
                if (rank > 0)
                {
                    perRank[rank]++;
                    ranked++;
                    lowest = Math.Min(lowest, rank);
                    highest = Math.Max(highest, rank);
                }
            return new RankCounts(perRank, ranked, lowest, highest);
        }

        /// <summary>The replicates the school was ranked in.</summary>
        public int Ranked { get; }

        /// <summary>The ⌈q·N⌉-th smallest rank (the smallest for q = 0); none when the school was never ranked.</summary>
        public int? Quantile(double q)
        {
            if (Ranked == 0)
                return null;
            var position = Math.Max(1, (int)Math.Ceiling(q * Ranked));
            var seen = 0;
            for (var rank = _lowest; rank < _highest; rank++)
            {
                seen += _perRank[rank];
                if (seen >= position)
                    return rank;
            }
            return _highest;
        }
    }
}
