namespace Selection.Core.Texts;

/// <summary>The words around a problem's message (<see cref="Problem.ToString"/>), from <c>ProblemTexts.resx</c>.</summary>
public static class ProblemTexts
{
    private static readonly Catalog Texts = new("Selection.Core.Texts.ProblemTexts", typeof(ProblemTexts).Assembly);

    /// <summary><c>{0} line {1}</c></summary>
    public static string FileLine(string file, int line) => Texts.Format(nameof(FileLine), file, line);

    /// <summary><c>column {0}</c></summary>
    public static string Column(string column) => Texts.Format(nameof(Column), column);

    /// <summary><c> (found '{0}')</c></summary>
    public static string Found(string found) => Texts.Format(nameof(Found), found);
}
