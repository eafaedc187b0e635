using System.Globalization;
using Selection.Core;

namespace Selection.Import.Sources;

/// <summary>
/// What the import has read so far, from every file: the facts of each canonical table keyed as the table keys
/// its rows, the log of each file, the problems. A fact given twice is one fact when the two agree (a duplicate,
/// logged) and an error naming both lines when they do not: that is how a filter row that slipped through, and
/// so pupils counted twice, is caught.
/// </summary>
public sealed class ImportContext(ImportTexts texts)
{
    public ImportTexts Texts { get; } = texts;

    public List<Problem> Problems { get; } = [];

    public List<FileLog> Logs { get; } = [];

    public Dictionary<(OrgNr, SchoolYear, int, EuGroup), EuFact> Eu { get; } = [];

    public Dictionary<(OrgNr, SchoolYear, int, string), NpFact> Np { get; } = [];

    public Dictionary<(OrgNr, SchoolYear), GspFact> Gsp { get; } = [];

    public Dictionary<(Indicator, SchoolYear), NationalFact> National { get; } = [];

    public Dictionary<(KommuneNr, SchoolYear, Indicator), KommuneFact> Kommune { get; } = [];

    public Dictionary<OrgNr, SchoolFact> Schools { get; } = [];

    public QuestionGroups Groups { get; } = new();

    /// <summary>The statistics bank's units, from every unit table of the folder.</summary>
    public UnitTable Units { get; } = new();

    /// <summary>The unit ids the wide reports used, with the unit each stands for and the first file that used it.</summary>
    public SortedDictionary<string, (Unit Unit, string File)> UnitMappings { get; } = new(StringComparer.Ordinal);

    /// <summary>Per canonical table, the files whose rows went into it (exports; a canonical file is recorded apart).</summary>
    public Dictionary<string, List<string>> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>The optional columns the sources carried: which are written (a column is written when a source gave it).</summary>
    public HashSet<string> Carried { get; } = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="file"/> gave rows to <paramref name="table"/>.</summary>
    public void Source(string table, string file)
    {
        if (!Sources.TryGetValue(table, out var files))
            Sources[table] = files = [];
        if (!files.Contains(file))
            files.Add(file);
    }

    public void Error(string code, string message, Origin origin, string? column = null, string? found = null) =>
        Problems.Add(Problem.Error(code, message, origin, column, found));

    /// <summary>
    /// Adds <paramref name="fact"/> under <paramref name="key"/>: <c>true</c> when it is new; a duplicate that agrees
    /// is left out of <paramref name="log"/>, one that disagrees is an error naming both lines.
    /// </summary>
    public bool Add<TKey, TFact>(Dictionary<TKey, TFact> facts, TKey key, TFact fact, Func<TFact, Origin> originOf, Func<TFact, TFact> withoutOrigin, string what, FileLog log)
        where TKey : notnull
    {
        if (!facts.TryGetValue(key, out var earlier))
        {
            facts.Add(key, fact);
            return true;
        }
        var origin = originOf(fact);
        var first = originOf(earlier);
        if (EqualityComparer<TFact>.Default.Equals(withoutOrigin(earlier), withoutOrigin(fact)))
        {
            log.Leave(Texts.ReasonDuplicate(Where(first)), origin.Line);
            return false;
        }
        Error("import-conflict", Texts.Conflict(what, Where(first)), origin);
        return false;
    }

    /// <summary>A place in the input, as messages show it: <c>fil.csv, linje 12</c>.</summary>
    public string Where(Origin origin) => origin.Line > 0
        ? Texts.FileLine(origin.File, origin.Line.ToString(CultureInfo.InvariantCulture))
        : origin.File;
}
