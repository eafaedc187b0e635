using System.Text;
using System.Text.Json.Nodes;

namespace Selection.Cli.Tests;

/// <summary>
/// <c>propose</c> and <c>verify</c> on Fixtures/liten in bokmål, the default language: the problems of the
/// returned shortlists and of a proposal folder read in Norwegian, and in English with <c>--language en</c>.
/// </summary>
public class ProposalInBokmalTests
{
    private const string Obo = "statsforvalteren-i-ostfold-buskerud-oslo-og-akershus";

    private static readonly Lazy<string> LitenRun = new(Liten.Run);

    private static string RunId(string folder)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        return manifest.RootElement.GetProperty("runId").GetString()!;
    }

    /// <summary>A returned folder with Oslo's shortlist, its route-2 row given <paramref name="priority"/>.</summary>
    private static string Returned(string priority, string reason = "")
    {
        var returned = TestPaths.NewTempPath("svar");
        Directory.CreateDirectory(returned);
        var csv = File.ReadAllText(Path.Combine(LitenRun.Value, "statsforvaltere", Obo + ".csv"), Encoding.UTF8);
        File.WriteAllText(Path.Combine(returned, "oslo.csv"), csv.Replace("0301;Oslo;2;;;", $"0301;Oslo;2;{priority};{reason};", StringComparison.Ordinal), Encoding.UTF8);
        return returned;
    }

    [Test]
    public void Propose_refuses_a_bad_priority_and_a_damaged_workbook_in_bokmal()
    {
        var returned = Returned("høy");
        File.WriteAllBytes(Path.Combine(returned, "tf.xlsx"), "PK\u0003\u0004 not really"u8.ToArray());
        var forslag = TestPaths.NewTempPath("forslag");

        var propose = CliRun.Of("--language", "nb", "propose", "--run", LitenRun.Value, "--returned", returned, "--out", forslag);

        propose.ExitCode.Should().Be(ExitCodes.InputError, propose.Error);
        propose.Error.Should().StartWith($"Kortlistene i «{returned}» har 2 feil; ingenting ble skrevet.")
            .And.Contain("oslo.csv linje 2, kolonne Prioritet (fyll inn for rute 2): prioriteten må være et helt tall, 1 eller høyere (1 = høyest), eller tom (fant «høy»)\n")
            .And.Contain("tf.xlsx: kan ikke lese filen: filen er ikke en Excel-arbeidsbok (.xlsx): den er ikke et zip-arkiv\n");
        Directory.Exists(forslag).Should().BeFalse();
    }

    [Test]
    public void Verify_of_a_proposal_edited_outside_tatt_med_reads_in_bokmal_and_in_english()
    {
        var returned = Returned("1", "Flere skoler med svake resultater");
        var forslag = TestPaths.NewTempPath("forslag");
        CliRun.Of("propose", "--run", LitenRun.Value, "--returned", returned, "--out", forslag).ExitCode.Should().Be(0);
        // By hand: a name changed, tatt_med given a value that is neither true nor false, and the manifest's count edited.
        var table = Path.Combine(forslag, "forslag.csv");
        var lines = File.ReadAllLines(table, Encoding.UTF8);
        lines[1] = lines[1].Replace(",true,", ",kanskje,", StringComparison.Ordinal);
        lines[2] = lines[2].Replace("0301,Oslo,", "0301,Oslo kommune,", StringComparison.Ordinal);
        File.WriteAllText(table, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        var manifestPath = Path.Combine(forslag, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        manifest["counts"]!["taken"] = 3;
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var nb = CliRun.Of("--language", "nb", "verify", "--run", forslag, "--returned", returned);
        var en = CliRun.Of("--language", "en", "verify", "--run", forslag, "--returned", returned);

        nb.ExitCode.Should().Be(ExitCodes.NotVerified, nb.Error);
        var runId = RunId(LitenRun.Value);
        Snapshot.Match(
            nb.Output.Replace(forslag, "<forslag>", StringComparison.Ordinal).Replace(returned, "<svar>", StringComparison.Ordinal).Replace(runId, "<kjøring>", StringComparison.Ordinal),
            "verify-forslag-endret-nb");
        en.Output.Should().Contain("  FAILED   manifest: counts.taken does not agree with the recorded proposal (2)\n")
            .And.Contain("  FAILED   forslag.csv has changes outside tatt_med: only tatt_med may be changed by hand\n")
            .And.Contain("  FAILED   forslag.csv line 2, column tatt_med: 'kanskje' is neither true nor false\n");
    }

    [Test]
    public void A_run_folder_is_not_a_proposal_folder_in_bokmal()
    {
        var explain = CliRun.Of("--language", "nb", "explain", "--run", LitenRun.Value, "--kommune", "0301", "--proposal", LitenRun.Value);

        explain.ExitCode.Should().Be(ExitCodes.InputError, explain.Error);
        explain.Error.Should().Be($"feil: «{LitenRun.Value}» er ikke utmappen fra «selection propose»\n");
    }
}
