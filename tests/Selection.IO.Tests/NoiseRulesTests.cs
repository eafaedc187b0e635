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

/// <summary>Issue 15, item 3: the rules' <c>schoolRegister</c> (format 2) and the register's facts in <c>skoler</c>.</summary>
public class SchoolRegisterRulesTests
{
    private static (Core.Rules.SelectionRules? Rules, IReadOnlyList<Problem> Problems) Parse(JsonNode json) =>
        RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "rules.json");

    private static JsonObject With(string register, string preset = "runde-2025")
    {
        var json = JsonNode.Parse(RulesReader.PresetContent(preset)!)!.AsObject();
        json["schoolRegister"] = JsonNode.Parse(register);
        return json;
    }

    [Test]
    public void SchoolRegister_is_read_and_upgrade_writes_it_back()
    {
        var (rules, problems) = Parse(With("""{"excludeSpecialSchools": true, "excludeInactive": false, "excludeOutsideGrunnskole": true}"""));

        problems.Should().BeEmpty();
        rules!.SchoolRegister.Should().Be(new Core.Rules.SchoolRegisterRule(true, false, true));
        var text = RulesWriter.Write(rules);
        text.Should().Contain("  \"schoolRegister\": { \"excludeSpecialSchools\": true, \"excludeInactive\": false, \"excludeOutsideGrunnskole\": true },\n");
        RulesReader.Parse(Encoding.UTF8.GetBytes(text), "again.json").Rules!.SchoolRegister.Should().Be(rules.SchoolRegister);
    }

    [TestCase("""{"excludeSpecialSchools": true, "excludeInactive": true}""", "key 'schoolRegister.excludeOutsideGrunnskole': is missing", TestName = "schoolRegister without one of its keys is refused by key")]
    [TestCase("""{"excludeSpecialSchools": "ja", "excludeInactive": true, "excludeOutsideGrunnskole": true}""", "key 'schoolRegister.excludeSpecialSchools': ", TestName = "A schoolRegister key that is no boolean is refused by key")]
    [TestCase("""true""", "key 'schoolRegister': must be an object", TestName = "schoolRegister that is no object is refused")]
    public void A_bad_schoolRegister_is_refused_by_key(string register, string expected) =>
        Parse(With(register)).Problems.Select(p => p.Message).Should().Contain(m => m.StartsWith(expected, StringComparison.Ordinal));

    [Test]
    public void SchoolRegister_in_a_format_1_file_says_it_needs_format_2() =>
        Parse(With("""{"excludeSpecialSchools": true, "excludeInactive": true, "excludeOutsideGrunnskole": true}""", "illustrativ"))
            .Problems.Single().Message.Should().StartWith("key 'schoolRegister': is a key of format 2");

    [Test]
    public void The_register_facts_of_skoler_are_read_and_a_bad_one_is_refused_with_file_line_and_column()
    {
        using var good = DataFolder.Valid().Text("skoler.csv", $"orgnr;skolenavn;kommunenummer;spesialskole;aktiv;grunnskole;elevtall\n{DataFolder.OrgA};Alfa skole;0301;true;ja;;120\n{DataFolder.OrgB};Beta skole;0301;0;false;1;\n{DataFolder.OrgC};Gamma skole;4601;;;;\n");
        var schools = Input.DataSetReader.Read(good.Path).Input.Schools;
        schools.Select(s => (s.Spesialskole, s.Aktiv, s.Grunnskole, s.Elevtall)).Should().Equal(
            (true, true, (bool?)null, 120), (false, false, true, (int?)null), ((bool?)null, (bool?)null, (bool?)null, (int?)null));

        using var bad = DataFolder.Valid().Text("skoler.csv", $"orgnr;skolenavn;kommunenummer;spesialskole\n{DataFolder.OrgA};Alfa skole;0301;kanskje\n");
        var problem = Input.DataSetReader.Read(bad.Path).Problems.Single(p => p.IsError);
        (problem.File, problem.Line, problem.Column, problem.Found).Should().Be(("skoler.csv", (int?)2, "spesialskole", "kanskje"));
        problem.Message.Should().Be("spesialskole must be true or false (also ja/nei, 1/0), or empty when the register does not say");
    }
}

/// <summary>Issue 15, item 2: the optional <c>kommunalt</c> table and the rules' <c>kommuneValues</c> (format 2).</summary>
public class KommunaltTests
{
    private static (Core.Rules.SelectionRules? Rules, IReadOnlyList<Problem> Problems) Parse(JsonNode json) =>
        RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "rules.json");

    [Test]
    public void The_kommunalt_table_is_read_with_suppressed_values_kept_missing()
    {
        using var folder = DataFolder.Valid().Text("kommunalt.csv", "kommunenummer;skoleaar;indikator;verdi;antall\n0301;2023-24;GSP;41,2;5 120\n4601;2023-24;EU7_MOBBING;*;\n");

        var data = Input.DataSetReader.Read(folder.Path);

        data.HasErrors.Should().BeFalse(string.Join("; ", data.Problems));
        data.Input.KommuneValues.Select(r => (r.Kommune.Value, r.Indicator.Code, r.Value, r.Pupils, r.Origin.Line)).Should().Equal(
            ("0301", "GSP", 41.2m, 5120, 2), ("4601", "EU7_MOBBING", (decimal?)null, (int?)null, 3));
    }

    [Test]
    public void A_kommune_value_outside_its_scale_is_refused_with_file_line_and_column()
    {
        using var folder = DataFolder.Valid().Text("kommunalt.csv", "kommunenummer;skoleaar;indikator;verdi\n0301;2023-24;EU7_STOTTE;7,5\n");

        var problem = Input.DataSetReader.Read(folder.Path).Problems.Single(p => p.IsError);

        (problem.Code, problem.File, problem.Line, problem.Column, problem.Found).Should().Be(("value-out-of-range", "kommunalt.csv", (int?)2, "verdi", "7,5"));
    }

    [Test]
    public void KommuneValues_is_read_written_back_and_refused_in_format_1()
    {
        var json = JsonNode.Parse(RulesReader.PresetContent("runde-2025")!)!.AsObject();
        json["kommuneValues"] = "fromData";
        var (rules, problems) = Parse(json);
        problems.Should().BeEmpty();
        rules!.KommuneValues.Should().Be(Core.Rules.KommuneValueSource.FromData);
        RulesWriter.Write(rules).Should().Contain("  \"kommuneValues\": \"fromData\",\n");

        json["kommuneValues"] = "schools";
        Parse(json).Problems.Select(p => p.Message).Should().Contain(m => m.StartsWith("key 'kommuneValues': ", StringComparison.Ordinal));

        var v1 = JsonNode.Parse(RulesReader.PresetContent("illustrativ")!)!.AsObject();
        v1["kommuneValues"] = "fromData";
        Parse(v1).Problems.Single().Message.Should().StartWith("key 'kommuneValues': is a key of format 2");
    }
}
