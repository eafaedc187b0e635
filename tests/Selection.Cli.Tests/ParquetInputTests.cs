namespace Selection.Cli.Tests;

/// <summary>
/// Parquet input: a data set converted from CSV to Parquet (<c>selection convert</c>) gives the same
/// selection, file for file, as the CSV it came from.
/// </summary>
public class ParquetInputTests
{
    private static readonly string[] ComparedOutputs = ["skoler.csv", "kommuner.csv", "omkodede_skoler.csv"];

    private static void AssertSameSelection(string csvData, string rules)
    {
        var parquetData = TestPaths.NewTempPath("parquet");
        var convert = CliRun.Of("convert", "--data", csvData, "--out", parquetData);
        convert.ExitCode.Should().Be(0, convert.Error);
        Directory.GetFiles(parquetData, "*.parquet").Should().HaveCount(5);

        var fromCsv = TestPaths.NewTempPath("csv-out");
        var fromParquet = TestPaths.NewTempPath("parquet-out");
        CliRun.Of("run", "--data", csvData, "--rules", rules, "--out", fromCsv).ExitCode.Should().Be(0);
        var run = CliRun.Of("run", "--data", parquetData, "--rules", rules, "--out", fromParquet);
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("skoler.parquet");

        // Parquet has no suppression marks: an empty CSV cell and a mark both become null, which counts as suppressed.
        // So skoler.csv is the same but for antall_prikket and antall_uten_data, whose sum is the same per school.
        foreach (var file in ComparedOutputs.Where(f => f != "skoler.csv"))
            File.ReadAllBytes(Path.Combine(fromParquet, file)).Should().Equal(File.ReadAllBytes(Path.Combine(fromCsv, file)), file);
        static string[] Collapsed(string run) => [.. File.ReadAllLines(Path.Combine(run, "skoler.csv")).Select(line =>
        {
            var cells = line.Split(',');
            var (prikket, utenData) = (cells[^2], cells[^1]);
            var missing = !int.TryParse(prikket, out var p) ? prikket : (p + int.Parse(utenData, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return string.Join(',', cells[..^2]) + "," + missing;
        })];
        Collapsed(fromParquet).Should().Equal(Collapsed(fromCsv));

        // The shortlists are the same but for the run's id, which fingerprints the input files (other bytes, another id).
        var (csvId, parquetId) = (RunIdOf(fromCsv), RunIdOf(fromParquet));
        csvId.Should().NotBe(parquetId);
        foreach (var file in Directory.GetFiles(Path.Combine(fromCsv, "statsforvaltere"), "*.csv").Select(f => Path.Combine("statsforvaltere", Path.GetFileName(f))))
            File.ReadAllText(Path.Combine(fromParquet, file)).Replace(parquetId, "<id>", StringComparison.Ordinal)
                .Should().Be(File.ReadAllText(Path.Combine(fromCsv, file)).Replace(csvId, "<id>", StringComparison.Ordinal), file);
    }

    private static string RunIdOf(string run)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run, "manifest.json")));
        return manifest.RootElement.GetProperty("runId").GetString()!;
    }

    [Test]
    public void The_small_fixture_converted_to_parquet_gives_the_same_selection() =>
        AssertSameSelection(Path.Combine(TestPaths.Fixtures, "liten"), Path.Combine(TestPaths.Fixtures, "liten-regler.json"));

    [Test]
    public void The_national_sample_data_converted_to_parquet_gives_the_same_selection() =>
        AssertSameSelection(Path.Combine(TestPaths.RepoRoot, "sample-data"), "illustrativ");

    [Test]
    public void The_committed_parquet_fixture_is_what_convert_writes()
    {
        var converted = TestPaths.NewTempPath("parquet");
        CliRun.Of("convert", "--data", Path.Combine(TestPaths.Fixtures, "liten"), "--out", converted).ExitCode.Should().Be(0);

        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Fixtures, "liten-parquet")))
            File.ReadAllBytes(Path.Combine(converted, Path.GetFileName(file))).Should().Equal(File.ReadAllBytes(file), Path.GetFileName(file));
    }

    [Test]
    public void Convert_refuses_a_data_folder_with_errors()
    {
        var out1 = TestPaths.NewTempPath("parquet");

        var convert = CliRun.Of("convert", "--data", "/no/such/folder", "--out", out1);

        convert.ExitCode.Should().Be(ExitCodes.InputError);
        convert.Error.Should().Contain("the data folder '/no/such/folder' does not exist");
        Directory.Exists(out1).Should().BeFalse();
    }
}
