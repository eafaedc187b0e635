using Selection.Core.Texts;

namespace Selection.Core;

/// <summary>How bad a problem is: an error stops a run; a warning is reported and the run goes on.</summary>
public enum Severity
{
    Error,
    Warning,
}

/// <summary>
/// Where a piece of input came from: the file (as the user named it, relative to the data folder) and
/// the 1-based line. Carried from the reader through the method so that a problem found late (a
/// school in a split kommune) still points at the line to fix.
/// </summary>
public readonly record struct Origin(string File, int Line)
{
    public override string ToString() => Line > 0 ? ProblemTexts.FileLine(File, Line) : File;
}

/// <summary>
/// One problem with the input or the rules, as data (validators return lists of these; nothing
/// throws for bad input). <see cref="Code"/> groups problems of one kind; <see cref="Column"/> and
/// <see cref="Found"/> say which cell and what text was in it.
/// </summary>
public sealed record Problem(
    Severity Severity,
    string Code,
    string Message,
    string? File = null,
    int? Line = null,
    string? Column = null,
    string? Found = null)
{
    public static Problem Error(string code, string message, Origin origin = default, string? column = null, string? found = null) =>
        new(Severity.Error, code, message, NullIfEmpty(origin.File), origin.Line > 0 ? origin.Line : null, column, found);

    public static Problem Warning(string code, string message, Origin origin = default, string? column = null, string? found = null) =>
        new(Severity.Warning, code, message, NullIfEmpty(origin.File), origin.Line > 0 ? origin.Line : null, column, found);

    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The problem as one line a person reads, in the current language (<see cref="Catalog"/>):
    /// <c>skoler.csv line 12, column kommunenummer: ... (found '1507')</c>.
    /// </summary>
    public override string ToString()
    {
        var where = File ?? "";
        if (Line is not null) where = ProblemTexts.FileLine(where, Line.Value).TrimStart();
        if (Column is not null) where += (where.Length > 0 ? ", " : "") + ProblemTexts.Column(Column);
        var found = Found is null ? "" : ProblemTexts.Found(Found);
        return where.Length > 0 ? $"{where}: {Message}{found}" : $"{Message}{found}";
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
