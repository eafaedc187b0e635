using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Selection.IO.Parquet;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 4: the evidence behind every number, a manifest that proves where a selection came from,
/// byte-identical runs, <c>explain</c> and <c>verify</c>. All on Fixtures/liten (see CliRunTests for
/// the hand-computed results).
/// </summary>
public class RunEvidenceTests
{
    private static string Data => Path.Combine(TestPaths.Fixtures, "liten");

    private static string Rules => Path.Combine(TestPaths.Fixtures, "liten-regler.json");

    private static string Run(string? outFolder = null)
    {
        outFolder ??= TestPaths.NewTempPath("out");
        var run = CliRun.Of("run", "--data", Data, "--rules", Rules, "--out", outFolder);
        run.ExitCode.Should().Be(0, run.Error);
        return outFolder;
    }

    private static string[] ComparedFiles(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != "run.log")
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static void AssertIdentical(string first, string second)
    {
        var files = ComparedFiles(first);
        files.Should().Contain(["skoler.csv", "skoler.parquet", "kommuner.parquet", "observasjoner.parquet", "kommuneobservasjoner.parquet", "manifest.json", "sammendrag.txt"]);
        ComparedFiles(second).Should().Equal(files);
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(second, file)).Should().Equal(File.ReadAllBytes(Path.Combine(first, file)), file);
    }

    [Test]
    public void The_same_inputs_and_rules_give_byte_identical_outputs_under_invariant_nb_NO_and_en_US()
    {
        var before = CultureInfo.CurrentCulture;
        var outputs = new List<string>();
        try
        {
            foreach (var culture in new[] { CultureInfo.InvariantCulture, new CultureInfo("nb-NO"), new CultureInfo("en-US") })
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                outputs.Add(Run());
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = before;
        }
        AssertIdentical(outputs[0], outputs[1]);
        AssertIdentical(outputs[0], outputs[2]);
    }

    [Test]
    public void Another_process_in_another_folder_time_zone_and_locale_writes_the_same_bytes()
    {
        var inProcess = Run();
        var cwd = TestPaths.NewTempPath("cwd");
        Directory.CreateDirectory(cwd);
        var outFolder = Path.Combine(cwd, "utvalg");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = cwd,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "selection.dll"), "run", "--data", Path.GetRelativePath(cwd, Data), "--rules", Rules, "--out", "utvalg" })
            info.ArgumentList.Add(arg);
        info.Environment[SelectionCli.LanguageVariable] = "en"; // the in-process run is in English, so sammendrag.txt is
        info.Environment["TZ"] = "Pacific/Chatham";
        info.Environment["LANG"] = "nb_NO.UTF-8";
        info.Environment["LC_ALL"] = "nb_NO.UTF-8";

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.Should().Be(0, stderr.Result);
        AssertIdentical(inProcess, outFolder);
    }

    [Test]
    public void The_parquet_tables_read_back_equal_to_the_csv_tables()
    {
        var outFolder = Run();

        foreach (var table in new[] { "skoler", "kommuner" })
        {
            using var stream = File.OpenRead(Path.Combine(outFolder, table + ".parquet"));
            var (columns, rows) = ParquetTables.ReadTyped(stream);
            var fromParquet = new[] { string.Join(',', columns.Select(c => c.Name)) }
                .Concat(rows.Select(r => string.Join(',', r.Select(cell => Quote(IO.Output.TypedTable.Text(cell))))));
            File.ReadAllText(Path.Combine(outFolder, table + ".csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
                .Should().Equal(fromParquet, table);
            columns.Single(c => c.Name == "andel_risikopoeng").Type.Should().Be(ParquetColumnType.Double);
            columns.Single(c => c.Name == "rang").Type.Should().Be(ParquetColumnType.Int32);
            columns.Single(c => c.Name == (table == "skoler" ? "flagget" : "rute2_har_flagget_skole")).Type.Should().Be(ParquetColumnType.Boolean);
        }
    }

    private static string Quote(string cell) => cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    [Test]
    public void Observasjoner_holds_the_evidence_behind_every_risk_point()
    {
        var outFolder = Run();

        using var stream = File.OpenRead(Path.Combine(outFolder, "observasjoner.parquet"));
        var (columns, rows) = ParquetTables.ReadTyped(stream);
        int Col(string name) => columns.Select(c => c.Name).ToList().IndexOf(name);

        // Alfa (981000005): three observations in the window (the 2022-23 GSP row is outside it).
        var alfa = rows.Where(r => (string)r[Col("orgnr")]! == "981000005").ToArray();
        alfa.Select(r => ((string)r[Col("indikator")]!, (string)r[Col("skoleaar")]!)).Should().Equal(("EU10_MOBBING", "2023-24"), ("NP5_LES_MN1", "2023-24"), ("GSP", "2023-24"));
        var gsp = alfa[2];
        ((decimal)gsp[Col("verdi")]!).Should().Be(36.0m);
        ((decimal)gsp[Col("nasjonal_grense")]!).Should().Be(42.0m);
        ((string)gsp[Col("grense_kilde")]!).Should().Be("nasjonal_rad");
        ((decimal)gsp[Col("gulv")]!).Should().Be(37m);
        ((int)gsp[Col("risikopoeng")]!, (int)gsp[Col("vekt")]!, (int)gsp[Col("vektede_risikopoeng")]!, (int)gsp[Col("mulige_risikopoeng")]!).Should().Be((3, 3, 9, 9));
        ((string)gsp[Col("kilde_fil")]!, (int)gsp[Col("kilde_linje")]!).Should().Be(("grunnskolepoeng.csv", 3));

        // The sums per school are the school's risikopoeng in skoler.csv: 15 of 15 for Alfa.
        alfa.Sum(r => (int)r[Col("vektede_risikopoeng")]!).Should().Be(15);
        alfa.Sum(r => (int)r[Col("mulige_risikopoeng")]!).Should().Be(15);
    }

    [Test]
    public void Kommuneobservasjoner_says_how_many_schools_and_pupils_each_kommune_value_rests_on()
    {
        var outFolder = Run();

        using var stream = File.OpenRead(Path.Combine(outFolder, "kommuneobservasjoner.parquet"));
        var (columns, rows) = ParquetTables.ReadTyped(stream);
        int Col(string name) => columns.Select(c => c.Name).ToList().IndexOf(name);
        var osloGsp = rows.Single(r => (string)r[Col("kommunenummer")]! == "0301" && (string)r[Col("indikator")]! == "GSP");

        ((decimal)osloGsp[Col("verdi")]!).Should().Be(40.5m);
        ((int)osloGsp[Col("antall_skoler")]!, (long)osloGsp[Col("antall_elever")]!, (int)osloGsp[Col("vektede_risikopoeng")]!).Should().Be((2, 40L, 3));
    }

    [Test]
    public void The_manifest_names_the_engine_the_rules_every_input_and_every_output_with_their_hashes()
    {
        var outFolder = Run();

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outFolder, "manifest.json")));
        var m = manifest.RootElement;
        m.GetProperty("engine").GetProperty("version").GetString().Should().StartWith("0.1.0");
        m.GetProperty("engine").GetProperty("runtime").GetString().Should().StartWith(".NET ");
        m.GetProperty("command").EnumerateArray().Select(a => a.GetString()).Should().Equal("run", "--data", "liten", "--rules", "liten-regler.json", "--out", "<out>");

        var rules = m.GetProperty("rules");
        rules.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Rules))));
        rules.GetProperty("content").GetProperty("route1Count").GetInt32().Should().Be(1);
        rules.GetProperty("illustrative").GetBoolean().Should().BeTrue();

        var inputs = m.GetProperty("data").GetProperty("files").EnumerateArray().ToArray();
        inputs.Select(f => f.GetProperty("file").GetString()).Should().Equal("datasett.json", "elevundersokelsen.csv", "grunnskolepoeng.csv", "nasjonale_prover.csv", "nasjonalt.csv", "skoler.csv");
        foreach (var f in inputs)
            f.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Data, f.GetProperty("file").GetString()!)))));

        var outputs = m.GetProperty("outputs").EnumerateArray().Select(f => f.GetProperty("file").GetString()).ToArray();
        outputs.Should().Equal(ComparedFiles(outFolder).Where(f => f != "manifest.json" && f != Selection.IO.Output.OutputFolder.MarkerFile), "the marker of the output folder is not a result of the run");
        foreach (var f in m.GetProperty("outputs").EnumerateArray())
            f.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(outFolder, f.GetProperty("file").GetString()!)))));

        m.GetProperty("window").GetProperty("years").EnumerateArray().Select(y => y.GetString()).Should().Equal("2023-24");
        m.GetProperty("counts").GetProperty("schoolsRanked").GetInt32().Should().Be(8);
        m.GetProperty("counts").GetProperty("schoolsPrivateExcluded").GetInt32().Should().Be(1);
        m.GetProperty("schoolRanking").GetProperty("cut").GetInt32().Should().Be(2);
        m.GetProperty("counts").GetProperty("kommunerRoute2").GetInt32().Should().Be(1);
        File.ReadAllText(Path.Combine(outFolder, "manifest.json")).Should().NotMatchRegex(@"\d{4}-\d\d-\d\dT\d\d:", "no wall-clock time in the manifest");
        File.ReadAllText(Path.Combine(outFolder, "run.log")).Should().MatchRegex(@"started   \d{4}-\d\d-\d\dT");
    }

    [Test]
    public void Explain_a_school_as_an_analyst_would_paste_it_into_a_letter()
    {
        var outFolder = Run();

        var explain = CliRun.Of("explain", "--run", outFolder, "--school", "981000528");

        explain.ExitCode.Should().Be(0, explain.Error);
        Snapshot.Match(explain.Output, "explain-school-elvebakken");
    }

    [Test]
    public void Explain_a_kommune_with_its_route_decision_and_schools()
    {
        var outFolder = Run();

        var explain = CliRun.Of("explain", "--run", outFolder, "--kommune", "0301");

        explain.ExitCode.Should().Be(0, explain.Error);
        Snapshot.Match(explain.Output, "explain-kommune-oslo");
    }

    [Test]
    public void Explain_as_json_and_csv_for_machines()
    {
        var outFolder = Run();

        var json = CliRun.Of("explain", "--run", outFolder, "--school", "981000005", "--format", "json");
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("school").GetProperty("rang").GetInt32().Should().Be(1);
        document.RootElement.GetProperty("observations").GetArrayLength().Should().Be(3);

        var csv = CliRun.Of("explain", "--run", outFolder, "--kommune", "0301", "--format", "csv");
        csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(4)
            .And.Contain("GSP,10,2023-24,40.5,2,40,42.0,nasjonal_rad,37.0,1,3,3,9");
    }

    [Test]
    public void Explain_refuses_an_unknown_school_and_a_folder_that_is_not_a_run()
    {
        var outFolder = Run();

        CliRun.Of("explain", "--run", outFolder, "--school", "974760673").Error.Should().Contain("orgnr 974760673 is not a school of this run");
        CliRun.Of("explain", "--run", Data, "--kommune", "0301").Error.Should().Contain("has no manifest.json: it is not the output folder of `selection run`");
        CliRun.Of("explain", "--run", outFolder).ExitCode.Should().Be(ExitCodes.UsageError);
    }

    [Test]
    public void Verify_passes_an_untouched_run_with_its_data()
    {
        var outFolder = Run();

        var verify = CliRun.Of("verify", "--run", outFolder, "--data", Data);

        verify.ExitCode.Should().Be(0, verify.Output);
        verify.Output.Should().Contain("Result        VERIFIED");
    }

    [Test]
    public void Verify_catches_a_changed_a_missing_and_an_added_output()
    {
        var outFolder = Run();
        var skoler = Path.Combine(outFolder, "skoler.csv");
        File.WriteAllText(skoler, File.ReadAllText(skoler).Replace(",7,false,rangert", ",6,false,rangert", StringComparison.Ordinal));
        File.Delete(Path.Combine(outFolder, "kommuner.parquet"));
        File.WriteAllText(Path.Combine(outFolder, "statsforvaltere", "notat.txt"), "added later");

        var verify = CliRun.Of("verify", "--run", outFolder);

        verify.ExitCode.Should().Be(ExitCodes.NotVerified);
        verify.Output.Should().Contain("Outputs       14 files checked: 3 differ")
            .And.Contain("CHANGED    skoler.csv")
            .And.Contain("MISSING    kommuner.parquet")
            .And.Contain("EXTRA      statsforvaltere/notat.txt (not in the manifest)")
            .And.Contain("Result        NOT VERIFIED");
    }

    [Test]
    public void Verify_catches_a_data_folder_that_is_not_the_one_the_run_read()
    {
        var outFolder = Run();
        var data = TestPaths.NewTempPath("data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(Data))
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        File.AppendAllText(Path.Combine(data, "nasjonalt.csv"), "2023-24;NP8_LES_MN1;10,0\n", Encoding.UTF8);

        var verify = CliRun.Of("verify", "--run", outFolder, "--data", data);

        verify.ExitCode.Should().Be(ExitCodes.NotVerified);
        verify.Output.Should().Contain("Outputs       14 files checked: unchanged since the run")
            .And.Contain("CHANGED    nasjonalt.csv");
    }
}
