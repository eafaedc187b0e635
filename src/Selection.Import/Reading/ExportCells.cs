using System.Globalization;
using Selection.Core;
using Selection.IO.Csv;

namespace Selection.Import.Reading;

/// <summary>The three states of a cell in an export, which the canonical data keeps apart.</summary>
public enum CellState
{
    /// <summary>A number.</summary>
    Value,

    /// <summary>Udir suppressed ("prikket", "skjermet") the value: written <c>*</c>.</summary>
    Suppressed,

    /// <summary>The export has the row but no value in the cell: written as an empty cell.</summary>
    NoData,
}

/// <summary>
/// A cell of an export as the canonical data writes it: a number with a decimal comma and the decimals the
/// export gave (<c>4,50</c> stays <c>4,50</c>), <c>*</c> for a suppressed value, or empty for no data.
/// </summary>
public readonly record struct ExportCell(CellState State, string Text)
{
    public static readonly ExportCell NoData = new(CellState.NoData, "");

    public static readonly ExportCell Suppressed = new(CellState.Suppressed, "*");

    /// <summary>The number, for a <see cref="CellState.Value"/> cell.</summary>
    public decimal Number => decimal.Parse(Text.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public bool HasValue => State == CellState.Value;
}

/// <summary>
/// Reads the cells of Udir's exports (statistikkbanken, NSR): decimal comma or point, space and non-breaking
/// space as thousands separators in counts (<see cref="Cells"/> of the IO project does the numbers). Unlike the
/// canonical reader, which takes every mark as missing, the import keeps the marks apart: <c>*</c>, <c>.</c> and
/// <c>:</c> are suppression (Udir writes <c>*</c>; <c>.</c> and <c>:</c> are the other marks of suppression
/// DOMAIN §9 and SSB use), an empty cell, <c>-</c>, <c>–</c> and <c>..</c> are no data.
/// </summary>
public static class ExportCells
{
    private static readonly HashSet<string> SuppressionMarks = new(StringComparer.Ordinal) { "*", ".", ":" };

    private static readonly HashSet<string> NoDataMarks = new(StringComparer.Ordinal) { "", "-", "\u2013", ".." };

    /// <summary>The state a mark stands for, or <c>null</c> when the text is not a mark.</summary>
    public static CellState? Mark(string text)
    {
        var t = text.Trim();
        if (SuppressionMarks.Contains(t))
            return CellState.Suppressed;
        if (NoDataMarks.Contains(t))
            return CellState.NoData;
        return null;
    }

    /// <summary>A measured value (a percentage, an index, grunnskolepoeng, a standard deviation).</summary>
    public static ParseResult<ExportCell> Value(string text)
    {
        if (Mark(text) is { } state)
            return ParseResult<ExportCell>.Ok(state == CellState.Suppressed ? ExportCell.Suppressed : ExportCell.NoData);
        var parsed = Cells.Value(text);
        if (!parsed.Success)
            return ParseResult<ExportCell>.Fail(parsed.Error!);
        return ParseResult<ExportCell>.Ok(new ExportCell(CellState.Value, Canonical(parsed.Value!.Value)));
    }

    /// <summary>A count of pupils; thousands separators allowed.</summary>
    public static ParseResult<ExportCell> Count(string text)
    {
        if (Mark(text) is { } state)
            return ParseResult<ExportCell>.Ok(state == CellState.Suppressed ? ExportCell.Suppressed : ExportCell.NoData);
        var parsed = Cells.Count(text);
        if (!parsed.Success)
            return ParseResult<ExportCell>.Fail(parsed.Error!);
        return ParseResult<ExportCell>.Ok(new ExportCell(CellState.Value, parsed.Value!.Value.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>A number as the canonical data writes it: invariant digits, the decimals kept, a decimal comma.</summary>
    public static string Canonical(decimal value) => value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
}
