using Selection.Import.Exports;

namespace Selection.Import.Tests;

/// <summary>
/// The generator and the import are each other's inverse on the sample data: the sample written as Udir's exports
/// and imported gives back sample-data's tables byte for byte.
/// </summary>
public class SampleRoundTripTests
{
    private static readonly string[] Tables = ["skoler.csv", "elevundersokelsen.csv", "nasjonale_prover.csv", "grunnskolepoeng.csv", "nasjonalt.csv"];

    [Test]
    public void Importing_the_exports_of_sample_data_gives_back_its_tables_exactly()
    {
        using var exports = new TempFolder();
        UdirExports.Write(TestFolders.SampleData, exports.Path);

        var result = Importer.Import(exports.Path, TestFolders.English);

        result.Problems.Where(p => p.IsError).Should().BeEmpty();
        foreach (var table in Tables)
        {
            var imported = result.Files.Single(f => f.Name == table).Bytes;
            imported.SequenceEqual(File.ReadAllBytes(Path.Combine(TestFolders.SampleData, table))).Should().BeTrue("{0} is sample-data's", table);
        }
    }
}
