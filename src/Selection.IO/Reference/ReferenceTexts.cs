using Selection.Core.Texts;

namespace Selection.IO.Reference;

/// <summary>
/// What is wrong with a kommune table built into the engine (<see cref="ReferenceTables"/>): only an engine
/// built wrong shows one. From <c>ReferenceTexts.resx</c> (bokmål) and <c>ReferenceTexts.en.resx</c>, in the
/// language of the command (<see cref="Catalog"/>).
/// </summary>
public static class ReferenceTexts
{
    private static readonly Catalog Texts = new("Selection.IO.Reference.ReferenceTexts", typeof(ReferenceTexts).Assembly);

    public static string UnknownChange(string table, int line, string change) => Texts.Format(nameof(UnknownChange), table, line, change);
    public static string NotBuiltIn(string table) => Texts.Format(nameof(NotBuiltIn), table);
    public static string Broken(string table, string problems) => Texts.Format(nameof(Broken), table, problems);
    public static string NoColumn(string table, string column) => Texts.Format(nameof(NoColumn), table, column);
}
