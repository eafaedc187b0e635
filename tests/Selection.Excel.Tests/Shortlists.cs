namespace Selection.Excel.Tests;

/// <summary>A small spec like a statsforvalter's shortlist, and helpers to write it.</summary>
internal static class Shortlists
{
    public static WorkbookSpec Small() => new(
        SheetName: "Kortliste",
        Columns:
        [
            new SheetColumn("Kommunenummer", SheetCellKind.Text, FillIn: false, Width: 14, "Kommunens nummer (fire sifre)."),
            new SheetColumn("Antall skoler", SheetCellKind.Integer, FillIn: false, Width: 10, "Skoler i utvalget."),
            new SheetColumn("Andel", SheetCellKind.Percent, FillIn: false, Width: 9, "Andel rangerbare skoler."),
            new SheetColumn("Prioritet", SheetCellKind.Integer, FillIn: true, Width: 11, "Fyll inn: 1 = høyest."),
            new SheetColumn("Merknad", SheetCellKind.Text, FillIn: false, Width: 30, "Merknader."),
        ],
        Rows:
        [
            ["0301", 12L, 0.359, null, "=SUM(A1)"],
            ["4601", 3L, 1.0, null, "ILLUSTRATIV"],
        ],
        ExplanationSheetName: "Forklaring",
        ExplanationLines: ["Kortliste for Statsforvalteren i Testfylke", "ILLUSTRATIVE regler, SYNTETISKE data."],
        PriorityColumn: 3);

    public static byte[] Bytes(WorkbookSpec spec)
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, spec);
        return stream.ToArray();
    }
}
