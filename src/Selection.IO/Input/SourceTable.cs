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
    /// <summary>The format of a table read from Parquet: typed columns, where a missing value is a null with no mark to say why.</summary>
    public const string ParquetFormat = "Parquet";

    public static SourceTable FromCsv(CsvTable csv) => new(csv.File, CsvFormat(csv.Encoding, csv.Separator), csv.Headers, csv.Rows);

    /// <summary>How the summary describes a CSV file's dialect.</summary>
    public static string CsvFormat(string encoding, char separator) =>
        InputTexts.DialectCsv(encoding, separator == '\t' ? InputTexts.SeparatorTab : separator.ToString());
}

/// <summary>
/// The columns of a table bound by name (see <see cref="ColumnNames"/>): required ones must be
/// present, optional ones may be.
/// </summary>
public sealed class ColumnBinding
{
    private readonly Dictionary<string, int> _index;
    private readonly IReadOnlyList<string> _headers;

    private ColumnBinding(IReadOnlyList<string> headers, Dictionary<string, int> index)
    {
        _headers = headers;
        _index = index;
    }

    /// <summary>Binds the columns of <paramref name="file"/>; a missing required column or a column given twice is an error on line 1.</summary>
    public static ColumnBinding? Bind(string file, IReadOnlyList<string> headers, IEnumerable<string> required, IEnumerable<string> optional, List<Problem> problems)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (name, isRequired) in required.Select(r => (r, true)).Concat(optional.Select(o => (o, false))))
        {
            var matches = Enumerable.Range(0, headers.Count).Where(i => ColumnNames.Same(headers[i], name)).ToArray();
            if (matches.Length > 1)
            {
                problems.Add(Problem.Error("column-twice", InputTexts.ColumnTwice(name, matches.Length), new Origin(file, 1), name));
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
                    InputTexts.ColumnMissing(name, InputTexts.QuotedList(headers)),
                    new Origin(file, 1), name));
                ok = false;
            }
        }
        return ok ? new ColumnBinding(headers, index) : null;
    }

    public bool Has(string name) => _index.ContainsKey(name);

    /// <summary>The position of column <paramref name="name"/> in the rows, or -1 when the table lacks it.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    /// <summary>The current row's cell in column <paramref name="name"/>; "" when the column is absent.</summary>
    internal string Cell(TableRows rows, string name) => rows.Cell(IndexOf(name));

    /// <summary>The column's name as the file writes it, for messages.</summary>
    public string HeaderOf(string name) => _index.TryGetValue(name, out var i) ? _headers[i] : name;
}
