using System.Globalization;
using System.Text.Json.Nodes;
using Selection.Core;
using Selection.IO.Reference;
using Selection.IO.Texts;

namespace Selection.Sweep.Tests;

/// <summary>
/// The selection at every grid point is the selection <c>run</c> makes with a rules file carrying those values; the
/// base point is the base; entering and leaving kommuner are counted by hand on liten (see <see cref="Liten"/>).
/// </summary>
public class SweepRunnerTests
{
    private static string[] Numbers(IEnumerable<KommuneNr> kommuner) => kommuner.Select(k => k.Value).ToArray();

    /// <summary>Sets the rules-file key <paramref name="key"/> (as <c>--vary</c> names it) in the file's JSON.</summary>
    private static void Set(JsonObject json, string key, decimal value)
    {
        JsonNode number = key is "route1Count" or "route2Max" or "minPossiblePoints" or "minKommunePossiblePoints" || key.StartsWith("weight.", StringComparison.Ordinal)
            ? JsonValue.Create((int)value)
            : JsonValue.Create(value);
        if (key == "spread.threshold")
            json["spread"]!["threshold"] = number;
        else if (key.StartsWith("floor.", StringComparison.Ordinal) || key.StartsWith("weight.", StringComparison.Ordinal))
            json["indicators"]!.AsArray().Single(i => (string)i!["code"]! == key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..])![key[..key.IndexOf('.', StringComparison.Ordinal)]] = number;
        else
            json[key] = number;
    }

    [TestCase("topShare=0.125:1:0.125")]
    [TestCase("spread.threshold=0:0.5:0.05")]
    [TestCase("route1Count=0:5:1")]
    [TestCase("route2Max=0:2:1")]
    [TestCase("minPossiblePoints=1:15:2")]
    [TestCase("minKommunePossiblePoints=1:31:5")]
    [TestCase("floor.GSP=30:45:1.5")]
    [TestCase("weight.GSP=1:5:1")]
    [TestCase("weight.NP5_LES_MN1=1:4:1")]
    public void A_sweep_on_one_key_is_the_run_with_a_rules_file_carrying_each_value(string vary)
    {
        var key = vary[..vary.IndexOf('=', StringComparison.Ordinal)];

        var sweep = Liten.Sweep(Liten.Rules(), [vary]);

        foreach (var point in sweep.Points)
        {
            var value = point.Point.Values[0];
            var run = SweepSelection.Of(Liten.Run(Liten.Rules(j => Set(j, key, value)).Rules));
            var at = $"{key} {value}";
            point.Selection.Flagged.Should().BeEquivalentTo(run.Flagged, at);
            (point.Selection.Route1, point.Selection.Route2, point.Selection.SelectedCount).Should().Be((run.Route1, run.Route2, run.SelectedCount), at);
            point.Selection.Selected.Should().BeEquivalentTo(run.Selected, at);
            point.Selection.Routes.Should().BeEquivalentTo(run.Routes, at);
        }
    }

    [Test]
    public void The_grid_points_move_the_selection_somewhere()
    {
        // Guards the test above against a fixture on which nothing moves.
        Liten.Sweep(Liten.Rules(), ["topShare=0.125:1:0.125"]).Points.Select(p => p.Selection.Flagged.Count).Distinct().Should().HaveCountGreaterThan(2);
        Liten.Sweep(Liten.Rules(), ["route1Count=0:5:1"]).Points.Select(p => p.Selection.SelectedCount).Distinct().Should().HaveCountGreaterThan(2);
    }

    [Test]
    public void Two_keys_give_every_pair_in_order_each_the_run_with_both_values()
    {
        var sweep = Liten.Sweep(Liten.Rules(), ["topShare=0.25:0.75:0.25", "spread.threshold=0.05:0.15:0.10"]);

        sweep.Points.Select(p => (p.Point.Values[0], p.Point.Values[1])).Should().Equal(
            (0.25m, 0.05m), (0.25m, 0.15m), (0.50m, 0.05m), (0.50m, 0.15m), (0.75m, 0.05m), (0.75m, 0.15m));
        sweep.Points.Select(p => p.Point.Index).Should().Equal(0, 1, 2, 3, 4, 5);
        foreach (var point in sweep.Points)
        {
            var run = SweepSelection.Of(Liten.Run(Liten.Rules(j =>
            {
                Set(j, "topShare", point.Point.Values[0]);
                Set(j, "spread.threshold", point.Point.Values[1]);
            }).Rules));
            point.Selection.Flagged.Should().BeEquivalentTo(run.Flagged);
            point.Selection.Routes.Should().BeEquivalentTo(run.Routes);
        }
    }

    [Test]
    public void The_base_point_has_jaccard_1_and_nothing_entering_or_leaving()
    {
        var sweep = Liten.Sweep(Liten.Rules(), ["topShare=0.25:0.75:0.25"]);

        var basePoint = sweep.Points[0];
        basePoint.Point.Values[0].Should().Be(0.25m);
        (basePoint.JaccardSchools, basePoint.JaccardKommuner).Should().Be((1.0, 1.0));
        (basePoint.SchoolsEntered, basePoint.SchoolsLeft).Should().Be((0, 0));
        basePoint.Entered.Should().BeEmpty();
        basePoint.Left.Should().BeEmpty();
        basePoint.SameKommuner.Should().BeTrue();
        basePoint.Selection.Flagged.Should().BeEquivalentTo(sweep.BaseSelection.Flagged);
        Numbers(sweep.BaseSelection.Selected.Order()).Should().Equal("0301", "5501");
    }

    [Test]
    public void Raising_topShare_flags_Casa_and_brings_Bergen_in_by_route_2()
    {
        // Base: topShare 0.5, threshold 0.05. Cut ⌈0.5 × 8⌉ = 4: Alfa, Elvebakken, Ishavet, Jåttå. Selected: Tromsø
        // (route 1) and Oslo (route 2: {1, 0}, sd 0.5, Alfa flagged); Stavanger's {5/15, 5/15} has sd 0, Bergen no flag.
        // 0.625: cut 5 adds Casa (4/15): Bergen {4/15, 2/15}, sd 1/15 > 0.05 with a flagged school, enters by route 2.
        // 0.75: cut 6 adds Dalen too; Bergen stays. Schools: {4} against {5} and {6}: Jaccard 4/5 and 4/6.
        var sweep = Liten.Sweep(Liten.HalfAndLowSpread(), ["topShare=0.5:0.75:0.125"]);

        Numbers(sweep.BaseSelection.Selected.Order()).Should().Equal("0301", "5501");
        sweep.BaseSelection.Flagged.Select(o => o.Value).Order().Should().Equal("981000005", "981000528", "981001060", "981001192");
        var (half, more, most) = (sweep.Points[0], sweep.Points[1], sweep.Points[2]);
        (half.Selection.Flagged.Count, more.Selection.Flagged.Count, most.Selection.Flagged.Count).Should().Be((4, 5, 6));
        (half.SchoolsEntered, more.SchoolsEntered, most.SchoolsEntered).Should().Be((0, 1, 2));
        (half.SchoolsLeft, more.SchoolsLeft, most.SchoolsLeft).Should().Be((0, 0, 0));
        more.Selection.Flagged.Except(sweep.BaseSelection.Flagged).Select(o => o.Value).Should().Equal("981000269");
        (half.JaccardSchools, more.JaccardSchools, most.JaccardSchools).Should().Be((1.0, 4.0 / 5, 4.0 / 6));

        Numbers(half.Entered).Should().BeEmpty();
        Numbers(more.Entered).Should().Equal("4601");
        Numbers(most.Entered).Should().Equal("4601");
        more.Left.Should().BeEmpty();
        more.Selection.Routes[KommuneNr.Of("4601")].Should().Be(new KommuneRoute(Route.LargeDifferences, 2, true));
        (more.JaccardKommuner, more.Selection.SelectedCount, more.Selection.Route1, more.Selection.Route2).Should().Be((2.0 / 3, 3, 1, 2));
    }

    [Test]
    public void A_kommune_pushed_past_route2Max_leaves_with_its_route_2_order()
    {
        // topShare 0.625, threshold 0.05: Oslo and Bergen are route-2 candidates, Oslo first (highest school share 1).
        // route2Max 1 takes Oslo only: Bergen leaves; route2Max 0 takes neither.
        var rules = Liten.Rules(j =>
        {
            j["topShare"] = 0.625m;
            j["spread"]!["threshold"] = 0.05m;
        });

        var sweep = Liten.Sweep(rules, ["route2Max=0:2:1"]);

        Numbers(sweep.BaseSelection.Selected.Order()).Should().Equal("0301", "4601", "5501");
        Numbers(sweep.Points[0].Left).Should().Equal("0301", "4601");
        Numbers(sweep.Points[1].Left).Should().Equal("4601");
        sweep.Points[1].Selection.Routes[KommuneNr.Of("4601")].Should().Be(new KommuneRoute(Route.LargeDifferences, 2, false));
        sweep.Points[2].SameKommuner.Should().BeTrue();
        var changes = SweepTables.Changes(sweep).ToText();
        changes.Header.Should().Equal("route2Max", "kommunenummer", "kommunenavn", "statsforvalter", "endring", "rute_grunnlag", "rute", "rute2_rekkefolge");
        changes.Rows.Select(r => string.Join(",", r)).Should().Equal(
            "0,0301,Oslo,Statsforvalteren i Østfold, Buskerud, Oslo og Akershus,ut,2,2,1",
            "0,4601,Bergen,Statsforvalteren i Vestland,ut,2,2,2",
            "1,4601,Bergen,Statsforvalteren i Vestland,ut,2,2,2");
    }

    [Test]
    public void One_and_two_threads_write_the_same_bytes()
    {
        string Write(int threads)
        {
            var rules = Liten.Rules();
            var sweep = Liten.Sweep(rules, ["topShare=0.125:1:0.125", "spread.threshold=0:0.3:0.05"], threads);
            var folder = Liten.NewTempFolder("sweep");
            SweepWriter.Write(folder, sweep, SweepSummary.Lines(sweep, TextLanguage.Bokmal), Liten.Data, rules, ["sweep"], "nb");
            return folder;
        }

        var one = Write(1);
        var two = Write(2);

        var files = Directory.GetFiles(one).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        files.Should().Equal("manifest.json", "sammendrag.txt", "sweep.csv", "sweep.parquet", "sweep_endringer.csv", "sweep_endringer.parquet");
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(two, file!)).Should().Equal(File.ReadAllBytes(Path.Combine(one, file!)), file);
    }

    [Test]
    public void The_sweep_table_has_a_row_per_point_with_the_keys_first()
    {
        var sweep = Liten.Sweep(Liten.HalfAndLowSpread(), ["topShare=0.5:0.75:0.125"]);

        var table = SweepTables.Sweep(sweep).ToText();

        table.Header.Should().Equal("topShare", "antall_flaggede", "antall_rute1", "antall_rute2", "antall_valgte", "jaccard_skoler", "jaccard_kommuner", "skoler_inn", "skoler_ut", "inn", "ut");
        table.Rows.Select(r => string.Join(",", r)).Should().Equal(
            "0.500,4,1,1,2,1.000000,1.000000,0,0,0,0",
            "0.625,5,1,2,3,0.800000,0.666667,1,0,1,0",
            "0.750,6,1,2,3,0.666667,0.666667,2,0,1,0");
        SweepTables.Changes(sweep).ToText().Rows.Select(r => string.Join(",", r)).Should().Equal(
            "0.625,4601,Bergen,Statsforvalteren i Vestland,inn,,2,2",
            "0.750,4601,Bergen,Statsforvalteren i Vestland,inn,,2,2");
    }

    [Test]
    public void A_point_whose_selection_cannot_be_made_is_named_with_its_problems()
    {
        // A floor with 16 decimals is finer than the prepared selection holds (15): the engine refuses that run
        // (37.0000000000000000 is 37 after its trailing zeros, and runs).
        var rules = Liten.Rules();
        var axis = SweepGrid.ParseAxis("floor.GSP=37:37.0000000000000001:0.0000000000000001", Liten.English).Value;
        var (points, _) = SweepPlan.Make(rules.Rules, [axis], Liten.English);

        var outcome = SweepRunner.Run(Liten.Data.Input, Liten.Run(rules.Rules), [axis], points!, ReferenceTables.History);

        outcome.Result.Should().BeNull();
        outcome.Failed!.Values[0].ToString(CultureInfo.InvariantCulture).Should().Be("37.0000000000000001");
        outcome.Problems.Should().ContainSingle().Which.Message.Should().Contain("GSP");
    }

    [Test]
    public void Jaccard_is_the_shared_part_of_the_union_and_1_for_two_empty_sets()
    {
        SweepRunner.Jaccard(new HashSet<int> { 1, 2, 3 }, new HashSet<int> { 2, 3, 4 }).Should().Be(0.5);
        SweepRunner.Jaccard(new HashSet<int>(), new HashSet<int>()).Should().Be(1);
        SweepRunner.Jaccard(new HashSet<int> { 1 }, new HashSet<int>()).Should().Be(0);
    }
}
