using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 8 A: <c>verify</c> checks the manifest itself, not only the file hashes. One run of
/// Fixtures/liten per fixture; each tampering case edits a copy of it.
/// </summary>
public class VerifyManifestTests
{
    private const string Official = "official: Udir, oppfølgingsordningen 2025";
    private const string Illustrative = "illustrative: rules for the small end-to-end fixture";

    private string _run = null!;

    [OneTimeSetUp]
    public void MakeRun()
    {
        _run = Liten.Run();
    }

    /// <summary>A copy of the run with its manifest edited by <paramref name="edit"/>.</summary>
    private string Tampered(Action<JsonObject> edit) => TamperedRuns.WithManifestEdited(_run, edit);

    private static JsonObject Rules(JsonObject m) => m["rules"]!.AsObject();

    /// <summary>Edits the rules text and content alike, and (when <paramref name="rehash"/>) their SHA-256 too.</summary>
    private static void EditRules(JsonObject m, string from, string to, bool rehash)
    {
        var rules = Rules(m);
        var text = rules["text"]!.GetValue<string>().Replace(from, to, StringComparison.Ordinal);
        rules["text"] = text;
        rules["content"] = JsonNode.Parse(text);
        if (rehash)
            rules["sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        // A forger who edits the rules gives the run the id those rules make; the checks below are of the rest.
        m["runId"] = Selection.IO.Output.RunId.Of(
            m["engine"]!["version"]!.GetValue<string>(),
            Encoding.UTF8.GetBytes(text),
            m["data"]!["files"]!.AsArray().Select(f => new Selection.IO.Output.FileHash(f!["file"]!.GetValue<string>(), f["bytes"]!.GetValue<long>(), f["sha256"]!.GetValue<string>())).ToArray(),
            m["command"]!.AsArray().Select(a => a!.GetValue<string>()).ToArray());
    }

    private static CliRun Verify(string run) => CliRun.Of("verify", "--run", run);

    private static void NotVerified(CliRun verify, params string[] failures)
    {
        verify.ExitCode.Should().Be(ExitCodes.NotVerified, verify.Output);
        verify.Output.Should().Contain("Outputs       14 files checked: unchanged since the run").And.Contain("Result        NOT VERIFIED");
        var failed = verify.Output.Split('\n').Where(l => l.StartsWith("  FAILED", StringComparison.Ordinal)).ToArray();
        failed.Should().Equal(failures.Select(f => "  FAILED   " + f));
        verify.Output.Should().Contain($" checks: {failures.Length} failed\n");
    }

    [Test]
    public void Verify_An_untouched_run_verifies_and_says_what_it_cannot_prove()
    {
        var verify = Verify(_run);

        verify.ExitCode.Should().Be(ExitCodes.Success, verify.Output);
        verify.Output.Should().Contain("Manifest      40 checks: agrees with its rules, its tables and its notices")
            .And.Contain("Result        VERIFIED")
            .And.EndWith("verify proves that the files match the manifest and that the manifest agrees with itself; it cannot prove that the manifest was written by `selection run`: a fully consistent forgery would need a signature.\n");
    }

    [Test]
    public void Verify_A_run_of_data_whose_file_is_a_symbolic_link_records_the_files_size_and_verifies()
    {
        var data = Liten.Copy();
        var target = TestPaths.NewTempPath("nasjonalt.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(Path.Combine(data, "nasjonalt.csv"), target);
        File.CreateSymbolicLink(Path.Combine(data, "nasjonalt.csv"), target);
        var run = TestPaths.NewTempPath("run");
        CliRun.Of("run", "--data", data, "--rules", Liten.Rules, "--out", run).ExitCode.Should().Be(ExitCodes.Success);

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(run, "manifest.json")))!;
        var listed = manifest["data"]!["files"]!.AsArray().Single(f => (string)f!["file"]! == "nasjonalt.csv")!;
        ((long)listed["bytes"]!).Should().Be(new FileInfo(target).Length, "the size of the file the link names, not of the link");
        var verify = CliRun.Of("verify", "--run", run, "--data", data);
        verify.ExitCode.Should().Be(ExitCodes.Success, verify.Output);
        verify.Output.Should().Contain("Result        VERIFIED");
    }

    [Test]
    public void Verify_A_manifest_rewritten_as_is_still_verifies()
    {
        var verify = Verify(Tampered(_ => { }));

        verify.ExitCode.Should().Be(ExitCodes.Success, verify.Output);
    }

    [Test]
    public void Verify_Provenance_edited_to_official_only_in_the_content()
    {
        var run = Tampered(m => Rules(m)["content"]!["provenance"] = Official);

        NotVerified(Verify(run), "rules.content: the rules content is not the same JSON as the rules text the manifest records (rules.text)");
    }

    [Test]
    public void Verify_Provenance_edited_to_official_in_text_content_and_hash_is_caught_by_the_flag()
    {
        var run = Tampered(m => EditRules(m, Illustrative, Official, rehash: true));

        NotVerified(Verify(run), $"rules.illustrative: the manifest says true, but the rules' provenance \"{Official}\" makes them official");
    }

