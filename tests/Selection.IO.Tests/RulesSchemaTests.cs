using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Selection.IO.Rules;

namespace Selection.IO.Tests;

/// <summary>
/// Issue 12, item 1: the JSON Schema shipped with the presets (<c>selection rules schema</c>) accepts every
/// preset and refuses what the engine refuses for the file's shape; the engine checks more (ranges per
/// indicator, floor periods covering every year once), which the schema's description says.
/// </summary>
public class RulesSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(Encoding.UTF8.GetString(RulesReader.SchemaContent()));

    private static bool SchemaAccepts(JsonNode json)
    {
        using var document = JsonDocument.Parse(json.ToJsonString());
        return Schema.Evaluate(document.RootElement).IsValid;
    }

    private static bool EngineAccepts(JsonNode json) =>
        RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "rules.json").Rules is not null;

    private static JsonObject Preset(string name) => JsonNode.Parse(RulesReader.PresetContent(name)!)!.AsObject();

    [TestCaseSource(typeof(RulesReader), nameof(RulesReader.PresetNames))]
    public void Every_preset_is_valid_by_the_schema(string preset) =>
        SchemaAccepts(Preset(preset)).Should().BeTrue();

    public static IEnumerable<TestCaseData> BrokenFiles()
    {
        TestCaseData Case(string name, string preset, Action<JsonObject> breakIt) => new TestCaseData(preset, breakIt).SetName(name);
        yield return Case("An unknown key", "runde-2023", j => j["topshare"] = 0.3);
        yield return Case("A missing key", "runde-2023", j => j.Remove("spread"));
        yield return Case("Format 2 without minKommunePossiblePoints", "runde-2023", j => j.Remove("minKommunePossiblePoints"));
        yield return Case("lastSchoolYear in format 1", "illustrativ", j => j["lastSchoolYear"] = "2023-24");
        yield return Case("Floors by period in format 1", "illustrativ", j => j["indicators"]![6]!["floor"] = JsonNode.Parse("""[{"until": "2021-22", "value": 35}, {"from": "2022-23", "value": 40}]"""));
        yield return Case("A version that does not exist", "runde-2023", j => j["version"] = 3);
        yield return Case("A floor period with an unknown key", "runde-2023", j => j["indicators"]![6]!["floor"]![0]!["to"] = "2021-22");
        yield return Case("A floor period without a value", "runde-2023", j => j["indicators"]![6]!["floor"]![0]!.AsObject().Remove("value"));
        yield return Case("A school year that is no school year", "runde-2023", j => j["lastSchoolYear"] = "last year");
        yield return Case("A weight as text", "runde-2023", j => j["indicators"]![0]!["weight"] = "1");
        yield return Case("A topShare of 0", "runde-2023", j => j["topShare"] = 0);
        yield return Case("An unknown indicator", "runde-2023", j => j["indicators"]![0]!["code"] = "EU7_TRIVSEL");
        yield return Case("An unknown spread measure", "runde-2023", j => j["spread"]!["measure"] = "iqr");
    }

    [TestCaseSource(nameof(BrokenFiles))]
    public void A_file_the_engine_refuses_for_its_shape_the_schema_refuses_too(string preset, Action<JsonObject> breakIt)
    {
        var json = Preset(preset);
        breakIt(json);

        EngineAccepts(json).Should().BeFalse();
        SchemaAccepts(json).Should().BeFalse();
    }

    [Test]
    public void A_format_1_file_without_the_later_key_and_a_format_2_file_with_a_middle_period_are_valid_for_both()
    {
        var v1 = Preset("illustrativ");
        v1.Remove("minKommunePossiblePoints");
        var v2 = Preset("runde-2025");
        v2["indicators"]![6]!["floor"] = JsonNode.Parse("""[{"until": "2019-20", "value": 30}, {"from": "2020-21", "until": "2021-22", "value": 35}, {"from": "2022-23", "value": 40}]""");

        (EngineAccepts(v1), SchemaAccepts(v1), EngineAccepts(v2), SchemaAccepts(v2)).Should().Be((true, true, true, true));
    }
}
