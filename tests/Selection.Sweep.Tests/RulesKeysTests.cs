using Selection.Core;
using Selection.Core.Rules;
using Selection.IO.Rules;

namespace Selection.Sweep.Tests;

/// <summary>Setting a rules key to a value: only that key changes, and a value a rules file may not hold is refused as the reader refuses it.</summary>
public class RulesKeysTests
{
    private static SweepKey Key(string name) => SweepKey.Parse(name, Liten.English).Value;

    private static SelectionRules Apply(SelectionRules rules, string key, decimal value)
    {
        var (applied, problems) = RulesKeys.Apply(rules, [(Key(key), value)], Liten.English);
        applied.Should().NotBeNull(string.Join("\n", problems));
        return applied!;
    }

    private static IReadOnlyList<string> Refusal(SelectionRules rules, string key, decimal value)
    {
        var (applied, problems) = RulesKeys.Apply(rules, [(Key(key), value)], Liten.English);
        applied.Should().BeNull();
        return problems;
    }

    private static SelectionRules Preset(string name) => RulesReader.Load(name).Rules!.Rules;

    /// <summary>The rules as rules upgrade writes them, line by line.</summary>
    private static string[] Lines(SelectionRules rules) => RulesWriter.Write(rules).Split('\n');

    [TestCase("topShare", "0.3", "  \"topShare\": 0.3,")]
    [TestCase("spread.threshold", "0.05", "  \"spread\": { \"measure\": \"sd\", \"threshold\": 0.05 },")]
    [TestCase("route1Count", "5", "  \"route1Count\": 5,")]
    [TestCase("route2Max", "0", "  \"route2Max\": 0,")]
    [TestCase("minPossiblePoints", "6", "  \"minPossiblePoints\": 6,")]
    [TestCase("minKommunePossiblePoints", "12", "  \"minKommunePossiblePoints\": 12,")]
    [TestCase("floor.GSP", "36.5", "    { \"code\": \"GSP\", \"betterIs\": \"higher\", \"weight\": 3, \"floor\": 36.5 }")]
    [TestCase("weight.GSP", "2", "    { \"code\": \"GSP\", \"betterIs\": \"higher\", \"weight\": 2, \"floor\": 37.0 }")]
    public void Setting_a_key_changes_that_key_and_nothing_else(string key, string value, string line)
    {
        var rules = Liten.Rules().Rules;

        var applied = Apply(rules, key, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        var before = Lines(rules);
        var after = Lines(applied);
        after.Should().HaveCount(before.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToArray();
        changed.Should().ContainSingle();
        after[changed[0]].Should().Be(line);
        Key(key).ValueIn(applied).Should().Be(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public void The_rules_as_given_come_back_equal_but_for_the_format_written_out()
    {
        // A format-1 file without minKommunePossiblePoints: its default is written out, and the meaning is the same.
        var rules = Liten.Rules(j => j.Remove("minKommunePossiblePoints")).Rules;

        var applied = Apply(rules, "topShare", rules.TopShare);

        applied.Version.Should().Be(2);
        applied.MinKommunePossiblePoints.Should().Be(30);
        RulesWriter.Write(applied).Should().Be(RulesWriter.Write(rules));
    }

    [TestCase("topShare", "0", "key 'topShare': must lie in (0, 1]: above 0, at most 1")]
    [TestCase("topShare", "1.01", "key 'topShare': must lie in (0, 1]: above 0, at most 1")]
    [TestCase("spread.threshold", "-0.01", "key 'spread.threshold': must not be negative")]
    [TestCase("route1Count", "1001", "key 'route1Count': must be at most 1000")]
    [TestCase("route2Max", "-1", "key 'route2Max': must not be negative")]
    [TestCase("minPossiblePoints", "0", "key 'minPossiblePoints': must be at least 1")]
    [TestCase("weight.GSP", "101", "key 'indicators[10].weight': must be at most 100")]
    [TestCase("floor.GSP", "61", "key 'indicators[10].floor': GSP lies between 0 and 60; a floor outside that never or always applies")]
    [TestCase("floor.EU7_STOTTE", "0.5", "key 'indicators[1].floor': EU7_STOTTE lies between 1 and 5; a floor outside that never or always applies")]
    public void A_value_a_rules_file_may_not_hold_is_refused_with_the_readers_message(string key, string value, string message)
    {
        Refusal(Liten.Rules().Rules, key, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(message);
    }

    [Test]
    public void A_key_of_an_indicator_the_rules_do_not_use_is_refused()
    {
        var rules = Liten.Rules(j => j["indicators"]!.AsArray().RemoveAt(10)).Rules;

        Refusal(rules, "floor.GSP", 36m).Should().Equal("'floor.GSP': the rules do not use GSP");
        Refusal(rules, "weight.GSP", 2m).Should().Equal("'weight.GSP': the rules do not use GSP");
    }

    [Test]
    public void A_floor_by_period_must_name_its_school_year()
    {
        var rules = Preset("runde-2025");

        Refusal(rules, "floor.NP5_LES_MN1", 38m).Should().Equal(
            "'floor.NP5_LES_MN1': the rules give NP5_LES_MN1 floors by school year (35.0 until 2021-22, 40.0 from 2022-23); " +
            "say which period to vary, by a school year in it: floor.NP5_LES_MN1@<school year>, for example floor.NP5_LES_MN1@2022-23");
    }

    [Test]
    public void A_floor_for_a_school_year_varies_the_period_holding_it_and_no_other()
    {
        var rules = Preset("runde-2025");
        var np5 = Indicator.Parse("NP5_LES_MN1").Value;

        var later = Apply(rules, "floor.NP5_LES_MN1@2023-24", 42m).RuleFor(np5)!;
        var earlier = Apply(rules, "floor.NP5_LES_MN1@2019-20", 30m).RuleFor(np5)!;

        (later.FloorIn(new SchoolYear(2021)), later.FloorIn(new SchoolYear(2022)), later.FloorIn(new SchoolYear(2023))).Should().Be((35m, 42m, 42m));
        (earlier.FloorIn(new SchoolYear(2021)), earlier.FloorIn(new SchoolYear(2022))).Should().Be((30m, 40m));
    }

    [Test]
    public void A_constant_floor_named_with_a_school_year_is_the_one_floor()
    {
        var applied = Apply(Liten.Rules().Rules, "floor.GSP@2023-24", 36m);

        applied.RuleFor(Indicator.Parse("GSP").Value)!.Floors.Should().Be(FloorSchedule.Constant(36m));
    }

    [Test]
    public void One_floor_set_twice_is_refused()
    {
        var (applied, problems) = RulesKeys.Apply(Liten.Rules().Rules, [(Key("floor.GSP"), 36m), (Key("floor.GSP@2023-24"), 35m)], Liten.English);

        applied.Should().BeNull();
        problems.Should().Equal("--vary: floor.GSP@2023-24 is given more than once");
    }

    [Test]
    public void Two_keys_are_set_together()
    {
        var (applied, problems) = RulesKeys.Apply(Liten.Rules().Rules, [(Key("topShare"), 0.5m), (Key("weight.GSP"), 1m)], Liten.English);

        applied.Should().NotBeNull(string.Join("\n", problems));
        applied!.TopShare.Should().Be(0.5m);
        applied.RuleFor(Indicator.Parse("GSP").Value)!.Weight.Should().Be(1);
    }
}
