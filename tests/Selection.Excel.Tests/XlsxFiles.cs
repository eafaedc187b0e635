using System.IO.Compression;
using System.Text;

namespace Selection.Excel.Tests;

/// <summary>Builds workbook files for the reader's tests: a package from its entries, or one entry replaced.</summary>
internal static class XlsxFiles
{
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The same workbook with one entry replaced or added.</summary>
    public static byte[] Replace(byte[] workbook, string entryName, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entryName)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }
        return stream.ToArray();
    }
}
