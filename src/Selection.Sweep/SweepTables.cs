using Selection.IO.Output;
using Selection.IO.Parquet;

namespace Selection.Sweep;

/// <summary>
/// A sweep's tables. <c>sweep</c>: one row per grid point, in grid order (the first key outermost), with the
/// varied keys' values (a column each, named by the key), the counts, the Jaccard overlaps with the base and how
/// many schools and kommuner entered and left. <c>sweep_endringer</c>: one row per kommune that entered or left the
/// selection at a point, by point, then <c>inn</c> before <c>ut</c>, then kommunenummer, with its route in the base and
/// at the point.
/// </summary>
public static class SweepTables
{
    public const string SweepTable = "sweep";
    public const string ChangesTable = "sweep_endringer";

    /// <summary>The <c>endring</c> of a kommune that entered the selection.</summary>
    public const string Entered = "inn";

    /// <summary>The <c>endring</c> of a kommune that left it.</summary>
    public const string Left = "ut";

    private static ParquetColumn S(string name) => new(name, ParquetColumnType.String, Nullable: false);

    private static ParquetColumn I(string name, bool nullable = false) => new(name, ParquetColumnType.Int32, nullable);

    private static ParquetColumn D(string name) => new(name, ParquetColumnType.Double, Nullable: false);

    private static ParquetColumn[] Keys(SweepResult sweep) =>
        sweep.Axes.Select(a => new ParquetColumn(a.Key.Name, ParquetColumnType.Decimal, Nullable: false)).ToArray();

    public static ParquetColumn[] SweepColumns(SweepResult sweep) =>
    [
        .. Keys(sweep),
        I("antall_flaggede"), I("antall_rute1"), I("antall_rute2"), I("antall_valgte"),
        D("jaccard_skoler"), D("jaccard_kommuner"), I("skoler_inn"), I("skoler_ut"), I("inn"), I("ut"),
    ];

    public static ParquetColumn[] ChangeColumns(SweepResult sweep) =>
    [
        .. Keys(sweep),
        S("kommunenummer"), S("kommunenavn"), S("statsforvalter"), S("endring"),
        I("rute_grunnlag", nullable: true), I("rute", nullable: true), I("rute2_rekkefolge", nullable: true),
    ];

    public static TypedTable Sweep(SweepResult sweep) => new(
        SweepColumns(sweep),
        sweep.Points.Select(p => (object?[])
        [
            .. p.Point.Values.Cast<object?>(),
            p.Selection.Flagged.Count, p.Selection.Route1, p.Selection.Route2, p.Selection.SelectedCount,
            p.JaccardSchools, p.JaccardKommuner, p.SchoolsEntered, p.SchoolsLeft, p.Entered.Count, p.Left.Count,
        ]).ToArray());

    public static TypedTable Changes(SweepResult sweep)
    {
        var rows = new List<object?[]>();
        foreach (var p in sweep.Points)
        {
            foreach (var (nummer, change) in p.Entered.Select(k => (k, Entered)).Concat(p.Left.Select(k => (k, Left))))
            {
                var kommune = sweep.KommuneOf(nummer);
                var before = sweep.BaseSelection.Routes.TryGetValue(nummer, out var b) ? b : (KommuneRoute?)null;
                var now = p.Selection.Routes.TryGetValue(nummer, out var n) ? n : (KommuneRoute?)null;
                rows.Add(
                [
                    .. p.Point.Values.Cast<object?>(),
                    nummer.Value, kommune.Navn, kommune.Statsforvalter, change,
                    before is { } x ? (int)x.Route : null, now is { } y ? (int)y.Route : null, now?.Route2Order,
                ]);
            }
        }
        return new TypedTable(ChangeColumns(sweep), rows);
    }
}
