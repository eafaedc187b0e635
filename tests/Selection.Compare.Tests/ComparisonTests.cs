namespace Selection.Compare.Tests;

/// <summary>
/// Two runs of the liten fixture (CliRunTests has the hand-computed results) that differ in one value,
/// in the rules, in the window or in the kommune structure; every expectation below is counted by hand.
/// </summary>
public class ComparisonTests
{
    private static SchoolDiff School(Comparison c, string orgnr) => c.Schools.Single(s => s.OrgNr == orgnr);

    private static KommuneDiff Kommune(Comparison c, string nummer) => c.Kommuner.Single(k => k.Nummer == nummer);

    [Test]
    public void A_school_that_crosses_the_cut_names_the_indicator_year_whose_value_changed()
    {
        var c = Runs.Compare(Runs.Liten, Runs.BjorkeliaGsp30);

        var bjorkelia = School(c, "981000137");
        bjorkelia.FlaggedA.Should().BeFalse();
        bjorkelia.FlaggedB.Should().BeTrue();
        (bjorkelia.A!.Points, bjorkelia.A.Possible, bjorkelia.A.Rank).Should().Be((0L, 15L, 7));
        (bjorkelia.B!.Points, bjorkelia.B.Possible, bjorkelia.B.Rank).Should().Be((9L, 15L, 2));
        var gsp = bjorkelia.Evidence.Should().ContainSingle().Subject;
        (gsp.Indicator, gsp.Year).Should().Be(("GSP", "2023-24"));
        gsp.Causes.Should().Equal(EvidenceCause.ValueChanged);
        (gsp.A!.Value, gsp.B!.Value).Should().Be((45m, 30m));
        (gsp.A.Points, gsp.B.Points, gsp.A.Weighted, gsp.B.Weighted).Should().Be((0, 3, 0, 9));
        CompareReport.SchoolWhy(c, bjorkelia).Should().Be(
            "Share 0/15 → 9/15, rank 7 → 2 (flagged: rank ≤ 2). GSP 2023-24: the value 45 → 30, points 0 → 3 (weighted 0 → 9).");
    }

    [Test]
    public void A_school_pushed_out_of_the_cut_says_none_of_its_own_numbers_moved()
    {
        var c = Runs.Compare(Runs.Liten, Runs.BjorkeliaGsp30);

        var elvebakken = School(c, "981000528");
        (elvebakken.FlaggedA, elvebakken.FlaggedB).Should().Be((true, false));
        elvebakken.Evidence.Should().BeEmpty();
        CompareReport.SchoolWhy(c, elvebakken).Should().StartWith("Share 6/12 → 6/12, rank 2 → 3 (flagged: rank ≤ 2). None of the school's indicator-years changed points");
        c.Flagged.Should().BeEquivalentTo(new ListChange(2, 2, ["981000137"], ["981000528"]));
        c.Schools.Count(s => s.FlagChanged).Should().Be(2);
    }

    [Test]
    public void A_kommune_that_moves_from_route_2_to_route_1_names_its_own_value_that_moved()
    {
        var c = Runs.Compare(Runs.Liten, Runs.BjorkeliaGsp30);

        // Oslo B: Alfa 15/15 = 1 and Bjørkelia 9/15 = 0.6, population sd = 0.4 / 2 = 0.2 (A: 1 and 0, sd 0.5).
        var oslo = Kommune(c, "0301");
        (oslo.A!.Route, oslo.B!.Route).Should().Be((2, 1));
        (oslo.A.Points, oslo.A.Possible, oslo.A.Rank, oslo.B.Points, oslo.B.Possible, oslo.B.Rank).Should().Be((5L, 15L, 2, 11L, 15L, 1));
        var gsp = oslo.Evidence.Should().ContainSingle().Subject;
        (gsp.Indicator, gsp.Year, gsp.A!.Value, gsp.B!.Value).Should().Be(("GSP", "2023-24", 40.5m, 33m));
        (gsp.A.Points, gsp.B.Points).Should().Be((1, 3));
        CompareReport.KommuneLine(c, oslo).Should().Be(
            "0301 Oslo: route 2 → route 1. Own share 5/15 → 11/15, rank 2 → 1 (route 1 takes rank ≤ 1). GSP 2023-24: the value 40.5 → 33, points 1 → 3 (weighted 3 → 9). " +
            "Route 2: flagged schools 1 → 2, spread 0.5 → 0.2 (threshold 0.15), rankable schools 2 → 2. Schools whose flag changed: Bjørkelia skole flagged.");

        var tromso = Kommune(c, "5501");
        (tromso.A!.Route, tromso.B!.Route).Should().Be((1, null));
        tromso.Evidence.Should().BeEmpty();
        c.Route1.Should().BeEquivalentTo(new ListChange(1, 1, ["0301"], ["5501"]));
        c.Route2.Should().BeEquivalentTo(new ListChange(1, 0, [], ["0301"]));
    }

