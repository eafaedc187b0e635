using System.Buffers.Binary;
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
/// walked by <see cref="ParquetFooterWalk"/>, our own bounded reading of the same bytes in the same way,
/// which throws where Parquet.Net would run past the end. Public API only: nothing of Parquet.Net is
/// reached by reflection, so the guard holds under trimming and Native AOT.
/// </para>
/// </summary>
internal static class ParquetGuard
{
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    /// <summary>
    /// A reader over <paramref name="bytes"/>, or what is wrong with their frame. Throws when the footer
    /// cannot be read (<see cref="ParquetFooterWalk.Check"/>) or Parquet.Net cannot decode it.
    /// </summary>
    public static (ParquetReader? Reader, string? Error) Open(byte[] bytes)
    {
        var error = CheckFrame(bytes, out var footerLength);
        if (error is not null)
            return (null, error);

        ParquetFooterWalk.Check(bytes, bytes.Length - 8 - footerLength, footerLength);

        var stream = new StrictStream(bytes, 0, bytes.Length);
        var reader = ParquetReader.CreateAsync(stream, ParquetTables.ReadOptions(), leaveStreamOpen: false).GetAwaiter().GetResult();
        return (reader, null);
    }

    /// <summary>The checks of the file's frame: PAR1 at both ends, and a footer that fits between them.</summary>
    private static string? CheckFrame(byte[] bytes, out int footerLength)
    {
        footerLength = 0;
        if (bytes.Length < 4 || !bytes.AsSpan(0, 4).SequenceEqual(Magic))
            return ParquetTexts.NotParquet;
        if (bytes.Length < 12 || !bytes.AsSpan(bytes.Length - 4).SequenceEqual(Magic))
            return ParquetTexts.NoEndMark;
        footerLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bytes.Length - 8, 4));
        if (footerLength <= 0 || footerLength > bytes.Length - 12)
            return ParquetTexts.FooterDoesNotFit(footerLength, bytes.Length);
        return null;
    }

    /// <summary>A read-only stream over part of a byte array whose <see cref="ReadByte"/> throws at the end instead of returning -1.</summary>
    private sealed class StrictStream(byte[] bytes, int index, int count) : MemoryStream(bytes, index, count, writable: false)
    {
        public override int ReadByte()
        {
            var b = base.ReadByte();
            return b >= 0 ? b : throw new EndOfStreamException(ParquetFooterWalk.PastTheEnd);
        }
    }
}
