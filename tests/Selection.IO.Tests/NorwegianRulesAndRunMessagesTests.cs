using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Selection.IO.Output;
using Selection.IO.Rules;
using Selection.IO.Runs;

namespace Selection.IO.Tests;

/// <summary>
/// Issue 10: the messages of the rules reader, the JSON parser, run folders and output folders read in
/// bokmål when the command runs in bokmål (the UI culture the command line sets from --language).
/// </summary>
[SetUICulture("nb")]
public class NorwegianRulesAndRunMessagesTests
{
    private static JsonObject Preset() => JsonNode.Parse(RulesReader.PresetContent("illustrativ")!)!.AsObject();

    private static string OnlyProblem(string json) =>
        RulesReader.Parse(Encoding.UTF8.GetBytes(json), "regler.json").Problems.Should().ContainSingle().Subject.ToString();

    private static string OnlyProblem(JsonNode json) => OnlyProblem(json.ToJsonString());

    [Test]
    public void A_rules_value_out_of_range_is_reported_in_bokmal_by_its_key_with_what_was_found()
    {
        var json = Preset();
        json["topShare"] = 1.5m;

        OnlyProblem(json).Should().Be("regler.json: nøkkelen «topShare»: må ligge i (0, 1]: over 0 og høyst 1 (fant «1.5»)");
    }

    [Test]
    public void A_misspelt_rules_key_is_reported_in_bokmal_with_the_key_it_resembles()
    {
        var json = Preset();
        json["TopShare"] = json["topShare"]!.DeepClone();
        json.Remove("topShare");

        var problems = RulesReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "regler.json").Problems.Select(p => p.ToString());

