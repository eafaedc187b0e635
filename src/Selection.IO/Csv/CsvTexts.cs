using Selection.Core.Texts;

namespace Selection.IO.Csv;

/// <summary>
/// The messages about CSV text (<see cref="Cells"/>, <see cref="CsvTable"/>, <see cref="TextDecoding"/>) and
/// the names of the encodings a file is read in, from <c>CsvTexts.resx</c> (bokmål) and <c>CsvTexts.en.resx</c>,
/// in the language of the command (<see cref="Catalog"/>).
/// </summary>
public static class CsvTexts
{
    private static readonly Catalog Texts = new("Selection.IO.Csv.CsvTexts", typeof(CsvTexts).Assembly);

    // Cells
    public static string NotANumberSpaceInside(string cell) => Texts.Format(nameof(NotANumberSpaceInside), cell);
    public static string NotANumberBothMarks(string cell) => Texts.Format(nameof(NotANumberBothMarks), cell);
    public static string NotANumber(string cell) => Texts.Format(nameof(NotANumber), cell);
    public static string NegativeCount(string cell) => Texts.Format(nameof(NegativeCount), cell);
    public static string CountTooLarge(string cell) => Texts.Format(nameof(CountTooLarge), cell);
    public static string NotAWholeNumber(string cell) => Texts.Format(nameof(NotAWholeNumber), cell);
    public static string NotACount(string cell) => Texts.Format(nameof(NotACount), cell);
    public static string NotAGrade(string cell) => Texts.Format(nameof(NotAGrade), cell);

    // CsvTable
    public static string MalformedQuoting(string reason) => Texts.Format(nameof(MalformedQuoting), reason);
    public static string StrayQuote => Texts.Get(nameof(StrayQuote));
    public static string TextAfterClosingQuote => Texts.Get(nameof(TextAfterClosingQuote));
    public static string UnterminatedQuote => Texts.Get(nameof(UnterminatedQuote));
    public static string LineBreakInQuotes => Texts.Get(nameof(LineBreakInQuotes));
    public static string CannotReadCsv(string reason) => Texts.Format(nameof(CannotReadCsv), reason);
    public static string NoHeaderRow => Texts.Get(nameof(NoHeaderRow));
    public static string ShortRow(int fields, int header) => Texts.Count(fields, nameof(ShortRowOne), nameof(ShortRow), header);
    public static string ExtraFields(int fields, int header) => Texts.Format(nameof(ExtraFields), fields, header);
    public static string EncodingMixed(string encodings) => Texts.Format(nameof(EncodingMixed), encodings);

    // TextDecoding
    public static string ZipNotCsv => Texts.Get(nameof(ZipNotCsv));
    public static string ParquetNotCsv => Texts.Get(nameof(ParquetNotCsv));
    public static string NotText => Texts.Get(nameof(NotText));
    public static string BomButNotUtf8 => Texts.Get(nameof(BomButNotUtf8));
    public static string Utf8WithBom => Texts.Get(nameof(Utf8WithBom));
    public static string MixedEncoding(int utf8Lines, int windows1252Lines) =>
        Texts.Format(nameof(MixedEncoding), Texts.Count(utf8Lines, nameof(LinesOne), nameof(LinesMany)), Texts.Count(windows1252Lines, nameof(LinesOne), nameof(LinesMany)));

    // The one-form keys of the counts above (a member's own key is its many-form), and the forms of the
    // lines of MixedEncoding (see the resource files).
    private const string ShortRowOne = nameof(ShortRowOne), LinesOne = nameof(LinesOne), LinesMany = nameof(LinesMany);
}
