using Selection.IO.Csv;
using Selection.IO.Runs;
using Selection.Proposal.Output;

namespace Selection.Report;

/// <summary>
/// A proposal folder as its report shows it: the final list from <c>forslag.csv</c> (the analyst's changes to
/// <c>tatt_med</c> included, as that is the list Udir sends), each kommune with its route, priority, place and
/// the statsforvalter's reason. The rest of the page is the report of the run the proposal rests on.
/// </summary>
internal sealed class ProposalView
{
    private readonly IReadOnlyList<Row> _rows;

    private ProposalView(IReadOnlyList<Row> rows) => _rows = rows;

    private sealed record Row(string Nummer, string Navn, string Statsforvalter, string Route, string Priority, string Place, bool Taken, string Reason, string From);

    /// <summary>The kommuner the proposal takes, in its order.</summary>
    public IReadOnlyList<string> Taken => _rows.Where(r => r.Taken).Select(r => r.Nummer).ToArray();

    public ReportTexts Texts { get; private init; } = null!;

    /// <summary>Reads <c>forslag.csv</c> of <paramref name="proposal"/>.</summary>
    /// <exception cref="RunFileException">The table is missing, unreadable, or lacks a column.</exception>
    public static ProposalView Read(ProposalFolder proposal, ReportTexts texts)
    {
        var path = Path.Combine(proposal.Path, ProposalWriter.MachineTable);
        var bytes = RunFiles.ReadAll(path, RunFiles.TableLimit);
        var (table, problems) = CsvTable.Read(bytes, ProposalWriter.MachineTable);
        if (table is null || problems.Any(p => p.IsError))
            throw new RunFileException($"{path}: {string.Join("; ", problems.Select(p => p.Message))}");
        string Cell(CsvRow row, string column) =>
            table.IndexOf(column) is var i and >= 0 ? row[i] : throw new RunFileException(RunTexts.TableNoColumn(path, column));
        var rows = table.Rows.Select(r => new Row(
            Cell(r, "kommunenummer"), Cell(r, "kommunenavn"), Cell(r, "statsforvalter"), Cell(r, "rute"), Cell(r, "prioritet"), Cell(r, "plass"),
            Cell(r, "tatt_med") == "true", Cell(r, "begrunnelse"), Cell(r, "svar_fra"))).ToArray();
        return new ProposalView(rows) { Texts = texts };
    }

    /// <summary>The proposal's line on one kommune, for its section; null when the kommune is not in the proposal.</summary>
    public string? Line(string nummer) => _rows.FirstOrDefault(r => r.Nummer == nummer) is { } r
        ? Texts.ProposalLine(r.Taken ? Texts.Taken : Texts.NotTaken, Texts.RouteWord(r.Route == "1" ? 1 : 2), Dash(r.Priority), Dash(r.Place), r.From.Length == 0 ? Texts.NoAnswer : r.From)
          + (r.Reason.Length > 0 ? " " + Texts.ProposalReason(r.Reason) : "")
        : null;

    /// <summary>The proposal's own section: the final list, then the candidates left out.</summary>
    public void Write(ReportPage page, RunData run)
    {
        var t = Texts;
        var h = page.Body;
        h.Open("section", ("id", "forslag")).Element("h2", t.ProposalHeading);
        h.Element("p", t.ProposalIntro(_rows.Count(r => r.Taken), _rows.Count(r => r.Taken && r.Route == "1"), _rows.Count(r => r.Taken && r.Route != "1"), run.Int("route2.route2Max") ?? 0));
        h.Table([t.ColKommune, t.ColStatsforvalter, t.ColRoute, t.ColPriority, t.ColPlace, t.ColTaken, t.ColAnswerFrom, t.ColReason],
            _rows.Select(r => (IReadOnlyList<Cell>)[
                $"{r.Navn} ({r.Nummer})", r.Statsforvalter, t.RouteWord(r.Route == "1" ? 1 : 2),
                new Cell(Dash(r.Priority), r.Priority, Number: true), new Cell(Dash(r.Place), r.Place, Number: true),
                t.YesNo(r.Taken), r.From, r.Reason]),
            @class: "sortable");
        h.Close("section");
    }

    private static string Dash(string text) => text.Length == 0 ? "–" : text;
}
