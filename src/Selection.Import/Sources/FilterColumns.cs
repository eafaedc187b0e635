using Selection.Import.Reading;
using Selection.Import.Recognition;

namespace Selection.Import.Sources;

/// <summary>
/// A filter dimension of an export (gender, owner form): the rows for "all" are the data, the others split the
/// same pupils and would count them twice. A row is "all" by its code when the file has a code column (<c>-10</c>,
/// the statistics bank's id for "all"; for gender also <c>A</c>, which public code reads as "alle"), else by its
/// name (<c>Alle</c>, <c>Alle kjønn</c>, <c>Begge kjønn</c>, <c>Alle eierformer</c>); a row with neither is "all".
/// Counts every value seen, kept and left out, for the log.
/// </summary>
public sealed class FilterColumn
{
    private static readonly string[] AllNames = ["Alle", "Alle kjønn", "Begge kjønn", "Alle eierformer"];

    private readonly int _code;
    private readonly int _name;
    private readonly string[] _allCodes;
    private readonly Dictionary<string, (int Count, bool Kept)> _seen = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    private FilterColumn(ExportTable table, int code, int name, string[] allCodes)
    {
        _code = code;
        _name = name;
        _allCodes = allCodes;
        Header = code >= 0 ? table.Header(code) : table.Header(name);
    }

    /// <summary>The column the rows are selected by, as the file names it.</summary>
    public string Header { get; }

    /// <summary>The gender filter of <paramref name="table"/>, or <c>null</c> when it has none.</summary>
    public static FilterColumn? Gender(ExportTable table) => Of(table, table.Column(Columns.GenderCode), table.Column(Columns.GenderName), ["-10", "A"]);

    /// <summary>The owner-form filter of <paramref name="table"/>, or <c>null</c> when it has none.</summary>
    public static FilterColumn? Owner(ExportTable table) => Of(table, table.Column(Columns.OwnerCode), table.Column(Columns.OwnerName), ["-10"]);

    private static FilterColumn? Of(ExportTable table, int code, int name, string[] allCodes) =>
        code < 0 && name < 0 ? null : new FilterColumn(table, code, name, allCodes);

    /// <summary>Whether <paramref name="row"/> is the "all" row of this dimension; counts what it saw.</summary>
    public bool Selects(ExportRow row)
    {
        var code = row[_code];
        var name = row[_name];
        bool all;
        string shown;
        if (_code >= 0 && code.Length > 0)
        {
            all = _allCodes.Contains(code, StringComparer.OrdinalIgnoreCase);
            shown = name.Length > 0 ? $"{code} ({name})" : code;
        }
        else if (name.Length > 0)
        {
            all = Names.IsOneOf(name, AllNames);
            shown = name;
        }
        else
        {
            all = true;
            shown = "";
        }
        if (!_seen.TryGetValue(shown, out var seen))
            _order.Add(shown);
        _seen[shown] = (seen.Count + 1, all);
        return all;
    }

    /// <summary>The values kept and left out, with their row counts, in the order first seen.</summary>
    public IEnumerable<(string Value, int Rows, bool Kept)> Seen => _order.Select(v => (v, _seen[v].Count, _seen[v].Kept));
}

/// <summary>
/// The filter dimensions of an export (gender, then owner form) together: a row is kept when it is the "all" row of
/// each, and otherwise left out in the log by the first that does not select it; the log ends with what each kept
/// and left out.
/// </summary>
public sealed class ExportFilters
{
    private readonly FilterColumn[] _filters;

    private ExportFilters(FilterColumn[] filters) => _filters = filters;

    /// <summary>The filters <paramref name="table"/> has.</summary>
    public static ExportFilters Of(ExportTable table) => new([.. new[] { FilterColumn.Gender(table), FilterColumn.Owner(table) }.OfType<FilterColumn>()]);

    /// <summary>Whether <paramref name="row"/> is kept; a row left out is counted in <paramref name="log"/> under its filter.</summary>
    public bool Keep(ExportRow row, FileLog log, ImportTexts t)
    {
        foreach (var filter in _filters)
            if (!filter.Selects(row))
            {
                log.Leave(t.ReasonFilter(filter.Header), row.Line);
                return false;
            }
        return true;
    }

    /// <summary>Each filter's kept and left values, with their rows, into the log.</summary>
    public void Summarise(FileLog log, ImportTexts t)
    {
        foreach (var filter in _filters)
            log.Map(t.FilterSummary(filter.Header, Describe(filter, kept: true), Describe(filter, kept: false)));
    }

    private static string Describe(FilterColumn filter, bool kept)
    {
        var values = filter.Seen.Where(s => s.Kept == kept).Select(s => $"«{s.Value}» ({s.Rows})").ToArray();
        return values.Length == 0 ? "–" : string.Join(", ", values);
    }
}
