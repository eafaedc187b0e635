using System.Text;
using Selection.Core;

namespace Selection.IO.Output;

/// <summary>Writes every file of a run's output folder (DOMAIN §10) into a folder.</summary>
public static class RunWriter
{
    public const string SchoolsFile = "skoler.csv";
    public const string KommunerFile = "kommuner.csv";
    public const string MappedSchoolsFile = "omkodede_skoler.csv";
    public const string ShortlistFolder = "statsforvaltere";
    public const string SummaryFile = "sammendrag.txt";

    /// <summary>Writes the files; returns their paths relative to <paramref name="folder"/>, in writing order.</summary>
    public static IReadOnlyList<string> Write(string folder, SelectionResult result, RunNotices notices, IReadOnlyList<string> summary)
    {
        var written = new List<string>();
        void Table(string name, OutputTable table, CsvHelper.CsvWriterOptions options)
        {
            CsvFiles.Write(Path.Combine(folder, name), options, table.Header, table.Rows);
            written.Add(name.Replace('\\', '/'));
        }

        Table(SchoolsFile, OutputTables.Schools(result, notices), CsvFiles.Machine);
        Table(KommunerFile, OutputTables.Kommuner(result, notices), CsvFiles.Machine);
        Table(MappedSchoolsFile, OutputTables.MappedSchools(result, notices), CsvFiles.Machine);
        Directory.CreateDirectory(Path.Combine(folder, ShortlistFolder));
        foreach (var (statsforvalter, table) in Shortlists.Build(result, notices))
            Table(Path.Combine(ShortlistFolder, Formats.FileSlug(statsforvalter) + ".csv"), table, CsvFiles.Excel);

        File.WriteAllText(Path.Combine(folder, SummaryFile), string.Join("\n", summary) + "\n", new UTF8Encoding(false));
        written.Add(SummaryFile);
        return written;
    }
}
