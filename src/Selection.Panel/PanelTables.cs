using Selection.Core;
using Selection.Core.Kommuner;
using Selection.IO.Output;
using Selection.IO.Parquet;

namespace Selection.Panel;

/// <summary>
/// The panel's two tables (issue 12, item 3): a school in each round (followed by its orgnr) and a kommune
/// in each round, in that round's kommune structure and followed into the structure of the panel's last
/// round through the change tables, so that a researcher can join the rounds on one key.
/// </summary>
public static class PanelTables
{
    public const string SchoolsTable = "panel_skoler";
    public const string KommunerTable = "panel_kommuner";

    private static ParquetColumn S(string name, bool nullable = true) => new(name, ParquetColumnType.String, nullable);

    private static ParquetColumn I(string name, bool nullable = true) => new(name, ParquetColumnType.Int32, nullable);

    private static ParquetColumn L(string name, bool nullable = true) => new(name, ParquetColumnType.Int64, nullable);

    private static ParquetColumn D(string name) => new(name, ParquetColumnType.Double);

    private static ParquetColumn B(string name) => new(name, ParquetColumnType.Boolean, Nullable: false);

    public static readonly ParquetColumn[] SchoolColumns =
    [
        S("orgnr", false), S("skolenavn", false), S("runde", false), I("kommunestruktur", false), S("kommunenummer"),
        S("kommunenavn"), L("risikopoeng"), L("mulige_risikopoeng"), D("andel_risikopoeng"), I("rang"), B("flagget"), S("status", false),
    ];

    public static readonly ParquetColumn[] KommuneColumns =
    [
        S("kommunenummer", false), S("kommunenavn", false), S("runde", false), I("kommunestruktur", false),
        S("folges_som", false), L("risikopoeng", false), L("mulige_risikopoeng", false), D("andel_risikopoeng"), I("rang"),
        I("antall_flaggede_skoler", false), I("rute"), I("rute2_rekkefolge"), B("valgt"), S("status", false),
    ];

    /// <summary>
    /// <c>panel_skoler</c>: every school of every round (included or not, with its status), in round order, then
    /// by orgnr. <c>runde</c> is the window's last school year.
    /// </summary>
    public static TypedTable Schools(IReadOnlyList<PanelRound> rounds) =>
        new(SchoolColumns, rounds.SelectMany(round => round.Result.Schools
            .OrderBy(s => s.School.OrgNr)
            .Select(s => new object?[]
            {
                s.School.OrgNr.Value,
                s.School.Navn,
                round.Folder,
                round.Result.Structure.Year,
                s.Kommune?.Nummer.Value,
                s.Kommune?.Navn,
                s.Included ? s.Points : null,
                s.Included ? s.Possible : null,
                s.Share?.ToDouble(),
                s.Rank,
                s.Flagged,
                OutputTables.StatusWord(s.Status),
            }))
            .ToArray());

    /// <summary>
    /// <c>panel_kommuner</c>: every kommune of every round's structure. <c>folges_som</c> is the kommune's
    /// number in the structure of the panel's last round (itself when the structures agree; the successor
    /// through the change tables otherwise; the successors, space-separated, for a split).
    /// </summary>
    public static TypedTable Kommuner(IReadOnlyList<PanelRound> rounds, KommuneHistory history)
    {
        var last = rounds[^1].Result.Structure.Year;
        return new(KommuneColumns, rounds.SelectMany(round => round.Result.Kommuner
            .OrderBy(k => k.Kommune.Nummer)
            .Select(k => new object?[]
            {
                k.Kommune.Nummer.Value,
                k.Kommune.Navn,
                round.Folder,
                round.Result.Structure.Year,
                FollowedAs(k.Kommune.Nummer, round.Result.Structure.Year, last, history),
                k.Points,
                k.Possible,
                k.Share?.ToDouble(),
                k.Rank,
                k.FlaggedSchools,
                k.Route is null ? null : (int)k.Route.Value,
                k.Route2Order,
                PanelRound.Taken(k, round.Rules.Rules),
                OutputTables.KommuneStatusWord(k.Status),
            }))
            .ToArray());
    }

    /// <summary>The number(s) a kommune of one structure has in another, through the change tables.</summary>
    public static string FollowedAs(KommuneNr kommune, int from, int to, KommuneHistory history)
    {
        if (from == to)
            return kommune.Value;
        var placement = history.Place(kommune, to);
        return placement.Kind switch
        {
            PlacementKind.Direct or PlacementKind.Mapped => placement.Kommune!.Nummer.Value,
            PlacementKind.Split => string.Join(" ", placement.Candidates.Select(c => c.Nummer.Value)),
            _ => "",
        };
    }
}
