namespace Selection.Import.Sources;

/// <summary>
/// What the import did with one file, for <c>import-logg.txt</c>: what it was recognised as and by which columns,
/// every mapping made (filter rows, question groups, tests, units), and the rows left out with why, counted by
/// reason with the first line each reason applied to.
/// </summary>
public sealed class FileLog(string file, string format, int rows)
{
    private readonly Dictionary<string, (int Count, int FirstLine)> _leftOut = new(StringComparer.Ordinal);
    private readonly HashSet<string> _mapped = new(StringComparer.Ordinal);

    public string File { get; } = file;

    public string Format { get; } = format;

    /// <summary>The file's data rows.</summary>
    public int Rows { get; } = rows;

    /// <summary>What the file was recognised as, in words.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The columns it was recognised by, as the file writes them.</summary>
    public IReadOnlyList<string> ByColumns { get; set; } = [];

    /// <summary>The rows that became data.</summary>
    public int RowsUsed { get; set; }

    /// <summary>The mappings made, one line each, in the order they were first made.</summary>
    public List<string> Mappings { get; } = [];

    /// <summary>Rows left out, by reason: how many, and the first line.</summary>
    public IEnumerable<(string Reason, int Count, int FirstLine)> LeftOut =>
        _leftOut.OrderBy(r => r.Value.FirstLine).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value.Count, r.Value.FirstLine));

    public int LeftOutRows => _leftOut.Values.Sum(v => v.Count);

    /// <summary>Counts a row left out for <paramref name="reason"/>.</summary>
    public void Leave(string reason, int line)
    {
        _leftOut[reason] = _leftOut.TryGetValue(reason, out var seen) ? (seen.Count + 1, seen.FirstLine) : (1, line);
    }

    /// <summary>Records a mapping once (the same text twice is one line).</summary>
    public void Map(string mapping)
    {
        if (_mapped.Add(mapping))
            Mappings.Add(mapping);
    }
}
