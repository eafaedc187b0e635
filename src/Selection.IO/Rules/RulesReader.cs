using System.Text;
using System.Text.Json;
using Selection.Core;
using Selection.Core.Rules;

namespace Selection.IO.Rules;

/// <summary>A rules file as loaded: the rules, where they came from, and the exact bytes (for the manifest).</summary>
public sealed record LoadedRules(SelectionRules Rules, string Source, byte[] Content)
{
    /// <summary>Whether the rules file leaves out <paramref name="key"/>, a key added to format 1 later, so that its default applies.</summary>
    public bool UsesDefault(string key)
    {
        if (!RulesReader.LaterKeyDefaults.ContainsKey(key))
            return false;
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(Csv.TextDecoding.WithoutUtf8Bom(Content), new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
            return !document.RootElement.TryGetProperty(key, out _);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}

/// <summary>
/// Reads rules files (DOMAIN §8; formats 1 and 2, docs/regelformat.md) strictly: every key is required,
/// unknown and repeated keys are refused, types are checked, and impossible values are refused with a
/// message that names the key (<c>indicators[2].floor[1].from</c>). No value has a default in code: what
/// varies between rounds is in the file. Format 2 adds <c>lastSchoolYear</c> (optional) and floors by school
/// year, and requires <c>minKommunePossiblePoints</c>.
/// </summary>
public static class RulesReader
{
    /// <summary>The newest format, the one <c>rules upgrade</c> writes.</summary>
    public const int FormatVersion = 2;

    /// <summary>The format versions this engine reads.</summary>
    public static readonly IReadOnlyList<int> FormatVersions = [1, 2];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] TopKeys =
    [
        "name", "version", "provenance", "kommuneStructure", "windowYears", "nationalLimit", "includePrivateSchools",
        "minPossiblePoints", "minKommunePossiblePoints", "topShare", "route1Count", "route2Max", "spread", "indicators",
    ];

    /// <summary>Format 2's keys: format 1's and <c>lastSchoolYear</c>, in the order <c>rules upgrade</c> writes them.</summary>
    private static readonly string[] TopKeysV2 =
    [
        "name", "version", "provenance", "kommuneStructure", "lastSchoolYear", "windowYears", "nationalLimit", "includePrivateSchools", "schoolRegister",
        "minPossiblePoints", "minKommunePossiblePoints", "kommuneValues", "topShare", "route1Count", "route2Max", "spread", "participants", "noise", "indicators",
    ];

    /// <summary>Format 2's keys that a file may leave out, with no default: the rule does not apply.</summary>
    private static readonly string[] OptionalKeysV2 = ["lastSchoolYear", "schoolRegister", "kommuneValues", "participants", "noise"];

    private static readonly string[] SchoolRegisterKeys = ["excludeSpecialSchools", "excludeInactive", "excludeOutsideGrunnskole"];

    private static readonly string[] ParticipantKeys = ["leaveOut", "periodYears"];

    private static readonly string[] FloorPeriodKeys = ["from", "until", "value"];

    /// <summary>
    /// Keys added to format version 1 after it was published: a file without one stays valid and gets
    /// the documented default (docs/decisions.md), which the run summary and the manifest name. Format 2
    /// requires them.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> LaterKeyDefaults = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["minKommunePossiblePoints"] = DefaultMinKommunePossiblePoints,
    };

    /// <summary>
    /// The default of <c>minKommunePossiblePoints</c>: 30, about a quarter of the 117 possible points a
    /// kommune with all eleven indicators has over three school years; a kommune with one 1–7 school
    /// (45 over three years) or one 8–10 school (72) reaches it, one resting on two values (6) does not.
    /// </summary>
    public const int DefaultMinKommunePossiblePoints = 30;

    private static readonly string[] SpreadKeys = ["measure", "threshold"];

