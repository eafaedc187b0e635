using System.Text;
using System.Text.Json;
using Selection.Core;
using Selection.IO.Input;
using Selection.IO.Output;
using Selection.IO.Reference;
using Selection.IO.Rules;

namespace Selection.SampleData.Tests;

/// <summary>The files <see cref="SampleDataGenerator.WriteTo"/> writes: dialect, determinism, and that the engine runs on them.</summary>
public class WrittenFilesTests
{
    private static readonly string[] Files =
    [
        "skoler.csv", "elevundersokelsen.csv", "nasjonale_prover.csv", "grunnskolepoeng.csv", "nasjonalt.csv", "datasett.json",
    ];

    private TempFolder _folder = null!;

    [OneTimeSetUp]
    public void WriteDefault()
    {
        _folder = new TempFolder();
        SampleDataGenerator.WriteTo(DefaultSample.Data, _folder.Path);
    }

    [OneTimeTearDown]
    public void Delete() => _folder.Dispose();

    private string Text(string file) => File.ReadAllText(_folder.File(file), Encoding.UTF8);

    [Test]
    public void WriteTo_WritesTheSixFilesOfAFewMegabytes()
    {
        Directory.EnumerateFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Should().Equal(Files.Order(StringComparer.Ordinal));
        Files.Sum(f => new FileInfo(_folder.File(f)).Length).Should().BeInRange(500_000, 5_000_000);
    }

    [Test]
    public void The_committed_sample_data_is_what_the_generator_writes_for_the_default_seed()
    {
        var committed = RepoSampleData();

        foreach (var file in Files)
            File.ReadAllBytes(Path.Combine(committed, file)).Should().Equal(File.ReadAllBytes(_folder.File(file)),
                $"sample-data/{file} must be regenerated with `selection sample --out sample-data --force`");
    }

    [Test]
    public void The_committed_sample_data_carries_the_marker_of_selection_sample_and_nothing_else()
    {
        var committed = RepoSampleData();

        Directory.EnumerateFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Should().Equal(Files.Append(OutputFolder.MarkerFile).Order(StringComparer.Ordinal),
                "`selection sample --out sample-data --force` writes the six files and the marker that lets --force replace them");
        File.ReadAllText(Path.Combine(committed, OutputFolder.MarkerFile)).Should().Be(OutputFolder.MarkerText("sample"));
    }

