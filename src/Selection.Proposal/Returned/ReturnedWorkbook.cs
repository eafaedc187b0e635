using Selection.Excel;

namespace Selection.Proposal.Returned;

/// <summary>A returned shortlist that is the workbook (.xlsx): its data sheet as a <see cref="ReturnedTable"/>.</summary>
public static class ReturnedWorkbook
{
    /// <summary>
    /// Reads the sheet the run wrote (<see cref="ShortlistWorkbook.SheetName"/>), or the first sheet when a
    /// statsforvalter renamed it; every cell as the text Excel holds (numbers in full, invariant).
    /// </summary>
    public static (ReturnedTable? Table, string? Error) Read(byte[] bytes, string file)
    {
        var (sheet, error) = XlsxReader.Read(bytes, ShortlistWorkbook.SheetName);
        if (sheet is null)
            return (null, error);
        return (new ReturnedTable(file, $"xlsx, sheet '{sheet.Name}'", sheet.Headers, sheet.Rows.Select(r => new ReturnedRow(r.Line, r.Cells)).ToArray()), null);
    }
}
