using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using Parquet;
using Parquet.Data;
using Parquet.Schema;
using Selection.IO.Csv;
using ConvertedType = Parquet.Meta.ConvertedType;
using FieldRepetitionType = Parquet.Meta.FieldRepetitionType;
using SchemaElement = Parquet.Meta.SchemaElement;

namespace Selection.IO.Parquet;

/// <summary>Reading Parquet files with Parquet.Net, as text (<see cref="ParquetTables.Read"/>) or typed (<see cref="ParquetTables.ReadTyped(Stream)"/>).</summary>
internal static class ParquetReading
{
    /// <summary>Characters trimmed from both ends of a text cell, as the CSV reader trims them.</summary>
    private const string TrimmedChars = " \t\u00A0\uFEFF";

    /// <summary>
    /// The header and rows of a flat file, or what is wrong with it. Throws for a file that Parquet.Net
    /// cannot read; the caller turns that into a problem.
    /// </summary>
    public static (string[]? Headers, CsvRow[]? Rows, string? Error) ReadText(byte[] bytes)
    {
        var (reader, error) = ParquetGuard.Open(bytes);
        if (reader is null)
            return (null, null, error);

        var (fields, schemaError) = FlatFields(reader);
        if (fields is null)
            return (null, null, schemaError);

        var headers = fields.Select(f => f.Name).ToArray();
        var rows = new List<CsvRow>(Math.Min(TotalRows(reader), 1 << 20));
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            // The group's columns are decoded before its rows are built, so that a file that claims
            // more rows than it holds fails while decoding.
            var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var columns = new string[fields.Length][];
            for (var c = 0; c < fields.Length; c++)
            {
                try
                {
                    columns[c] = ReadTextColumn(group, fields[c], count);
                }
                catch (Exception e)
                {
                    return (null, null, Describe(e, fields[c].Name));
                }
            }
            for (var i = 0; i < count; i++)
            {
                var cells = new string[fields.Length];
                for (var c = 0; c < cells.Length; c++)
                    cells[c] = columns[c][i];
                rows.Add(new CsvRow(rows.Count + 2, cells));
            }
        }
        return (headers, rows.ToArray(), null);
    }

    public static (IReadOnlyList<ParquetColumn> Columns, IReadOnlyList<object?[]> Rows) ReadTyped(Stream input, IReadOnlySet<string>? only = null)
    {
        byte[] bytes;
        using (var copy = new MemoryStream())
        {
            input.CopyTo(copy);
            bytes = copy.ToArray();
        }
        var (columns, values, total) = ReadWhole(bytes, only);
        var rows = new object?[total][];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = new object?[columns.Length];
            for (var c = 0; c < row.Length; c++)
                row[c] = values[c][i];
            rows[i] = row;
        }
        return (columns, rows);
    }

    /// <summary>The named columns of a flat file, each as one array of typed cells over every row group (no row objects).</summary>
    public static IReadOnlyDictionary<string, object?[]> ReadTypedColumns(byte[] bytes, IReadOnlySet<string> only)
    {
        var (columns, values, _) = ReadWhole(bytes, only);
        return Enumerable.Range(0, columns.Length).ToDictionary(c => columns[c].Name, c => values[c], StringComparer.Ordinal);
    }

    /// <summary>From how many cells (rows × columns read) a table's pieces are read side by side.</summary>
    private const long ParallelCells = 1_000_000;

    /// <summary>
    /// The columns of a flat file (those named in <paramref name="only"/>, or all), in the file's order, each one array
    /// of typed cells over every row group; a problem is an <see cref="InvalidDataException"/> naming the column.
    /// </summary>
    private static (ParquetColumn[] Columns, object?[][] Values, int Rows) ReadWhole(byte[] bytes, IReadOnlySet<string>? only)
    {
        // The footer and the row groups' sizes first; then each column of each row group, side by side, each with
        // its own reader over the same bytes (a reader is one position in one stream). A file that fails reports
        // what reading it group by group and column by column would have met first: the earliest row group, and in
        // it the group's own failure before its columns', and the first column.
        ParquetColumn[] columns;
        DataField[] fields;
        int total;
        var groupOffsets = new List<int>();
        (int Group, int Column, Exception Error)? failure = null;
        ParquetReader first;
        try
        {
            var (reader, error) = ParquetGuard.Open(bytes);
            if (reader is null)
                throw new InvalidDataException(error);
            first = reader;
            var (flat, schemaError) = FlatFields(reader);
            if (flat is null)
                throw new InvalidDataException(schemaError);
            fields = only is null ? flat : flat.Where(f => only.Contains(f.Name)).ToArray();
            columns = fields.Select(f => new ParquetColumn(f.Name, TypedColumnType(f), f.IsNullable)).ToArray();
            total = TotalRows(reader);
            var offset = 0;
            for (var g = 0; g < reader.RowGroupCount && failure is null; g++)
            {
                try
                {
                    var count = (int)reader.OpenRowGroupReader(g).RowCount;
                    if (offset + count > total)
                        throw new InvalidDataException(ParquetTexts.CannotRead("more rows than the footer counts"));
                    groupOffsets.Add(offset);
                    offset += count;
                }
                catch (Exception e)
                {
                    failure = (g, -1, e);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Unreadable(e, null);
        }

        var values = columns.Select(_ => new object?[total]).ToArray();
        // One piece of work per column of a row group (a country's evidence has millions of rows in few columns),
        // side by side only where that pays: a small table is read faster by the one reader than by one per piece.
        var failures = new Exception?[groupOffsets.Count * columns.Length];
        bool Read(int item, ParquetReader? shared)
        {
            var (g, c) = Math.DivRem(item, columns.Length);
            try
            {
                var reader = shared;
                if (reader is null)
                {
                    (reader, var error) = ParquetGuard.Open(bytes);
                    if (reader is null)
                        throw new InvalidDataException(error);
                }
                var group = reader.OpenRowGroupReader(g);
                var count = (int)group.RowCount;
                Array.Copy(ReadTypedColumn(group, fields[c], columns[c].Type, count), 0, values[c], groupOffsets[g], count);
                return true;
            }
            catch (Exception e)
            {
                failures[item] = e;
                return false;
            }
        }
        if ((long)total * columns.Length >= ParallelCells)
        {
            Parallel.For(0, failures.Length, item => Read(item, shared: null));
        }
        else
        {
            var item = 0;
            while (item < failures.Length && Read(item, first))
                item++;
        }
        // The items are in the order reading group by group, column by column would meet them.
        if (Array.FindIndex(failures, e => e is not null) is var at and >= 0)
            failure = (at / columns.Length, at % columns.Length, failures[at]!);
        if (failure is { } met)
        {
            if (met.Error is OutOfMemoryException)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(met.Error);
            throw Unreadable(met.Error, met.Column < 0 ? null : fields[met.Column].Name);
        }
        return (columns, values, total);
    }

    /// <summary>The problem a reader's exception makes of the file, naming the column it met it in.</summary>
    private static InvalidDataException Unreadable(Exception e, string? column) => e is InvalidDataException
        ? new InvalidDataException(column is null ? ParquetTexts.CannotRead(e.Message) : ParquetTexts.CannotReadColumn(column, e.Message), e)
        : new InvalidDataException(ParquetTexts.CannotRead(Describe(e, column)), e);

    /// <summary>What a reader's exception says about the file, for the problem's message.</summary>
    public static string Describe(Exception e, string? column)
    {
        var where = column is null ? "" : ParquetTexts.InColumn(column);
        return e switch
        {
            OutOfMemoryException => ParquetTexts.CorruptTooLarge(where),
            NullReferenceException => ParquetTexts.CorruptMetadata(where),
            NotSupportedException or NotImplementedException => ParquetTexts.Unsupported(where, e.Message),
            _ => ParquetTexts.Corrupt(where, e.Message),
        };
    }

    /// <summary>
    /// The file's columns, when all are flat (one value per row); otherwise which columns are nested or
    /// repeated. Looks at the raw schema first, so that nested columns are named before Parquet.Net builds
    /// its model of them.
    /// </summary>
    private static (DataField[]? Fields, string? Error) FlatFields(ParquetReader reader)
    {
        var elements = reader.Metadata?.Schema;
        if (elements is null || elements.Count == 0)
            return (null, ParquetTexts.NoSchema);

        var nested = new List<string>();
        var declared = elements[0].NumChildren ?? 0;
        var i = 1;
        for (var n = 0; n < declared; n++)
        {
            if (i >= elements.Count)
                return (null, ParquetTexts.SchemaShort(declared, n));
            var element = elements[i];
            var children = element.NumChildren ?? 0;
            if (children > 0 || element.RepetitionType == FieldRepetitionType.REPEATED)
                nested.Add(ParquetTexts.ColumnIs(element.Name, NestedKind(element)));
            i = SkipSubtree(elements, i);
        }
        if (nested.Count > 0)
            return (null, ParquetTexts.OnlyFlatColumns(Input.InputTexts.AndList(nested)));

        var schema = reader.Schema;
        var fields = new DataField[schema.Fields.Count];
        for (var f = 0; f < fields.Length; f++)
        {
            if (schema.Fields[f] is not DataField { IsArray: false, MaxRepetitionLevel: 0 } field)
                return (null, ParquetTexts.ColumnIsA(schema.Fields[f].Name, schema.Fields[f].SchemaType.ToString().ToLowerInvariant()));
            fields[f] = field;
        }
        return (fields, null);
    }

    private static string NestedKind(SchemaElement element)
    {
        if (element.RepetitionType == FieldRepetitionType.REPEATED && (element.NumChildren ?? 0) == 0)
            return ParquetTexts.RepeatedColumn;
        if (element.LogicalType?.LIST is not null || element.ConvertedType == ConvertedType.LIST)
            return ParquetTexts.List;
        if (element.LogicalType?.MAP is not null || element.ConvertedType is ConvertedType.MAP or ConvertedType.MAP_KEY_VALUE)
            return ParquetTexts.Map;
        return ParquetTexts.Struct;
    }

    /// <summary>The index after the element at <paramref name="start"/> and all its descendants (no recursion).</summary>
    private static int SkipSubtree(List<SchemaElement> elements, int start)
    {
        var pending = (long)(elements[start].NumChildren ?? 0);
        var i = start + 1;
        while (pending > 0 && i < elements.Count)
        {
            pending += Math.Max(0, elements[i].NumChildren ?? 0) - 1;
            i++;
        }
        return i;
    }

    private static int TotalRows(ParquetReader reader)
    {
        long total = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var count = reader.OpenRowGroupReader(g).RowCount;
            if (count < 0)
                throw new InvalidDataException(ParquetTexts.RowGroupRows(g, count));
            total += count;
            if (total > Array.MaxLength - 2)
                throw new InvalidDataException(ParquetTexts.TooManyRows(total));
        }
        return (int)total;
    }

    /// <summary>
    /// Reads one column of a row group: the non-null values, packed at the start, and the definition levels
    /// (null for a required column; a level below the field's maximum is a null).
    /// </summary>
    private static (T[] Values, int[]? Levels) ReadRaw<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        var chunk = group.GetMetadata(field)?.MetaData
            ?? throw new InvalidDataException(ParquetTexts.ColumnWithoutData);
        if (chunk.NumValues != count)
            throw new InvalidDataException(ParquetTexts.ColumnValueCount(chunk.NumValues, count));
        var values = new T[count];
        var levels = field.MaxDefinitionLevel > 0 ? new int[count] : null;
        group.ReadRawAsync(field, values.AsMemory(), levels?.AsMemory(), null).AsTask().GetAwaiter().GetResult();
        return (values, levels);
    }

    /// <summary>One column of a row group as text cells ("" for null).</summary>
    private static string[] ReadTextColumn(ParquetRowGroupReader group, DataField field, int count)
    {
        var type = field.ClrType;
        if (field is TimeDataField time)
        {
            var ticksPer = time.Precision switch
            {
                TimeUnitPrecision.Millis => TimeSpan.TicksPerMillisecond,
                TimeUnitPrecision.Micros => TimeSpan.TicksPerMicrosecond,
                _ => 0,
            };
            return type == typeof(int)
                ? Text<int>(v => TimeText(v * ticksPer))
                : Text<long>(v => TimeText(ticksPer == 0 ? v / 100 : v * ticksPer));
        }
        if (type == typeof(ReadOnlyMemory<char>)) return Text<ReadOnlyMemory<char>>(v => new string(v.Span.Trim(TrimmedChars)));
        if (type == typeof(bool)) return Text<bool>(v => v ? "true" : "false");
        if (type == typeof(int)) return Text<int>(v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(long)) return Text<long>(v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(double)) return Text<double>(v => v.ToString("R", CultureInfo.InvariantCulture));
        if (type == typeof(float)) return Text<float>(v => v.ToString("R", CultureInfo.InvariantCulture));
        if (type == typeof(BigDecimal)) return Text<BigDecimal>(v => DecimalText(v.UnscaledValue, v.Scale));
        if (type == typeof(decimal)) return Text<decimal>(v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(DateTime)) return Text<DateTime>(DateText);
        if (type == typeof(DateOnly)) return Text<DateOnly>(v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (type == typeof(short)) return Text<short>(v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(sbyte)) return Text<sbyte>(v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(byte)) return Text<byte>(v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(ushort)) return Text<ushort>(v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(uint)) return Text<uint>(v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(ulong)) return Text<ulong>(v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(BigInteger)) return Text<BigInteger>(v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(Guid)) return Text<Guid>(v => v.ToString("D", CultureInfo.InvariantCulture));
        if (type == typeof(ReadOnlyMemory<byte>)) return Text<ReadOnlyMemory<byte>>(v => Convert.ToHexString(v.Span));
        if (type == typeof(global::Parquet.File.Values.Primitives.Interval))
            return Text<global::Parquet.File.Values.Primitives.Interval>(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "");
        throw new NotSupportedException(ParquetTexts.TypeNotReadable(type.Name));

        string[] Text<T>(Func<T, string> format) where T : struct
        {
            var (values, levels) = ReadRaw<T>(group, field, count);
            var cells = new string[count];
            var next = 0;
            for (var i = 0; i < count; i++)
            {
                var present = levels is null || levels[i] == field.MaxDefinitionLevel;
                cells[i] = present ? format(values[next++]) : "";
            }
            return cells;
        }
    }

    /// <summary>One column of a row group as boxed values of the column type's CLR type (null for null).</summary>
    private static object?[] ReadTypedColumn(ParquetRowGroupReader group, DataField field, ParquetColumnType type, int count)
    {
        return type switch
        {
            ParquetColumnType.String => Typed<ReadOnlyMemory<char>>(new RecentTexts().Text),
            ParquetColumnType.Int32 => Typed<int>(Boxed),
            ParquetColumnType.Int64 => Typed<long>(v => v),
            ParquetColumnType.Double => Typed<double>(v => v),
            ParquetColumnType.Decimal => Typed<BigDecimal>(v => ToDecimal(v.UnscaledValue, v.Scale)),
            ParquetColumnType.Boolean => Typed<bool>(v => v ? True : False),
            _ => throw new NotSupportedException($"unknown column type {type}"),
        };

        object?[] Typed<T>(Func<T, object> box) where T : struct
        {
            var (values, levels) = ReadRaw<T>(group, field, count);
            var cells = new object?[count];
            var next = 0;
            for (var i = 0; i < count; i++)
            {
                var present = levels is null || levels[i] == field.MaxDefinitionLevel;
                cells[i] = present ? box(values[next++]) : null;
            }
            return cells;
        }
    }

    // Cells are read as objects (boxed). Most are small whole numbers (points, ranks, counts), flags, and texts
    // that repeat down a column (a school's orgnr over its rows, the indicators): those share one object each,
    // where a 100× country's evidence would otherwise be tens of millions of objects.
    private static readonly object True = true, False = false;
    private static readonly object[] SmallInts = [.. Enumerable.Range(0, 1024).Select(i => (object)i)];

    private static object Boxed(int value) => (uint)value < (uint)SmallInts.Length ? SmallInts[value] : value;

    /// <summary>The texts of a column: a text equal to one of the last eight is that string again, not a new one.</summary>
    private sealed class RecentTexts
    {
        private readonly string[] _recent = new string[8];
        private int _next;

        public object Text(ReadOnlyMemory<char> value)
        {
            var span = value.Span;
            foreach (var recent in _recent)
                if (recent is not null && span.SequenceEqual(recent))
                    return recent;
            var text = new string(span);
            _recent[_next] = text;
            _next = (_next + 1) % _recent.Length;
            return text;
        }
    }

    private static ParquetColumnType TypedColumnType(DataField field)
    {
        var type = field.ClrType;
        ParquetColumnType? result =
            field is TimeDataField or DateTimeDataField ? null
            : type == typeof(ReadOnlyMemory<char>) ? ParquetColumnType.String
            : type == typeof(int) ? ParquetColumnType.Int32
            : type == typeof(long) ? ParquetColumnType.Int64
            : type == typeof(double) ? ParquetColumnType.Double
            : type == typeof(BigDecimal) ? ParquetColumnType.Decimal
            : type == typeof(bool) ? ParquetColumnType.Boolean
            : null;
        return result ?? throw new InvalidDataException(
            ParquetTexts.NotAColumnType(field.Name, field.SchemaElement?.Type, type.Name, nameof(ParquetColumnType)));
    }

    /// <summary>The exact text of unscaled × 10^-scale, as <see cref="decimal.ToString(IFormatProvider)"/> writes a decimal.</summary>
    internal static string DecimalText(BigInteger unscaled, int scale)
    {
        var digits = BigInteger.Abs(unscaled).ToString(CultureInfo.InvariantCulture);
        if (scale > 0)
        {
            if (digits.Length <= scale)
                digits = new string('0', scale - digits.Length + 1) + digits;
            digits = digits[..^scale] + "." + digits[^scale..];
        }
        return unscaled.Sign < 0 ? "-" + digits : digits;
    }

    /// <summary>The largest magnitude a decimal holds: 96 bits.</summary>
    private static readonly BigInteger MaxMagnitude = (BigInteger.One << 96) - 1;

    /// <summary>
    /// unscaled × 10^-scale as a <see cref="decimal"/> with that scale (trailing zeros kept), dropping
    /// trailing zeros only when the value would not fit otherwise.
    /// </summary>
    internal static decimal ToDecimal(BigInteger unscaled, int scale)
    {
        if (scale is >= 0 and <= 28 && unscaled > long.MinValue && unscaled <= long.MaxValue)
        {
            // Nearly every value: its magnitude fits in 64 bits, so it is the decimal's low and middle words as they are.
            var value = (long)unscaled;
            var small = (ulong)Math.Abs(value);
            return new decimal((int)(uint)small, (int)(uint)(small >> 32), 0, value < 0, (byte)scale);
        }
        var magnitude = BigInteger.Abs(unscaled);
        while ((scale > 28 || magnitude > MaxMagnitude) && scale > 0 && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale--;
        }
        if (scale > 28 || magnitude > MaxMagnitude || scale < 0)
            throw new OverflowException(ParquetTexts.DecimalTooLarge(DecimalText(unscaled, scale)));
        Span<byte> bytes = stackalloc byte[12];
        bytes.Clear();
        magnitude.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        return new decimal(
            BinaryPrimitives.ReadInt32LittleEndian(bytes[..4]),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[4..8]),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]),
            unscaled.Sign < 0,
            (byte)scale);
    }

    private static string DateText(DateTime value) =>
        value.TimeOfDay == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static string TimeText(long ticks) => new TimeSpan(ticks).ToString("c", CultureInfo.InvariantCulture);
}
