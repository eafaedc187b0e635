using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Selection.Excel.Tests;

/// <summary>
/// Data cells are written one element at a time with the SDK's streaming writer, not built as a tree of
/// <see cref="Cell"/> objects. Each must be the element the tree gives: the same attributes in the same
/// order, the inline string with <c>xml:space="preserve"</c> exactly where the SDK puts it, an empty
/// fill-in cell with its style and nothing else.
/// </summary>
public class StreamedCellsTests
{
    private static readonly XNamespace X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static WorkbookSpec Tricky() => new(
        SheetName: "Ark",
        Columns:
        [
            new SheetColumn("Tekst", SheetCellKind.Text, FillIn: false, Width: 14, "Tekst."),
            new SheetColumn("Heltall", SheetCellKind.Integer, FillIn: false, Width: 10, "Tall."),
            new SheetColumn("Andel", SheetCellKind.Percent, FillIn: false, Width: 9, "Andel."),
            new SheetColumn("Desimal", SheetCellKind.Decimal, FillIn: false, Width: 9, "Desimal."),
            new SheetColumn("Prioritet", SheetCellKind.Integer, FillIn: true, Width: 11, "Fyll inn."),
            new SheetColumn("Begrunnelse", SheetCellKind.Text, FillIn: true, Width: 30, "Fyll inn."),
        ],
        Rows:
        [
            [" ledende mellomrom", 12L, 0.359, 1.25m, null, null],
            ["linje\nlinje", 0, 1.0, 0.1m, 3L, "tekst\tmed tabulator"],
            ["=SUM(A1)", -4L, null, null, null, "avsluttende "],
            ["vanlig", null, 0.5, 2.0, null, "@nevnt"],
        ],
        ExplanationSheetName: "Forklaring",
        ExplanationLines: ["Forklaring"],
        PriorityColumn: 4);

    private static XElement[] DataCells(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        using var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        return XDocument.Load(sheet).Descendants(X + "row").Skip(1).SelectMany(r => r.Elements(X + "c")).ToArray();
    }

    /// <summary>The element the SDK's tree writes for the same cell, without the namespace declaration a detached element carries.</summary>
    private static XElement AsTree(Cell cell)
    {
        var element = XElement.Parse(cell.OuterXml);
        foreach (var e in element.DescendantsAndSelf())
            e.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        return element;
    }

