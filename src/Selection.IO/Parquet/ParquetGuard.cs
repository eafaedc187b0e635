using System.Buffers.Binary;
using System.Reflection;
using Parquet;

namespace Selection.IO.Parquet;

/// <summary>
/// Opens Parquet bytes with Parquet.Net so that a corrupt file fails instead of hanging.
/// <para>
/// Parquet.Net 6.1 decodes Thrift varints with <c>(byte)stream.ReadByte()</c>: past the end of the
/// stream -1 becomes 0xFF, whose continuation bit is set, and the loop never ends. A footer or page
/// header that is cut short or damaged so that it runs past its end therefore hangs the reader. Page
/// headers are read from the stream given to the reader, so that stream throws at its end instead
/// (<see cref="StrictStream"/>). The footer is read from Parquet.Net's own in-memory copy, so it is first
/// decoded with Parquet.Net's own (internal) Thrift code over a <see cref="StrictStream"/>: the same bytes
/// through the same code, except that running past the end throws.
/// </para>
/// </summary>
internal static class ParquetGuard
{
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    /// <summary>
    /// Parquet.Net's footer decoder, found by reflection (it is internal); null if a later version moves it,
    /// in which case the footer is not checked first (ParquetTablesTests has a footer that hangs without).
    /// </summary>
    private static readonly Action<Stream>? DecodeFooter = FindFooterDecoder();

    /// <summary>
    /// A reader over <paramref name="bytes"/>, or what is wrong with their frame. Throws when Parquet.Net
    /// cannot decode the footer.
    /// </summary>
    public static (ParquetReader? Reader, string? Error) Open(byte[] bytes)
    {
        var error = CheckFrame(bytes, out var footerLength);
        if (error is not null)
            return (null, error);

        if (DecodeFooter is not null)
        {
            using var footer = new StrictStream(bytes, bytes.Length - 8 - footerLength, footerLength);
            try
            {
                DecodeFooter(footer);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            }
        }

        var stream = new StrictStream(bytes, 0, bytes.Length);
        var reader = ParquetReader.CreateAsync(stream, ParquetTables.ReadOptions(), leaveStreamOpen: false).GetAwaiter().GetResult();
        return (reader, null);
    }

    /// <summary>The checks of the file's frame: PAR1 at both ends, and a footer that fits between them.</summary>
    private static string? CheckFrame(byte[] bytes, out int footerLength)
    {
        footerLength = 0;
        if (bytes.Length < 4 || !bytes.AsSpan(0, 4).SequenceEqual(Magic))
            return "the file is not a Parquet file (it does not start with 'PAR1')";
        if (bytes.Length < 12 || !bytes.AsSpan(bytes.Length - 4).SequenceEqual(Magic))
            return "the file is truncated or corrupt (it does not end with 'PAR1')";
        footerLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bytes.Length - 8, 4));
        if (footerLength <= 0 || footerLength > bytes.Length - 12)
            return $"the file is truncated or corrupt (its footer length, {footerLength} bytes, does not fit in the file of {bytes.Length} bytes)";
        return null;
    }

    /// <summary><c>FileMetaData.Read(new ThriftCompactProtocolReader(stream))</c>, both internal to Parquet.Net.</summary>
    private static Action<Stream>? FindFooterDecoder()
    {
        const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic;
        var assembly = typeof(ParquetReader).Assembly;
        var protocol = assembly.GetType("Parquet.Meta.Proto.ThriftCompactProtocolReader");
        var metadata = assembly.GetType("Parquet.Meta.FileMetaData");
        var create = protocol?.GetConstructor(Any | BindingFlags.Instance, [typeof(Stream)]);
        var read = protocol is null ? null : metadata?.GetMethod("Read", Any | BindingFlags.Static, [protocol]);
        if (create is null || read is null)
            return null;
        return stream => read.Invoke(null, [create.Invoke([stream])]);
    }

    /// <summary>A read-only stream over part of a byte array whose <see cref="ReadByte"/> throws at the end instead of returning -1.</summary>
    private sealed class StrictStream(byte[] bytes, int index, int count) : MemoryStream(bytes, index, count, writable: false)
    {
        public override int ReadByte()
        {
            var b = base.ReadByte();
            return b >= 0 ? b : throw new EndOfStreamException("a header runs past the end of the data");
        }
    }
}
