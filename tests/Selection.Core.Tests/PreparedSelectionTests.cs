using Selection.Core.Data;
using Selection.Core.Rules;

namespace Selection.Core.Tests;

/// <summary>
/// The selection prepared for scoring on arrays (<see cref="PreparedSelection"/>): re-scored with new values
/// without rebuilding, exact where the method is exact, and allocation-free per evaluation.
/// </summary>
public class PreparedSelectionTests
{
    private static PreparedSelection Prepare(Scenario s, SelectionRules rules)
    {
        var input = s.Input;
        var placed = input.Schools.Select(x => new PlacedSchool(x, TestKommuner.History.Place(x.Kommunenummer, rules.KommuneStructure))).ToArray();
        var counted = input.Observations.Where(o => o.Value is not null && rules.RuleFor(o.Indicator) is not null).ToArray();
        var (model, problem) = PreparedSelection.Prepare(rules, TestKommuner.History.StructureFor(rules.KommuneStructure), [Scenario.Y2023], placed, counted, input.NationalValues);
        problem.Should().BeNull();
        return model!;
    }

    private static readonly SelectionRules OneIndicator = TestRules.With(indicators: [TestRules.Rule(Indicator.GSP, 30m)]);

    [Test]
    public void A_value_equal_to_a_computed_mean_limit_is_not_worse()
    {
        // GSP, no national row: limit = (38 × 10 + 42 × 10) / 20 = 40 exactly. 38 → 1 point, 40 → 0, 42 → 0.
        var s = new Scenario();
        var a = s.School();
        var b = s.School();
        var c = s.School();
        s.Value(a, Indicator.GSP, 38m).Value(b, Indicator.GSP, 40m, pupils: null).Value(c, Indicator.GSP, 42m);
        var model = Prepare(s, OneIndicator);
        var e = model.NewEvaluation();

        model.Evaluate(e);

        e.SchoolPoints.Should().Equal(1, 0, 0);
        e.SchoolPossible.Should().Equal(3, 3, 3);
        (e.LimitNumerator[0], e.LimitDenominator[0]).Should().Be(((Int128)800, 20L), "38 × 10 + 42 × 10 in units of 1, over 20 pupils");
    }

    [Test]
    public void A_kommune_value_equal_to_its_limit_or_floor_is_not_worse_and_a_hair_below_is()
    {
        // GSP, national row 40.0, floor 30. Oslo: (39.5 × 10 + 40.5 × 10) / 20 = 40 exactly → 0 points.
        // Bergen: (39.9 × 20 + 40.0 × 10) / 30 = 39.933… → 1 point. Eigersund: (29.5 × 10 + 30.5 × 10) / 20 = 30,
        // exactly the floor → not below it, below the limit → 1 point. Stavanger: (29.9 × 10 + 30.0 × 20) / 30 = 29.966…
        // → 3 points. The quick comparison by doubles hands the exact ones to the exact comparison.
        var s = new Scenario();
        s.National(Indicator.GSP, 40.0m);
        void Kommune(string nr, (decimal Value, int Pupils) a, (decimal Value, int Pupils) b) =>
            s.Value(s.School(nr), Indicator.GSP, a.Value, a.Pupils).Value(s.School(nr), Indicator.GSP, b.Value, b.Pupils);
        Kommune("0301", (39.5m, 10), (40.5m, 10));
        Kommune("4601", (39.9m, 20), (40.0m, 10));
        Kommune("1101", (29.5m, 10), (30.5m, 10));
        Kommune("1103", (29.9m, 10), (30.0m, 20));
        var model = Prepare(s, OneIndicator);
        var e = model.NewEvaluation();

        model.Evaluate(e);

        var points = model.Kommuner.Select((k, i) => (k.Nummer.Value, e.KommunePoints[i], e.KommunePossible[i])).Where(x => x.Item3 > 0);
        points.Should().Equal(("0301", 0L, 3L), ("1101", 1L, 3L), ("1103", 3L, 3L), ("4601", 1L, 3L)); // structure order
    }

    [Test]
    public void New_values_are_scored_without_rebuilding_and_move_the_limit_with_them()
    {
        var s = new Scenario();
        var a = s.School();
        var b = s.School();
        s.Value(a, Indicator.GSP, 38.5m).Value(b, Indicator.GSP, 42m);
        var model = Prepare(s, OneIndicator);
        var e = model.NewEvaluation();
        model.ScaleOf(0).Should().Be(1, "38.5 has one decimal: the slot counts tenths");
        model.Values.ToArray().Should().Equal(385, 420);

        model.Evaluate([290, 420], e); // 29.0 is below the floor 30: 3 points; the limit is now 35.5
        e.SchoolPoints.Should().Equal(3, 0);
        e.SchoolFlagged.Should().Equal(true, false);

        model.Evaluate([420, 385], e); // the other way round
        e.SchoolPoints.Should().Equal(0, 1);
        e.SchoolRank.Should().Equal(2, 1);
    }

    [Test]
    public void Evaluating_again_allocates_nothing()
    {
        var s = new Scenario();
        for (var i = 0; i < 40; i++)
        {
            var school = s.School(i % 2 == 0 ? "0301" : "4601");
            s.Value(school, Indicator.GSP, 30m + i).Value(school, Indicator.EU7_STOTTE, 3.0m + (i % 7 / 10m));
        }
        var model = Prepare(s, TestRules.With(spreadThreshold: 0.01m));
        var e = model.NewEvaluation();
        var values = model.Values.ToArray();
        model.Evaluate(values, e);
        values[3] += 10;

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
            model.Evaluate(values, e);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        e.KommuneRoute.Should().Contain(r => r != 0, "the scenario reaches the routes");
    }