    [Test]
    public void The_causes_name_the_data_file_that_changed_and_say_the_rules_and_window_did_not()
    {
        var c = Runs.Compare(Runs.Liten, Runs.BjorkeliaGsp30);

        c.Data.Where(f => !f.Same).Select(f => f.File).Should().Equal("grunnskolepoeng.csv");
        c.Rules.Should().BeEmpty();
        c.WindowMoved.Should().BeFalse();
        CompareReport.Causes(c).Should().Equal(
            "Data       grunnskolepoeng.csv changed",
            "Rules      the same content",
            "Window     the same: 2023-24");
    }

    [Test]
    public void Identical_runs_say_no_change_and_every_row_is_unchanged()
    {
        var c = Runs.Compare(Runs.Liten, Runs.Make(TestPaths.Liten));

        c.NoChange.Should().BeTrue();
        CompareReport.Summary(c).Should().Contain(l => l.StartsWith("No change: ", StringComparison.Ordinal));
        var folder = TestPaths.NewTempFolder("out");
        CompareWriter.Write(folder, c, CompareReport.Summary(c), ["compare"], "en");
        foreach (var file in new[] { CompareWriter.SchoolsFile, CompareWriter.KommunerFile })
        {
            var lines = File.ReadAllLines(Path.Combine(folder, file));
            var endret = Array.IndexOf(lines[0].Split(','), "endret");
            endret.Should().BePositive();
            lines.Skip(1).Should().NotBeEmpty().And.OnlyContain(l => l.Split(',')[endret] == "false" && l.EndsWith(",false,", StringComparison.Ordinal));
        }
        File.ReadAllLines(Path.Combine(folder, CompareWriter.SchoolsFile)).Should().HaveCount(1 + 10);
    }

    [Test]
    public void Changed_rules_are_listed_key_by_key_with_indicators_by_code_and_the_floor_named_in_the_evidence()
    {
        var rules = Runs.Rules(r =>
        {
            r["topShare"] = 0.3m;
            r["indicators"]!.AsArray().Single(i => (string)i!["code"]! == "GSP")!["floor"] = 36.0m;
        });
        var c = Runs.Compare(Runs.Liten, Runs.Make(TestPaths.Liten, rules));

        c.Rules.Should().Equal(new RulesDiff("topShare", "0.25", "0.3"), new RulesDiff("indicators[GSP].floor", "37.0", "36.0"));
        CompareReport.Causes(c).Should().Contain("  topShare: 0.25 → 0.3").And.Contain("  indicators[GSP].floor: 37.0 → 36.0");
        // Alfa's grunnskolepoeng 36 was below the floor 37 (3 points); it is not below 36, but below the national row 42 (1 point).
        var gsp = School(c, "981000005").Evidence.Should().ContainSingle().Subject;
        gsp.Causes.Should().Equal(EvidenceCause.FloorChanged);
        CompareReport.Evidence(gsp).Should().Be("GSP 2023-24: the floor 37 → 36, points 3 → 1 (weighted 9 → 3)");
    }

    [Test]
    public void A_moved_window_names_both_windows_and_the_year_only_one_of_them_holds()
    {
        // windowYears 2: the window becomes 2022-23 and 2023-24; only Alfa has a value in 2022-23
        // (grunnskolepoeng 30: the limit is the mean of the one school, 30, but the floor is 37: 3 points × 3).
        var c = Runs.Compare(Runs.Liten, Runs.Make(TestPaths.Liten, Runs.Rules(r => r["windowYears"] = 2)));

        c.WindowMoved.Should().BeTrue();
        CompareReport.Causes(c).Should().Contain("Window     moved: A 2023-24; B 2022-23, 2023-24");
        var gsp = School(c, "981000005").Evidence.Should().ContainSingle().Subject;
        (gsp.Year, gsp.A, gsp.B!.Weighted).Should().Be(("2022-23", null, 9));
        gsp.Causes.Should().Equal(EvidenceCause.OnlyInWindowB);
        CompareReport.EvidenceText([gsp]).Should().Be("2022-23 entered the window (9 of 9 possible points).");
    }

