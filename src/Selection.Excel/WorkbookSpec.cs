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
}

/// <summary>One column of the data sheet.</summary>
/// <param name="Header">The text of row 1.</param>
/// <param name="Kind">How the column's values are stored and shown.</param>
/// <param name="FillIn">The column the reader fills in: its data cells are unlocked and light yellow, and its
/// header is a stronger yellow.</param>
/// <param name="Width">The Excel column width, in characters (0–255).</param>
/// <param name="Explanation">One line for the explanation sheet.</param>
public sealed record SheetColumn(string Header, SheetCellKind Kind, bool FillIn, int Width, string Explanation);

/// <summary>A generic description of a workbook of two sheets: a data sheet and an explanation sheet.</summary>
/// <param name="SheetName">The data sheet's name (Excel's rules: 1–31 characters, none of <c>: \ / ? * [ ]</c>,
/// not starting or ending with an apostrophe).</param>
/// <param name="Columns">The data sheet's columns, in order.</param>
/// <param name="Rows">The data rows (row 2 on). Each row has one value per column: a <see cref="string"/> for
/// <see cref="SheetCellKind.Text"/>, an <see cref="int"/> or <see cref="long"/> for
/// <see cref="SheetCellKind.Integer"/>, a <see cref="double"/>, <see cref="decimal"/>, <see cref="int"/> or
/// <see cref="long"/> for <see cref="SheetCellKind.Percent"/> and <see cref="SheetCellKind.Decimal"/>;
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
    int? PriorityColumn);
