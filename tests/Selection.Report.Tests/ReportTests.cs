using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Selection.IO.Output;

namespace Selection.Report.Tests;

/// <summary>
/// Issue 14: the report of a run, a proposal, a stability analysis and a comparison, from the folders' own files;
/// deterministic (the same folder gives the same bytes, and run's own report is selection report's); written whole,
/// never over what it reads, never over a file that is not a report.
/// </summary>
public class ReportTests
{
    private static string _parent = "";
    private static string _run = "";

    [OneTimeSetUp]
    public void MakeRun()
    {
        _parent = Folders.NewTemp();
        _run = Folders.Run(_parent);
    }

    private static string Page(string path) => File.ReadAllText(path, Encoding.UTF8);

    [Test]
    public void Run_writes_the_report_and_lists_it_in_its_manifest_with_its_hash()
    {
        var report = Path.Combine(_run, Reports.FileName);
        File.Exists(report).Should().BeTrue();
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_run, Manifest.FileName)));
        var listed = manifest.RootElement.GetProperty("outputs").EnumerateArray().Single(o => o.GetProperty("file").GetString() == Reports.FileName);
        listed.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(report))));
        Folders.Cli("verify", "--run", _run).ExitCode.Should().Be(0);
    }

    [Test]
    public void The_report_of_run_is_the_one_selection_report_writes_from_the_finished_folder()
    {
        var again = Path.Combine(Folders.NewTemp(), "again.html");
        var (code, output, _) = Folders.Cli("report", "--run", _run, "--out", again);

        code.Should().Be(0);
        output.Should().Contain(Path.GetFullPath(again));
        File.ReadAllBytes(again).Should().Equal(File.ReadAllBytes(Path.Combine(_run, Reports.FileName)));
    }

    [Test]
    public void The_same_run_made_again_elsewhere_gives_the_same_report_byte_for_byte()
    {
        var other = Folders.Run(Folders.NewTemp(), "et-annet-navn");
        File.ReadAllBytes(Path.Combine(other, Reports.FileName)).Should().Equal(File.ReadAllBytes(Path.Combine(_run, Reports.FileName)));
    }

    [TestCase("nb")]
    [TestCase("en")]
    public void What_a_person_reads_in_the_report_of_a_run_matches_its_snapshot(string language)
    {
        var page = Path.Combine(Folders.NewTemp(), "rapport.html");
        Folders.Cli("report", "--run", _run, "--out", page, "--language", language).ExitCode.Should().Be(0);
        Snapshot.Match(PageText.Of(Page(page)), $"rapport-liten-{language}");
    }

    [Test]
    public void The_indicators_of_each_kommune_are_the_ones_its_shortlist_names()
    {
        var text = PageText.Of(Page(Path.Combine(_run, Reports.FileName)));
        var checkedCells = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(_run, RunWriter.ShortlistFolder), "*.csv"))
        {
            var (table, _) = IO.Csv.CsvTable.Read(File.ReadAllBytes(file), Path.GetFileName(file));
            foreach (var row in table!.Rows)
            {
                var own = row[Shortlists.IndexOf("indikatorer_kommunen")];
                var schools = row[Shortlists.IndexOf("indikatorer_skolene")];
                text.Should().Contain("- Kommunens egne verdier (grunnlaget for rute 1): " + own + "\n");
                text.Should().Contain("- Kommunens skoler (grunnlaget for rute 2): " + schools + "\n");
                checkedCells += 2;
            }
        }
        checkedCells.Should().BeGreaterThan(0);
    }

    [Test]
    public void The_page_is_self_contained_and_names_no_address_to_load()
    {
        var html = Page(Path.Combine(_run, Reports.FileName));

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"nb\">");
        html.Should().Contain("Content-Security-Policy\" content=\"default-src 'none';");
        // No element loads anything: no src or href that is not a link within the page.
        System.Text.RegularExpressions.Regex.Matches(html, "<[a-z]+[^>]*\\s(src|href)=\"(?<url>[^\"]*)\"").Select(m => m.Groups["url"].Value)
            .Should().OnlyContain(url => url.StartsWith('#'));
        html.Should().Contain("plotly.js (basic - minified) v" + PlotlyBundle.Version);
        html.Should().NotContain(_parent, "no path of the machine is in the page");
        html.Should().Contain("@media print").And.Contain("size: A4").And.Contain("name=\"viewport\"");
    }

    [Test]
    public void Every_chart_has_a_figure_and_a_text_alternative()
    {
        var html = Page(Path.Combine(_run, Reports.FileName));
        var charts = System.Text.RegularExpressions.Regex.Matches(html, "data-figure=\"(?<id>[^\"]+)\" role=\"img\" aria-label=\"(?<alt>[^\"]+)\"").ToArray();
        var json = html[(html.IndexOf("id=\"report-figures\">", StringComparison.Ordinal) + "id=\"report-figures\">".Length)..];
        using var figures = JsonDocument.Parse(json[..json.IndexOf("</script>", StringComparison.Ordinal)]);

        charts.Should().NotBeEmpty();
        charts.Select(c => c.Groups["id"].Value).Should().BeEquivalentTo(figures.RootElement.EnumerateObject().Select(p => p.Name));
        charts.Should().OnlyContain(c => c.Groups["alt"].Value.Length > 40);
        foreach (var figure in figures.RootElement.EnumerateObject())
            figure.Value.GetProperty("data").GetArrayLength().Should().BeGreaterThan(0, figure.Name);
    }

    [Test]
    public void The_report_of_a_run_without_its_report_is_written_into_the_folder_and_verify_still_passes()
    {
        var run = Folders.Run(Folders.NewTemp(), "uten", more: "--no-report");
        File.Exists(Path.Combine(run, Reports.FileName)).Should().BeFalse();
        var before = Folders.Hashes(run);

        Folders.Cli("report", "--run", run).ExitCode.Should().Be(0);

        File.Exists(Path.Combine(run, Reports.FileName)).Should().BeTrue();
        Folders.Hashes(run).Where(h => h.Key != Reports.FileName).Should().BeEquivalentTo(before, "report changes nothing it read");
        Folders.Cli("verify", "--run", run).ExitCode.Should().Be(0, "a report written later is a view of the run, not part of its record");
        Folders.Cli("report", "--run", run).ExitCode.Should().Be(3, "it exists");
        Folders.Cli("report", "--run", run, "--force").ExitCode.Should().Be(0, "--force replaces a report");
    }

    [Test]
    public void A_changed_report_of_run_does_not_verify()
    {
        var run = Folders.Run(Folders.NewTemp());
        var report = Path.Combine(run, Reports.FileName);
        File.WriteAllText(report, Page(report).Replace("<h1>", "<h1>Endret: ", StringComparison.Ordinal));

        Folders.Cli("verify", "--run", run).ExitCode.Should().Be(4);
    }

    [Test]
    public void The_report_run_wrote_is_the_runs_own_file_and_is_never_replaced()
    {
        var (code, _, error) = Folders.Cli("report", "--run", _run, "--force");

        code.Should().Be(3);
        error.Should().Contain("manifestet lister den");
    }

    [TestCase("manifest.json")]
    [TestCase("skoler.csv")]
    [TestCase(".selection-output")]
    public void Out_may_not_be_a_file_of_the_folder(string file)
    {
        var before = Folders.Hashes(_run);
        Folders.Cli("report", "--run", _run, "--out", Path.Combine(_run, file), "--force").ExitCode.Should().Be(3);
        Folders.Hashes(_run).Should().BeEquivalentTo(before);
    }

    [TestCase("annen-rapport.html")]
    [TestCase("statsforvaltere/rapport.html")]
    public void Out_inside_the_folder_other_than_its_own_rapport_html_is_refused_and_the_folder_stays_as_it_was(string file)
    {
        var before = Folders.Hashes(_run);

        foreach (var force in new[] { false, true })
        {
            var (code, _, error) = force
                ? Folders.Cli("report", "--run", _run, "--out", Path.Combine(_run, file), "--force")
                : Folders.Cli("report", "--run", _run, "--out", Path.Combine(_run, file));
            code.Should().Be(3);
            error.Should().Contain("ligger inne i mappen rapporten lages fra og ville endre den");
        }
        Folders.Hashes(_run).Should().BeEquivalentTo(before);
    }

    [Test]
    public void Out_that_exists_is_replaced_only_with_force_and_only_when_it_is_a_report()
    {
        var folder = Folders.NewTemp();
        var other = Path.Combine(folder, "notat.html");
        File.WriteAllText(other, "<html>mitt eget notat</html>");

        Folders.Cli("report", "--run", _run, "--out", other).Should().Match<(int ExitCode, string, string Error)>(r => r.ExitCode == 3 && r.Error.Contains("finnes allerede"));
        Folders.Cli("report", "--run", _run, "--out", other, "--force").Should().Match<(int ExitCode, string, string Error)>(r => r.ExitCode == 3 && r.Error.Contains("ikke en rapport"));
        File.ReadAllText(other).Should().Be("<html>mitt eget notat</html>");
        Folders.Cli("report", "--run", _run, "--out", folder).ExitCode.Should().Be(3, "a folder");
        Folders.Cli("report", "--run", _run, "--out", Path.Combine(folder, "finnes-ikke", "r.html")).ExitCode.Should().Be(3, "no such folder");
        Directory.GetFiles(folder).Should().Equal([other], "nothing half-written is left beside --out");
    }

    [Test]
    public void A_folder_that_is_not_one_a_report_is_made_of_is_exit_1_with_a_message()
    {
        var empty = Folders.NewTemp();
        var missing = Path.Combine(empty, "finnes-ikke");

        Folders.Cli("report", "--run", missing, "--out", Path.Combine(empty, "r.html")).ExitCode.Should().Be(1);
        var (code, _, error) = Folders.Cli("report", "--run", empty, "--language", "en");
        code.Should().Be(1);
        error.Should().Contain("has no manifest.json");
        Directory.EnumerateFileSystemEntries(empty).Should().BeEmpty();
    }

    [Test]
    public void A_panel_folder_is_refused_with_the_way_to_its_rounds()
    {
        var panel = Path.Combine(Folders.NewTemp(), "panel");
        Folders.Cli("panel", "--data", Folders.Liten, "--rules", Folders.LitenRules, "--from", "2022-23", "--to", "2023-24", "--out", panel).ExitCode.Should().Be(0);

        var (code, _, error) = Folders.Cli("report", "--run", panel);

        code.Should().Be(1);
        error.Should().Contain("er et panel: gi én av rundene");
    }

    [Test]
    public void The_report_of_a_proposal_shows_the_final_list_and_the_run_it_rests_on()
    {
        var parent = Folders.NewTemp();
        var run = Folders.Run(parent);
        var returned = Path.Combine(parent, "svar");
        Directory.CreateDirectory(returned);
        var proposal = Path.Combine(parent, "forslag");
        Folders.Cli("propose", "--run", run, "--returned", returned, "--out", proposal).ExitCode.Should().Be(0);

        Folders.Cli("report", "--run", proposal).ExitCode.Should().Be(0);

        var text = PageText.Of(Page(Path.Combine(proposal, Reports.FileName)));
        text.Should().Contain("# Forslag til utvalg for oppfølgingsordningen").And.Contain("## Forslaget").And.Contain("I forslaget: tatt");
        Folders.Cli("verify", "--run", proposal).ExitCode.Should().Be(0);
    }

    [Test]
    public void The_report_of_a_stability_folder_shows_the_probabilities()
    {
        var stability = Path.Combine(Folders.NewTemp(), "stabilitet");
        Folders.Cli("stability", "--data", Folders.Liten, "--rules", Folders.LitenRules, "--out", stability, "--replicates", "50").ExitCode.Should().Be(0);

        Folders.Cli("report", "--run", stability, "--language", "en").ExitCode.Should().Be(0);

        var text = PageText.Of(Page(Path.Combine(stability, Reports.FileName)));
        text.Should().Contain("# How stable is the selection?").And.Contain("## The kommuner: the probability of being selected").And.Contain("[figur stabilitet-skoler:");
    }

    [Test]
    public void The_report_of_a_comparison_names_who_entered_and_left()
    {
        var parent = Folders.NewTemp();
        var a = Folders.Run(parent, "a", more: ["--to", "2022-23"]);
        var b = Folders.Run(parent, "b");
        var compare = Path.Combine(parent, "endringer");
        Folders.Cli("compare", "--a", a, "--b", b, "--out", compare).ExitCode.Should().Be(0);

        Folders.Cli("report", "--run", compare).ExitCode.Should().Be(0);

        var text = PageText.Of(Page(Path.Combine(compare, Reports.FileName)));
        text.Should().Contain("# To kjøringer sammenlignet").And.Contain("## Kommunene: hvem kom inn, hvem falt ut").And.Contain("[figur sammenligning-kommuner:");
        text.Should().StartWith("!! ILLUSTRATIVE REGLER (liten-test)", "the runs compared lie beside the comparison, and their rules are illustrative");
    }

    [Test]
    public void The_report_of_a_sweep_folder_shows_the_counts_the_overlap_and_who_leaves()
    {
        // liten's rules take one kommune by route 1; at route1Count 0 it leaves, at 1 (the base) nothing changes.
        var sweep = Path.Combine(Folders.NewTemp(), "sweep");
        Folders.Cli("sweep", "--data", Folders.Liten, "--rules", Folders.LitenRules, "--vary", "route1Count=0:1:1", "--out", sweep).ExitCode.Should().Be(0);

        Folders.Cli("report", "--run", sweep, "--language", "en").ExitCode.Should().Be(0);

        var text = PageText.Of(Page(Path.Combine(sweep, Reports.FileName)));
        text.Should().Contain("# How the selection moves with the rules").And.Contain("## Kommuner per point").And.Contain("## Overlap with the base selection")
            .And.Contain("[figur sweep-antall:").And.Contain("[figur sweep-overlapp:").And.Contain("route1Count = 0").And.Contain("route1Count = 1");
        text.Should().Contain("1 changes against the base selection");
    }
}
