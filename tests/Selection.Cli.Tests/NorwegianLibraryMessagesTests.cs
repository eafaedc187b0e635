using System.Text.Json.Nodes;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 10: the messages the libraries build (verify's manifest checks, a run folder refused, a rules
/// file refused, explain's kommune not found) read in bokmål with --language nb.
/// </summary>
public class NorwegianLibraryMessagesTests
{
    private string _run = null!;

    [OneTimeSetUp]
    public void MakeRun()
    {
        _run = Liten.Run();
    }

    /// <summary>A copy of the run with its manifest edited by <paramref name="edit"/>.</summary>
    private string Tampered(Action<JsonObject> edit) => TamperedRuns.WithManifestEdited(_run, edit);

    private static string[] Failed(CliRun verify) =>
        verify.Output.Split('\n').Where(l => l.StartsWith("  FEILET", StringComparison.Ordinal)).ToArray();

    [Test]
    public void A_count_that_disagrees_with_its_table_is_listed_by_verify_in_bokmal()
    {
        var run = Tampered(m => m["counts"]!["schoolsRanked"] = 9);

        var verify = CliRun.Of("--language", "nb", "verify", "--run", run);

        verify.ExitCode.Should().Be(ExitCodes.NotVerified, verify.Output);
        Failed(verify).Should().Equal("  FEILET   counts.schoolsRanked: manifestet sier 9, men skoler.csv har 8 skoler med status rangert");
    }

    [Test]
    public void A_rules_parameter_that_disagrees_with_the_recorded_rules_is_listed_by_verify_in_bokmal()
    {
        var run = Tampered(m => m["schoolRanking"]!["topShare"] = 0.5);

        var verify = CliRun.Of("--language", "nb", "verify", "--run", run);

        Failed(verify).Should().Equal("  FEILET   schoolRanking.topShare: manifestet sier 0.5, men topShare i regelsettet er 0.25");
    }

    [Test]
    public void The_verify_report_of_a_run_whose_illustrative_flag_was_flipped_matches_its_bokmal_snapshot()
    {
        var run = Tampered(m => m["rules"]!["illustrative"] = false);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run, "manifest.json")));
        var engine = manifest.RootElement.GetProperty("engine").GetProperty("version").GetString()!;

        var verify = CliRun.Of("--language", "nb", "verify", "--run", run);

        verify.ExitCode.Should().Be(ExitCodes.NotVerified, verify.Output);
        Snapshot.Match(
            verify.Output.Replace(Path.GetFullPath(run), "<kjøring>", StringComparison.Ordinal).Replace(engine, "<motor>", StringComparison.Ordinal),
            "verify-illustrative-flag-flipped-nb");
    }

    [Test]
    public void A_run_folder_that_does_not_exist_is_refused_by_verify_in_bokmal()
    {
        var missing = TestPaths.NewTempPath("finnes-ikke");

        var verify = CliRun.Of("--language", "nb", "verify", "--run", missing);

        verify.ExitCode.Should().Be(ExitCodes.InputError);
        verify.Error.Should().Be($"feil: kjøringsmappen «{missing}» finnes ikke\n");
    }

    [Test]
    public void A_data_folder_given_to_verify_that_is_a_file_is_refused_in_bokmal()
    {
        var verify = CliRun.Of("--language", "nb", "verify", "--run", _run, "--data", Liten.Rules);

        verify.ExitCode.Should().Be(ExitCodes.InputError);
        verify.Error.Should().Be($"feil: «{Liten.Rules}» er en fil; datamappen må være en mappe\n");
    }

    [Test]
    public void A_rules_file_with_a_bad_key_is_refused_by_run_in_bokmal()
    {
        var rules = JsonNode.Parse(File.ReadAllText(Liten.Rules))!.AsObject();
        rules["windowYears"] = 0;
        var path = TestPaths.NewTempPath("regler.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, rules.ToJsonString());

        var run = CliRun.Of("--language", "nb", "run", "--data", Liten.Data, "--rules", path, "--out", TestPaths.NewTempPath("ut"));

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("regler.json: nøkkelen «windowYears»: må være minst 1 (fant «0»)\n");
    }

    [Test]
    public void A_kommune_explain_cannot_find_is_refused_in_bokmal()
    {
        var explain = CliRun.Of("--language", "nb", "explain", "--run", _run, "--kommune", "Atlantis");

        explain.ExitCode.Should().Be(ExitCodes.InputError);
        explain.Error.Should().Be(
            "feil: ingen kommune i kommunestrukturen til denne kjøringen heter «Atlantis» (kommuner.parquet); gi navnet slik det er skrevet der, eller kommunenummeret\n");
    }
}
