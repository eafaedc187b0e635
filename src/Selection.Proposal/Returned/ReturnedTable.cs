using Selection.Core;

namespace Selection.Proposal.Returned;

/// <summary>
/// A table read from a returned shortlist, whatever its format: the header and the rows as text, each
/// row with its 1-based line (a CSV line; an xlsx row number). Cells are as the reader found them; the
/// checks trim them.
/// </summary>
/// <param name="File">The file's name, as problems name it.</param>
/// <param name="Format"><c>csv</c> or <c>xlsx</c>.</param>
/// <param name="Headers">The header row, as read.</param>
/// <param name="Rows">The data rows; rows with no text at all are left out.</param>
public sealed record ReturnedTable(string File, string Format, IReadOnlyList<string> Headers, IReadOnlyList<ReturnedRow> Rows);

/// <summary>One data row of a returned table: its line and its cells (a short row reads as empty cells at its end).</summary>
public sealed record ReturnedRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at <paramref name="index"/>, or "" when the row is short.</summary>
    public string this[int index] => index >= 0 && index < Cells.Count ? Cells[index] : "";
}

/// <summary>
/// A statsforvalter's answer for one kommune of its shortlist. <see cref="Route"/> is the run's (1 or 2);
/// <see cref="Priority"/> is 1 or more (1 = highest), or <c>null</c> when the cell was empty or the
/// kommune is on route 1 (a priority there is ignored). <see cref="Begrunnelse"/> is trimmed, with line
/// breaks as LF. <see cref="Origin"/> is the row in the returned file.
/// </summary>
public sealed record KommuneAnswer(KommuneNr Kommune, int Route, int? Priority, string Begrunnelse, Origin Origin);

/// <summary>
/// The checked answer of one statsforvalter: the returned file (its name and SHA-256, lowercase hex) and
/// one answer for every kommune of the run's shortlist, in the shortlist's order (route 1 first, then
/// route 2 in route-2 order), whatever order the returned rows are in.
/// </summary>
public sealed record StatsforvalterAnswer(string Statsforvalter, string File, string Sha256, IReadOnlyList<KommuneAnswer> Answers);

/// <summary>
/// What the returned folder holds, checked against the run. A file with an error gives no answer: its
/// statsforvalter is in neither <see cref="Answers"/> nor <see cref="Unanswered"/>, and the problems
/// say why. <see cref="Unanswered"/> are the statsforvaltere whose shortlist has route-2 candidates and
/// who sent no file at all, in ordinal order.
/// </summary>
public sealed record ReturnedAnswers(IReadOnlyList<StatsforvalterAnswer> Answers, IReadOnlyList<Problem> Problems, IReadOnlyList<string> Unanswered)
{
    /// <summary>Whether any problem is an error; a proposal must not be made from these answers then.</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);
}