    private static string RepoSampleData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Selection.sln")))
                return Path.Combine(dir.FullName, "sample-data");
        throw new InvalidOperationException("Selection.sln not found above " + AppContext.BaseDirectory);
    }

    [Test]
    public void WriteTo_SameSeedTwice_ByteIdenticalFiles()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        SampleDataGenerator.WriteTo(SampleDataGenerator.Generate(7), first.Path);
        SampleDataGenerator.WriteTo(SampleDataGenerator.Generate(7), second.Path);

        foreach (var file in Files)
            File.ReadAllBytes(second.File(file)).Should().Equal(File.ReadAllBytes(first.File(file)), file);
    }

    [Test]
    public void WriteTo_DefaultSeedAgain_ByteIdenticalToFirstWrite()
    {
        using var again = new TempFolder();

        SampleDataGenerator.WriteTo(SampleDataGenerator.Generate(SampleDataGenerator.DefaultSeed), again.Path);

        foreach (var file in Files)
            File.ReadAllBytes(again.File(file)).Should().Equal(File.ReadAllBytes(_folder.File(file)), file);
    }

    [Test]
    public void WriteTo_DifferentSeed_DifferentFiles()
    {
        using var other = new TempFolder();

        SampleDataGenerator.WriteTo(SampleDataGenerator.Generate(SampleDataGenerator.DefaultSeed + 1), other.Path);

        foreach (var file in Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
            File.ReadAllBytes(other.File(file)).Should().NotEqual(File.ReadAllBytes(_folder.File(file)), file);
        File.ReadAllText(other.File("datasett.json")).Should().Contain("--seed 2025");
    }

    [TestCase("skoler.csv", "orgnr;skolenavn;kommunenummer;eierform;trinn_fra;trinn_til")]
    [TestCase("elevundersokelsen.csv", "orgnr;skoleaar;trinn;mobbing;stotte_fra_laerer;motivasjon;antall_besvart")]
    [TestCase("nasjonale_prover.csv", "orgnr;skoleaar;trinn;fag;andel_mestringsniva_1;antall_elever")]
    [TestCase("grunnskolepoeng.csv", "orgnr;skoleaar;grunnskolepoeng;antall_elever")]
    [TestCase("nasjonalt.csv", "skoleaar;indikator;verdi")]
    public void Csv_Utf8BomSemicolonsCrlfAndCanonicalHeader(string file, string header)
    {
        var bytes = File.ReadAllBytes(_folder.File(file));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

        bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF });
        text.Should().StartWith(header + "\r\n");
        text.Should().EndWith("\r\n");
        text.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n").And.NotContain("\r");
    }

    [TestCase("elevundersokelsen.csv")]
    [TestCase("nasjonale_prover.csv")]
    [TestCase("grunnskolepoeng.csv")]
    [TestCase("nasjonalt.csv")]
    public void Csv_DecimalCommaNeverPoint(string file)
    {
        var text = Text(file);

        text.Should().NotContain(".");
        text.Should().MatchRegex(@";\d+,\d+(;|\r\n)");
    }

    [Test]
    public void Csv_SchoolYearsWrittenShort() =>
        Text("elevundersokelsen.csv").Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')[1]).Distinct().Order(StringComparer.Ordinal)
            .Should().Equal("2020-21", "2021-22", "2022-23", "2023-24");

    [Test]
    public void Csv_SuppressedValuesWrittenAsStarWithCountKept()
    {
        var lines = Text("elevundersokelsen.csv").Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')).ToArray();
        var suppressed = lines.Where(f => f[3] == "*").ToArray();

        suppressed.Should().NotBeEmpty();
        suppressed.Should().OnlyContain(f => f[4] == "*" && f[5] == "*" && int.Parse(f[6], System.Globalization.CultureInfo.InvariantCulture) < 10);
        lines.Where(f => f[3] != "*").Should().OnlyContain(f => int.Parse(f[6], System.Globalization.CultureInfo.InvariantCulture) >= 10);
    }

    [Test]
    public void Json_DescribesASyntheticDataSet()
    {
        var raw = File.ReadAllBytes(_folder.File("datasett.json"));
        using var json = JsonDocument.Parse(raw);
        var root = json.RootElement;

        raw.Should().NotContain((byte)'\r');
        raw[^1].Should().Be((byte)'\n');
        root.EnumerateObject().Select(p => p.Name).Should().Equal("name", "description", "source", "retrieved", "synthetic");
        root.GetProperty("name").GetString().Should().Be("syntetisk-nasjonalt");
        root.GetProperty("source").GetString().Should().Be("generated by `selection sample --seed 2024`");
        root.GetProperty("retrieved").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("synthetic").GetBoolean().Should().BeTrue();
        root.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public void DataSetReader_ReadsTheFolderWithoutErrors()
    {
        var loaded = DataSetReader.Read(_folder.Path);

        loaded.Problems.Where(p => p.IsError).Select(p => p.ToString()).Should().BeEmpty();
        loaded.Info.Synthetic.Should().BeTrue();
        loaded.Info.Name.Should().Be("syntetisk-nasjonalt");
        loaded.Input.Schools.Should().HaveCount(DefaultSample.Data.Schools.Count);
        loaded.Input.NationalValues.Should().HaveCount(44);
        loaded.Input.Observations.Should().Contain(o => o.Value == null, "suppressed values are read as missing");
        loaded.Sources.Single(s => s.File == "nasjonale_prover.csv").Ignored.Should().ContainSingle(i => i.Reason.Contains("engelsk"));
    }

    [Test]
    public void SelectionEngine_RunsWithIllustrativeRulesAndFindsBothRoutes()
    {
        var loaded = DataSetReader.Read(_folder.Path);
        var (rules, ruleProblems) = RulesReader.Load("illustrativ");
        ruleProblems.Where(p => p.IsError).Should().BeEmpty();

        var outcome = SelectionEngine.Run(loaded.Input, rules!.Rules, ReferenceTables.History);

        outcome.Problems.Where(p => p.IsError).Select(p => p.ToString()).Should().BeEmpty();
        outcome.Succeeded.Should().BeTrue();
        var result = outcome.Result!;
        result.Counts.SchoolsFlagged.Should().BeGreaterThan(result.Counts.SchoolsRanked / 5);
        result.Counts.SchoolsOutsideKommune.Should().Be(2, "the two schools on Svalbard");
        result.Counts.SchoolsMapped.Should().Be(5, "the five schools under a pre-2024 number");
        result.Counts.SchoolsPrivateExcluded.Should().Be(DefaultSample.Data.Schools.Count(s => s.Eierform == Core.Data.Eierform.Privat));
        result.Counts.ObservationsWithoutLimit.Should().Be(0, "nasjonalt.csv gives every limit");
        result.Route1Kommuner.Count().Should().BeInRange(30, 40);
        result.Route2Candidates.Count.Should().BeInRange(3, 30);
    }
}
