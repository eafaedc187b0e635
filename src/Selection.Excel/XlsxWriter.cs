using System.Xml;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Selection.Excel;

/// <summary>
/// Writes a <see cref="WorkbookSpec"/> as an .xlsx workbook: its data sheets (typed cells, a bold frozen header
/// with an autofilter, a whole-number validation on a priority column) and an explanation sheet; when the spec
/// asks for protection, every sheet is protected without a password except the fill-in columns' data cells.
/// </summary>
/// <remarks>
/// The same spec gives byte-identical files: no document properties are written, relationship ids are fixed,
/// and the package is rewritten with its entries in a fixed order, each dated 1980-01-01 00:00.
/// The workbook holds no formulas: every text is a string cell, whatever it starts with.
/// </remarks>
public static class XlsxWriter
{
    /// <summary>Excel's limit on the characters in one cell.</summary>
    public const int MaxCellTextLength = 32_767;

    /// <summary>The error shown when a priority cell gets something other than a whole number of 1 or more.</summary>
    public const string PriorityError = "Prioritet må være et helt tall, 1 eller høyere (1 = høyest).";

    /// <summary>The input prompt of a priority cell.</summary>
    public const string PriorityPrompt =
        "Skriv 1 for kommunen dere prioriterer høyest, 2 for den neste, osv. La stå tom for ingen prioritet.";

    private const int MaxRows = 1_048_576;
    private const int MaxColumns = 16_384;
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the workbook to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentException">The spec breaks a rule of Excel's or of its own: a sheet name, a row
    /// of the wrong length, a value of the wrong type for its column, a non-finite number, or a text over
    /// <see cref="MaxCellTextLength"/> characters (the caller truncates).</exception>
    public static void Write(Stream stream, WorkbookSpec spec)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(spec);
        Check(spec);

