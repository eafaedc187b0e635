namespace Selection.Excel;

/// <summary>How a column's values are stored and shown.</summary>
public enum SheetCellKind
{
    /// <summary>A string, stored as text (a leading zero stays: "0301"). Never a formula.</summary>
    Text,

    /// <summary>A whole number (<see cref="int"/> or <see cref="long"/>), shown without decimals.</summary>
    Integer,

    /// <summary>A fraction (0.359, as <see cref="double"/> or <see cref="decimal"/>), shown as "35,9 %"
    /// (number format <c>0.0 %</c>; the decimal mark is the reader's Excel's).</summary>
    Percent,

    /// <summary>A number (<see cref="double"/> or <see cref="decimal"/>), shown with two decimals.</summary>
    Decimal,

    /// <summary>A number of any kind, shown in Excel's General format: as many decimals as it has (3.85, 15, 0.125).</summary>
    Number,
}

/// <summary>One column of a data sheet.</summary>
/// <param name="Header">The text of row 1.</param>
/// <param name="Kind">How the column's values are stored and shown.</param>
/// <param name="FillIn">The column the reader fills in: its data cells are unlocked and light yellow, and its
/// header is a stronger yellow.</param>
/// <param name="Width">The Excel column width, in characters (0–255).</param>
/// <param name="Explanation">One line for the explanation sheet.</param>
public sealed record SheetColumn(string Header, SheetCellKind Kind, bool FillIn, int Width, string Explanation);

/// <summary>
/// A generic description of a workbook: one or more data sheets, then an explanation sheet. The positional
/// parameters describe the first data sheet (a shortlist has only that one); <see cref="MoreSheets"/> holds the
/// others. <see cref="Of"/> builds a workbook from a list of sheets.
/// </summary>
/// <param name="SheetName">The data sheet's name (Excel's rules: 1–31 characters, none of <c>: \ / ? * [ ]</c>,
/// not starting or ending with an apostrophe).</param>
/// <param name="Columns">The data sheet's columns, in order.</param>
/// <param name="Rows">The data rows (row 2 on). Each row has one value per column: a <see cref="string"/> for
/// <see cref="SheetCellKind.Text"/>, an <see cref="int"/> or <see cref="long"/> for
/// <see cref="SheetCellKind.Integer"/>, a <see cref="double"/>, <see cref="decimal"/>, <see cref="int"/> or
/// <see cref="long"/> for <see cref="SheetCellKind.Percent"/>, <see cref="SheetCellKind.Decimal"/> and
/// <see cref="SheetCellKind.Number"/>;
/// <see langword="null"/> for an empty cell.</param>
/// <param name="ExplanationSheetName">The explanation sheet's name (same rules, and not the data sheet's name).</param>
/// <param name="ExplanationLines">Free text lines at the top of the explanation sheet; the first is shown bold
/// as its title.</param>
/// <param name="PriorityColumn">The index of the column whose data cells only accept a whole number of 1 or more
/// (blank allowed), or <see langword="null"/> for none.</param>
public sealed record WorkbookSpec(
    string SheetName,
    IReadOnlyList<SheetColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    string ExplanationSheetName,
    IReadOnlyList<string> ExplanationLines,
    int? PriorityColumn)
{
    /// <summary>The data sheets after the first, in order (none by default).</summary>
    public IReadOnlyList<SheetSpec> MoreSheets { get; init; } = [];

    /// <summary>Whether every sheet is protected (without a password) so that only the fill-in columns' data cells
    /// can be changed. By default <see langword="true"/>; a workbook only for reading, whose reader sorts and adds
    /// columns of their own, sets it to <see langword="false"/>.</summary>
    public bool Protect { get; init; } = true;

    /// <summary>Every data sheet, in order: the first, then <see cref="MoreSheets"/>.</summary>
    public IReadOnlyList<SheetSpec> Sheets => [new SheetSpec(SheetName, Columns, Rows, PriorityColumn), .. MoreSheets ?? []];

    /// <summary>A workbook of the data sheets <paramref name="sheets"/> (at least one), in order, and an explanation sheet.</summary>
    public static WorkbookSpec Of(IReadOnlyList<SheetSpec> sheets, string explanationSheetName, IReadOnlyList<string> explanationLines, bool protect)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Count == 0)
            throw new ArgumentException("a workbook has at least one data sheet", nameof(sheets));
        var first = sheets[0] ?? throw new ArgumentException("data sheet 1 is null", nameof(sheets));
        return new WorkbookSpec(first.Name, first.Columns, first.Rows, explanationSheetName, explanationLines, first.PriorityColumn)
        {
            MoreSheets = sheets.Skip(1).ToArray(),
            Protect = protect,
        };
    }
}

/// <summary>One data sheet: a bold frozen header with an autofilter over typed rows.</summary>
/// <param name="Name">The sheet's name (Excel's rules, as <see cref="WorkbookSpec.SheetName"/>; unique in the workbook,
/// whatever the case).</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">The data rows (row 2 on), typed as <see cref="WorkbookSpec.Rows"/>.</param>
/// <param name="PriorityColumn">The index of the column whose data cells only accept a whole number of 1 or more
/// (blank allowed), or <see langword="null"/> for none.</param>
public sealed record SheetSpec(
    string Name,
    IReadOnlyList<SheetColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    int? PriorityColumn = null);
