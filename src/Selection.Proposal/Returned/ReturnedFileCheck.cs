using System.Globalization;
using Selection.Core;
using Selection.IO.Output;

namespace Selection.Proposal.Returned;

/// <summary>
/// The checks of one returned table, in order: the columns it needs to be placed at all (Kommunenummer,
/// Kjøring, Statsforvalter); that every row carries this run's id; whose shortlist it is; then every
/// column of the run's shortlist, every row, every cell, the priorities and the reasons.
/// </summary>
internal static class ReturnedFileCheck
{
    private static readonly string StatsforvalterHeader = Shortlists.Columns[Shortlists.IndexOf("statsforvalter")].Header;

    /// <summary>
    /// The table's statsforvalter (<c>null</c> when it cannot be placed) and its answers in the run's row
    /// order (<c>null</c> when the rows could not be compared). Problems go to <paramref name="problems"/>.
    /// </summary>
    public static (string? Statsforvalter, IReadOnlyList<KommuneAnswer>? Answers) Check(
        ReturnedTable table, string runId, IReadOnlyDictionary<string, RunShortlist> references, List<Problem> problems)
    {
        var file = table.File;
        var any = references.Values.FirstOrDefault();
        if (any is null)
        {
            problems.Add(Problem.Error(ReturnedCodes.UnknownStatsforvalter, ReturnedTexts.NoShortlistToCheck, new Origin(file, 0)));
            return (null, null);
        }

        // The columns that place the file: without them nothing else can be said.
        var kjoring = Single(table, h => ShortlistColumns.PrefixKey(h) == Shortlists.Kjoring);
        var statsforvalter = Single(table, h => ShortlistColumns.Matches(StatsforvalterHeader, h));
        if (kjoring < 0 || statsforvalter < 0 || Single(table, h => ShortlistColumns.PrefixKey(h) == Shortlists.Kommunenummer) < 0)
        {
            Columns(table, any, problems);
            return (null, null);
        }
        if (table.Rows.Count == 0)
        {
            problems.Add(Problem.Error(ReturnedCodes.NoRows, ReturnedTexts.NoRows, new Origin(file, 1)));
            return (null, null);
        }

        var otherRuns = table.Rows
            .Select(r => (Row: r, Id: CellMeaning.Text(r[kjoring])))
            .Where(x => x.Id != runId)
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToArray();
        foreach (var other in otherRuns)
        {
            var first = other.First().Row;
            var column = table.Headers[kjoring];
            problems.Add(other.Key.Length == 0
                ? Problem.Error(ReturnedCodes.OtherRun, ReturnedTexts.NoRunId(runId), new Origin(file, first.Line), column)
                : Problem.Error(ReturnedCodes.OtherRun, ReturnedTexts.OtherRun(ReturnedShortlists.Visible(other.Key), runId), new Origin(file, first.Line), column));
        }
        if (otherRuns.Length > 0)
            return (null, null);

        var named = table.Rows
            .Select(r => (Row: r, Name: CellMeaning.Text(r[statsforvalter])))
            .Where(x => x.Name.Length > 0)
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .ToArray();
        var known = named.Where(g => references.ContainsKey(g.Key)).ToArray();
        if (known.Length != 1)
        {
            var origin = new Origin(file, (named.FirstOrDefault()?.First().Row ?? table.Rows[0]).Line);
            var knownList = string.Join(", ", references.Keys.Order(StringComparer.Ordinal));
            problems.Add(known.Length == 0
                ? Problem.Error(
                    ReturnedCodes.UnknownStatsforvalter,
                    named.Length == 0
                        ? ReturnedTexts.NoStatsforvalter(knownList)
                        : ReturnedTexts.UnknownStatsforvalter(string.Join(", ", named.Select(g => ReturnedTexts.Quoted(ReturnedShortlists.Visible(g.Key)))), knownList),
                    origin, table.Headers[statsforvalter])
                : Problem.Error(
                    ReturnedCodes.UnknownStatsforvalter,
                    ReturnedTexts.SeveralStatsforvaltere(known.Length, string.Join(", ", known.Select(g => ReturnedTexts.StatsforvalterFromLine(g.Key, g.First().Row.Line)))),
                    origin, table.Headers[statsforvalter]));
            return (null, null);
        }
        var reference = references[known[0].Key];
        var map = Columns(table, reference, problems);
        return (reference.Statsforvalter, Rows(table, reference, map, problems));
    }

    /// <summary>The index of the one header that matches, -1 when none or several do.</summary>
    private static int Single(ReturnedTable table, Func<string, bool> match)
    {
        var found = Enumerable.Range(0, table.Headers.Count).Where(i => match(table.Headers[i])).ToArray();
        return found.Length == 1 ? found[0] : -1;
    }

