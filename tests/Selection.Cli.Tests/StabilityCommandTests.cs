namespace Selection.Cli.Tests;

/// <summary>Issue 13, item 1: <c>selection stability</c> writes its tables, summary and manifest, the same for the same seed.</summary>
public class StabilityCommandTests
{
    [Test]
    public void The_same_seed_writes_the_same_files_and_another_seed_other_probabilities()
    {
        string Run(int seed)
        {
            var outFolder = TestPaths.NewTempPath("stabilitet");
            var run = CliRun.Of("stability", "--data", Liten.Data, "--rules", Liten.Rules, "--out", outFolder, "--replicates", "200", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            run.ExitCode.Should().Be(0, run.Error);
            return outFolder;
        }
        var a = Run(5);
        var b = Run(5);
        var c = Run(6);

        var files = new[] { "stabilitet_skoler.csv", "stabilitet_skoler.parquet", "stabilitet_kommuner.csv", "stabilitet_kommuner.parquet", "sammendrag.txt", "manifest.json" };
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(b, file)).Should().Equal(File.ReadAllBytes(Path.Combine(a, file)), file);
        File.ReadAllText(Path.Combine(c, "stabilitet_skoler.csv")).Should().NotBe(File.ReadAllText(Path.Combine(a, "stabilitet_skoler.csv")));
        var header = File.ReadLines(Path.Combine(a, "stabilitet_skoler.csv")).First();
        header.Should().Be("orgnr,skolenavn,kommunenummer,kommunenavn,andel_risikopoeng,rang,flagget,p_flagget,p_rangert,rang_p05,rang_p50,rang_p95");
        File.ReadAllText(Path.Combine(a, "manifest.json")).Should().Contain("\"seed\": 5").And.Contain("\"replicates\": 200").And.Contain("\"kind\": \"stability\"");
    }

    [Test]
    public void A_replicate_count_of_zero_is_refused()
    {
        var run = CliRun.Of("stability", "--data", Liten.Data, "--rules", Liten.Rules, "--out", TestPaths.NewTempPath("s"), "--replicates", "0");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--replicates must be from 1 to 1000000, not 0");
    }

    [Test]
    public void The_rules_noise_sd_is_the_spread_the_analysis_uses_and_records()
    {
        var rules = TestPaths.NewTempPath("regler.json");
        Directory.CreateDirectory(Path.GetDirectoryName(rules)!);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Liten.Rules))!.AsObject();
        json["version"] = 2;
        json["minKommunePossiblePoints"] ??= 1;
        json["noise"] = System.Text.Json.Nodes.JsonNode.Parse("""{"sd": {"GSP": 12.5}}""");
        File.WriteAllText(rules, json.ToJsonString());
        var outFolder = TestPaths.NewTempPath("stabilitet");

        var run = CliRun.Of("stability", "--data", Liten.Data, "--rules", rules, "--out", outFolder, "--replicates", "20");

        run.ExitCode.Should().Be(0, run.Error);
        var manifest = File.ReadAllText(Path.Combine(outFolder, "manifest.json"));
        manifest.Should().Contain("\"GSP\": 12.5").And.Contain("\"EU7_STOTTE\": 0.9");
    }
}
