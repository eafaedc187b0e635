using Selection.Core;

namespace Selection.IO.Input;

/// <summary>The one way a cell is parsed: a value, or a problem naming the file, line, column and text.</summary>
internal static class RowParsing
{
    /// <summary>
    /// The parsed value of the cell in column <paramref name="name"/>, or a problem added to
    /// <paramref name="problems"/> and <paramref name="ok"/> set to false (the default value is returned).
    /// </summary>
    public static T Cell<T>(ParseResult<T> parsed, string name, ColumnBinding columns, TableRows row, Origin origin, List<Problem> problems, ref bool ok)
    {
        if (parsed.Success)
            return parsed.Value;
        problems.Add(Problem.Error("value-invalid", parsed.Error!, origin, columns.HeaderOf(name), columns.Cell(row, name)));
        ok = false;
        return default!;
    }
}
