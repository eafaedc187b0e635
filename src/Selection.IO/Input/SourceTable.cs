using Selection.Core;
using Selection.IO.Csv;

namespace Selection.IO.Input;

/// <summary>
/// A table of the input, whatever its format: the header, the rows as text with their line numbers
/// (for Parquet, the row number plus one, as if the header were line 1), and a description of the
/// dialect for the summary. Every input format is turned into this, so that one set of checks applies.
/// </summary>
public sealed record SourceTable(string File, string Format, IReadOnlyList<string> Headers, IReadOnlyList<CsvRow> Rows)
{
    public static SourceTable FromCsv(CsvTable csv) =>
        new(csv.File, InputTexts.DialectCsv(csv.Encoding, csv.Separator == '\t' ? InputTexts.SeparatorTab : csv.Separator.ToString()), csv.Headers, csv.Rows);
}

/// <summary>
/// The columns of a table bound by name (see <see cref="ColumnNames"/>): required ones must be
/// present, optional ones may be.
/// </summary>
public sealed class ColumnBinding
{
    private readonly Dictionary<string, int> _index;
    private readonly SourceTable _table;

    private ColumnBinding(SourceTable table, Dictionary<string, int> index)
    {
        _table = table;
        _index = index;
    }

    /// <summary>Binds the columns; a missing required column or a column given twice is an error on line 1.</summary>
    public static ColumnBinding? Bind(SourceTable table, IEnumerable<string> required, IEnumerable<string> optional, List<Problem> problems)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (name, isRequired) in required.Select(r => (r, true)).Concat(optional.Select(o => (o, false))))
        {
            var matches = Enumerable.Range(0, table.Headers.Count).Where(i => ColumnNames.Same(table.Headers[i], name)).ToArray();
            if (matches.Length > 1)
            {
                problems.Add(Problem.Error("column-twice", InputTexts.ColumnTwice(name, matches.Length), new Origin(table.File, 1), name));
                ok = false;
            }
            else if (matches.Length == 1)
            {
                index[name] = matches[0];
            }
            else if (isRequired)
            {
                problems.Add(Problem.Error(
                    "column-missing",
                    InputTexts.ColumnMissing(name, InputTexts.QuotedList(table.Headers)),
                    new Origin(table.File, 1), name));
                ok = false;
            }
        }
        return ok ? new ColumnBinding(table, index) : null;
    }

    public bool Has(string name) => _index.ContainsKey(name);

    /// <summary>The cell of <paramref name="row"/> in column <paramref name="name"/>; "" when the column is absent.</summary>
    public string Cell(CsvRow row, string name) => _index.TryGetValue(name, out var i) ? row[i] : "";

    /// <summary>The column's name as the file writes it, for messages.</summary>
    public string HeaderOf(string name) => _index.TryGetValue(name, out var i) ? _table.Headers[i] : name;
}
