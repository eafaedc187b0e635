using CsvHelper;

namespace Selection.Import.Output;

/// <summary>A canonical table the import made, as text cells in canonical form.</summary>
public sealed record CanonicalTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    /// <summary>The file it is written to.</summary>
    public string FileName => Name + ".csv";

    /// <summary>
    /// The table as CSV in the dialect of <c>sample-data/</c> (a Udir export saved by Norwegian Excel): UTF-8
    /// with a byte order mark, <c>;</c> separated, CRLF line ends, quotes only where a cell needs them. The cells
    /// are already canonical text (decimal comma, <c>*</c>, empty), so the bytes depend on nothing but the table.
    /// </summary>
    public byte[] ToCsv()
    {
        using var memory = new MemoryStream();
        using (var writer = CsvWriter.Create(memory, Options, leaveOpen: true))
        {
            foreach (var name in Header)
                writer.WriteField(name);
            writer.EndRecord();
            foreach (var row in Rows)
            {
                foreach (var cell in row)
                    writer.WriteField(cell);
                writer.EndRecord();
            }
        }
        return memory.ToArray();
    }

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ';',
        WriteByteOrderMark = true,
        NewLine = "\r\n",
    };
}