    /// <summary>The keyword of each spread measure in a rules file (<c>spread.measure</c>).</summary>
    public static readonly IReadOnlyDictionary<SpreadMeasure, string> MeasureKeywords = new Dictionary<SpreadMeasure, string>
    {
        [SpreadMeasure.Sd] = "sd",
        [SpreadMeasure.Range] = "range",
        [SpreadMeasure.MaxMinusMedian] = "maxMinusMedian",
    };
    /// <summary>The keyword of each national-limit mode in a rules file (<c>nationalLimit</c>).</summary>
    public static readonly IReadOnlyDictionary<NationalLimitMode, string> NationalLimitKeywords = new Dictionary<NationalLimitMode, string>
    {
        [NationalLimitMode.DataOrPupilWeightedMean] = "dataOrPupilWeightedMean",
        [NationalLimitMode.PupilWeightedMean] = "pupilWeightedMean",
        [NationalLimitMode.SchoolMean] = "schoolMean",
    };
    /// <summary>The keyword of each source of route 1's kommune values (<c>kommuneValues</c>, format 2).</summary>
    public static readonly IReadOnlyDictionary<KommuneValueSource, string> KommuneValueKeywords = new Dictionary<KommuneValueSource, string>
    {
        [KommuneValueSource.Computed] = "computed",
        [KommuneValueSource.FromData] = "fromData",
    };
    private static readonly string[] IndicatorKeys = ["code", "betterIs", "weight", "floor"];

