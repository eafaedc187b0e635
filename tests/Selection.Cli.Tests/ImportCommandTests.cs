using System.Security.Cryptography;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 15: <c>selection import</c> on the command line. A researcher downloads the exports, runs import then run,
/// and gets the selection the canonical files give; the output folder follows the rules of every <c>--out</c>.
/// </summary>
public class ImportCommandTests
{
    private static string SampleData => Path.Combine(TestPaths.RepoRoot, "sample-data");

    private static string Fixture(string name) => Path.Combine(TestPaths.RepoRoot, "tests", "Selection.Import.Tests", "Fixtures", name);

    [Test]
    public void Import_then_run_on_the_samples_exports_gives_the_selection_of_sample_data()
    {
        var exports = TestPaths.NewTempPath("eksporter");
        var data = TestPaths.NewTempPath("data");
        var fromExports = TestPaths.NewTempPath("utvalg-import");
        var fromSample = TestPaths.NewTempPath("utvalg-sample");

        CliRun.Of("sample", "--out", exports, "--udir-exports").ExitCode.Should().Be(0);
        var import = CliRun.Of("import", "--from", exports, "--out", data);
        import.ExitCode.Should().Be(0, import.Error);
        CliRun.Of("run", "--data", data, "--rules", "illustrativ", "--out", fromExports).ExitCode.Should().Be(0);
        CliRun.Of("run", "--data", SampleData, "--rules", "illustrativ", "--out", fromSample).ExitCode.Should().Be(0);

        foreach (var file in new[] { "skoler.csv", "kommuner.csv" })
            File.ReadAllBytes(Path.Combine(fromExports, file)).Should().Equal(File.ReadAllBytes(Path.Combine(fromSample, file)), file);
        import.Output.Should().Contain("Imported 6 files from 'eksporter':").And.Contain("!! SYNTHETIC DATA");
    }

    [Test]
    public void NSRs_flags_reach_the_run_through_import_and_the_rules_schoolRegister_and_Udirs_kommune_rows_route_1()
    {
        // The sample's exports, with one public school marked a special school and another inactive in NSR's list.
        var exports = TestPaths.NewTempPath("eksporter");
        CliRun.Of("sample", "--out", exports, "--udir-exports").ExitCode.Should().Be(0);
        var nsr = Path.Combine(exports, "nsr-skoler.csv");
        var lines = File.ReadAllLines(nsr);
        var publicSchools = lines.Skip(1).Where(l => l.Split(',') is var c && c[3] == "true" && c[4] == "true").Take(2).ToArray();
        var (special, inactive) = (publicSchools[0].Split(',')[0], publicSchools[1].Split(',')[0]);
        File.WriteAllLines(nsr, lines.Select((l, i) => i == 0 ? l + ",ErSpesialskole,ErAktiv"
            : l.StartsWith(special + ",", StringComparison.Ordinal) ? l + ",true,true"
            : l.StartsWith(inactive + ",", StringComparison.Ordinal) ? l + ",false,false"
            : l + ",false,true"));
        var data = TestPaths.NewTempPath("data");
        var import = CliRun.Of("import", "--from", exports, "--out", data);
        import.ExitCode.Should().Be(0, import.Error);
        var rules = Path.Combine(Path.GetDirectoryName(data)!, "regler.json");
        File.WriteAllText(rules, File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "Selection.IO", "Rules", "Presets", "runde-2025.json"))
            .Replace("\"includePrivateSchools\": false,", "\"includePrivateSchools\": false,\n  \"schoolRegister\": { \"excludeSpecialSchools\": true, \"excludeInactive\": true, \"excludeOutsideGrunnskole\": true },\n  \"kommuneValues\": \"fromData\","));
        var outFolder = TestPaths.NewTempPath("utvalg");

        var run = CliRun.Of("run", "--data", data, "--rules", rules, "--out", outFolder);

        run.ExitCode.Should().Be(0, run.Error);
        var schools = File.ReadAllLines(Path.Combine(outFolder, "skoler.csv"));
        schools.Single(l => l.StartsWith(special + ",", StringComparison.Ordinal)).Should().Contain(",spesialskole_utelatt,");
        schools.Single(l => l.StartsWith(inactive + ",", StringComparison.Ordinal)).Should().Contain(",inaktiv_utelatt,");
        run.Output.Should().Contain("by the school register (the rules' schoolRegister): 1 special schools, 1 inactive schools, 0 outside grunnskole")
            .And.Contain("route 1 ranks on Udir's kommune values (kommunalt, kommuneValues: fromData):");
        CliRun.Of("verify", "--run", outFolder).ExitCode.Should().Be(0);
    }

    [Test]
    public void An_unknown_file_is_exit_1_naming_it_and_nothing_is_written()
    {
        var data = TestPaths.NewTempPath("data");

        var run = CliRun.Of("--language", "nb", "import", "--from", Fixture("ukjent-fil"), "--out", data);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().StartWith($"Eksportmappen «{Fixture("ukjent-fil")}» har 1 feil; ingenting ble skrevet.")
            .And.Contain("feil: notater.csv: kjenner ikke igjen filen; kolonnene er «Dato», «Kommentar». Forventet en av:");
        Directory.Exists(data).Should().BeFalse();
    }

    [Test]
    public void An_existing_output_is_refused_without_force_and_replaced_with_it()
    {
        var data = TestPaths.NewTempPath("data");
        CliRun.Of("import", "--from", Fixture("navnedrift"), "--out", data).ExitCode.Should().Be(0);

        var again = CliRun.Of("import", "--from", Fixture("navnedrift"), "--out", data);
        var forced = CliRun.Of("import", "--from", Fixture("tusenskille"), "--out", data, "--force");

        again.ExitCode.Should().Be(ExitCodes.OutputError);
        again.Error.Should().Contain("--force");
        forced.ExitCode.Should().Be(0, forced.Error);
        File.ReadAllText(Path.Combine(data, ".selection-output")).Should().Be("selection import\n");
        File.Exists(Path.Combine(data, "kommunalt.csv")).Should().BeTrue("tusenskille's output replaced navnedrift's");
    }

    [Test]
    public void The_output_may_not_lie_inside_the_export_folder()
    {
        var exports = TestPaths.NewTempPath("eksporter");
        CopyFolder(Fixture("navnedrift"), exports);

        var run = CliRun.Of("import", "--from", exports, "--out", Path.Combine(exports, "data"));

        run.ExitCode.Should().Be(ExitCodes.OutputError);
        run.Error.Should().Contain("the export folder");
    }

    [Test]
    public void The_import_never_changes_what_it_read()
    {
        var exports = TestPaths.NewTempPath("eksporter");
        CopyFolder(Fixture("tusenskille"), exports);
        var before = Hashes(exports);

        CliRun.Of("import", "--from", exports, "--out", TestPaths.NewTempPath("data")).ExitCode.Should().Be(0);

        Hashes(exports).Should().Equal(before);
    }

    [Test]
    public void The_imported_folder_passes_validate()
    {
        var data = TestPaths.NewTempPath("data");
        CliRun.Of("import", "--from", Fixture("tusenskille"), "--out", data).ExitCode.Should().Be(0);

        var validate = CliRun.Of("validate", "--data", data);

        validate.ExitCode.Should().Be(0, validate.Output + validate.Error);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    private static string[] Hashes(string folder) =>
        Directory.GetFiles(folder).Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileName(f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))) + " " + File.GetLastWriteTimeUtc(f).Ticks)
            .ToArray();
}