    private static Cell TreeCell(XElement written, object? value)
    {
        var cell = new Cell { CellReference = (string)written.Attribute("r")!, StyleIndex = (uint)written.Attribute("s")! };
        switch (value)
        {
            case null:
                break;
            case string text:
                var t = new Text(text);
                if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n') || text.Contains('\t'))
                    t.Space = SpaceProcessingModeValues.Preserve;
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(t);
                break;
            default:
                cell.CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
        return cell;
    }

    [Test]
    public void Each_data_cell_is_the_element_the_tree_would_write()
    {
        var spec = Tricky();
        var written = DataCells(Shortlists.Bytes(spec));

        // Row by row, the cells there should be: a value, or an empty fill-in cell; no cell for an empty value elsewhere.
        var expected = spec.Rows.SelectMany((row, r) => row.Select((value, c) => (Reference: $"{(char)('A' + c)}{r + 2}", Value: value, spec.Columns[c].FillIn)))
            .Where(x => x.Value is not null || x.FillIn)
            .ToArray();
        written.Select(c => (string)c.Attribute("r")!).Should().Equal(expected.Select(e => e.Reference));
        for (var i = 0; i < written.Length; i++)
            XNode.DeepEquals(written[i], AsTree(TreeCell(written[i], expected[i].Value))).Should().BeTrue($"{written[i]} is the tree's {AsTree(TreeCell(written[i], expected[i].Value))}");
    }

    [Test]
    public void A_text_with_spaces_at_its_ends_or_a_line_break_keeps_them()
    {
        var texts = DataCells(Shortlists.Bytes(Tricky())).Select(c => c.Descendants(X + "t").SingleOrDefault()).OfType<XElement>().ToArray();
        texts.Where(t => t.Attribute(XNamespace.Xml + "space")?.Value == "preserve").Select(t => t.Value)
            .Should().Equal(" ledende mellomrom", "linje\nlinje", "tekst\tmed tabulator", "avsluttende ");
    }

    /// <summary>Texts XML escapes, or that take another way through the writer: markup, line breaks, tabs, a character outside the BMP, separators.</summary>
    private static readonly string[] XmlTexts =
    [
        "Ås & Bø <skole> \"sitat\" 'enkel'", "]]>", "a\nb", "\tinnrykk", "emoji 😀 slutt", "neste\u0085linje", "linje\u2028skille",
        "avsnitt\u2029skille", "hardt\u00A0mellomrom", "Kárášjohka čđŋšŧž", "", " ", "  to  ", "=1+2", "-3", "vognretur\r", "_x0041_",
    ];

    private static WorkbookSpec XmlSpecial() => Tricky() with
    {
        Rows =
        [
            .. XmlTexts.Select((text, i) => (IReadOnlyList<object?>)[text, (long)i, i / 7.0, i * 1.5m, null, i % 2 == 0 ? null : text]),
            [null, null, null, null, null, null],
            [null, 1, null, null, null, null],
        ],
    };

    /// <summary>The bytes from the end of <c>&lt;x:sheetData&gt;</c>'s start tag to <c>&lt;/x:sheetData&gt;</c>.</summary>
    private static byte[] SheetDataContent(byte[] part)
    {
        var start = part.AsSpan().IndexOf("<x:sheetData"u8);
        start += part.AsSpan(start).IndexOf(">"u8) + 1;
        var end = part.AsSpan().IndexOf("</x:sheetData>"u8);
        return part[start..end];
    }

    /// <summary>
    /// The data rows as System.Xml's XmlWriter writes them element by element (the way the SDK's writer goes), the
    /// header row from the written part and each cell's style from the written cell: what the bytes must be.
    /// </summary>
    private static byte[] RowsAsXmlWriterWritesThem(WorkbookSpec spec, byte[] writtenPart)
    {
        var written = XDocument.Load(new MemoryStream(writtenPart)).Descendants(X + "c")
            .ToDictionary(c => (string)c.Attribute("r")!, c => (string)c.Attribute("s")!);
        var content = SheetDataContent(writtenPart);
        var header = content[..(content.AsSpan().IndexOf("</x:row>"u8) + "</x:row>".Length)];
        const string Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var memory = new MemoryStream();
        using (var writer = XmlWriter.Create(memory, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartElement("x", "sheetData", Ns);
            for (var r = 0; r < spec.Rows.Count; r++)
            {
                writer.WriteStartElement("x", "row", Ns);
                writer.WriteAttributeString("r", (r + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
                for (var c = 0; c < spec.Columns.Count; c++)
                {
                    var value = spec.Rows[r][c];
                    if (value is null && !spec.Columns[c].FillIn)
                        continue;
                    var reference = $"{(char)('A' + c)}{r + 2}";
                    writer.WriteStartElement("x", "c", Ns);
                    writer.WriteAttributeString("r", reference);
                    writer.WriteAttributeString("s", written[reference]);
                    if (value is string text)
                    {
                        var encoded = text.Replace("_x", "_x005F_x", StringComparison.Ordinal).Replace("\r", "_x000D_", StringComparison.Ordinal);
                        writer.WriteAttributeString("t", "inlineStr");
                        writer.WriteStartElement("x", "is", Ns);
                        writer.WriteStartElement("x", "t", Ns);
                        if (encoded.Length > 0 && (char.IsWhiteSpace(encoded[0]) || char.IsWhiteSpace(encoded[^1]) || encoded.Contains('\n') || encoded.Contains('\t')))
                            writer.WriteAttributeString("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
                        writer.WriteString(encoded);
                        writer.WriteEndElement();
                        writer.WriteEndElement();
                    }
                    else if (value is not null)
                    {
                        writer.WriteStartElement("x", "v", Ns);
                        writer.WriteString(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                        writer.WriteEndElement();
                    }
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        return [.. header, .. SheetDataContent(memory.ToArray())];
    }

    private static byte[] SheetPart(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        using var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        using var bytes = new MemoryStream();
        sheet.CopyTo(bytes);
        return bytes.ToArray();
    }

    [Test]
    public void The_data_rows_are_the_bytes_System_Xml_writes_for_them_texts_XML_escapes_included()
    {
        var spec = XmlSpecial();
        var part = SheetPart(Shortlists.Bytes(spec));

        var expected = RowsAsXmlWriterWritesThem(spec, part);

        Encoding.UTF8.GetString(SheetDataContent(part)).Should().Be(Encoding.UTF8.GetString(expected));
        SheetDataContent(part).Should().Equal(expected);
    }

    [Test]
    public void A_text_XML_escapes_reads_back_as_written()
    {
        var texts = DataCells(Shortlists.Bytes(XmlSpecial())).Where(c => ((string)c.Attribute("r")!).StartsWith('A'))
            .Select(c => c.Descendants(X + "t").Single().Value).ToArray();

        texts.Should().Equal(XmlTexts.Select(t => t.Replace("_x", "_x005F_x", StringComparison.Ordinal).Replace("\r", "_x000D_", StringComparison.Ordinal)));
    }
}
