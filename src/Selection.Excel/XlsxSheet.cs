namespace Selection.Excel;

/// <summary>One non-empty row of a sheet as read.</summary>
/// <param name="Line">The Excel row number (the header is normally row 1).</param>
/// <param name="Cells">Every cell as text in canonical invariant form (see <see cref="XlsxReader"/>);
/// "" for an empty cell. All rows of a sheet, and its headers, have the same number of cells.</param>
public sealed record XlsxRow(int Line, IReadOnlyList<string> Cells);

/// <summary>A sheet as read: its name, the header row's cells and the non-empty rows after it.</summary>
/// <param name="Name">The name of the sheet that was read (the first sheet's when the asked name was not found).</param>
/// <param name="Headers">The cells of the first non-empty row, as text.</param>
/// <param name="Rows">The non-empty rows after the header row, in order.</param>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<XlsxRow> Rows);