        problems.Should().Equal(
            "regler.json: nøkkelen «TopShare»: ukjent nøkkel; mente du «topShare»? (store og små bokstaver teller i nøklene)",
            "regler.json: nøkkelen «topShare»: mangler (alle nøklene i formatet er påkrevd)");
    }

    [Test]
    public void A_floor_outside_the_indicators_scale_is_reported_in_bokmal()
    {
        var json = Preset();
        var first = json["indicators"]![0]!.AsObject();
        first["floor"] = 101;

        OnlyProblem(json).Should().Be(
            $"regler.json: nøkkelen «indicators[0].floor»: {first["code"]} ligger mellom 0 og 100; et gulv utenfor det slår enten aldri eller alltid til (fant «101»)");
    }

    [Test]
    public void A_trailing_comma_in_a_rules_file_is_explained_in_bokmal_at_its_line_and_column()
    {
        OnlyProblem("{\n  \"name\": \"x\",\n}").Should().Be(
            "regler.json linje 3, kolonne 1: regelfilen er ikke gyldig JSON: et objekt slutter med et komma; ta bort kommaet etter den siste verdien");
    }

    [Test]
    public void A_missing_comma_in_a_rules_file_is_explained_in_bokmal()
    {
        OnlyProblem("{\n  \"name\": \"x\"\n  \"version\": 1\n}").Should().Be(
            "regler.json linje 3, kolonne 3: regelfilen er ikke gyldig JSON: «\"» kan ikke stå rett etter en verdi; her skal det være «,», «}» eller «]» (mangler det et komma?)");
    }

    [Test]
    public void An_unclosed_object_in_a_rules_file_is_explained_in_bokmal()
    {
        OnlyProblem("{\n  \"spread\": {\"measure\": \"sd\"\n").Should().Be(
            "regler.json linje 3, kolonne 1: regelfilen er ikke gyldig JSON: teksten slutter før alle objekter og lister er lukket (det mangler en «}» eller en «]»)");
    }

    [Test]
    public void A_parser_sentence_without_a_bokmal_text_keeps_the_runtimes_words_inside_the_bokmal_frame()
    {
        OnlyProblem("{\"topShare\": 1.}").Should().Be(
            "regler.json linje 1, kolonne 16: regelfilen er ikke gyldig JSON: '}' is invalid within a number, immediately after a decimal point ('.').");
    }

    /// <summary>Malformed JSON of every kind <see cref="JsonTexts"/> knows, and one it does not.</summary>
    private static readonly string[] Malformed =
    [
        "{\"a\": }", "{\"a\": 1 \"b\": 2}", "{\"a\": 1,}", "[1,2,]", "{\"a\": [1, 2}", "{\"a\": 1", "", "{a: 1}", "{\"a\" 1}",
        "{\"a\": tru}", "{\"a\": 1} x", "{\"a\": \"x\ty\"}", "{\"a\": \"x", "{\"a\": 01}", "{\"a\": 12x}", "{\"a\": 1 /* x", "{\"a\":", "{\"a\": 1.}",
    ];

    [SetUICulture("en")]
    [TestCaseSource(nameof(Malformed))]
    public void In_English_a_rules_file_that_is_not_JSON_is_reported_in_the_parsers_own_first_sentence(string json)
    {
        var parser = Assert.Catch<JsonException>(() => JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }).Dispose())!.Message;
        var firstSentence = parser[..(parser.IndexOf(". ", StringComparison.Ordinal) + 1)];

        RulesReader.Parse(Encoding.UTF8.GetBytes(json), "rules.json").Problems.Should().ContainSingle()
            .Which.Message.Should().Be("the rules file is not valid JSON: " + firstSentence);
    }

    [TestCaseSource(nameof(Malformed))]
    public void In_bokmal_every_parser_sentence_but_the_one_without_a_text_is_said_in_bokmal(string json)
    {
        var message = RulesReader.Parse(Encoding.UTF8.GetBytes(json), "regler.json").Problems.Should().ContainSingle().Subject.Message;

        message.Should().StartWith("regelfilen er ikke gyldig JSON: ");
        if (json == "{\"a\": 1.}")
            message.Should().EndWith("immediately after a decimal point ('.').");
        else
            message.Should().NotContainAny("invalid", "Expected", "JSON payload", "trailing comma", "does not contain");
    }

    [Test]
    public void A_preset_that_does_not_exist_is_refused_in_bokmal_with_the_presets_there_are()
    {
        var (_, problems) = RulesReader.Load("ukjent-regelsett");

        problems.Should().ContainSingle().Which.ToString().Should().Be(
            $"«ukjent-regelsett» er verken en regelfil eller en forhåndsinnstilling (forhåndsinnstillinger: {string.Join(", ", RulesReader.PresetNames)})");
    }

    [Test]
    public void An_output_folder_that_is_the_data_folder_is_refused_in_bokmal()
    {
        var data = Path.Combine(Path.GetTempPath(), "selection-nb-tests", Guid.NewGuid().ToString("N"), "data");
        Directory.CreateDirectory(data);
        try
        {
            var (folder, problem) = OutputFolder.Begin(new OutputRequest("run", data, false, [OutputInput.DataFolder(data)]));

            folder.Should().BeNull();
            problem!.ToString().Should().Be($"--out «{data}» er datamappen «{data}»; velg en utmappe utenfor inndataene; ingenting ble skrevet");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(data)!, recursive: true);
        }
    }

    [Test]
    public void An_output_folder_that_is_not_empty_is_refused_in_bokmal_without_force()
    {
        var target = Path.Combine(Path.GetTempPath(), "selection-nb-tests", Guid.NewGuid().ToString("N"), "ut");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "notat.txt"), "mitt");
        try
        {
            var (_, problem) = OutputFolder.Begin(new OutputRequest("run", target, false, []));

            problem!.Message.Should().Be(
                $"--out «{target}» finnes allerede og er ikke tom; velg en annen mappe, eller gi --force for å erstatte et tidligere resultat av «selection run»; ingenting ble skrevet");

            var (_, forced) = OutputFolder.Begin(new OutputRequest("run", target, true, []));

            forced!.Message.Should().Be(
                $"--out «{target}» holder filer som ikke er et tidligere resultat av «selection run» (ingen markørfil .selection-output); --force erstatter bare et tidligere resultat; ingenting ble skrevet");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(target)!, recursive: true);
        }
    }

    [Test]
    public void A_run_folder_that_does_not_exist_or_has_no_manifest_is_refused_in_bokmal()
    {
        var folder = Path.Combine(Path.GetTempPath(), "selection-nb-tests", Guid.NewGuid().ToString("N"), "kjoring");

        RunFolder.Open(folder).Error.Should().Be($"kjøringsmappen «{folder}» finnes ikke");

        Directory.CreateDirectory(folder);
        try
        {
            RunFolder.Open(folder).Error.Should().Be($"«{folder}» har ingen manifest.json: det er ikke en utmappe fra «selection run»");

            File.WriteAllText(Path.Combine(folder, "manifest.json"), "{\"manifestVersion\": 1}");
            RunFolder.Open(folder).Error.Should().Be(
                $"manifest.json i «{folder}» kan ikke leses: den har manifestVersion 1; denne motoren leser versjon {Manifest.Version} (gjør utvalget på nytt med denne motoren)");

            File.WriteAllText(Path.Combine(folder, "manifest.json"), "{\"manifestVersion\": 2,}");
            RunFolder.Open(folder).Error.Should().Be(
                $"manifest.json i «{folder}» kan ikke leses: den er ikke JSON: et objekt slutter med et komma; ta bort kommaet etter den siste verdien (linje 1)");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}
