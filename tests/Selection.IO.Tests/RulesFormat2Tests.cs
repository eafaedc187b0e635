using System.Text;
using System.Text.Json.Nodes;
using Selection.Core;
using Selection.Core.Rules;
using Selection.IO.Rules;

namespace Selection.IO.Tests;

/// <summary>
/// Issue 12: rules format 2 (docs/regelformat.md): floors by school year, <c>lastSchoolYear</c>, every key
/// required; format 1 stays valid; every refusal names its key; <c>rules upgrade</c>'s writer round-trips.
/// </summary>
public class RulesFormat2Tests
{
    private static JsonObject Version2()
    {
        var json = JsonNode.Parse(RulesReader.PresetContent("illustrativ")!)!.AsObject();
        json["version"] = 2;
        return json;
    }

    /// <summary>Indicator 6 of the preset is NP5_LES_MN1.</summary>
    private static JsonObject WithLesingFloor(JsonNode floor)
    {
        var json = Version2();
        json["indicators"]![6]!["floor"] = floor;
        return json;
    }

    private static (SelectionRules? Rules, IReadOnlyList<Problem> Problems) Parse(JsonNode json) =>
        RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "rules.json");

    private static string OnlyMessage(JsonNode json)
    {
        var problems = Parse(json).Problems;
        problems.Should().ContainSingle();
        return problems[0].Message;
    }

    private static JsonArray Periods(params JsonObject[] periods) => new(periods);

    private static JsonObject Period(string? from, string? until, double value)
    {
        var o = new JsonObject();
        if (from is not null) o["from"] = from;
        if (until is not null) o["until"] = until;
        o["value"] = value;
        return o;
    }

    [Test]
    public void A_format_2_file_gives_each_school_year_the_floor_of_its_period_and_keeps_its_last_school_year()
    {
        var json = WithLesingFloor(Periods(Period("2022-23", null, 40), Period(null, "2021-22", 35)));
        json["lastSchoolYear"] = "2023-24";

        var (rules, problems) = Parse(json);

        problems.Should().BeEmpty();
        var lesing = rules!.RuleFor(Indicator.NP5_LES_MN1)!;
        (lesing.FloorIn(new SchoolYear(2016)), lesing.FloorIn(new SchoolYear(2021)), lesing.FloorIn(new SchoolYear(2022)), lesing.FloorIn(new SchoolYear(2030)))
            .Should().Be((35m, 35m, 40m, 40m));
        rules.RuleFor(Indicator.GSP)!.Floors.IsConstant.Should().BeTrue();
        rules.LastSchoolYear.Should().Be(new SchoolYear(2023));
        rules.Version.Should().Be(2);
    }

    [Test]
    public void A_middle_period_with_both_ends_is_read()
    {
        var (rules, problems) = Parse(WithLesingFloor(Periods(Period(null, "2019-20", 30), Period("2020-21", "2021-22", 35), Period("2022-23", null, 40))));

        problems.Should().BeEmpty();
        rules!.RuleFor(Indicator.NP5_LES_MN1)!.Floors.Periods.Select(p => p.Value).Should().Equal(30m, 35m, 40m);
    }

    [Test]
    public void Format_1_files_stay_valid_and_leave_the_window_to_the_run() =>
        RulesReader.Load("illustrativ").Rules!.Rules.LastSchoolYear.Should().BeNull();

    [Test]
    public void Format_2_requires_minKommunePossiblePoints_which_format_1_defaults()
    {
        var json = Version2();
        json.Remove("minKommunePossiblePoints");

        OnlyMessage(json).Should().Be("key 'minKommunePossiblePoints': is missing (every key of the format is required)");
    }

    [Test]
    public void LastSchoolYear_in_a_format_1_file_says_it_needs_format_2()
    {
        var json = JsonNode.Parse(RulesReader.PresetContent("illustrativ")!)!.AsObject();
        json["lastSchoolYear"] = "2023-24";

        OnlyMessage(json).Should().Be("key 'lastSchoolYear': is a key of format 2: write \"version\": 2 (selection rules upgrade writes a file as format 2)");
    }

    [Test]
    public void Floors_by_period_in_a_format_1_file_say_they_need_format_2()
    {
        var json = WithLesingFloor(Periods(Period(null, "2021-22", 35), Period("2022-23", null, 40)));
        json["version"] = 1;

        OnlyMessage(json).Should().StartWith("key 'indicators[6].floor': floors by school year (a list) came with format 2");
    }

    [Test]
    public void A_version_this_engine_does_not_read_is_refused_naming_those_it_does()
    {
        var json = Version2();
        json["version"] = 3;

        Parse(json).Problems.Should().Contain(p => p.Message == "key 'version': this engine reads rules-file format versions 1, 2");
    }

    [TestCase("2021-22", "2023-24", "key 'indicators[6].floor[1].from': no period covers 2022-23: every school year needs a floor (a period starts the year after the one before ends)", TestName = "A gap between periods names the uncovered years")]
    [TestCase("2022-23", "2022-23", "key 'indicators[6].floor[1].from': the period starting 2022-23 overlaps the one before, which lasts until 2022-23: a school year can have only one floor", TestName = "Overlapping periods are refused")]
    public void Periods_that_leave_a_year_uncovered_or_cover_it_twice_are_refused(string firstUntil, string secondFrom, string expected)
    {
        var json = WithLesingFloor(Periods(Period(null, firstUntil, 35), Period(secondFrom, null, 40)));

        OnlyMessage(json).Should().Be(expected);
    }

    [Test]
    public void Two_periods_open_before_are_refused() =>
        OnlyMessage(WithLesingFloor(Periods(Period(null, "2021-22", 35), Period(null, null, 40))))
            .Should().Be("key 'indicators[6].floor': exactly one period must have no \"from\" (hold for every school year before), so that every school year has one floor");

    [Test]
    public void No_period_open_after_is_refused() =>
        OnlyMessage(WithLesingFloor(Periods(Period(null, "2021-22", 35), Period("2022-23", "2024-25", 40))))
            .Should().Be("key 'indicators[6].floor': exactly one period, the last, must have no \"until\" (hold for every school year after), so that every school year has one floor");

    [Test]
    public void A_period_that_ends_before_it_starts_is_refused() =>
        OnlyMessage(WithLesingFloor(Periods(Period(null, "2019-20", 35), Period("2022-23", "2020-21", 38), Period("2023-24", null, 40))))
            .Should().Be("key 'indicators[6].floor[1].until': the period ends (2020-21) before it starts (2022-23)");

    [Test]
    public void A_period_floor_outside_the_indicators_range_is_refused_by_its_key() =>
        OnlyMessage(WithLesingFloor(Periods(Period(null, "2021-22", 135), Period("2022-23", null, 40))))
            .Should().StartWith("key 'indicators[6].floor[0].value': ");

    [TestCase("\"2022/2023x\"", "key 'indicators[6].floor[1].from': ", TestName = "A period start that is no school year is refused by its key")]
    [TestCase("2022", "key 'indicators[6].floor[1].from': must be a school year as text, like \"2022-23\"", TestName = "A period start written as a number is refused")]
    public void A_bad_school_year_in_a_period_is_refused_by_its_key(string from, string expected)
    {
        var json = WithLesingFloor(Periods(Period(null, "2021-22", 35), Period("2022-23", null, 40)));
        json["indicators"]![6]!["floor"]![1]!["from"] = JsonNode.Parse(from);

        OnlyMessage(json).Should().StartWith(expected);
    }

    [Test]
    public void An_unknown_key_in_a_period_and_a_period_that_is_no_object_are_refused_by_key()
    {
        var json = WithLesingFloor(Periods(Period(null, "2021-22", 35), Period("2022-23", null, 40)));
        json["indicators"]![6]!["floor"]![1]!["to"] = "2024-25";
        json["indicators"]![7]!["floor"] = new JsonArray(JsonValue.Create(40));

        Parse(json).Problems.Select(p => p.Message).Should().BeEquivalentTo(
            "key 'indicators[6].floor[1].to': unknown key (known keys: from, until, value)",
            "key 'indicators[7].floor[0]': must be a period: {\"from\": school year, \"until\": school year, \"value\": number}, from or until may be left out");
    }

    [Test]
    public void An_empty_floor_list_is_refused() =>
        OnlyMessage(WithLesingFloor(new JsonArray())).Should().StartWith("key 'indicators[6].floor': must be a number, or a list of periods");

    [Test]
    public void A_bad_last_school_year_is_refused_by_its_key()
    {
        var json = Version2();
        json["lastSchoolYear"] = "2023-25";

        OnlyMessage(json).Should().StartWith("key 'lastSchoolYear': ");
    }

    [Test]
    public void The_upgrade_writer_writes_format_2_that_reads_back_to_the_same_rules()
    {
        var json = WithLesingFloor(Periods(Period(null, "2021-22", 35.5), Period("2022-23", null, 40)));
        json["lastSchoolYear"] = "2021-22";
        json["provenance"] = "illustrativ: «gulv» er ikke publisert \"ennå\"";
        var rules = Parse(json).Rules!;

        var text = RulesWriter.Write(rules);
        var (again, problems) = RulesReader.Parse(Encoding.UTF8.GetBytes(text), "upgraded.json");

        problems.Should().BeEmpty();
        again.Should().BeEquivalentTo(rules);
        text.Should().Contain("\"floor\": [{ \"until\": \"2021-22\", \"value\": 35.5 }, { \"from\": \"2022-23\", \"value\": 40 }]");
        text.Should().Contain("\"provenance\": \"illustrativ: «gulv» er ikke publisert \\\"ennå\\\"\"");
    }

    [Test]
    public void Upgrading_a_format_1_file_writes_the_default_it_relied_on_and_version_2()
    {
        var json = JsonNode.Parse(RulesReader.PresetContent("illustrativ")!)!.AsObject();
        json.Remove("minKommunePossiblePoints");
        var text = RulesWriter.Write(RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "old.json").Rules!);

        var upgraded = JsonNode.Parse(text)!.AsObject();
        ((int)upgraded["version"]!).Should().Be(2);
        ((int)upgraded["minKommunePossiblePoints"]!).Should().Be(RulesReader.DefaultMinKommunePossiblePoints);
        text.Should().Contain("{ \"code\": \"EU7_MOBBING\", \"betterIs\": \"lower\", \"weight\": 1, \"floor\": 15.0 }");
    }
}
