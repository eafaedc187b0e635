namespace Selection.IO.Parquet;

/// <summary>
/// A bounded walk of a Parquet footer (Thrift compact protocol, <c>FileMetaData</c>) that reads exactly
/// the bytes Parquet.Net 6.1's decoder would read, in the same order, and throws where that decoder
/// would read past the end of the footer (and loop forever) or recurse without limit.
/// <para>
/// Parquet.Net reads a field it knows by the type it expects for that field id (the wire type is
/// ignored), and skips any other field by its wire type. A walk by wire types alone would therefore not
/// follow it on a corrupt footer, so the walk carries the footer's schema as Parquet.Net 6.1 reads it
/// (<see cref="Schema"/>, from parquet.thrift as its generated <c>Read</c> methods decode it), and
/// reproduces its skip rules, including that it skips an unknown struct field by reading field headers
/// only, not their values.
/// </para>
/// <para>
/// Bounds (stricter than Parquet.Net, never stricter than the Thrift specification): a varint ends within
/// 5 bytes (32-bit) or 10 bytes (64-bit); a binary's length and a list's size fit in the bytes left;
/// nesting is at most <see cref="MaxDepth"/> deep (Thrift's own default). Each step consumes a byte or
/// is bounded by a list size that does, so the walk ends after O(footer length × depth) steps.
/// </para>
/// </summary>
internal sealed class ParquetFooterWalk
{
    /// <summary>Thrift's default recursion limit; a real footer nests under 10 levels (a list counts as one).</summary>
    internal const int MaxDepth = 64;

    /// <summary>The message when a read would run past the footer: where Parquet.Net 6.1 would hang.</summary>
    internal static string PastTheEnd => ParquetTexts.PastTheEnd;

    /// <summary>
    /// Every struct reachable from <c>FileMetaData</c>, as <c>id:kind</c> per field Parquet.Net 6.1 knows.
    /// Kinds: <c>bool</c> (the value is in the field header), <c>i8</c> (one byte), <c>i32</c> (also i16 and
    /// enums; a zigzag varint), <c>i64</c>, <c>f64</c> (8 bytes), <c>bin</c> (binary and string: a varint
    /// length and the bytes), a struct's name, or <c>[kind]</c> for a list.
    /// </summary>
    private static readonly Dictionary<string, string> Schema = new()
    {
        ["FileMetaData"] = "1:i32 2:[SchemaElement] 3:i64 4:[RowGroup] 5:[KeyValue] 6:bin 7:[ColumnOrder] 8:EncryptionAlgorithm 9:bin",
        ["SchemaElement"] = "1:i32 2:i32 3:i32 4:bin 5:i32 6:i32 7:i32 8:i32 9:i32 10:LogicalType",
        ["LogicalType"] = "1:Empty 2:Empty 3:Empty 4:Empty 5:DecimalType 6:Empty 7:TimeType 8:TimestampType 10:IntType 11:Empty 12:Empty 13:Empty 14:Empty 15:Empty 16:VariantType 17:GeometryType 18:GeographyType",
        ["DecimalType"] = "1:i32 2:i32",
        ["TimeType"] = "1:bool 2:TimeUnit",
        ["TimestampType"] = "1:bool 2:TimeUnit",
        ["TimeUnit"] = "1:Empty 2:Empty 3:Empty",
        ["IntType"] = "1:i8 2:bool",
        ["VariantType"] = "1:i8",
        ["GeometryType"] = "1:bin",
        ["GeographyType"] = "1:bin 2:i32",
        ["RowGroup"] = "1:[ColumnChunk] 2:i64 3:i64 4:[SortingColumn] 5:i64 6:i64 7:i32",
        ["ColumnChunk"] = "1:bin 2:i64 3:ColumnMetaData 4:i64 5:i32 6:i64 7:i32 8:ColumnCryptoMetaData 9:bin",
        ["ColumnMetaData"] = "1:i32 2:[i32] 3:[bin] 4:i32 5:i64 6:i64 7:i64 8:[KeyValue] 9:i64 10:i64 11:i64 12:Statistics 13:[PageEncodingStats] 14:i64 15:i32 16:SizeStatistics 17:GeospatialStatistics",
        ["Statistics"] = "1:bin 2:bin 3:i64 4:i64 5:bin 6:bin 7:bool 8:bool",
        ["PageEncodingStats"] = "1:i32 2:i32 3:i32",
        ["SizeStatistics"] = "1:i64 2:[i64] 3:[i64]",
        ["GeospatialStatistics"] = "1:BoundingBox 2:[i32]",
        ["BoundingBox"] = "1:f64 2:f64 3:f64 4:f64 5:f64 6:f64 7:f64 8:f64",
        ["ColumnCryptoMetaData"] = "1:Empty 2:EncryptionWithColumnKey",
        ["EncryptionWithColumnKey"] = "1:[bin] 2:bin",
        ["KeyValue"] = "1:bin 2:bin",
        ["SortingColumn"] = "1:i32 2:bool 3:bool",
        ["ColumnOrder"] = "1:Empty",
        ["EncryptionAlgorithm"] = "1:AesGcm 2:AesGcm",
        ["AesGcm"] = "1:bin 2:bin 3:bool",
        ["Empty"] = "",
    };