    [Test]
    public void The_most_decimals_of_any_value_set_the_units_however_many_values_there_are()
    {
        // 15,000 GSP values of 1 pupil each (counted in blocks side by side), all whole but one of two decimals in the
        // middle: the units are hundredths for all. Limit = (14,999 × 40 + 40.25) / 15,000 = 40.0000166…: the whole
        // values are below it (1 point each), 40.25 above it (0 points). In whole units 40.25 would count as 40,
        // and no school would be below the limit.
        var s = new Scenario();
        var schools = Enumerable.Range(0, 15_000).Select(_ => s.School()).ToArray();
        for (var i = 0; i < schools.Length; i++)
            s.Value(schools[i], Indicator.GSP, i == 7_500 ? 40.25m : 40m, pupils: 1);
        var model = Prepare(s, OneIndicator);
        var e = model.NewEvaluation();

        model.Evaluate(e);

        (e.LimitNumerator[0], e.LimitDenominator[0]).Should().Be(((Int128)((14_999 * 4_000) + 4_025), 15_000L), "in hundredths");
        e.SchoolPoints.Count(p => p == 1).Should().Be(14_999);
        e.SchoolPoints[7_500].Should().Be(0);
    }

    [Test]
    public void A_spread_exactly_at_the_threshold_is_not_above_it()
    {
        // Two schools in Oslo, GSP weight 2 (6 possible): 20 is below the floor (6 of 6), 45 above the national
        // row (0 of 6). Shares 1 and 0: the range is exactly 1.
        var s = new Scenario();
        var a = s.School();
        var b = s.School();
        s.National(Indicator.GSP, 40m).Value(a, Indicator.GSP, 20m).Value(b, Indicator.GSP, 45m);
        var rules = TestRules.With(indicators: [TestRules.Rule(Indicator.GSP, 30m, weight: 2)], spreadMeasure: SpreadMeasure.Range, spreadThreshold: 1m, route1Count: 0);
        var model = Prepare(s, rules);
        var e = model.NewEvaluation();

        model.Evaluate(e);
        e.SchoolPoints.Should().Equal(6, 0);
        e.KommuneRoute[model.Kommuner.ToList().FindIndex(k => k.Nummer.Value == "0301")].Should().Be(0, "a range of 1 is not above 1");

        var lower = Prepare(s, TestRules.With(indicators: [TestRules.Rule(Indicator.GSP, 30m, weight: 2)], spreadMeasure: SpreadMeasure.Range, spreadThreshold: 0.9999m, route1Count: 0));
        var f = lower.NewEvaluation();
        lower.Evaluate(f);
        f.KommuneRoute[lower.Kommuner.ToList().FindIndex(k => k.Nummer.Value == "0301")].Should().Be((int)Route.LargeDifferences);
    }

    [Test]
    public void A_value_written_with_more_decimals_than_any_source_is_refused_naming_its_line()
    {
        var s = new Scenario();
        var a = s.School();
        s.Value(a, Indicator.GSP, 40.0000000000000001m);
        var input = s.Input;
        var placed = input.Schools.Select(x => new PlacedSchool(x, TestKommuner.History.Place(x.Kommunenummer, 2024))).ToArray();

        var (model, problem) = PreparedSelection.Prepare(OneIndicator, TestKommuner.History.StructureFor(2024), [Scenario.Y2023], placed, input.Observations, []);

        model.Should().BeNull();
        problem!.Code.Should().Be("value-too-precise");
        (problem.File, problem.Line).Should().Be(("data.csv", 2));
        problem.Message.Should().Contain("GSP").And.Contain("2023-24").And.Contain("15");
    }

    // Mantissas within 64 bits and beyond them (40.500000000000000000 is 405 × 10^17 units) count alike.
    [TestCase("40.500000000000000000", 1)]
    [TestCase("40.500", 1)]
    [TestCase("40", 0)]
    [TestCase("0.1250", 3)]
    [TestCase("45.000000000000001", 15)]
    public void Trailing_zeros_do_not_count_as_decimals(string value, int decimals)
    {
        var s = new Scenario();
        var a = s.School();
        s.Value(a, Indicator.GSP, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Prepare(s, OneIndicator).ScaleOf(0).Should().Be(decimals);
    }

    [Test]
    public void The_engine_prepares_the_model_it_decides_by()
    {
        var s = new Scenario();
        var a = s.School();
        var b = s.School("4601");
        s.National(Indicator.EU7_STOTTE, 4.0m).National(Indicator.GSP, 42m)
            .Value(a, Indicator.GSP, 30m).Value(b, Indicator.EU7_STOTTE, 3.5m);
        var rules = TestRules.With();

        var (model, problems) = SelectionEngine.Prepare(s.Input, rules, TestKommuner.History);
        var result = s.Result(rules);

        problems.Should().BeEmpty();
        var e = model!.NewEvaluation();
        model.Evaluate(e);
        model.Schools.Select(x => x.School.OrgNr).Should().Equal(a, b);
        e.SchoolPoints.Should().Equal(result.Schools.Select(x => x.Points));
        e.SchoolFlagged.Should().Equal(result.Schools.Select(x => x.Flagged));
    }

    [Test]
    public void The_engine_prepares_nothing_when_the_window_lies_outside_the_data()
    {
        var s = new Scenario();
        var a = s.School();
        s.Value(a, Indicator.GSP, 30m);

        var (model, problems) = SelectionEngine.Prepare(s.Input, OneIndicator, TestKommuner.History, Scenario.Y2021);

        model.Should().BeNull();
        problems.Should().ContainSingle(p => p.Code == "window-outside-data");
    }
}
