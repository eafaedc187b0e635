using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Selection.Excel;

internal enum Fill { None, FillIn, FillInHeader }

internal enum NumberFormat { General, Text, Integer, Percent, TwoDecimals }

/// <summary>One cell style; the default is Excel's Normal (locked, General).</summary>
internal readonly record struct StyleKey(
    bool Bold = false,
    bool Wrap = false,
    bool Top = false,
    Fill Fill = Fill.None,
    NumberFormat NumberFormat = NumberFormat.General,
    bool Unlocked = false,
    bool QuotePrefix = false);

/// <summary>
/// The workbook's cell formats, numbered in order of first use (so the same spec gives the same numbers).
/// Index 0 is the default style.
/// </summary>
internal sealed class StyleTable
{
    /// <summary>The custom number format of <see cref="NumberFormat.Percent"/>: one decimal and a space before %.</summary>
    public const string PercentFormatCode = "0.0 %";

    private const uint PercentFormatId = 164;
    private readonly List<StyleKey> _keys = [default];

    public uint Index(StyleKey key)
    {
        var index = _keys.IndexOf(key);
        if (index < 0)
        {
            index = _keys.Count;
            _keys.Add(key);
        }
        return (uint)index;
    }

    public Stylesheet Build()
    {
        var formats = new CellFormats();
        foreach (var key in _keys)
            formats.Append(Format(key));
        formats.Count = (uint)_keys.Count;

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = PercentFormatCode }) { Count = 1U },
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2U },
            new Fills(
                new DocumentFormat.OpenXml.Spreadsheet.Fill(new PatternFill { PatternType = PatternValues.None }),
                new DocumentFormat.OpenXml.Spreadsheet.Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFFFF2CC"),  // light yellow: the cells to fill in
                Solid("FFFFD966"))  // stronger yellow: their header
            { Count = 4U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }

    private static CellFormat Format(StyleKey key)
    {
        var format = new CellFormat
        {
            NumberFormatId = key.NumberFormat switch
            {
                NumberFormat.Text => 49U,        // @
                NumberFormat.Integer => 1U,      // 0
                NumberFormat.Percent => PercentFormatId,
                NumberFormat.TwoDecimals => 2U,  // 0.00
                _ => 0U,
            },
            FontId = key.Bold ? 1U : 0U,
            FillId = key.Fill switch
            {
                Fill.FillIn => 2U,
                Fill.FillInHeader => 3U,
                _ => 0U,
            },
            BorderId = 0U,
            FormatId = 0U,
        };
        if (key.NumberFormat != NumberFormat.General)
            format.ApplyNumberFormat = true;
        if (key.Bold)
            format.ApplyFont = true;
        if (key.Fill != Fill.None)
            format.ApplyFill = true;
        if (key.QuotePrefix)
            format.QuotePrefix = true;
        if (key.Wrap || key.Top)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment
            {
                WrapText = key.Wrap ? true : null,
                Vertical = key.Top ? VerticalAlignmentValues.Top : null,
            });
        }
        if (key.Unlocked)
        {
            format.ApplyProtection = true;
            format.Append(new Protection { Locked = false });
        }
        return format;
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
            font.Append(new Bold());
        font.Append(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static DocumentFormat.OpenXml.Spreadsheet.Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }) { PatternType = PatternValues.Solid });
}
