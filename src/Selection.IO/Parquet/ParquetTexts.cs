using Selection.Core.Texts;

namespace Selection.IO.Parquet;

/// <summary>
/// The messages about a Parquet file that cannot be read (corrupt, truncated, nested or of a type that is
/// not read), from <c>ParquetTexts.resx</c> (bokmål) and <c>ParquetTexts.en.resx</c>, in the language of the
/// command (<see cref="Catalog"/>). What Parquet.Net itself says is passed on as it is.
/// </summary>
public static class ParquetTexts
{
    private static readonly Catalog Texts = new("Selection.IO.Parquet.ParquetTexts", typeof(ParquetTexts).Assembly);

    // The footer and the frame of the file
    public static string PastTheEnd => Texts.Get(nameof(PastTheEnd));
    public static string FooterThriftType(int wireType) => Texts.Format(nameof(FooterThriftType), wireType);
    public static string FooterTooDeep(int levels) => Texts.Format(nameof(FooterTooDeep), levels);
    public static string FooterNumberTooLong(int bytes) => Texts.Format(nameof(FooterNumberTooLong), bytes);
    public static string NotParquet => Texts.Get(nameof(NotParquet));
    public static string NoEndMark => Texts.Get(nameof(NoEndMark));
    public static string FooterDoesNotFit(int footerLength, int fileLength) => Texts.Format(nameof(FooterDoesNotFit), footerLength, fileLength);

    // What is wrong with the file
    public static string CannotRead(string reason) => Texts.Format(nameof(CannotRead), reason);
    public static string CannotReadColumn(string column, string reason) => Texts.Format(nameof(CannotReadColumn), column, reason);
    public static string InColumn(string column) => Texts.Format(nameof(InColumn), column);
    public static string CorruptTooLarge(string where) => Texts.Format(nameof(CorruptTooLarge), where);
    public static string CorruptMetadata(string where) => Texts.Format(nameof(CorruptMetadata), where);
    public static string Unsupported(string where, string reason) => Texts.Format(nameof(Unsupported), where, reason);
    public static string Corrupt(string where, string reason) => Texts.Format(nameof(Corrupt), where, reason);

    // The schema
    public static string NoSchema => Texts.Get(nameof(NoSchema));
    public static string SchemaShort(int declared, int found) => Texts.Format(nameof(SchemaShort), declared, found);
    public static string ColumnIs(string column, string kind) => Texts.Format(nameof(ColumnIs), column, kind);
    public static string OnlyFlatColumns(string columns) => Texts.Format(nameof(OnlyFlatColumns), columns);
    public static string ColumnIsA(string column, string kind) => Texts.Format(nameof(ColumnIsA), column, kind);
    public static string RepeatedColumn => Texts.Get(nameof(RepeatedColumn));
    public static string List => Texts.Get(nameof(List));
    public static string Map => Texts.Get(nameof(Map));
    public static string Struct => Texts.Get(nameof(Struct));

    // Rows and values
    public static string RowGroupRows(int group, long rows) => Texts.Format(nameof(RowGroupRows), group, rows);
    public static string TooManyRows(long rows) => Texts.Format(nameof(TooManyRows), rows);
    public static string ColumnWithoutData => Texts.Get(nameof(ColumnWithoutData));
    public static string ColumnValueCount(long values, int rows) => Texts.Format(nameof(ColumnValueCount), values, rows);
    public static string TypeNotReadable(string type) => Texts.Format(nameof(TypeNotReadable), type);
    public static string NotAColumnType(string column, object? parquetType, string clrType, string columnTypes) => Texts.Format(nameof(NotAColumnType), column, parquetType, clrType, columnTypes);
    public static string DecimalTooLarge(string value) => Texts.Format(nameof(DecimalTooLarge), value);
}
