using Selection.Core.Rules;

namespace Selection.Core.Tests;

/// <summary>
/// Issue 15, item 2: with <c>kommuneValues: fromData</c> route 1 ranks kommuner on Udir's own kommune values (the
/// <c>kommunalt</c> table) instead of values computed from their schools; rows that cannot be used are counted.
/// </summary>
public class KommuneValuesFromDataTests
{
    // GSP, national row 40, floor 30, route 1 takes one kommune. The schools say Oslo is weak (35 against Bergen's 45);
    // Udir's kommune values, which also hold suppressed schools' pupils, say Bergen is (38 against Oslo's 41).
    private static Scenario Fixture()
    {
        var s = new Scenario();
        s.National(Indicator.GSP, 40m)
            .Value(s.School("0301"), Indicator.GSP, 35m)
            .Value(s.School("4601"), Indicator.GSP, 45m)
            .KommuneValue("0301", Indicator.GSP, 41m)
            .KommuneValue("4601", Indicator.GSP, 38m);
        return s;
    }

    private static SelectionRules Rules(KommuneValueSource source) =>
        TestRules.With([TestRules.Rule(Indicator.GSP, 30m)], route1Count: 1, kommuneValues: source);

    [Test]
    public void Computed_ranks_on_the_schools_and_fromData_on_Udirs_kommune_values()
    {
        var s = Fixture();

        var computed = s.Result(Rules(KommuneValueSource.Computed));
        var fromData = s.Result(Rules(KommuneValueSource.FromData));

        computed.Route1Kommuner.Select(k => k.Kommune.Nummer.Value).Should().Equal("0301");
        fromData.Route1Kommuner.Select(k => k.Kommune.Nummer.Value).Should().Equal("4601");
        var bergen = fromData.Kommuner.Single(k => k.Kommune.Nummer.Value == "4601");
        (bergen.Points, bergen.Possible).Should().Be((1L, 3L), "38 is below the limit 40, above the floor 30");
        bergen.Observations.Single().Should().Match<KommuneObservation>(o => o.Value == 38m && o.Pupils == 100 && o.Schools == 0);
        computed.KommuneRows.Should().BeNull();
        fromData.KommuneRows.Should().Be(new KommuneRowCounts(2, 2, 0, 0, 0, 0, 0));
    }

    [Test]
    public void Rows_that_cannot_be_used_are_counted_by_reason()
    {
        var s = Fixture();
        s.KommuneValue("0301", Indicator.GSP, 41m, year: Scenario.Y2022)   // outside the window
            .KommuneValue("0301", Indicator.EU7_MOBBING, 9m)                 // an indicator the rules do not use
            .KommuneValue("1103", Indicator.GSP, null)                       // suppressed
            .KommuneValue("1507", Indicator.GSP, 39m)                        // Ålesund of 2020, split in 2024
            .KommuneValue("3001", Indicator.GSP, 39m)                        // Halden of 2020 …
            .KommuneValue("3101", Indicator.GSP, 37m);                       // … and of 2024: one kommune, two values

        var result = s.Result(Rules(KommuneValueSource.FromData));

        result.KommuneRows.Should().Be(new KommuneRowCounts(Read: 8, Used: 2, OutsideWindow: 1, IndicatorNotUsed: 1, Suppressed: 1, Split: 1, Merged: 2));
        result.Kommuner.Single(k => k.Kommune.Nummer.Value == "3101").Possible.Should().Be(0, "its two values are not combined");
    }

    [Test]
    public void FromData_without_a_kommunalt_table_is_an_error_and_an_unknown_kommune_too()
    {
        var s = new Scenario();
        s.National(Indicator.GSP, 40m).Value(s.School(), Indicator.GSP, 35m);
        s.Run(Rules(KommuneValueSource.FromData)).Problems.Should().Contain(p => p.IsError && p.Code == "kommunalt-missing");

        s.KommuneValue("9999", Indicator.GSP, 40m);
        var problem = s.Run(Rules(KommuneValueSource.Computed)).Problems.Single(p => p.IsError);
        (problem.Code, problem.File, problem.Line, problem.Column).Should().Be(("kommune-unknown", "kommunalt.csv", (int?)2, "kommunenummer"));
    }

    [Test]
    public void The_prepared_selection_scores_Udirs_kommune_values_the_same_under_replicates()
    {
        // The stability analysis draws school values; Udir's kommune values stay as published.
        var s = Fixture();
        var (model, problems) = SelectionEngine.Prepare(s.Input, Rules(KommuneValueSource.FromData), TestKommuner.History, minimumScale: 6);
        problems.Should().BeEmpty();
        var e = model!.NewEvaluation();
        var shifted = model.Values.ToArray();
        shifted[0] = 45_000_000; // Oslo's school to 45: no effect on the kommune values from data

        model.Evaluate(shifted, e);

        model.Kommuner.Select((k, i) => (k.Nummer.Value, e.KommunePoints[i])).Where(x => x.Value is "0301" or "4601").Should().Equal(("0301", 0L), ("4601", 1L));
    }
}