    private static readonly Dictionary<string, Dictionary<short, string>> Fields = Schema.ToDictionary(
        s => s.Key,
        s => s.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToDictionary(f => short.Parse(f[..f.IndexOf(':')], System.Globalization.CultureInfo.InvariantCulture), f => f[(f.IndexOf(':') + 1)..]));

    private readonly byte[] _bytes;
    private readonly int _end;
    private int _position;

    private ParquetFooterWalk(byte[] bytes, int start, int count)
    {
        _bytes = bytes;
        _position = start;
        _end = start + count;
    }

    /// <summary>
    /// Walks the footer at <paramref name="bytes"/>[<paramref name="start"/>..+<paramref name="count"/>].
    /// </summary>
    /// <exception cref="EndOfStreamException">A read would run past the end of the footer (<see cref="PastTheEnd"/>).</exception>
    /// <exception cref="InvalidDataException">The footer breaks a bound or holds a type Parquet.Net cannot skip.</exception>
    public static void Check(byte[] bytes, int start, int count) => new ParquetFooterWalk(bytes, start, count).Struct("FileMetaData", 1);

    /// <summary>A struct Parquet.Net knows: its fields up to the stop byte (a field header of 0).</summary>
    private void Struct(string name, int depth)
    {
        Deeper(depth);
        var fields = Fields[name];
        short lastId = 0;
        while (true)
        {
            var header = Byte();
            if (header == 0)
                return;
            var delta = header >> 4;
            var wireType = header & 0x0F;
            // Parquet.Net: a delta of 0 means the id follows as a zigzag i16; the id is kept as a short.
            var id = delta == 0 ? (short)Zigzag(VarInt(5)) : (short)(lastId + delta);
            lastId = id;
            if (fields.TryGetValue(id, out var kind))
                Known(kind, depth);
            else
                Skip(wireType, depth);
        }
    }

    /// <summary>A value of a field Parquet.Net knows, read as it expects it whatever the wire type says.</summary>
    private void Known(string kind, int depth)
    {
        switch (kind)
        {
            case "bool":
                return;
            case "i8":
                Take(1);
                return;
            case "i32":
                VarInt(5);
                return;
            case "i64":
                VarInt(10);
                return;
            case "f64":
                Take(8);
                return;
            case "bin":
                Binary();
                return;
            case ['[', .., ']']:
                // Parquet.Net ignores the element type in a known list's header.
                var (count, _) = ListHeader();
                for (var i = 0; i < count; i++)
                    Known(kind[1..^1], depth + 1);
                return;
            default:
                Struct(kind, depth + 1);
                return;
        }
    }

    /// <summary>A field Parquet.Net does not know, skipped by its wire type as Parquet.Net 6.1's <c>SkipField</c> does.</summary>
    private void Skip(int wireType, int depth)
    {
        Deeper(depth);
        switch (wireType)
        {
            case 1 or 2: // boolean true, false: the value is the type
                return;
            case 3: // byte
                Take(1);
                return;
            case 4 or 5: // i16, i32
                VarInt(5);
                return;
            case 6: // i64
                VarInt(10);
                return;
            case 7: // double
                Take(8);
                return;
            case 8: // binary
                Binary();
                return;
            case 9: // list
                var (size, elementType) = ListHeader();
                for (var i = 0; i < size; i++)
                    Skip(elementType, depth + 1);
                return;
            case 12: // struct: Parquet.Net 6.1 reads the field headers only, not their values
                while (true)
                {
                    var field = Byte();
                    if (field == 0)
                        return;
                    if (field >> 4 == 0)
                        VarInt(5);
                }
            default: // stop, set, map, uuid and the undefined 14, 15: Parquet.Net throws too
                throw new InvalidDataException(ParquetTexts.FooterThriftType(wireType));
        }
    }

    private void Deeper(int depth)
    {
        if (depth > MaxDepth)
            throw new InvalidDataException(ParquetTexts.FooterTooDeep(MaxDepth));
    }

    /// <summary>
    /// A list header: the size in the high nibble (or 15 and a varint size), the element type in the low
    /// one. Every element takes at least a byte in a real footer, so the size must fit in the bytes left.
    /// </summary>
    private (int Size, int ElementType) ListHeader()
    {
        var header = Byte();
        var size = (ulong)(header >> 4);
        if (size == 15)
            size = VarInt(5);
        if (size > (ulong)(_end - _position))
            throw new EndOfStreamException(PastTheEnd);
        return ((int)size, header & 0x0F);
    }

    private void Binary()
    {
        var length = VarInt(5);
        if (length > (ulong)(_end - _position))
            throw new EndOfStreamException(PastTheEnd);
        _position += (int)length;
    }

    /// <summary>A varint of at most <paramref name="maxBytes"/> bytes, as an unsigned number.</summary>
    private ulong VarInt(int maxBytes)
    {
        ulong value = 0;
        for (var i = 0; i < maxBytes; i++)
        {
            var b = Byte();
            value |= (ulong)(b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
                return maxBytes == 5 ? (uint)value : value;
        }
        throw new InvalidDataException(ParquetTexts.FooterNumberTooLong(maxBytes));
    }

    private static int Zigzag(ulong n) => (int)((uint)n >> 1) ^ -(int)(n & 1);

    private int Byte()
    {
        if (_position >= _end)
            throw new EndOfStreamException(PastTheEnd);
        return _bytes[_position++];
    }

    private void Take(int count)
    {
        if (count > _end - _position)
            throw new EndOfStreamException(PastTheEnd);
        _position += count;
    }
}