        // The SDK makes the package with each data sheet's rows left out (a marker where they go), stored without
        // compression (its parts are small without the rows: compressing them here only to inflate them in Normalise
        // was work for nothing); Normalise then copies each part into the archive that is written, compressed there
        // (fixed entry order and dates), and writes the rows into their sheet's entry as it copies it. Measured in
        // benchmarks/README.md.
        using var package = new MemoryStream();
        IReadOnlyDictionary<string, (SheetSpec Sheet, SheetStyles Styles)> rows;
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            rows = Build(document, spec);
        }

        package.Position = 0;
        if (stream.CanSeek && stream.Position == 0 && stream.Length == 0)
        {
            // An empty seekable stream (a new file): the archive is written into it, as into memory (the archive writes
            // every seekable stream alike), not first into memory and copied (8 MB grown by doubling at 43×, issue 11).
            Normalise(package, stream, rows);
            return;
        }
        // Anything else gets the archive made in memory, so that it is the same bytes wherever it goes.
        using var normalised = new MemoryStream();
        Normalise(package, normalised, rows);
        normalised.Position = 0;
        normalised.CopyTo(stream);
    }

    /// <summary>Makes the workbook's parts; returns the data sheets' rows still to write, by the entry of their sheet.</summary>
    private static Dictionary<string, (SheetSpec Sheet, SheetStyles Styles)> Build(SpreadsheetDocument document, WorkbookSpec spec)
    {
        var styles = new StyleTable();
        var sheets = spec.Sheets;
        var workbookPart = document.AddNewPart<WorkbookPart>(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
        var dataParts = sheets.Select((_, i) => workbookPart.AddNewPart<WorksheetPart>(RelationshipId(i))).ToArray();
        var explanationPart = workbookPart.AddNewPart<WorksheetPart>(RelationshipId(sheets.Count));
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>(RelationshipId(sheets.Count + 1));

        var rows = new Dictionary<string, (SheetSpec, SheetStyles)>(StringComparer.Ordinal);
        for (var i = 0; i < sheets.Count; i++)
        {
            var cellStyles = WriteDataSheet(dataParts[i], sheets[i], selected: i == 0, spec.Protect, styles);
            rows.Add(dataParts[i].Uri.OriginalString.TrimStart('/'), (sheets[i], cellStyles));
        }
        explanationPart.Worksheet = ExplanationSheet(spec, styles);
        stylesPart.Stylesheet = styles.Build();

        var entries = new Sheets();
        var filters = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            entries.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)i + 1, Id = RelationshipId(i) });
            var lastColumn = ColumnName(sheets[i].Columns.Count - 1);
            var filterRange = $"{QuoteSheetName(sheets[i].Name)}!$A$1:${lastColumn}${sheets[i].Rows.Count + 1}";
            filters.Append(new DefinedName(filterRange) { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
        }
        entries.Append(new Sheet { Name = spec.ExplanationSheetName, SheetId = (uint)sheets.Count + 1, Id = RelationshipId(sheets.Count) });
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0U }), entries, filters);
        return rows;
    }

    private static string RelationshipId(int index) => "rId" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes a data sheet into its part but for its data rows: <see cref="RowsMarker"/> stands where they go, and
    /// Normalise writes them there (<see cref="SheetRowsWriter"/>); a sheet of the whole country holds hundreds of
    /// thousands of cells. Their styles are numbered here, where writing them in place would have. The XML is the
    /// one the SDK's tree would have given.
    /// </summary>
    private static SheetStyles WriteDataSheet(WorksheetPart part, SheetSpec spec, bool selected, bool protect, StyleTable styles)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        // The SDK's own writer spends most of a large sheet's time per element and attribute; the worksheet is
        // written with the XmlWriter the SDK's writer wraps, the same XML, the fixed parts by the SDK's elements.
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false) });
        writer.WriteStartDocument();
        writer.WriteStartElement(Main.Prefix, "worksheet", Main.Namespace);
        new SheetViews(new SheetView(
            new Pane
            {
                VerticalSplit = 1D,
                TopLeftCell = "A2",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            },
            new DocumentFormat.OpenXml.Spreadsheet.Selection
            {
                Pane = PaneValues.BottomLeft,
                ActiveCell = "A2",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" },
            })
        { TabSelected = selected ? true : null, WorkbookViewId = 0U }).WriteTo(writer);

        var columns = new Columns();
        for (var c = 0; c < spec.Columns.Count; c++)
        {
            var index = (uint)c + 1;
            columns.Append(new Column { Min = index, Max = index, Width = spec.Columns[c].Width, CustomWidth = true });
        }
        columns.WriteTo(writer);

        writer.WriteStartElement(Main.Prefix, "sheetData", Main.Namespace);
        var header = new Row { RowIndex = 1U };
        for (var c = 0; c < spec.Columns.Count; c++)
        {
            var column = spec.Columns[c];
            var style = new StyleKey(Bold: true, Wrap: true, Fill: column.FillIn ? Fill.FillInHeader : Fill.None);
            header.Append(TextCell(Reference(c, 1), column.Header, styles, style));
        }
        header.WriteTo(writer);
        var cellStyles = SheetStyles.Register(spec, styles);
        writer.WriteComment(RowsMarker);
        writer.WriteEndElement();

        var lastColumn = ColumnName(spec.Columns.Count - 1);
        if (protect)
            Protection().WriteTo(writer);
        new AutoFilter { Reference = $"A1:{lastColumn}{spec.Rows.Count + 1}" }.WriteTo(writer);

        if (spec.PriorityColumn is { } priority && spec.Rows.Count > 0)
        {
            var name = ColumnName(priority);
            var validation = new DataValidation(new Formula1("1"))
            {
                Type = DataValidationValues.Whole,
                Operator = DataValidationOperatorValues.GreaterThanOrEqual,
                AllowBlank = true,
                ShowInputMessage = true,
                ShowErrorMessage = true,
                ErrorStyle = DataValidationErrorStyleValues.Stop,
                ErrorTitle = "Ugyldig prioritet",
                Error = PriorityError,
                PromptTitle = "Prioritet",
                Prompt = PriorityPrompt,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{name}2:{name}{spec.Rows.Count + 1}" },
            };
            new DataValidations(validation) { Count = 1U }.WriteTo(writer);
        }
        writer.WriteEndElement();
        return cellStyles;
    }

    private static Worksheet ExplanationSheet(WorkbookSpec spec, StyleTable styles)
    {
        var sheets = spec.Sheets;
        var firstWidth = Math.Clamp(sheets.SelectMany(s => s.Columns).Max(c => c.Header.Length) + 2, 12, 40);
        var columns = new Columns(
            new Column { Min = 1U, Max = 1U, Width = firstWidth, CustomWidth = true },
            new Column { Min = 2U, Max = 2U, Width = 100D, CustomWidth = true });

        var sheetData = new SheetData();
        var line = 0;
        for (var i = 0; i < spec.ExplanationLines.Count; i++)
        {
            line++;
            var style = new StyleKey(Bold: i == 0);
            sheetData.Append(new Row(TextCell(Reference(0, line), spec.ExplanationLines[i], styles, style)) { RowIndex = (uint)line });
        }
        if (line > 0)
            line++; // one empty row before the table

        line++;
        var bold = new StyleKey(Bold: true);
        sheetData.Append(new Row(
            TextCell(Reference(0, line), "Kolonne", styles, bold),
            TextCell(Reference(1, line), "Forklaring", styles, bold))
        { RowIndex = (uint)line });
        foreach (var sheet in sheets)
        {
            // With several data sheets, each sheet's columns follow a bold row naming the sheet.
            if (sheets.Count > 1)
            {
                line++;
                sheetData.Append(new Row(
                    TextCell(Reference(0, line), $"Ark «{sheet.Name}»", styles, new StyleKey(Bold: true, Top: true)))
                { RowIndex = (uint)line });
            }
            foreach (var column in sheet.Columns)
            {
                line++;
                sheetData.Append(new Row(
                    TextCell(Reference(0, line), column.Header, styles, new StyleKey(Top: true)),
                    TextCell(Reference(1, line), column.Explanation, styles, new StyleKey(Wrap: true, Top: true)))
                { RowIndex = (uint)line });
            }
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView { WorkbookViewId = 0U }),
            columns,
            sheetData);
        if (spec.Protect)
            worksheet.Append(Protection());
        return worksheet;
    }

    // No password: it guards against slips, not people. Selecting, filtering and formatting columns stay allowed.
    private static SheetProtection Protection() => new()
    {
        Sheet = true,
        Objects = true,
        Scenarios = true,
        FormatColumns = false,
        Sort = false,
        AutoFilter = false,
    };

    /// <summary>The spreadsheet namespace and the prefix the SDK writes it with.</summary>
    private static class Main
    {
        public const string Prefix = "x";
        public const string Namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    }

    private static Cell TextCell(string reference, string text, StyleTable styles, StyleKey style)
    {
        var encoded = TextCellContent(text, styles, style, out var styleIndex, out var preserve);
        var t = new Text(encoded);
        if (preserve)
            t.Space = SpaceProcessingModeValues.Preserve;
        return new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = styleIndex,
            InlineString = new InlineString(t),
        };
    }

    /// <summary>A text cell's content as written (<see cref="XString"/>), its style, and whether its spaces must be kept.</summary>
    private static string TextCellContent(string text, StyleTable styles, StyleKey style, out uint styleIndex, out bool preserve)
    {
        if (SheetStyles.NeedsQuotePrefix(text))
            style = style with { QuotePrefix = true };
        var encoded = XString.Encode(text);
        styleIndex = styles.Index(style);
        preserve = encoded.Length > 0 && (char.IsWhiteSpace(encoded[0]) || char.IsWhiteSpace(encoded[^1]) || encoded.Contains('\n') || encoded.Contains('\t'));
        return encoded;
    }

    private static void Check(WorkbookSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec.MoreSheets);
        CheckSheetName(spec.ExplanationSheetName, nameof(spec.ExplanationSheetName));
        ArgumentNullException.ThrowIfNull(spec.ExplanationLines);
        for (var i = 0; i < spec.ExplanationLines.Count; i++)
            CheckText(spec.ExplanationLines[i], $"explanation line {i + 1}");

        var sheets = spec.Sheets;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { spec.ExplanationSheetName };
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i] ?? throw new ArgumentException($"data sheet {i + 1} is null", nameof(spec));
            CheckSheetName(sheet.Name, i == 0 ? nameof(spec.SheetName) : nameof(spec.MoreSheets));
            if (!names.Add(sheet.Name))
                throw new ArgumentException($"two sheets have the same name \"{sheet.Name}\"", nameof(spec));
            CheckSheet(sheet, sheets.Count > 1 ? $"sheet \"{sheet.Name}\", " : "");
        }
    }

    // The messages name the sheet (in "prefix") only when the workbook has several data sheets.
    private static void CheckSheet(SheetSpec sheet, string prefix)
    {
        ArgumentNullException.ThrowIfNull(sheet.Columns);
        ArgumentNullException.ThrowIfNull(sheet.Rows);
        var where = $"sheet \"{sheet.Name}\"";
        if (sheet.Columns.Count is 0 or > MaxColumns)
            throw new ArgumentException($"{where}: a sheet has 1 to {MaxColumns} columns, not {sheet.Columns.Count}", nameof(sheet));
        if (sheet.Rows.Count > MaxRows - 1)
            throw new ArgumentException($"{where}: a sheet has at most {MaxRows - 1} data rows, not {sheet.Rows.Count}", nameof(sheet));
        if (sheet.PriorityColumn is { } p && (p < 0 || p >= sheet.Columns.Count))
            throw new ArgumentException($"{where}: the priority column {p} is not one of the {sheet.Columns.Count} columns", nameof(sheet));

        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            var column = sheet.Columns[c] ?? throw new ArgumentException($"{where}: column {c} is null", nameof(sheet));
            CheckText(column.Header, $"{prefix}the header of column {c}");
            CheckText(column.Explanation, $"{prefix}the explanation of column \"{column.Header}\"");
            if (column.Width is < 0 or > 255)
                throw new ArgumentException($"{prefix}the width of column \"{column.Header}\" is {column.Width}; Excel's is 0 to 255", nameof(sheet));
        }

        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = sheet.Rows[r] ?? throw new ArgumentException($"{prefix}data row {r + 1} is null", nameof(sheet));
            if (row.Count != sheet.Columns.Count)
                throw new ArgumentException($"{prefix}data row {r + 1} has {row.Count} values for {sheet.Columns.Count} columns", nameof(sheet));
            for (var c = 0; c < row.Count; c++)
                CheckValue(sheet.Columns[c], row[c], prefix, r + 1);
        }
    }

    // The place is named only for a value that fails: a country's sheet holds millions of values.
    private static void CheckValue(SheetColumn column, object? value, string prefix, int row)
    {
        string Where() => $"{prefix}data row {row}, column \"{column.Header}\"";
        switch (column.Kind, value)
        {
            case (_, null):
                return;
            case (SheetCellKind.Text, string s):
                if (s.Length > MaxCellTextLength)
                    CheckText(s, Where());
                return;
            case (SheetCellKind.Integer, int or long):
            case (SheetCellKind.Percent or SheetCellKind.Decimal or SheetCellKind.Number, int or long or decimal):
                return;
            case (SheetCellKind.Percent or SheetCellKind.Decimal or SheetCellKind.Number, double d):
                if (!double.IsFinite(d))
                    throw new ArgumentException($"{Where()}: {d.ToString(CultureInfo.InvariantCulture)} is not a finite number");
                return;
            default:
                throw new ArgumentException($"{Where()}: a {column.Kind} column cannot hold a {value.GetType().Name}");
        }
    }

    private static void CheckText(string? text, string where)
    {
        if (text is null)
            throw new ArgumentException($"{where} is null");
        if (text.Length > MaxCellTextLength)
            throw new ArgumentException(
                $"{where} has {text.Length} characters; an Excel cell holds at most {MaxCellTextLength}");
    }

    private static void CheckSheetName(string? name, string parameter)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 31)
            throw new ArgumentException("a sheet name has 1 to 31 characters", parameter);
        if (name.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) >= 0 || name[0] == '\'' || name[^1] == '\''
            || name.Any(char.IsControl))
            throw new ArgumentException(
                $"the sheet name \"{name}\" has a character Excel refuses (: \\ / ? * [ ], a control character, or an apostrophe first or last)",
                parameter);
    }

    /// <summary>Stands in a data sheet's part where its rows go; a comment, which no cell text can hold unescaped.</summary>
    private const string RowsMarker = "selection:rows";

    private static readonly byte[] RowsMarkerBytes = System.Text.Encoding.UTF8.GetBytes("<!--" + RowsMarker + "-->");

    private static void Normalise(Stream package, Stream target, IReadOnlyDictionary<string, (SheetSpec Sheet, SheetStyles Styles)> rows)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var archive = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            if (!rows.TryGetValue(entry.FullName, out var sheet))
            {
                from.CopyTo(to);
                continue;
            }
            using var part = new MemoryStream();
            from.CopyTo(part);
            var bytes = part.GetBuffer().AsSpan(0, (int)part.Length);
            var at = bytes.IndexOf(RowsMarkerBytes);
            if (at < 0 || bytes[(at + 1)..].IndexOf(RowsMarkerBytes) >= 0)
                throw new UnreachableException($"the part {entry.FullName} does not hold its rows' marker once");
            to.Write(bytes[..at]);
            using (var writer = new SheetRowsWriter(to))
                writer.Write(sheet.Sheet, sheet.Styles);
            to.Write(bytes[(at + RowsMarkerBytes.Length)..]);
        }
    }

    private static string Reference(int column, int line) => ColumnName(column) + line.ToString(CultureInfo.InvariantCulture);

    /// <summary>The column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }

    private static string QuoteSheetName(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
