using System.Text;
using System.Text.Json.Nodes;
using Selection.Core;
using Selection.Core.Rules;
using Selection.IO.Rules;

namespace Selection.IO.Tests;

/// <summary>Rules files (DOMAIN §8) are loaded strictly; every refusal names the key.</summary>
public class RulesReaderTests
{
    private static JsonObject Preset() => JsonNode.Parse(RulesReader.PresetContent("illustrativ")!)!.AsObject();

    private static IReadOnlyList<Problem> Problems(JsonNode json) =>
        RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "rules.json").Problems;

    private static string OnlyMessage(JsonNode json)
    {
        var problems = Problems(json);
        problems.Should().ContainSingle();
        return problems[0].Message;
    }

    [Test]
    public void The_illustrativ_preset_loads_with_floors_for_all_eleven_indicators_and_says_it_is_illustrative()
    {
        var (loaded, problems) = RulesReader.Load("illustrativ");

        problems.Should().BeEmpty();
        var rules = loaded!.Rules;
        rules.Indicators.Should().HaveCount(11);
        rules.Indicators.Select(i => i.Indicator).Should().Equal(Indicator.All);
        rules.RuleFor(Indicator.GSP)!.Weight.Should().Be(3);
        rules.IsIllustrative.Should().BeTrue();
        (rules.TopShare, rules.WindowYears, rules.Route1Count, rules.Route2Max, rules.KommuneStructure).Should().Be((0.25m, 3, 30, 10, 2024));
        loaded.Source.Should().Be("preset:illustrativ");
    }

    [Test]
    public void A_rules_file_that_is_not_valid_UTF8_is_refused_so_the_manifest_can_record_its_exact_text()
    {
        byte[] bytes = [.. "// r"u8, 0xE9, .. "gler\n"u8, .. Encoding.UTF8.GetBytes(Preset().ToJsonString())]; // a Windows-1252 'é' in a comment

        var (rules, problems) = RulesReader.Parse(bytes, "rules.json");

        rules.Should().BeNull();
        problems.Should().ContainSingle().Which.Message.Should().Be("the rules file is not valid UTF-8 (a rules file is JSON, which is UTF-8)");
    }

    [Test]
    public void A_rules_file_on_disk_loads_by_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        var json = Preset();
        json["provenance"] = "official: test";
        File.WriteAllText(path, json.ToJsonString());
        try
        {
            var (loaded, _) = RulesReader.Load(path);
            loaded!.Rules.IsIllustrative.Should().BeFalse();
            loaded.Source.Should().Be(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Neither_file_nor_preset_is_refused_with_the_presets_listed() =>
        RulesReader.Load("strenge").Problems.Single().Message.Should().Be("'strenge' is neither a rules file nor a preset (presets: illustrativ, runde-2020, runde-2021, runde-2022, runde-2023, runde-2024, runde-2025, runde-2026)");

    [Test]
    public void An_unknown_key_is_refused_by_name()
    {
        var json = Preset();
        json["topshare"] = 0.3;

        var problems = Problems(json);

        problems.Select(p => p.Message).Should().Contain("key 'topshare': unknown key; did you mean 'topShare'? (keys are case-sensitive)");
    }

    [Test]
    public void A_missing_key_is_refused_by_name()
    {
        var json = Preset();
        json.Remove("route1Count");

        OnlyMessage(json).Should().Be("key 'route1Count': is missing (every key of the format is required)");
    }

    [Test]
    public void An_unknown_indicator_code_is_refused_with_its_position()
    {
        var json = Preset();
        json["indicators"]![2]!["code"] = "EU7_TRIVSEL";

        OnlyMessage(json).Should().StartWith("key 'indicators[2].code': 'EU7_TRIVSEL' is not an indicator code");
    }

    [Test]
    public void A_wrong_type_is_refused()
    {
        var json = Preset();
        json["windowYears"] = "3";

        var problem = Problems(json).Single();
        problem.Message.Should().Be("key 'windowYears': must be a whole number");
        problem.Found.Should().Be("\"3\"");
    }

    [TestCase(0.0, TestName = "topShare 0 is refused")]
    [TestCase(1.5, TestName = "topShare above 1 is refused")]
    [TestCase(-0.25, TestName = "a negative topShare is refused")]
    public void TopShare_outside_zero_to_one_is_refused(double topShare)
    {
        var json = Preset();
        json["topShare"] = topShare;

        OnlyMessage(json).Should().Be("key 'topShare': must lie in (0, 1]: above 0, at most 1");
    }

    [Test]
    public void TopShare_of_one_is_allowed()
    {
        var json = Preset();
        json["topShare"] = 1;

        Problems(json).Should().BeEmpty();
    }

    [TestCase("route1Count", "must not be negative")]
    [TestCase("route2Max", "must not be negative")]
    [TestCase("minPossiblePoints", "must be at least 1")]
    [TestCase("windowYears", "must be at least 1")]
    public void Negative_counts_are_refused(string key, string message)
    {
        var json = Preset();
        json[key] = -1;

        OnlyMessage(json).Should().Be($"key '{key}': {message}");
    }

    [Test]
    public void A_floor_that_is_not_a_number_is_refused()
    {
        var json = Preset();
        json["indicators"]![10]!["floor"] = "37";

        OnlyMessage(json).Should().Be("key 'indicators[10].floor': must be a number");
    }

    [Test]
    public void A_direction_against_the_indicator_is_refused()
    {
        var json = Preset();
        json["indicators"]![0]!["betterIs"] = "higher";

        OnlyMessage(json).Should().Be("key 'indicators[0].betterIs': EU7_MOBBING (% of pupils bullied 2–3 times a month or more) is better lower");
    }

    [Test]
    public void An_unknown_spread_measure_and_an_unknown_national_limit_mode_are_refused()
    {
        var json = Preset();
        json["spread"]!["measure"] = "iqr";
        json["nationalLimit"] = "median";

        Problems(json).Select(p => p.Message).Should().BeEquivalentTo(
            "key 'nationalLimit': must be one of \"dataOrPupilWeightedMean\", \"pupilWeightedMean\", \"schoolMean\"",
            "key 'spread.measure': must be one of \"sd\", \"range\", \"maxMinusMedian\"");
    }

    [Test]
    public void A_kommune_structure_other_than_2020_or_2024_is_refused()
    {
        var json = Preset();
        json["kommuneStructure"] = 2019;

        OnlyMessage(json).Should().Be("key 'kommuneStructure': must be 2020 or 2024");
    }

    [Test]
    public void An_indicator_listed_twice_is_refused()
    {
        var json = Preset();
        json["indicators"]![1]!["code"] = "EU7_MOBBING";
        json["indicators"]![1]!["betterIs"] = "lower";

        OnlyMessage(json).Should().Be("key 'indicators[1].code': EU7_MOBBING is listed twice");
    }

    [Test]
    public void Invalid_json_is_refused_with_its_line()
    {
        var (rules, problems) = RulesReader.Parse(Encoding.UTF8.GetBytes("{\n  \"name\": \"x\",\n  \"version\": 1,,\n}"), "r.json");

        rules.Should().BeNull();
        problems.Single().Line.Should().Be(3);
        problems.Single().Message.Should().StartWith("the rules file is not valid JSON");
    }

    [Test]
    public void An_indicator_left_out_is_not_used()
    {
        var json = Preset();
        json["indicators"]!.AsArray().RemoveAt(10);

        var (rules, _) = RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "r.json");

        rules!.RuleFor(Indicator.GSP).Should().BeNull();
        rules.Indicators.Should().HaveCount(10);
    }

    [Test]
    public void Spread_threshold_and_measure_are_read()
    {
        var json = Preset();
        json["spread"] = new JsonObject { ["measure"] = "maxMinusMedian", ["threshold"] = 0.2 };

        var (rules, _) = RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "r.json");

        rules!.Spread.Should().Be(new SpreadRule(SpreadMeasure.MaxMinusMedian, 0.2m));
    }

    [TestCase(700_000_000, "must be at most 100")]
    [TestCase(101, "must be at most 100")]
    [TestCase(0, "must be at least 1")]
    public void A_weight_outside_1_to_100_is_refused_so_point_sums_cannot_overflow(int weight, string message)
    {
        var json = Preset();
        json["indicators"]![10]!["weight"] = weight;

        OnlyMessage(json).Should().Be($"key 'indicators[10].weight': {message}");
    }

    [Test]
    public void A_version_1_file_without_minKommunePossiblePoints_stays_valid_with_the_documented_default_30()
    {
        var json = Preset();
        json.Remove("minKommunePossiblePoints");

        var (rules, problems) = RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "rules.json");

        problems.Should().BeEmpty();
        rules!.MinKommunePossiblePoints.Should().Be(30);
        new LoadedRules(rules, "rules.json", Encoding.UTF8.GetBytes(json.ToJsonString())).UsesDefault("minKommunePossiblePoints").Should().BeTrue();
    }

    [Test]
    public void The_illustrativ_preset_names_minKommunePossiblePoints_itself()
    {
        var (loaded, _) = RulesReader.Load("illustrativ");

        loaded!.Rules.MinKommunePossiblePoints.Should().Be(30);
        loaded.UsesDefault("minKommunePossiblePoints").Should().BeFalse();
    }

    [Test]
    public void A_minKommunePossiblePoints_below_1_is_refused()
    {
        var json = Preset();
        json["minKommunePossiblePoints"] = 0;

        OnlyMessage(json).Should().Be("key 'minKommunePossiblePoints': must be at least 1");
    }
}
