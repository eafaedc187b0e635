using System.Text;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 15, item 3 end to end: the register's facts in <c>skoler</c> and the rules' <c>schoolRegister</c> give each
/// excluded school its status word in <c>skoler.csv</c>, a summary line, manifest counts, and a run that verifies.
/// </summary>
public class SchoolRegisterRunTests
{
    [Test]
    public void A_run_with_schoolRegister_writes_each_schools_reason_and_its_counts_and_verifies()
    {
        var data = TestPaths.NewTempPath("register-data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Fixtures, "liten")))
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        // The first three schools: a special school, an inactive one, one outside grunnskole; the rest say nothing.
        var lines = File.ReadAllLines(Path.Combine(data, "skoler.csv"), Encoding.UTF8);
        var facts = new[] { ";true;true;true", ";false;false;true", ";false;true;false" };
        var withFacts = lines.Select((line, i) => i == 0 ? line + ";spesialskole;aktiv;grunnskole" : i <= 3 ? line + facts[i - 1] : line + ";;;");
        File.WriteAllLines(Path.Combine(data, "skoler.csv"), withFacts, new UTF8Encoding(true));
        var rules = Path.Combine(data, "..", "regler.json");
        var json = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "liten-regler.json"))
            .Replace("\"version\": 1,", "\"version\": 2,")
            .Replace("\"includePrivateSchools\": false,", "\"includePrivateSchools\": false,\n  \"schoolRegister\": { \"excludeSpecialSchools\": true, \"excludeInactive\": true, \"excludeOutsideGrunnskole\": true },");
        File.WriteAllText(rules, json);
        var outFolder = TestPaths.NewTempPath("register-run");

        var run = CliRun.Of("run", "--data", data, "--rules", rules, "--out", outFolder);

        run.ExitCode.Should().Be(0, run.Error);
        var rows = File.ReadAllLines(Path.Combine(outFolder, "skoler.csv"));
        var orgnr = lines.Skip(1).Take(3).Select(l => l.Split(';')[0]).ToArray();
        string Row(string o) => rows.Single(r => r.StartsWith(o + ",", StringComparison.Ordinal));
        Row(orgnr[0]).Should().Contain(",false,spesialskole_utelatt,");
        Row(orgnr[1]).Should().Contain(",false,inaktiv_utelatt,");
        Row(orgnr[2]).Should().Contain(",false,ikke_grunnskole_utelatt,");
        run.Output.Should().Contain("by the school register (the rules' schoolRegister): 1 special schools, 1 inactive schools, 1 outside grunnskole");
        var manifest = File.ReadAllText(Path.Combine(outFolder, "manifest.json"));
        manifest.Should().Contain("\"schoolsSpecialExcluded\": 1").And.Contain("\"schoolsInactiveExcluded\": 1").And.Contain("\"schoolsOutsideGrunnskoleExcluded\": 1");
        CliRun.Of("verify", "--run", outFolder).ExitCode.Should().Be(0);
        CliRun.Of("explain", "--run", outFolder, "--school", orgnr[0]).Output.Should().Contain("Skolen er en spesialskole etter skoleregisteret");
    }

    [Test]
    public void A_run_ranking_route_1_on_kommunalt_names_the_rows_used_in_the_summary_and_manifest_and_verifies()
    {
        var data = TestPaths.NewTempPath("kommunalt-data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Fixtures, "liten")))
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        // Udir's GSP for three kommuner in 2023-24, one suppressed, and one row of a year outside the window.
        File.WriteAllText(Path.Combine(data, "kommunalt.csv"), "kommunenummer;skoleaar;indikator;verdi;antall\n0301;2023-24;GSP;31,0;400\n4601;2023-24;GSP;44,0;300\n1103;2023-24;GSP;*;\n0301;2022-23;GSP;30,0;380\n");
        var rules = Path.Combine(data, "..", "regler.json");
        File.WriteAllText(rules, File.ReadAllText(Path.Combine(TestPaths.Fixtures, "liten-regler.json"))
            .Replace("\"version\": 1,", "\"version\": 2,")
            .Replace("\"topShare\":", "\"kommuneValues\": \"fromData\",\n  \"topShare\":"));
        var outFolder = TestPaths.NewTempPath("kommunalt-run");

        var run = CliRun.Of("run", "--data", data, "--rules", rules, "--out", outFolder);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("route 1 ranks on Udir's kommune values (kommunalt, kommuneValues: fromData): 2 of 4 rows used; outside the window 1, indicator not used 0, suppressed 1, split kommune 0, former kommuner merged 0");
        var manifest = File.ReadAllText(Path.Combine(outFolder, "manifest.json"));
        manifest.Should().Contain("\"kommuneRowsRead\": 4").And.Contain("\"kommuneRowsUsed\": 2").And.Contain("\"kommuneRowsSuppressed\": 1");
        manifest.Should().Contain("kommunalt.csv", "the table is an input like any other, with its hash");
        CliRun.Of("verify", "--run", outFolder).ExitCode.Should().Be(0);
    }
}