    /// <summary>
    /// For every column of the run's shortlist, its index in the returned table (-1 when it is missing or
    /// given twice: both are errors). A returned column that is none of the run's is an error when it
    /// holds anything; an empty one (Excel's trailing separators) is nothing.
    /// </summary>
    private static int[] Columns(ReturnedTable table, RunShortlist reference, List<Problem> problems)
    {
        var file = table.File;
        var map = new int[reference.Headers.Count];
        var used = new bool[table.Headers.Count];
        for (var j = 0; j < reference.Headers.Count; j++)
        {
            var runHeader = reference.Headers[j];
            var found = Enumerable.Range(0, table.Headers.Count).Where(i => ShortlistColumns.Matches(runHeader, table.Headers[i])).ToArray();
            foreach (var i in found)
                used[i] = true;
            map[j] = found.Length == 1 ? found[0] : -1;
            if (found.Length == 0)
                problems.Add(Problem.Error(ReturnedCodes.ColumnMissing, ReturnedTexts.ColumnMissing(runHeader), new Origin(file, 1), runHeader));
            else if (found.Length > 1)
                problems.Add(Problem.Error(
                    ReturnedCodes.ColumnTwice,
                    ReturnedTexts.ColumnTwice(found.Length, runHeader, string.Join(", ", found.Select(i => ReturnedTexts.ColumnAt(table.Headers[i], i + 1)))),
                    new Origin(file, 1), runHeader));
        }
        for (var i = 0; i < table.Headers.Count; i++)
        {
            if (used[i])
                continue;
            var full = table.Rows.FirstOrDefault(r => CellMeaning.Text(r[i]).Length > 0);
            var name = table.Headers[i].Length > 0 ? table.Headers[i] : $"{i + 1}";
            if (full is not null || table.Headers[i].Length > 0 && table.Rows.Count == 0)
                problems.Add(Problem.Error(
                    ReturnedCodes.ColumnExtra,
                    ReturnedTexts.ColumnExtra(ReturnedShortlists.Visible(name), full?.Line),
                    new Origin(file, 1), name));
        }
        return map;
    }

    private static IReadOnlyList<KommuneAnswer>? Rows(ReturnedTable table, RunShortlist reference, int[] map, List<Problem> problems)
    {
        var file = table.File;
        int Returned(string key) => map[reference.IndexOfKey(key)];
        var kommune = Returned(Shortlists.Kommunenummer);
        var priority = Returned(Shortlists.Prioritet);
        var reason = Returned(Shortlists.Begrunnelse);
        var compared = Enumerable.Range(0, reference.Headers.Count)
            .Where(j => map[j] >= 0 && ShortlistColumns.PrefixKey(reference.Headers[j]) is not (Shortlists.Kommunenummer or Shortlists.Prioritet or Shortlists.Begrunnelse or Shortlists.Kjoring))
            .Select(j => (Run: j, Returned: map[j], Kind: ShortlistColumns.KindOf(reference.Headers[j])))
            .ToArray();

        var seen = new Dictionary<KommuneNr, int>();
        var answers = new Dictionary<KommuneNr, KommuneAnswer>();
        foreach (var row in table.Rows)
        {
            var origin = new Origin(file, row.Line);
            var nr = KommuneNr.Parse(row[kommune]);
            if (!nr.Success)
            {
                problems.Add(Problem.Error(ReturnedCodes.ValueInvalid, ReturnedShortlists.Visible(nr.Error!), origin, table.Headers[kommune]));
                continue;
            }
            if (seen.TryGetValue(nr.Value, out var earlier))
            {
                problems.Add(Problem.Error(ReturnedCodes.RowTwice, ReturnedTexts.RowTwice(nr.Value, earlier, row.Line), origin));
                continue;
            }
            seen[nr.Value] = row.Line;
            if (!reference.ByKommune.TryGetValue(nr.Value, out var runRow))
            {
                problems.Add(Problem.Error(ReturnedCodes.RowAdded, ReturnedTexts.RowAdded(nr.Value, reference.Statsforvalter), origin));
                continue;
            }
            foreach (var (j, i, kind) in compared)
                if (!CellMeaning.Same(runRow[j], row[i], kind))
                    problems.Add(Problem.Error(
                        ReturnedCodes.CellChanged,
                        ReturnedTexts.CellChanged(ReturnedShortlists.Visible(row[i]), runRow[j]),
                        origin, table.Headers[i]));

            var route = reference.Route(runRow);
            int? value = null;
            var priorityCell = priority >= 0 ? row[priority] : "";
            if (CellMeaning.Text(priorityCell).Length > 0 && route != 2)
                problems.Add(Problem.Warning(
                    ReturnedCodes.PriorityRoute1,
                    ReturnedTexts.PriorityRoute1(nr.Value, route),
                    origin, table.Headers[priority], ReturnedShortlists.Visible(priorityCell)));
            else if (CellMeaning.Priority(priorityCell) is var (p, valid) && !valid)
                problems.Add(Problem.Error(
                    ReturnedCodes.PriorityInvalid,
                    ReturnedTexts.PriorityInvalid,
                    origin, table.Headers[priority], ReturnedShortlists.Visible(priorityCell)));
            else
                value = p;

            var text = reason >= 0 ? Reason(row[reason], origin, table.Headers[reason], problems) : "";
            answers[nr.Value] = new KommuneAnswer(nr.Value, route, value, text, origin);
        }
        foreach (var (nr, runRow) in reference.ByKommune)
            if (!seen.ContainsKey(nr))
                problems.Add(Problem.Error(
                    ReturnedCodes.RowMissing,
                    ReturnedTexts.RowMissing(nr, runRow[reference.NameColumn]),
                    new Origin(file, 0)));
        return reference.Rows
            .Select(r => KommuneNr.Parse(r[reference.KommuneColumn]).Value)
            .Where(answers.ContainsKey)
            .Select(nr => answers[nr])
            .ToArray();
    }

    /// <summary>Begrunnelse as free text: trimmed, line breaks as LF; a control character other than a line break or tab is refused.</summary>
    private static string Reason(string cell, Origin origin, string column, List<Problem> problems)
    {
        var text = CellMeaning.Text(cell);
        var bad = text.FirstOrDefault(c => c is not ('\n' or '\t') && (c <= '\u001F' || c is >= '\u007F' and <= '\u009F'));
        if (bad != default)
            problems.Add(Problem.Error(
                ReturnedCodes.ControlCharacter,
                ReturnedTexts.ControlCharacter(((int)bad).ToString("X4", CultureInfo.InvariantCulture)),
                origin, column, ReturnedShortlists.Visible(text)));
        return text;
    }
}
