using Selection.IO.Output;

namespace Selection.Excel;

/// <summary>
/// A shortlist (or the proposal, which has the same shape) as an .xlsx workbook: the same columns and
/// rows as its CSV, typed (kommunenummer as text, shares as numbers in percent format), the fill-in
/// columns unlocked and marked, a whole-number validation on Prioritet, and an explanation sheet with
/// the notes (rules, illustrative and synthetic notices) and what every column means.
/// </summary>
public sealed class ShortlistWorkbook : IShortlistWriter
{
    public const string SheetName = "Kortliste";
    public const string ExplanationSheetName = "Forklaring";

    public static ShortlistWorkbook Instance { get; } = new();

    public string Extension => ".xlsx";

    public void Write(Stream stream, Shortlist shortlist) => XlsxWriter.Write(stream, Spec(shortlist));

    public static WorkbookSpec Spec(Shortlist shortlist)
    {
        var columns = shortlist.Columns.Select(Column).ToArray();
        var priority = shortlist.Columns.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.FillIn && x.c.Key == Shortlists.Prioritet);
        return new WorkbookSpec(
            shortlist.Columns.Any(c => c.FillIn) ? SheetName : "Forslag",
            columns,
            shortlist.Rows,
            ExplanationSheetName,
            shortlist.Notes,
            priority.c is null ? null : priority.i);
    }

    internal static SheetColumn Column(ShortlistColumn c) => new(c.Header, Kind(c.Kind), c.FillIn, c.Width, c.Explanation);

    private static SheetCellKind Kind(ShortlistValue kind) => kind switch
    {
        ShortlistValue.Text => SheetCellKind.Text,
        ShortlistValue.Integer => SheetCellKind.Integer,
        ShortlistValue.Percent => SheetCellKind.Percent,
        ShortlistValue.Number => SheetCellKind.Number,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
