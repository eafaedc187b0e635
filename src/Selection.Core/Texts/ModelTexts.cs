namespace Selection.Core.Texts;

/// <summary>The messages of <see cref="PreparedSelection"/>, from <c>ModelTexts.resx</c>.</summary>
public static class ModelTexts
{
    private static readonly Catalog Texts = new("Selection.Core.Texts.ModelTexts", typeof(ModelTexts).Assembly);

    public static string ValueTooPrecise(string indicator, string year, int max) => Texts.Format(nameof(ValueTooPrecise), indicator, year, max);
}
