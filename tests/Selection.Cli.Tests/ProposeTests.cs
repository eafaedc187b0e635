using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 9, end to end: `run` on the national sample data, two statsforvaltere answer (one in the
/// workbook, edited as Excel would, one in the CSV saved again by Norwegian Excel), `propose` turns
/// the answers into the proposal, `verify` and `explain` work on it, and an analyst's change is named.
/// </summary>
public class ProposeTests
{
    private const string Obo = "statsforvalteren-i-ostfold-buskerud-oslo-og-akershus";
    private const string TromsFinnmark = "statsforvalteren-i-troms-og-finnmark";

    private string _run = null!;
    private List<(string Nr, string Navn, string Statsforvalter, int Order)> _route2 = null!;

    [OneTimeSetUp]
    public void RunOnTheSampleData()
    {
        _run = TestPaths.NewTempPath("utvalg");
        var run = CliRun.Of("run", "--data", Path.Combine(TestPaths.RepoRoot, "sample-data"), "--rules", "illustrativ", "--out", _run);
        run.ExitCode.Should().Be(0, run.Error);
        var kommuner = File.ReadAllLines(Path.Combine(_run, "kommuner.csv")).Select(l => Csv(l, ',')).ToArray();
        var h = kommuner[0].ToList();
        _route2 = kommuner.Skip(1).Where(k => k[h.IndexOf("rute")] == "2")
            .Select(k => (k[0], k[1], k[2], int.Parse(k[h.IndexOf("rute2_rekkefolge")], System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(k => k.Item4).ToList();
    }

    private static string[] Csv(string line, char separator) => CsvLine.Split(line, separator);

    private string Shortlist(string slug, string extension) => Path.Combine(_run, "statsforvaltere", slug + extension);

    /// <summary>The Østfold… answer as Norwegian Excel saves a CSV: Windows-1252, `;`, quotes where needed, priorities filled in.</summary>
    private string AnswerCsv(string folder, IReadOnlyDictionary<string, (string Priority, string Reason)> answers)
    {
        var lines = File.ReadAllText(Shortlist(Obo, ".csv"), Encoding.UTF8).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var output = new List<string> { lines[0] };
        foreach (var line in lines.Skip(1))
        {
            var f = Csv(line, ';');
            if (answers.TryGetValue(f[0], out var a))
                (f[3], f[4]) = (a.Priority, a.Reason);
            output.Add(string.Join(";", f.Select(c => c.Contains(';') || c.Contains('"') || c.Contains('\n') ? "\"" + c.Replace("\"", "\"\"") + "\"" : c)));
        }
        var path = Path.Combine(folder, "svar fra Oslo og Viken.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding(1252).GetBytes(string.Join("\r\n", output) + "\r\n"));
        return path;
    }

    /// <summary>The Troms og Finnmark answer in the workbook, the two fill-in cells typed in as Excel stores them.</summary>
    private string AnswerWorkbook(string folder, string kommune, int priority, string reason)
    {
        var path = Path.Combine(folder, "TF-svar.xlsx");
        File.Copy(Shortlist(TromsFinnmark, ".xlsx"), path);
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
        var data = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
        var row = data.Descendants<Row>().Single(r => r.Elements<Cell>().First().InnerText == kommune);
        var cells = row.Elements<Cell>().ToArray();
        cells[3].CellValue = new CellValue(priority);
        cells[3].DataType = null;
        cells[4].RemoveAllChildren();
        cells[4].DataType = CellValues.InlineString;
        cells[4].AppendChild(new InlineString(new Text(reason) { Space = SpaceProcessingModeValues.Preserve }));
        data.Save();
        return path;
    }

    private (CliRun Run, string Out, string Returned) Propose(Action<string> answer, params string[] extra)
    {
        var returned = TestPaths.NewTempPath("svar");
        Directory.CreateDirectory(returned);
        answer(returned);
        var outFolder = TestPaths.NewTempPath("forslag");
        return (CliRun.Of(["propose", "--run", _run, "--returned", returned, "--out", outFolder, .. extra]), outFolder, returned);
    }

    private (string Obo1, string Obo2, string Tf) Answered()
    {
        var obo = _route2.Where(k => k.Statsforvalter.Contains("Oslo", StringComparison.Ordinal)).ToArray();
        var tf = _route2.Where(k => k.Statsforvalter.Contains("Troms", StringComparison.Ordinal)).ToArray();
        return (obo[^1].Nr, obo[^2].Nr, tf[^1].Nr);
    }

    private void TwoAnswers(string folder)
    {
        var (obo1, obo2, tf) = Answered();
        AnswerCsv(folder, new Dictionary<string, (string, string)>
        {
            [obo1] = ("1", "Store forskjeller; «tiltak» må til.\nSe også rapporten."),
            [obo2] = ("2", "Nest viktigst"),
        });
        AnswerWorkbook(folder, tf, 1, "Viktigst i nord");
    }

    private static List<string[]> Rows(string forslag) =>
        Selection.IO.Csv.CsvTable.Read(File.ReadAllBytes(Path.Combine(forslag, "forslag.csv")), "forslag.csv").Table!.Rows.Select(r => r.Fields.ToArray()).ToList();

    [Test]
    public void The_answers_from_a_workbook_and_a_resaved_csv_become_the_proposal_in_the_order_of_DOMAIN_6()
    {
        var (obo1, obo2, tf) = Answered();

        var (run, forslag, _) = Propose(TwoAnswers);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("statsforvaltere sent nothing back; their candidates are unprioritised");
        var rows = Rows(forslag);
        var route1 = File.ReadAllLines(Path.Combine(_run, "kommuner.csv")).Skip(1).Count(l => Csv(l, ',')[10] == "1");
        route1.Should().BeGreaterThanOrEqualTo(30, "route1Count is 30, ties at the cut taken whole");
        rows.Count(r => r[3] == "1").Should().Be(route1);
        rows.Where(r => r[3] == "1").Should().OnlyContain(r => r[6] == "true");
        // Route 2: the two priority-1 candidates first, in the run's route-2 order; then priority 2; then the rest in route-2 order.
        var priority1 = _route2.Where(k => k.Nr == obo1 || k.Nr == tf).Select(k => k.Nr).ToArray();
        var rest = _route2.Select(k => k.Nr).Where(k => k != obo1 && k != obo2 && k != tf);
        var expected = priority1.Append(obo2).Concat(rest).ToArray();
        var route2 = rows.Where(r => r[3] == "2").ToArray();
        route2.Select(r => r[0]).Should().Equal(expected);
        route2.Select(r => r[5]).Should().Equal(Enumerable.Range(1, expected.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        route2.Select(r => r[6]).Should().Equal(Enumerable.Range(1, expected.Length).Select(i => i <= 10 ? "true" : "false"));
        route2.Single(r => r[0] == obo1)[7].Should().Be("Store forskjeller; «tiltak» må til.\nSe også rapporten.");
        route2.Single(r => r[0] == tf)[4].Should().Be("1");

        var log = File.ReadAllText(Path.Combine(forslag, "beslutningslogg.txt"));
        log.Should().Contain($"prioritet 1 fra statsforvalteren (TF-svar.xlsx linje")
            .And.Contain("Begrunnelse: «Store forskjeller; «tiltak» må til. / Se også rapporten.»")
            .And.Contain("Har ikke svart:");
        File.Exists(Path.Combine(forslag, "forslag.xlsx")).Should().BeTrue();
    }

    [Test]
    public void Verify_proves_the_proposal_and_names_every_kommune_an_analyst_changed_by_hand()
    {
        var (_, forslag, returned) = Propose(TwoAnswers);
        CliRun.Of("verify", "--run", forslag, "--returned", returned).ExitCode.Should().Be(0);

        var path = Path.Combine(forslag, "forslag.csv");
        var lines = File.ReadAllLines(path);
        var last = lines.Length - 1;   // the last route-2 candidate: not taken
        var nr = Csv(lines[last], ',')[0];
        lines[last] = lines[last].Replace(",false,", ",true,", StringComparison.Ordinal);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");

        var verify = CliRun.Of("verify", "--run", forslag);

        verify.ExitCode.Should().Be(ExitCodes.NotVerified, verify.Output);
        var navn = _route2.Single(k => k.Nr == nr).Navn;
        verify.Output.Should().Contain($"DEVIATION {nr} {navn}: tatt_med true in forslag.csv; the computed proposal leaves it out (rute 2, plass {_route2.Count})")
            .And.Contain("Result        NOT VERIFIED: the final list is not the computed proposal");

        var first = Csv(File.ReadAllLines(path)[1], ',')[1];
        File.WriteAllText(path, File.ReadAllText(path).Replace("," + first + ",", "," + first + " kommune,", StringComparison.Ordinal));
        CliRun.Of("verify", "--run", forslag).Output.Should().Contain("FAILED   forslag.csv has changes outside tatt_med: only tatt_med may be changed by hand");
    }

    [Test]
    public void Explain_with_the_proposal_adds_the_final_decision_and_the_reason()
    {
        var (obo1, _, _) = Answered();
        var (_, forslag, _) = Propose(TwoAnswers);

        var explain = CliRun.Of("explain", "--run", _run, "--kommune", obo1, "--proposal", forslag);

        explain.ExitCode.Should().Be(0, explain.Error);
        explain.Output.Should().Contain("Endelig forslag:").And.Contain($"{obo1} ").And.Contain("TATT MED. Rute 2").And.Contain("Begrunnelse: «Store forskjeller");
    }

    [Test]
    public void Require_all_refuses_while_a_statsforvalter_has_not_answered_and_writes_nothing()
    {
        var (run, forslag, _) = Propose(TwoAnswers, "--require-all");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("error: Statsforvalteren i Agder has route-2 candidates but sent nothing back (--require-all)");
        Directory.Exists(forslag).Should().BeFalse();
    }

    [Test]
    public void A_returned_file_with_an_edited_number_is_refused_naming_file_line_and_column_and_nothing_is_written()
    {
        var (run, forslag, returned) = Propose(folder =>
        {
            var path = AnswerCsv(folder, new Dictionary<string, (string, string)>());
            var text = File.ReadAllText(path, Encoding.GetEncoding(1252));
            var share = Csv(text.Split("\r\n")[1], ';')[7];
            File.WriteAllText(path, text.Replace(";" + share + ";", ";99,9 %;", StringComparison.Ordinal), Encoding.GetEncoding(1252));
        });

        run.ExitCode.Should().Be(ExitCodes.InputError, run.Error);
        run.Error.Should().MatchRegex("svar fra Oslo og Viken.csv line 2, column Kommunens andel risikopoeng: '99,9 %' differs from the run's '[0-9]+,[0-9] %'");
        Directory.Exists(forslag).Should().BeFalse();
        Directory.GetFiles(returned).Should().ContainSingle("propose never changes what it read");
    }

    [Test]
    public void The_proposal_may_not_be_written_into_the_run_folder()
    {
        var returned = TestPaths.NewTempPath("svar");
        Directory.CreateDirectory(returned);

        var run = CliRun.Of("propose", "--run", _run, "--returned", returned, "--out", Path.Combine(_run, "forslag"));

        run.ExitCode.Should().Be(ExitCodes.OutputError, run.Error);
        run.Error.Should().Contain("lies inside the run folder");
    }

    [Test]
    public void The_decision_log_reads_as_a_letter_would_quote_it()
    {
        // Liten: Tromsø on route 1 (Troms og Finnmark sends nothing), Oslo the one route-2 candidate,
        // prioritised 1 by its statsforvalter in the CSV.
        var run = Liten.Run();
        var returned = TestPaths.NewTempPath("svar");
        Directory.CreateDirectory(returned);
        var csv = File.ReadAllText(Path.Combine(run, "statsforvaltere", Obo + ".csv"), Encoding.UTF8);
        File.WriteAllText(Path.Combine(returned, "oslo.csv"), csv.Replace("0301;Oslo;2;;;", "0301;Oslo;2;1;Flere skoler med svake resultater;", StringComparison.Ordinal), Encoding.UTF8);
        var forslag = TestPaths.NewTempPath("forslag");

        var propose = CliRun.Of("propose", "--run", run, "--returned", returned, "--out", forslag);

        propose.ExitCode.Should().Be(0, propose.Error);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run, "manifest.json")));
        var runId = manifest.RootElement.GetProperty("runId").GetString()!;
        Snapshot.Match(File.ReadAllText(Path.Combine(forslag, "beslutningslogg.txt")).Replace(runId, "<kjøring>", StringComparison.Ordinal), "beslutningslogg-liten");
    }

    [Test]
    public void Explain_by_kommune_name_with_the_proposal_gives_the_same_decision_as_by_number()
    {
        var (obo1, _, _) = Answered();
        var navn = _route2.Single(k => k.Nr == obo1).Navn;
        var (_, forslag, _) = Propose(TwoAnswers);

        var byName = CliRun.Of("explain", "--run", _run, "--kommune", navn, "--proposal", forslag);

        byName.ExitCode.Should().Be(0, byName.Error);
        byName.Output.Should().Be(CliRun.Of("explain", "--run", _run, "--kommune", obo1, "--proposal", forslag).Output)
            .And.Contain("TATT MED. Rute 2");
    }

    private static string CopyOf(string folder)
    {
        var copy = TestPaths.NewTempPath("kopi");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(folder))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }

    private static void EditManifest(string folder, Action<System.Text.Json.Nodes.JsonObject> edit)
    {
        var path = Path.Combine(folder, "manifest.json");
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }

    [Test]
    public void An_override_hidden_by_editing_the_recorded_proposal_does_not_verify()
    {
        var (_, forslag, _) = Propose(TwoAnswers);
        var copy = CopyOf(forslag);
        var path = Path.Combine(copy, "forslag.csv");
        var lines = File.ReadAllLines(path);
        var nr = Csv(lines[^1], ',')[0];
        lines[^1] = lines[^1].Replace(",false,", ",true,", StringComparison.Ordinal);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        EditManifest(copy, m =>
        {
            foreach (var d in m["proposal"]!.AsArray())
                if (d!["kommunenummer"]!.GetValue<string>() == nr)
                    d["tattMed"] = true;
        });

        var verify = CliRun.Of("verify", "--run", copy);

        verify.ExitCode.Should().Be(ExitCodes.NotVerified, verify.Output);
        verify.Output.Should().Contain("FAILED   manifest: the recorded proposal does not take exactly the route-2 candidates placed 1 to 10 (route2Max)")
            .And.Contain($"FAILED   manifest: the recorded proposal takes kommune {nr}, but beslutningslogg.txt says otherwise")
            .And.Contain("Decisions     not compared with the computed proposal");
    }

    [TestCase("returned", "key 'returned' is missing or not a list")]
    [TestCase("outputs[0]", "key 'outputs[0].file' is missing")]
    [TestCase("outputs[0].file", "key 'outputs[0].file' names '/etc/hostname', which is not a file inside the folder")]
    [TestCase("proposal[0]", "key 'proposal[0].rute' is missing")]
    public void A_proposal_manifest_edited_by_hand_is_an_input_error_naming_the_key_never_a_fault(string edit, string message)
    {
        var (_, forslag, returned) = Propose(TwoAnswers);
        var copy = CopyOf(forslag);
        EditManifest(copy, m =>
        {
            switch (edit)
            {
                case "returned": m.Remove("returned"); break;
                case "outputs[0]": m["outputs"]![0] = new System.Text.Json.Nodes.JsonObject(); break;
                case "outputs[0].file": m["outputs"]![0]!["file"] = "/etc/hostname"; break;
                default: m["proposal"]![0] = new System.Text.Json.Nodes.JsonObject { ["kommunenummer"] = "1119" }; break;
            }
        });

        var verify = CliRun.Of("verify", "--run", copy, "--returned", returned);

        verify.ExitCode.Should().Be(ExitCodes.InputError, verify.Error);
        verify.Error.Should().Contain(message);
    }

    [Test]
    public void A_missing_forslag_csv_is_not_verified_and_the_decisions_are_not_called_compared()
    {
        var (_, forslag, _) = Propose(TwoAnswers);
        var copy = CopyOf(forslag);
        File.Delete(Path.Combine(copy, "forslag.csv"));

        var verify = CliRun.Of("verify", "--run", copy);

        verify.ExitCode.Should().Be(ExitCodes.NotVerified);
        verify.Output.Should().Contain("MISSING    forslag.csv").And.Contain("Decisions     not compared with the computed proposal");
    }
}
