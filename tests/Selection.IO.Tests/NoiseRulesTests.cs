using System.Text;
using System.Text.Json.Nodes;
using Selection.Core;
using Selection.IO.Rules;

namespace Selection.IO.Tests;

/// <summary>Issue 13: the rules' <c>noise.sd</c> (format 2), the pupils' spread per mean indicator for the stability analysis.</summary>
public class NoiseRulesTests
{
    private static JsonObject WithNoise(string noise)
    {
        var json = JsonNode.Parse(RulesReader.PresetContent("runde-2025")!)!.AsObject();
        json["noise"] = JsonNode.Parse(noise);
        return json;
    }

    private static (Core.Rules.SelectionRules? Rules, IReadOnlyList<Problem> Problems) Parse(JsonNode json) =>
        RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "rules.json");

    [Test]
    public void Noise_sd_gives_the_spread_of_the_indicators_it_names_and_upgrade_writes_it_back()
    {
        var (rules, problems) = Parse(WithNoise("""{"sd": {"EU7_STOTTE": 0.8, "GSP": 9.5}}"""));

        problems.Should().BeEmpty();
        rules!.NoiseSd.Should().BeEquivalentTo(new Dictionary<Indicator, decimal> { [Indicator.EU7_STOTTE] = 0.8m, [Indicator.GSP] = 9.5m });
        var text = RulesWriter.Write(rules);
        text.Should().Contain("  \"noise\": { \"sd\": { \"EU7_STOTTE\": 0.8, \"GSP\": 9.5 } },\n");
        RulesReader.Parse(Encoding.UTF8.GetBytes(text), "again.json").Rules!.NoiseSd.Should().BeEquivalentTo(rules.NoiseSd);
    }

    [TestCase("""{"sd": {"EU7_MOBBING": 5}}""", "key 'noise.sd.EU7_MOBBING': a percentage needs no spread: its noise follows from the share and the pupils", TestName = "A spread for a percentage is refused")]
    [TestCase("""{"sd": {"GSP": 0}}""", "key 'noise.sd.GSP': must be a number above 0 and at most 60", TestName = "A spread of 0 is refused")]
    [TestCase("""{"sd": {"EU7_STOTTE": 5}}""", "key 'noise.sd.EU7_STOTTE': must be a number above 0 and at most 4", TestName = "A spread wider than the scale is refused")]
    [TestCase("""{"sd": {"EU7_TRIVSEL": 1}}""", "key 'noise.sd.EU7_TRIVSEL': ", TestName = "An unknown indicator is refused")]
    [TestCase("""{"spread": {}}""", "key 'noise.spread': unknown key (known keys: sd)", TestName = "An unknown key under noise is refused")]
    [TestCase("""0.9""", "key 'noise': must be an object", TestName = "noise that is no object is refused")]
    public void A_bad_noise_key_is_refused_by_key(string noise, string expected) =>
        Parse(WithNoise(noise)).Problems.Select(p => p.Message).Should().Contain(m => m.StartsWith(expected, StringComparison.Ordinal));

    [Test]
    public void Noise_in_a_format_1_file_says_it_needs_format_2()
    {
        var json = JsonNode.Parse(RulesReader.PresetContent("illustrativ")!)!.AsObject();
        json["noise"] = JsonNode.Parse("""{"sd": {"GSP": 8}}""");

        Parse(json).Problems.Single().Message.Should().StartWith("key 'noise': is a key of format 2");
    }
}
