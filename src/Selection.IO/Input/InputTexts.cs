using Selection.Core.Texts;

namespace Selection.IO.Input;

/// <summary>
/// The messages about a data folder and its tables (<see cref="DataSetReader"/>, the sources, the columns,
/// <c>convert</c>) and about a file that cannot be read (<see cref="InputFile"/>), from <c>InputTexts.resx</c>
/// (bokmål) and <c>InputTexts.en.resx</c>, in the language of the command (<see cref="Catalog"/>).
/// </summary>
public static class InputTexts
{
    private static readonly Catalog Texts = new("Selection.IO.Input.InputTexts", typeof(InputTexts).Assembly);

    // InputFile
    public static string PathEmpty => Texts.Get(nameof(PathEmpty));
    public static string NotARegularFile => Texts.Get(nameof(NotARegularFile));
    public static string IsAFolder => Texts.Get(nameof(IsAFolder));
    public static string DanglingLink(string link) => Texts.Format(nameof(DanglingLink), link);
    public static string FileDoesNotExist => Texts.Get(nameof(FileDoesNotExist));
    public static string FileEmpty => Texts.Get(nameof(FileEmpty));
    public static string FileTooLarge(long bytes, long max) => Texts.Format(nameof(FileTooLarge), bytes, max);
    public static string FileChanged => Texts.Get(nameof(FileChanged));
    public static string CannotReadFile(string reason) => Texts.Format(nameof(CannotReadFile), reason);

    // Lists and quoting
    /// <summary>The words joined by "and" (" og "): <c>a and b</c>.</summary>
    public static string ListAnd => Texts.Get(nameof(ListAnd));
    /// <summary>A name or a text found, quoted: <c>'x'</c>, «x».</summary>
    public static string Quoted(string text) => Texts.Format(nameof(Quoted), text);
    /// <summary>The items, each quoted, separated by commas.</summary>
    internal static string QuotedList(IEnumerable<string> items) => string.Join(", ", items.Select(Quoted));
    /// <summary>The items joined by <see cref="ListAnd"/>.</summary>
    internal static string AndList<T>(IEnumerable<T> items) => string.Join(ListAnd, items);

    // The dialect of a file and its line in the summaries
    public static string DialectCsv(string encoding, string separator) => Texts.Format(nameof(DialectCsv), encoding, separator);
    public static string SeparatorTab => Texts.Get(nameof(SeparatorTab));
    public static string SourceLine(string file, int rows, int used, string format, string ignored) => Texts.Format(nameof(SourceLine), file, rows, used, format, ignored);
    public static string SourceIgnored(string list) => Texts.Format(nameof(SourceIgnored), list);
    public static string SourceIgnoredRows(int rows, string reason) => Texts.Format(nameof(SourceIgnoredRows), rows, reason);

    // datasett.json
    public static string JsonInvalid(string reason) => Texts.Format(nameof(JsonInvalid), reason);
    public static string DatasettNotAnObject => Texts.Get(nameof(DatasettNotAnObject));
    public static string KeyMustBeString(string key) => Texts.Format(nameof(KeyMustBeString), key);
    public static string KeyUnknown(string key, string known) => Texts.Format(nameof(KeyUnknown), key, known);
    public static string SyntheticMustBeBoolean => Texts.Get(nameof(SyntheticMustBeBoolean));

    // The data folder
    public static string DataFolderIsAFile(string folder) => Texts.Format(nameof(DataFolderIsAFile), folder);
    public static string DataFolderMissing(string folder) => Texts.Format(nameof(DataFolderMissing), folder);
    public static string FileMissing(string name) => Texts.Format(nameof(FileMissing), name);
    public static string FileTwice(string files) => Texts.Format(nameof(FileTwice), files);
    public static string ControlCharacter(int character) => Texts.Format(nameof(ControlCharacter), character);

    // Columns
    public static string ColumnTwice(string column, int times) => Texts.Format(nameof(ColumnTwice), column, times);
    public static string ColumnMissing(string column, string found) => Texts.Format(nameof(ColumnMissing), column, found);
    public static string NoIndicatorColumn(string columns) => Texts.Format(nameof(NoIndicatorColumn), columns);

    // Rows of the indicator sources
    public static string TrinnNotAnIndicatorGrade(int trinn) => Texts.Format(nameof(TrinnNotAnIndicatorGrade), trinn);
    public static string ElevundersokelsenNotInTrinn(int trinn) => Texts.Format(nameof(ElevundersokelsenNotInTrinn), trinn);
    public static string NasjonaleProverNotInTrinn(int trinn) => Texts.Format(nameof(NasjonaleProverNotInTrinn), trinn);
    public static string NotASubject(string fag) => Texts.Format(nameof(NotASubject), fag);
    public static string EngelskNotAnIndicatorSubject => Texts.Get(nameof(EngelskNotAnIndicatorSubject));
    public static string FagEmpty => Texts.Get(nameof(FagEmpty));
    public static string RowKeyTrinn(int trinn) => Texts.Format(nameof(RowKeyTrinn), trinn);
    public static string RowDuplicate(string row, int line) => Texts.Format(nameof(RowDuplicate), row, line);
    public static string RowConflict(string row, int line) => Texts.Format(nameof(RowConflict), row, line);
    public static string OutOfRangePercentage(object indicator, decimal minimum, decimal maximum) => Texts.Format(nameof(OutOfRangePercentage), indicator, minimum, maximum);
    public static string OutOfRangeGrunnskolepoeng(object indicator, decimal minimum, decimal maximum) => Texts.Format(nameof(OutOfRangeGrunnskolepoeng), indicator, minimum, maximum);
    public static string OutOfRangeIndex(object indicator, decimal minimum, decimal maximum) => Texts.Format(nameof(OutOfRangeIndex), indicator, minimum, maximum);
    public static string BooleanInvalid(string column) => Texts.Format(nameof(BooleanInvalid), column);
    public static string StandardavvikOutOfRange(object indicator, decimal maximum) => Texts.Format(nameof(StandardavvikOutOfRange), indicator, maximum);

    // deltakere
    public static string ParticipantRound => Texts.Get(nameof(ParticipantRound));

    // nasjonalt
    public static string NationalValueMissing => Texts.Get(nameof(NationalValueMissing));
    public static string NationalDuplicate(object indicator, object year, int line) => Texts.Format(nameof(NationalDuplicate), indicator, year, line);
    public static string NationalConflict(object indicator, object year, int line) => Texts.Format(nameof(NationalConflict), indicator, year, line);

    // skoler
    public static string SkolenavnEmpty => Texts.Get(nameof(SkolenavnEmpty));
    public static string EierformInvalid => Texts.Get(nameof(EierformInvalid));
    public static string TrinnFraAboveTrinnTil(int fra, int til) => Texts.Format(nameof(TrinnFraAboveTrinnTil), fra, til);
    public static string SchoolDuplicate(object orgnr, int line) => Texts.Format(nameof(SchoolDuplicate), orgnr, line);
    public static string SchoolConflict(object orgnr, int line) => Texts.Format(nameof(SchoolConflict), orgnr, line);

    // convert
    public static string LeftOutColumn(string file, int column) => Texts.Format(nameof(LeftOutColumn), file, column);
    public static string ColumnUnnamed(int column) => Texts.Format(nameof(ColumnUnnamed), column);
    public static string ColumnTwiceForParquet(string column, int times, string columns) => Texts.Format(nameof(ColumnTwiceForParquet), column, times, columns);
    public static string CellNotConverted(string file, int line, string column, string reason) => Texts.Format(nameof(CellNotConverted), file, line, column, reason);
}