    [Test]
    public void Verify_Provenance_official_and_the_flag_flipped_is_caught_by_the_notices_in_the_outputs()
    {
        var run = Tampered(m =>
        {
            EditRules(m, Illustrative, Official, rehash: true);
            Rules(m)["illustrative"] = false;
        });

        NotVerified(
            Verify(run),
            "skoler.csv: illustrative_regler: the manifest says rules.illustrative false, but 10 of 10 rows have illustrative_regler true",
            "kommuner.csv: illustrative_regler: the manifest says rules.illustrative false, but 357 of 357 rows have illustrative_regler true",
            "omkodede_skoler.csv: illustrative_regler: the manifest says rules.illustrative false, but 1 of 1 rows have illustrative_regler true",
            "sammendrag.txt: rules.illustrative: the manifest says rules.illustrative false, but sammendrag.txt carries the ILLUSTRATIVE RULES notice",
            "statsforvaltere/statsforvalteren-i-ostfold-buskerud-oslo-og-akershus.csv: merknad (rules.illustrative): the manifest says rules.illustrative false, but 1 of 1 rows carry the notice ILLUSTRATIVE REGLER",
            "statsforvaltere/statsforvalteren-i-troms-og-finnmark.csv: merknad (rules.illustrative): the manifest says rules.illustrative false, but 1 of 1 rows carry the notice ILLUSTRATIVE REGLER");
    }

    [Test]
    public void Verify_The_illustrative_flag_flipped_alone()
    {
        var run = Tampered(m => Rules(m)["illustrative"] = false);

        var verify = Verify(run);

        verify.ExitCode.Should().Be(ExitCodes.NotVerified);
        verify.Output.Should().Contain($"  FAILED   rules.illustrative: the manifest says false, but the rules' provenance \"{Illustrative}\" makes them illustrative (official only when it starts with \"official\")\n")
            .And.Contain("  FAILED   skoler.csv: illustrative_regler: the manifest says rules.illustrative false, but 10 of 10 rows have illustrative_regler true\n");
    }

    [Test]
    public void Verify_Rules_content_and_text_edited_without_updating_the_hash()
    {
        var run = Tampered(m => EditRules(m, "\"floor\": 37", "\"floor\": 30", rehash: false));
        var text = JsonNode.Parse(File.ReadAllText(Path.Combine(run, "manifest.json")))!["rules"]!["text"]!.GetValue<string>();
        var sha = JsonNode.Parse(File.ReadAllText(Path.Combine(_run, "manifest.json")))!["rules"]!["sha256"]!.GetValue<string>();

        NotVerified(Verify(run), $"rules.sha256: the manifest says {sha}, but the SHA-256 of the rules text it records (rules.text) is {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}");
    }

    [Test]
    public void Verify_The_rules_hash_edited()
    {
        var original = "";
        var run = Tampered(m =>
        {
            original = Rules(m)["sha256"]!.GetValue<string>();
            Rules(m)["sha256"] = new string('0', 64);
        });

        NotVerified(Verify(run), $"rules.sha256: the manifest says {new string('0', 64)}, but the SHA-256 of the rules text it records (rules.text) is {original}");
    }

    [Test]
    public void Verify_The_rules_name_edited()
    {
        var run = Tampered(m => Rules(m)["name"] = "oppfolging-2025");

        NotVerified(Verify(run), "rules.name: the manifest says 'oppfolging-2025', but the recorded rules are named 'liten-test'");
    }

    [Test]
    public void Verify_Recorded_rules_that_are_not_valid_rules()
    {
        var run = Tampered(m => EditRules(m, "\"topShare\": 0.25", "\"topShare\": 1.5", rehash: true));

        NotVerified(Verify(run), "rules.text: the rules text recorded in the manifest is not valid rules: key 'topShare': must lie in (0, 1]: above 0, at most 1");
    }

    [Test]
    public void Verify_The_run_id_edited_to_another_runs()
    {
        var run = Tampered(m => m["runId"] = "K0123456789AB");
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_run, "manifest.json")));
        var original = manifest.RootElement.GetProperty("runId").GetString();

        NotVerified(Verify(run), $"runId: the manifest says K0123456789AB, but the engine, rules, inputs and command it records give {original}");
    }

    [Test]
    public void Verify_A_count_edited()
    {
        var run = Tampered(m => m["counts"]!["schoolsRanked"] = 9);

        NotVerified(Verify(run), "counts.schoolsRanked: the manifest says 9, but skoler.csv has 8 schools with status rangert");
    }

    [Test]
    public void Verify_The_cut_edited_disagrees_with_the_rules_and_the_ranking()
    {
        var run = Tampered(m => m["schoolRanking"]!["cut"] = 3);

        NotVerified(Verify(run), "schoolRanking.cut: the manifest says 3, but ⌈topShare × rankable⌉ = ⌈0.25 × 8⌉ is 2");
    }

    [Test]
    public void Verify_A_count_removed_from_the_manifest()
    {
        var run = Tampered(m => m["counts"]!.AsObject().Remove("kommunerRoute2"));

        NotVerified(Verify(run), "counts.kommunerRoute2: the manifest does not record it as a whole number");
    }

    [Test]
    public void Verify_A_manifest_without_the_rules_text_cannot_have_its_rules_checked()
    {
        var run = Tampered(m => Rules(m).Remove("text"));

        var verify = Verify(run);

        verify.ExitCode.Should().Be(ExitCodes.NotVerified);
        verify.Output.Should().Contain("  FAILED   rules.text: the manifest does not record the rules text, so neither the rules' hash nor the rules can be checked\n");
    }
}