    /// <summary>The presets that ship with the engine, by name.</summary>
    public static IReadOnlyList<string> PresetNames { get; } =
        typeof(RulesReader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Presets.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n["Presets.".Length..^".json".Length])
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The JSON Schema of the rules-file formats (docs/regelformat.md), as shipped with the presets.</summary>
    public static byte[] SchemaContent()
    {
        using var stream = typeof(RulesReader).Assembly.GetManifestResourceStream("Schema.rules.schema.json")
            ?? throw new InvalidOperationException("The rules schema is not built into the engine.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>The bytes of a preset, or <c>null</c> when there is no preset of that name.</summary>
    public static byte[]? PresetContent(string name)
    {
        using var stream = typeof(RulesReader).Assembly.GetManifestResourceStream($"Presets.{name}.json");
        if (stream is null)
            return null;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>
    /// Loads <paramref name="nameOrPath"/>: a preset name (<c>illustrativ</c>) or the path of a rules file.
    /// A path that exists wins over a preset of the same name.
    /// </summary>
    public static (LoadedRules? Rules, IReadOnlyList<Problem> Problems) Load(string nameOrPath)
    {
        if (nameOrPath.Length == 0)
            return (null, [Problem.Error("rules-not-found", RulesTexts.RulesEmpty)]);
        if (File.Exists(nameOrPath) || new FileInfo(nameOrPath).LinkTarget is not null || Directory.Exists(nameOrPath))
        {
            var (bytes, error) = InputFile.ReadAll(nameOrPath);
            if (bytes is null)
                return (null, [Problem.Error("rules-unreadable", RulesTexts.RulesUnreadable(nameOrPath, error))]);
            var (rules, problems) = Parse(bytes, Path.GetFileName(nameOrPath));
            return (rules is null ? null : new LoadedRules(rules, Path.GetFullPath(nameOrPath), bytes), problems);
        }
        var preset = PresetContent(nameOrPath);
        if (preset is not null)
        {
            var (rules, problems) = Parse(preset, RulesTexts.PresetSource(nameOrPath));
            return (rules is null ? null : new LoadedRules(rules, $"preset:{nameOrPath}", preset), problems);
        }
        return (null, [Problem.Error(
            "rules-not-found",
            RulesTexts.RulesNotFound(nameOrPath, string.Join(", ", PresetNames)))]);
    }

    /// <summary>Parses the bytes of a rules file; <paramref name="file"/> names it in messages.</summary>
    public static (SelectionRules? Rules, IReadOnlyList<Problem> Problems) Parse(byte[] json, string file)
    {
        var problems = new List<Problem>();
        try
        {
            _ = StrictUtf8.GetCharCount(json);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new Problem(Severity.Error, "rules-encoding", RulesTexts.NotUtf8, file, null, null));
            return (null, problems);
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(Csv.TextDecoding.WithoutUtf8Bom(json), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            problems.Add(new Problem(Severity.Error, "rules-json", RulesTexts.NotJson(JsonMessages.FirstSentence(e)), file, (int)(e.LineNumber ?? 0) + 1, e.BytePositionInLine is { } b ? $"{b + 1}" : null));
            return (null, problems);
        }

        using (document)
        {
            var reader = new Reader(file, problems);
            var rules = reader.ReadRules(document.RootElement);
            return (problems.Any(p => p.IsError) ? null : rules, problems);
        }
    }

    /// <summary>Walks the document, recording a problem per bad key.</summary>
    private sealed class Reader(string file, List<Problem> problems)
    {
        private int _format = 1;

        private void Fail(string key, string message, JsonElement? found = null) =>
            problems.Add(new Problem(Severity.Error, "rules-invalid", RulesTexts.Key(key, message), file, null, null, found?.GetRawText()));

        public SelectionRules? ReadRules(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Fail("(top)", RulesTexts.OneObject, root);
                return null;
            }
            // The version decides which keys the file has; a file without a readable one is read as format 1.
            var declared = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : (int?)null;
            _format = declared == 2 ? 2 : 1;
            var o = _format == 2 ? Properties(root, "", TopKeysV2, OptionalKeysV2) : Properties(root, "", TopKeys, LaterKeyDefaults.Keys.ToArray());
            var name = Text(o, "name");
            var version = Integer(o, "version", null, null);
            if (version is not null && !FormatVersions.Contains(version.Value))
            {
                Fail("version", RulesTexts.FormatVersion(string.Join(", ", FormatVersions)), o["version"]);
                version = null;
            }
            var provenance = Text(o, "provenance");
            var structure = Integer(o, "kommuneStructure", null, null);
            if (structure is not null and not (2020 or 2024))
            {
                Fail("kommuneStructure", RulesTexts.StructureYear, o["kommuneStructure"]);
                structure = null;
            }
            SchoolYear? lastSchoolYear = o.ContainsKey("lastSchoolYear") ? Year(o, "lastSchoolYear") : null;
            var window = Integer(o, "windowYears", 1, 20);
            var mode = Choice(o, "nationalLimit", NationalLimitKeywords.ToDictionary(m => m.Value, m => m.Key));
            var includePrivate = Boolean(o, "includePrivateSchools");
            var registerOk = true;
            var schoolRegister = o.ContainsKey("schoolRegister") ? ReadSchoolRegister(o, out registerOk) : null;
            var minPossible = Integer(o, "minPossiblePoints", 1, 1_000_000);
            var minKommunePossible = o.ContainsKey("minKommunePossiblePoints")
                ? Integer(o, "minKommunePossiblePoints", 1, 1_000_000)
                : DefaultMinKommunePossiblePoints;
            var kommuneValues = o.ContainsKey("kommuneValues")
                ? Choice(o, "kommuneValues", KommuneValueKeywords.ToDictionary(m => m.Value, m => m.Key))
                : KommuneValueSource.Computed;
            var topShare = Number(o, "topShare");
            if (topShare is not null and (<= 0 or > 1))
            {
                Fail("topShare", RulesTexts.TopShareRange, o["topShare"]);
                topShare = null;
            }
            var route1 = Integer(o, "route1Count", 0, 1_000);
            var route2 = Integer(o, "route2Max", 0, 1_000);
            var spread = ReadSpread(o);
            var participantsOk = true;
            var participants = o.ContainsKey("participants") ? ReadParticipants(o, out participantsOk) : null;
            var noiseOk = true;
            var noiseSd = o.ContainsKey("noise") ? ReadNoise(o, out noiseOk) : null;
            var indicators = ReadIndicators(o);

            if (name is null || version is null || provenance is null || structure is null || window is null || mode is null
                || includePrivate is null || minPossible is null || minKommunePossible is null || topShare is null || route1 is null || route2 is null
                || spread is null || indicators is null || kommuneValues is null || !participantsOk || !noiseOk || !registerOk || problems.Any(p => p.IsError))
                return null;
            return new SelectionRules(name, version.Value, provenance, structure.Value, window.Value, mode.Value, includePrivate.Value,
                minPossible.Value, topShare.Value, route1.Value, route2.Value, spread, indicators, minKommunePossible.Value, lastSchoolYear, participants, noiseSd, schoolRegister, kommuneValues.Value);
        }

        private SpreadRule? ReadSpread(Dictionary<string, JsonElement> o)
        {
            if (!o.TryGetValue("spread", out var element))
                return null;
            if (element.ValueKind != JsonValueKind.Object)
            {
                Fail("spread", RulesTexts.SpreadObject, element);
                return null;
            }
            var s = Properties(element, "spread.", SpreadKeys, []);
            var measure = Choice(s, "measure", MeasureKeywords.ToDictionary(m => m.Value, m => m.Key), "spread.");
            var threshold = Number(s, "threshold", "spread.");
            if (threshold < 0)
            {
                Fail("spread.threshold", RulesTexts.NotNegative, s["threshold"]);
                threshold = null;
            }
            return measure is null || threshold is null ? null : new SpreadRule(measure.Value, threshold.Value);
        }

        /// <summary>
        /// <c>schoolRegister</c> (format 2, issue 15): <c>{"excludeSpecialSchools": true, "excludeInactive": true,
        /// "excludeOutsideGrunnskole": true}</c>, which of the register's facts leave a school out; all three keys required.
        /// </summary>
        private SchoolRegisterRule? ReadSchoolRegister(Dictionary<string, JsonElement> o, out bool ok)
        {
            ok = false;
            var element = o["schoolRegister"];
            if (element.ValueKind != JsonValueKind.Object)
            {
                Fail("schoolRegister", RulesTexts.SchoolRegisterObject, element);
                return null;
            }
            var r = Properties(element, "schoolRegister.", SchoolRegisterKeys, []);
            var special = Boolean(r, "excludeSpecialSchools", "schoolRegister.");
            var inactive = Boolean(r, "excludeInactive", "schoolRegister.");
            var outside = Boolean(r, "excludeOutsideGrunnskole", "schoolRegister.");
            if (special is null || inactive is null || outside is null)
                return null;
            ok = true;
            return new SchoolRegisterRule(special.Value, inactive.Value, outside.Value);
        }

        /// <summary>
        /// <c>participants</c> (format 2): <c>{"leaveOut": true, "periodYears": 3}</c> leaves kommuner within their
        /// period of support out of the routes; <c>leaveOut: false</c> keeps them in (the table is still reported).
        /// </summary>
        private ParticipantRule? ReadParticipants(Dictionary<string, JsonElement> o, out bool ok)
        {
            ok = false;
            var element = o["participants"];
            if (element.ValueKind != JsonValueKind.Object)
            {
                Fail("participants", RulesTexts.ParticipantsObject, element);
                return null;
            }
            var p = Properties(element, "participants.", ParticipantKeys, []);
            var leaveOut = Boolean(p, "leaveOut", "participants.");
            var period = Integer(p, "periodYears", 1, 10, "participants.");
            if (leaveOut is null || period is null)
                return null;
            ok = true;
            return leaveOut.Value ? new ParticipantRule(period.Value) : null;
        }

        /// <summary>
        /// <c>noise</c> (format 2): <c>{"sd": {"EU7_STOTTE": 0.9, "GSP": 8}}</c>, the spread of individual pupils per
        /// mean indicator for the stability analysis, in the indicator's units; a percentage needs none.
        /// </summary>
        private Dictionary<Indicator, decimal>? ReadNoise(Dictionary<string, JsonElement> o, out bool ok)
        {
            ok = false;
            var element = o["noise"];
            if (element.ValueKind != JsonValueKind.Object)
            {
                Fail("noise", RulesTexts.NoiseObject, element);
                return null;
            }
            var n = Properties(element, "noise.", ["sd"], []);
            if (!n.TryGetValue("sd", out var sd))
                return null;
            if (sd.ValueKind != JsonValueKind.Object)
            {
                Fail("noise.sd", RulesTexts.NoiseObject, sd);
                return null;
            }
            var result = new Dictionary<Indicator, decimal>();
            var good = true;
            foreach (var property in sd.EnumerateObject())
            {
                var key = "noise.sd." + property.Name;
                var parsed = Indicator.Parse(property.Name);
                if (!parsed.Success)
                {
                    Fail(key, parsed.Error!);
                    good = false;
                }
                else if (parsed.Value.IsPercentage)
                {
                    Fail(key, RulesTexts.NoiseSdPercentage);
                    good = false;
                }
                else if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDecimal(out var value) || value <= 0 || value > parsed.Value.Maximum - parsed.Value.Minimum)
                {
                    Fail(key, RulesTexts.NoiseSdRange(parsed.Value.Maximum - parsed.Value.Minimum), property.Value);
                    good = false;
                }
                else if (!result.TryAdd(parsed.Value, value))
                {
                    Fail(key, RulesTexts.KeyTwice);
                    good = false;
                }
            }
            ok = good;
            return good ? result : null;
        }

        private List<IndicatorRule>? ReadIndicators(Dictionary<string, JsonElement> o)
        {
            if (!o.TryGetValue("indicators", out var element))
                return null;
            if (element.ValueKind != JsonValueKind.Array)
            {
                Fail("indicators", RulesTexts.IndicatorsList, element);
                return null;
            }
            if (element.GetArrayLength() == 0)
            {
                Fail("indicators", RulesTexts.IndicatorsEmpty, element);
                return null;
            }
            var list = new List<IndicatorRule>();
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                var prefix = $"indicators[{index++}].";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Fail(prefix.TrimEnd('.'), RulesTexts.IndicatorObject, item);
                    continue;
                }
                var p = Properties(item, prefix, IndicatorKeys, []);
                var codeText = Text(p, "code", prefix);
                Indicator? indicator = null;
                if (codeText is not null)
                {
                    var parsed = Indicator.Parse(codeText);
                    if (!parsed.Success)
                        Fail(prefix + "code", parsed.Error!, p["code"]);
                    else if (list.Any(r => r.Indicator == parsed.Value))
                        Fail(prefix + "code", RulesTexts.IndicatorTwice(parsed.Value), p["code"]);
                    else
                        indicator = parsed.Value;
                }
                var betterIs = Choice(p, "betterIs", new Dictionary<string, BetterIs> { ["higher"] = BetterIs.Higher, ["lower"] = BetterIs.Lower }, prefix);
                if (indicator is not null && betterIs is not null && betterIs != indicator.BetterIs)
                {
                    Fail(prefix + "betterIs", indicator.BetterIs == BetterIs.Higher ? RulesTexts.BetterIsHigher(indicator, indicator.Measure) : RulesTexts.BetterIsLower(indicator, indicator.Measure), p["betterIs"]);
                    betterIs = null;
                }
                var weight = Integer(p, "weight", IndicatorRule.MinWeight, IndicatorRule.MaxWeight, prefix);
                var floor = ReadFloor(p, prefix, indicator);
                if (indicator is not null && betterIs is not null && weight is not null && floor is not null)
                    list.Add(new IndicatorRule(indicator, betterIs.Value, weight.Value, floor));
            }
            return list;
        }