    [Test]
    public void Across_structures_kommuner_are_matched_through_the_change_tables_and_a_split_says_so()
    {
        // Ishavet in Ålesund (1508) and Jåttå in Haram (1580): one kommune, Ålesund 1507, in the 2020 structure.
        var data = Runs.Data(("skoler.csv", t => Runs.Replace(Runs.Replace(t, "981001060;Ishavet skole;1103", "981001060;Ishavet skole;1508"), "981001192;Jåttå skole;1103", "981001192;Jåttå skole;1580")));
        var a = Runs.Make(data, Runs.Rules(r => r["kommuneStructure"] = 2020));
        var b = Runs.Make(data);
        var c = Runs.Compare(a, b);

        c.StructureDiffers.Should().BeTrue();
        c.Rules.Should().Equal(new RulesDiff("kommuneStructure", "2020", "2024"));
        var alesund = Kommune(c, "1508");
        (alesund.A!.Nummer, alesund.A.Navn).Should().Be(("1507", "Ålesund"));
        var haram = Kommune(c, "1580");
        haram.A!.Nummer.Should().Be("1507");
        CompareReport.Match(c, alesund).Should().Be("Ålesund (2024) compared with its predecessor Ålesund 1507 (2020). Ålesund 1507 was split into Ålesund 1508, Haram 1580.");
        CompareReport.Match(c, haram).Should().StartWith("Haram (2024) compared with its predecessor Ålesund 1507 (2020).");
        // Ålesund 1507 has both schools (5/15 and 5/15, mean values 11, 39.5, 36.5: 5/15); Haram only Jåttå (10, 40, 38: 5/15).
        (alesund.A.Points, alesund.A.Possible, haram.B!.Points, haram.B.Possible).Should().Be((5L, 15L, 5L, 15L));
        Kommune(c, "5501").A!.Nummer.Should().Be("5401");
        Kommune(c, "3101").A!.Nummer.Should().Be("3001");
        CompareReport.Match(c, Kommune(c, "5501")).Should().Be("Tromsø (2024) compared with its predecessor Tromsø 5401 (2020).");
        Kommune(c, "0301").Matched.Should().BeFalse();
        c.Kommuner.Should().OnlyContain(k => k.A != null && k.B != null, "every kommune of either structure has a counterpart");
        c.Kommuner.Count.Should().Be(357, "356 kommuner in 2020, Ålesund twice");
        // Schools match by orgnr whatever their kommune: the same ten, with the same shares.
        c.Schools.Should().HaveCount(10).And.OnlyContain(s => !s.Changed);
        School(c, "981001060").A!.Kommunenummer.Should().Be("1507");
        School(c, "981001060").B!.Kommunenummer.Should().Be("1508");
        CompareReport.Causes(c).Should().Contain("Structure  A in the kommune structure 2020, B in 2024: kommuner are matched through the change tables, schools by orgnr");
    }

    [Test]
    public void Reversed_structures_compare_the_2020_kommune_with_its_successors()
    {
        var data = Runs.Data(("skoler.csv", t => Runs.Replace(Runs.Replace(t, "981001060;Ishavet skole;1103", "981001060;Ishavet skole;1508"), "981001192;Jåttå skole;1103", "981001192;Jåttå skole;1580")));
        var c = Runs.Compare(Runs.Make(data), Runs.Make(data, Runs.Rules(r => r["kommuneStructure"] = 2020)));

        var rows = c.Kommuner.Where(k => k.Nummer == "1507").ToArray();
        rows.Select(k => k.A!.Nummer).Should().Equal("1508", "1580");
        CompareReport.Match(c, rows[0]).Should().Be("Ålesund (2020) compared with its successor Ålesund 1508 (2024). Ålesund 1507 was split into Ålesund 1508, Haram 1580.");
    }

    [Test]
    public void A_tampered_run_folder_is_refused_naming_the_folder_and_the_file()
    {
        var run = Runs.Make(TestPaths.Liten);
        File.AppendAllText(Path.Combine(run, "skoler.csv"), "\n");

        var (opened, error) = CompareInput.Open(run, null, "--a-run");

        opened.Should().BeNull();
        error.Should().Be($"the run folder '{run}' does not verify: skoler.csv changed; 'selection verify --run {run}' shows everything");
    }

    [Test]
    public void A_folder_that_is_no_run_is_refused_by_the_run_reader()
    {
        var folder = TestPaths.NewTempFolder("empty");

        var (opened, error) = CompareInput.Open(folder, null, "--a-run");

        opened.Should().BeNull();
        error.Should().Contain(folder).And.Contain("manifest.json");
    }
}

/// <summary>The key-by-key rules diff on its own.</summary>
public class RulesDiffTests
{
    private static System.Text.Json.JsonElement Json(string text) => System.Text.Json.JsonDocument.Parse(text).RootElement;

    [Test]
    public void Indicators_are_keyed_by_code_not_position()
    {
        var a = Json("""{"indicators":[{"code":"A","floor":1},{"code":"B","floor":2}]}""");
        var b = Json("""{"indicators":[{"code":"B","floor":3},{"code":"A","floor":1.0},{"code":"C","floor":4}]}""");

        RulesDiffs.Of(a, b).Should().Equal(
            new RulesDiff("indicators[B].floor", "2", "3"),
            new RulesDiff("indicators[C]", null, """{"code":"C","floor":4}"""));
    }

    [Test]
    public void A_key_added_or_removed_and_a_nested_key_are_named_by_their_path()
    {
        RulesDiffs.Of(Json("""{"spread":{"measure":"sd","threshold":0.15},"x":1}"""), Json("""{"spread":{"measure":"range","threshold":0.15},"y":true}"""))
            .Should().Equal(new RulesDiff("spread.measure", "\"sd\"", "\"range\""), new RulesDiff("x", "1", null), new RulesDiff("y", null, "true"));
    }

    [Test]
    public void The_same_content_has_no_diff() =>
        RulesDiffs.Of(Json(File.ReadAllText(TestPaths.LitenRules)), Json(File.ReadAllText(TestPaths.LitenRules))).Should().BeEmpty();
}
