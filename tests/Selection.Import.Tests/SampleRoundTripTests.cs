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

/// <summary>
/// The round trip on the small fixtures: a canonical folder the import made, written as exports by the generator
/// (its register as CSV or as NSR's JSON) and imported again, gives back every table the first import made from
/// exports. Kommunalt is left aside: the generator computes its kommune rows from the schools.
/// </summary>
public class FixtureRoundTripTests
{
    [TestCase("tusenskille", false)]
    [TestCase("nsr-json", true)]
    [TestCase("navnedrift", true)]
    [TestCase("prikket-tomt-fravaerende", false)]
    public void A_canonical_folder_written_as_exports_imports_back_to_itself(string fixture, bool registerAsJson)
    {
        var first = MessyExportTests.Import(fixture);
        using var canonical = new TempFolder();
        first.WriteTo(canonical.Path);
        using var exports = new TempFolder();

        UdirExports.Write(canonical.Path, exports.Path, new UdirExportOptions(registerAsJson));
        var second = Importer.Import(exports.Path, TestFolders.English);

        second.Problems.Where(p => p.IsError).Should().BeEmpty();
        var made = first.Files.Select(f => f.Name).Where(n => n.EndsWith(".csv", StringComparison.Ordinal) && n != "kommunalt.csv")
            .Where(n => !MessyExportTests.Log(first).Contains($"as {n}", StringComparison.Ordinal));
        foreach (var name in made)
            MessyExportTests.Text(second, name).Should().Be(MessyExportTests.Text(first, name), name);
        File.Exists(Path.Combine(exports.Path, registerAsJson ? UdirExports.RegisterJson : UdirExports.RegisterCsv)).Should().BeTrue();
    }
}