        /// <summary>
        /// An indicator's <c>floor</c>: a number, or (format 2) a list of periods, each <c>{"from": …, "until": …,
        /// "value": …}</c> with either end left out where the period is open, covering every school year once.
        /// </summary>
        private FloorSchedule? ReadFloor(Dictionary<string, JsonElement> p, string prefix, Indicator? indicator)
        {
            if (!p.TryGetValue("floor", out var element))
                return null;
            if (element.ValueKind != JsonValueKind.Array)
                return FloorValue(p, "floor", prefix, indicator) is { } value ? FloorSchedule.Constant(value) : null;
            if (_format < 2)
            {
                Fail(prefix + "floor", RulesTexts.FloorListNeedsV2, element);
                return null;
            }
            if (element.GetArrayLength() == 0)
            {
                Fail(prefix + "floor", RulesTexts.FloorList, element);
                return null;
            }
            var periods = new List<FloorPeriod>();
            var ok = true;
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                var at = $"{prefix}floor[{index++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Fail(at, RulesTexts.FloorPeriodObject, item);
                    ok = false;
                    continue;
                }
                var q = Properties(item, at + ".", FloorPeriodKeys, ["from", "until"]);
                var from = q.ContainsKey("from") ? Year(q, "from", at + ".") : null;
                var until = q.ContainsKey("until") ? Year(q, "until", at + ".") : null;
                var value = FloorValue(q, "value", at + ".", indicator);
                if ((q.ContainsKey("from") && from is null) || (q.ContainsKey("until") && until is null) || value is null)
                {
                    ok = false;
                    continue;
                }
                if (from is { } f && until is { } u && u < f)
                {
                    Fail(at + ".until", RulesTexts.FloorEndsBeforeStart(u, f), q["until"]);
                    ok = false;
                    continue;
                }
                periods.Add(new FloorPeriod(from, until, value.Value));
            }
            if (!ok)
                return null;
            // Coverage, explained by key: in order of start, open before, contiguous, open after.
            var order = periods.Select((period, i) => (period, i)).OrderBy(x => x.period.From?.StartYear ?? int.MinValue).ToArray();
            var key = prefix + "floor";
            if (order.Count(x => x.period.From is null) != 1)
            {
                Fail(key, RulesTexts.FloorOneOpenBefore, element);
                return null;
            }
            if (order.Count(x => x.period.Until is null) != 1)
            {
                Fail(key, RulesTexts.FloorOneOpenAfter, element);
                return null;
            }
            if (order[^1].period.Until is not null)
            {
                Fail(key, RulesTexts.FloorOneOpenAfter, element);
                return null;
            }
            for (var i = 1; i < order.Length; i++)
            {
                var end = order[i - 1].period.Until!.Value;
                var start = order[i].period.From!.Value;
                if (start.StartYear != end.StartYear + 1)
                {
                    Fail($"{key}[{order[i].i}].from", start <= end
                        ? RulesTexts.FloorOverlap(start, end)
                        : RulesTexts.FloorGap(Years(new SchoolYear(end.StartYear + 1), new SchoolYear(start.StartYear - 1))), element[order[i].i].GetProperty("from"));
                    return null;
                }
            }
            return FloorSchedule.Of(periods);
        }

        private static string Years(SchoolYear first, SchoolYear last) => first == last ? $"{first}" : $"{first} – {last}";

        private decimal? FloorValue(Dictionary<string, JsonElement> o, string key, string prefix, Indicator? indicator)
        {
            var value = Number(o, key, prefix);
            if (indicator is not null && value is not null && (value < indicator.Minimum || value > indicator.Maximum))
            {
                Fail(prefix + key, RulesTexts.FloorOutside(indicator, indicator.Minimum, indicator.Maximum), o[key]);
                return null;
            }
            return value;
        }

        private SchoolYear? Year(Dictionary<string, JsonElement> o, string key, string prefix = "")
        {
            if (!o.TryGetValue(key, out var v))
                return null;
            if (v.ValueKind != JsonValueKind.String)
            {
                Fail(prefix + key, RulesTexts.SchoolYearText, v);
                return null;
            }
            var parsed = SchoolYear.Parse(v.GetString());
            if (!parsed.Success)
            {
                Fail(prefix + key, parsed.Error!, v);
                return null;
            }
            return parsed.Value;
        }

        private Dictionary<string, JsonElement> Properties(JsonElement element, string prefix, string[] known, IReadOnlyCollection<string> optional)
        {
            var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (!known.Contains(property.Name))
                {
                    var close = known.FirstOrDefault(k => k.Equals(property.Name, StringComparison.OrdinalIgnoreCase));
                    Fail(prefix + property.Name, close is not null
                        ? RulesTexts.UnknownKeyCase(close)
                        : prefix.Length == 0 && _format < 2 && TopKeysV2.Contains(property.Name)
                            ? RulesTexts.KeyNeedsV2
                            : RulesTexts.UnknownKey(string.Join(", ", known)));
                }
                else if (!result.TryAdd(property.Name, property.Value))
                {
                    Fail(prefix + property.Name, RulesTexts.KeyTwice);
                }
            }
            foreach (var key in known.Where(k => !result.ContainsKey(k) && !optional.Contains(k)))
                Fail(prefix + key, RulesTexts.KeyMissing);
            return result;
        }

        private string? Text(Dictionary<string, JsonElement> o, string key, string prefix = "")
        {
            if (!o.TryGetValue(key, out var v))
                return null;
            if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
                return v.GetString();
            Fail(prefix + key, RulesTexts.NonEmptyString, v);
            return null;
        }

        private bool? Boolean(Dictionary<string, JsonElement> o, string key, string prefix = "")
        {
            if (!o.TryGetValue(key, out var v))
                return null;
            if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
                return v.GetBoolean();
            Fail(prefix + key, RulesTexts.TrueOrFalse, v);
            return null;
        }

        private int? Integer(Dictionary<string, JsonElement> o, string key, int? min, int? max, string prefix = "")
        {
            if (!o.TryGetValue(key, out var v))
                return null;
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n))
            {
                Fail(prefix + key, RulesTexts.WholeNumber, v);
                return null;
            }
            if (n < min)
            {
                Fail(prefix + key, min == 0 ? RulesTexts.NotNegative : RulesTexts.AtLeast(min.Value), v);
                return null;
            }
            if (n > max)
            {
                Fail(prefix + key, RulesTexts.AtMost(max.Value), v);
                return null;
            }
            return n;
        }

        private decimal? Number(Dictionary<string, JsonElement> o, string key, string prefix = "")
        {
            if (!o.TryGetValue(key, out var v))
                return null;
            if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d))
                return d;
            Fail(prefix + key, RulesTexts.Number, v);
            return null;
        }

        private T? Choice<T>(Dictionary<string, JsonElement> o, string key, Dictionary<string, T> choices, string prefix = "")
            where T : struct
        {
            if (!o.TryGetValue(key, out var v))
                return null;
            if (v.ValueKind == JsonValueKind.String && choices.TryGetValue(v.GetString()!, out var choice))
                return choice;
            Fail(prefix + key, RulesTexts.OneOf(string.Join(", ", choices.Keys.Select(k => $"\"{k}\""))), v);
            return null;
        }
    }
}
