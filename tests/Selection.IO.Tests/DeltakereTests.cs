using System.Text;
using System.Text.Json.Nodes;
using Selection.Core;
using Selection.IO.Input;
using Selection.IO.Rules;

namespace Selection.IO.Tests;

/// <summary>Issue 12, item 5: the optional <c>deltakere</c> table and the rules' <c>participants</c> key.</summary>
public class DeltakereTests
{
    [Test]
    public void The_deltakere_table_is_read_with_kommunenummer_and_round()
    {
        using var folder = DataFolder.Valid().Text("deltakere.csv", "kommunenummer;runde\n0301;2023\n1507;2024\n");

        var data = DataSetReader.Read(folder.Path);

        data.HasErrors.Should().BeFalse(string.Join("; ", data.Problems));
        data.Input.KommunerInScheme.Select(p => (p.Kommune.Value, p.Round, p.Origin.Line)).Should().Equal(("0301", 2023, 2), ("1507", 2024, 3));
        data.Files.Should().Contain("deltakere.csv");
    }

    [TestCase("23", TestName = "A round that is not a year is refused with file, line and column")]
    [TestCase("2023.5", TestName = "A round that is not a whole number is refused with file, line and column")]
    public void A_bad_round_is_refused_with_file_line_and_column(string round)
    {
        using var folder = DataFolder.Valid().Text("deltakere.csv", $"kommunenummer;runde\n0301;{round}\n");

        var problem = DataSetReader.Read(folder.Path).Problems.Single(p => p.IsError);

        (problem.File, problem.Line, problem.Column, problem.Found).Should().Be(("deltakere.csv", (int?)2, "runde", round));
        problem.Message.Should().Be("runde must be the year the kommune was selected, a whole number from 2000 to 2100, like 2023");
    }

    [Test]
    public void A_table_without_runde_is_refused_naming_the_column()
    {
        using var folder = DataFolder.Valid().Text("deltakere.csv", "kommunenummer\n0301\n");

        DataSetReader.Read(folder.Path).Problems.Should().Contain(p => p.IsError && p.File == "deltakere.csv" && p.Message.Contains("runde"));
    }

    [Test]
    public void Validate_refuses_a_kommunenummer_in_deltakere_that_no_structure_knows_as_run_does()
    {
        using var folder = DataFolder.Valid().Text("deltakere.csv", "kommunenummer;runde\n0301;2023\n9999;2024\n");

        var report = Validation.DataSetValidator.Validate(DataSetReader.Read(folder.Path), Reference.ReferenceTables.History, RulesReader.Load("runde-2025").Rules!.Rules);

        var problem = report.Problems.Single(p => p.IsError);
        (problem.Code, problem.File, problem.Line, problem.Column, problem.Found).Should().Be(("kommune-unknown", "deltakere.csv", (int?)3, "kommunenummer", "9999"));
    }

    private static JsonObject Version2() => JsonNode.Parse(RulesReader.PresetContent("runde-2025")!)!.AsObject();

    private static (Core.Rules.SelectionRules? Rules, IReadOnlyList<Problem> Problems) Parse(JsonNode json) =>
        RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "rules.json");

    [Test]
    public void The_round_presets_leave_kommuner_in_their_three_years_out()
    {
        Parse(Version2()).Rules!.Participants.Should().Be(new Core.Rules.ParticipantRule(3));
    }

    [Test]
    public void LeaveOut_false_keeps_kommuner_in_the_scheme_in_the_routes_and_no_key_does_too()
    {
        var json = Version2();
        json["participants"]!["leaveOut"] = false;
        Parse(json).Rules!.Participants.Should().BeNull();
        json.Remove("participants");
        Parse(json).Rules!.Participants.Should().BeNull();
    }

    [TestCase("""{"leaveOut": true}""", "key 'participants.periodYears': is missing (every key of the format is required)", TestName = "participants without periodYears is refused by key")]
    [TestCase("""{"leaveOut": true, "periodYears": 0}""", "key 'participants.periodYears': must be at least 1", TestName = "A period of 0 years is refused by key")]
    [TestCase("""true""", """key 'participants': must be an object: {"leaveOut": true, "periodYears": 3}""", TestName = "participants that is no object is refused")]
    public void A_bad_participants_key_is_refused_by_key(string participants, string expected)
    {
        var json = Version2();
        json["participants"] = JsonNode.Parse(participants);

        Parse(json).Problems.Single().Message.Should().Be(expected);
    }

    [Test]
    public void Participants_in_a_format_1_file_say_they_need_format_2()
    {
        var json = JsonNode.Parse(RulesReader.PresetContent("illustrativ")!)!.AsObject();
        json["participants"] = JsonNode.Parse("""{"leaveOut": true, "periodYears": 3}""");

        Parse(json).Problems.Single().Message.Should().StartWith("key 'participants': is a key of format 2");
    }
}
