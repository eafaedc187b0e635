using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Selection.Core;
using Selection.IO.Csv;
using Selection.IO.Output;
using Selection.IO.Rules;

namespace Selection.IO.Runs;

/// <summary>One check of a manifest against itself or its tables; <paramref name="Failure"/> is <c>null</c> when it holds.</summary>
public sealed record ManifestCheck(string Name, string? Failure)
{
    public bool Passed => Failure is null;
}

/// <summary>
/// The checks <c>verify</c> makes of the manifest itself, beyond file hashes: that the SHA-256 of the
/// rules is the hash of the rules text it records; that the text is valid rules and <c>rules.content</c>
/// is the same JSON; that the name, the illustrative flag and the rule parameters repeated elsewhere in
/// the manifest agree with those rules; that the counts agree with the rows of <c>skoler.csv</c>,
/// <c>kommuner.csv</c> and <c>omkodede_skoler.csv</c>; and that every output carries the ILLUSTRATIVE
/// and SYNTHETIC notices exactly when the manifest says so.
/// </summary>
/// <remarks>
/// These catch a manifest edited by hand (say to call illustrative rules official) and left
/// inconsistent. They cannot catch a forgery made consistent throughout, outputs and hashes included:
/// that needs a signature.
/// </remarks>
public static class ManifestChecks
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<ManifestCheck> Check(RunFolder run)
    {
        var checks = new List<ManifestCheck>();
        CheckRules(run, checks);
        CheckTables(run, checks);
        CheckNotices(run, checks);
        return checks;
    }

    // ---- rules ----------------------------------------------------------------------------------

    private static void CheckRules(RunFolder run, List<ManifestCheck> checks)
    {
        var m = run.Manifest;
        var text = Recorded(run, "rules.text") is { ValueKind: JsonValueKind.String } t ? t.GetString()! : null;
        var sha = Recorded(run, "rules.sha256") is { ValueKind: JsonValueKind.String } s ? s.GetString()! : null;
        var content = Recorded(run, "rules.content");
        if (text is null)
        {
            checks.Add(new("rules.text", ManifestCheckTexts.RulesTextMissing));
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        checks.Add(new("rules.sha256", sha == actual ? null : ManifestCheckTexts.RulesShaDiffers(sha ?? ManifestCheckTexts.Nothing, actual)));

        var (rules, problems) = RulesReader.Parse(bytes, "rules.text");
        var errors = problems.Where(p => p.IsError).ToArray();
        checks.Add(new("rules.text", rules is not null ? null
            : errors.Length > 1 ? ManifestCheckTexts.RulesTextInvalidMore(errors[0].Message, errors.Length - 1) : ManifestCheckTexts.RulesTextInvalid(errors[0].Message)));

        checks.Add(new("rules.content", content is null ? ManifestCheckTexts.RulesContentMissing
            : SameJson(content.Value, bytes) ? null : ManifestCheckTexts.RulesContentDiffers));
        CheckRunId(run, bytes, checks);
        if (rules is null)
            return;

        checks.Add(new("rules.name", m.RulesName == rules.Name ? null : ManifestCheckTexts.RulesNameDiffers(m.RulesName, rules.Name)));
        checks.Add(new("rules.illustrative", m.IllustrativeRules == rules.IsIllustrative ? null
            : rules.IsIllustrative ? ManifestCheckTexts.IllustrativeDiffersIllustrative(Word(m.IllustrativeRules), rules.Provenance)
            : ManifestCheckTexts.IllustrativeDiffersOfficial(Word(m.IllustrativeRules), rules.Provenance)));
        Agrees(checks, "schoolRanking.topShare", m.TopShare, rules.TopShare, ManifestCheckTexts.RulesKey("topShare"));
        Agrees(checks, "route1.cut", m.Route1Cut, rules.Route1Count, ManifestCheckTexts.RulesKey("route1Count"));
        Agrees(checks, "route2.measure", m.SpreadMeasure, RulesReader.MeasureKeywords[rules.Spread.Measure], ManifestCheckTexts.RulesKey("spread.measure"));
        Agrees(checks, "route2.threshold", m.SpreadThreshold, rules.Spread.Threshold, ManifestCheckTexts.RulesKey("spread.threshold"));
        if (Number(run, "route2.route2Max", checks) is { } max)
            Agrees(checks, "route2.route2Max", max, rules.Route2Max, ManifestCheckTexts.RulesKey("route2Max"));
        Agrees(checks, "schoolRanking.cut", m.Cut, MinRanking.Cut(rules.TopShare, m.Rankable), $"⌈topShare × rankable⌉ = ⌈{Invariant(rules.TopShare)} × {m.Rankable}⌉");
    }

    /// <summary>Whether the recorded content is the rules text re-indented: both written compactly, byte for byte.</summary>
    private static bool SameJson(JsonElement content, byte[] text)
    {
        try
        {
            using var parsed = JsonDocument.Parse(TextDecoding.WithoutUtf8Bom(text), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return CompactBytes(content).AsSpan().SequenceEqual(CompactBytes(parsed.RootElement));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static byte[] CompactBytes(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
            element.WriteTo(writer);
        return buffer.ToArray();
    }

    // ---- counts against the tables --------------------------------------------------------------

    private static void CheckTables(RunFolder run, List<ManifestCheck> checks)
    {
        var schools = Table(run, RunWriter.SchoolsTable + ".csv");
        Count(run, checks, schools, "counts.schoolsInRegister", ManifestCheckTexts.Rows, _ => true);
        foreach (var key in new[] { "counts.schoolsRanked", "schoolRanking.rankable" })
            Count(run, checks, schools, key, ManifestCheckTexts.SchoolsWithStatus("rangert"), r => r("status") == "rangert");
        foreach (var key in new[] { "counts.schoolsFlagged", "schoolRanking.flagged" })
            Count(run, checks, schools, key, ManifestCheckTexts.SchoolsFlagged, r => r("flagget") == "true");
        Count(run, checks, schools, "counts.schoolsNotRankable", ManifestCheckTexts.SchoolsWithStatus("ikke_rangerbar"), r => r("status") == "ikke_rangerbar");
        Count(run, checks, schools, "counts.schoolsWithoutDataInWindow", ManifestCheckTexts.SchoolsWithStatusAndNoPossiblePoints("ikke_rangerbar"),
            r => r("status") == "ikke_rangerbar" && r("mulige_risikopoeng") is "0" or "");
        Count(run, checks, schools, "counts.schoolsPrivateExcluded", ManifestCheckTexts.SchoolsWithStatus("privat_utelatt"), r => r("status") == "privat_utelatt");
        Count(run, checks, schools, "counts.schoolsOutsideKommune", ManifestCheckTexts.SchoolsWithStatus("utenfor_kommune"), r => r("status") == "utenfor_kommune");
        foreach (var (key, status) in new[] { ("counts.schoolsSpecialExcluded", "spesialskole_utelatt"), ("counts.schoolsInactiveExcluded", "inaktiv_utelatt"), ("counts.schoolsOutsideGrunnskoleExcluded", "ikke_grunnskole_utelatt") })
            if (Recorded(run, key) is not null)
                Count(run, checks, schools, key, ManifestCheckTexts.SchoolsWithStatus(status), r => r("status") == status);
        Count(run, checks, Table(run, RunWriter.MappedSchoolsTable + ".csv"), "counts.schoolsMapped", ManifestCheckTexts.Rows, _ => true);

        var kommuner = Table(run, RunWriter.KommunerTable + ".csv");
        Count(run, checks, kommuner, "counts.kommunerInStructure", ManifestCheckTexts.Rows, _ => true);
        Count(run, checks, kommuner, "route1.ranked", ManifestCheckTexts.KommunerRanked, r => r("rang").Length > 0);
        foreach (var key in new[] { "route1.taken", "counts.kommunerRoute1" })
            Count(run, checks, kommuner, key, ManifestCheckTexts.KommunerOnRoute(1), r => r("rute") == "1");
        foreach (var key in new[] { "route2.candidates", "counts.kommunerRoute2" })
            Count(run, checks, kommuner, key, ManifestCheckTexts.KommunerOnRoute(2), r => r("rute") == "2");
    }

    /// <summary>A table of the run read as CSV, or why it cannot be.</summary>
    private sealed record CsvFile(string File, CsvTable? Table, string? Problem);

    private static CsvFile Table(RunFolder run, string file)
    {
        try
        {
            var (table, problems) = CsvTable.Read(RunFiles.ReadAll(run.FilePath(file), RunFiles.TableLimit), file);
            return table is null ? new CsvFile(file, null, problems.First(p => p.IsError).Message) : new CsvFile(file, table, null);
        }
        catch (RunFileException e)
        {
            return new CsvFile(file, null, e.Message);
        }
    }

    private static void Count(RunFolder run, List<ManifestCheck> checks, CsvFile file, string key, string what, Func<Func<string, string>, bool> counts)
    {
        if (Number(run, key, checks) is not { } recorded)
            return;
        var (actual, problem) = Rows(file, counts);
        if (problem is not null)
        {
            checks.Add(new(key, ManifestCheckTexts.CannotBeChecked(problem)));
            return;
        }
        checks.Add(new(key, recorded == actual ? null : ManifestCheckTexts.CountDiffers(Invariant(recorded), file.File, actual, what)));
    }

    /// <summary>How many rows <paramref name="counts"/> (given a row's cell by column name), or why that cannot be said.</summary>
    private static (int Count, string? Problem) Rows(CsvFile file, Func<Func<string, string>, bool> counts)
    {
        if (file.Table is null)
            return (0, file.Problem);
        var table = file.Table;
        var missing = (string?)null;
        var n = table.Rows.Count(row => counts(column =>
        {
            var i = table.IndexOf(column);
            if (i < 0)
                missing = column;
            return i < 0 ? "" : row[i];
        }));
        return missing is null ? (n, null) : (0, ManifestCheckTexts.TableNoColumn(file.File, missing));
    }

    // ---- notices --------------------------------------------------------------------------------

    private static void CheckNotices(RunFolder run, List<ManifestCheck> checks)
    {
        var m = run.Manifest;
        foreach (var file in new[] { RunWriter.SchoolsTable, RunWriter.KommunerTable, RunWriter.MappedSchoolsTable }.Select(t => Table(run, t + ".csv")))
        {
            Column(checks, file, "illustrative_regler", "rules.illustrative", m.IllustrativeRules);
            Column(checks, file, "syntetiske_data", "data.synthetic", m.SyntheticData);
        }

        // sammendrag.txt is in the run's language: the notice begins with the English or the Norwegian mark.
        var summary = RunWriter.SummaryFile;
        try
        {
            var lines = Encoding.UTF8.GetString(RunFiles.ReadAll(run.FilePath(summary), RunFiles.TableLimit)).Split('\n');
            Notice(checks, summary, "rules.illustrative", m.IllustrativeRules, lines.Any(l => l.StartsWith($"!! {RunNotices.IllustrativeMark} ", StringComparison.Ordinal) || l.StartsWith($"!! {RunNotices.IllustrativeMarkNorwegian} ", StringComparison.Ordinal)), ManifestCheckTexts.IllustrativeNotice);
            Notice(checks, summary, "data.synthetic", m.SyntheticData, lines.Any(l => l.StartsWith($"!! {RunNotices.SyntheticMark} ", StringComparison.Ordinal) || l.StartsWith($"!! {RunNotices.SyntheticMarkNorwegian} ", StringComparison.Ordinal)), ManifestCheckTexts.SyntheticNotice);
        }
        catch (RunFileException e)
        {
            checks.Add(new(ManifestCheckTexts.NoticesCheck(summary), ManifestCheckTexts.CannotBeChecked(e.Message)));
        }

        foreach (var shortlist in m.Outputs.Select(o => o.File).Where(f => f.StartsWith(RunWriter.ShortlistFolder + "/", StringComparison.Ordinal) && f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var file = Table(run, shortlist);
            Merknad(checks, file, "rules.illustrative", m.IllustrativeRules, RunNotices.IllustrativeMarkNorwegian);
            Merknad(checks, file, "data.synthetic", m.SyntheticData, RunNotices.SyntheticMarkNorwegian);
        }
    }

    private static void Column(List<ManifestCheck> checks, CsvFile file, string column, string flag, bool value)
    {
        var name = $"{file.File}: {column}";
        var expected = value ? "true" : "false";
        var (wrong, problem) = Rows(file, r => r(column) != expected);
        if (problem is not null)
            checks.Add(new(name, ManifestCheckTexts.CannotBeChecked(problem)));
        else
            checks.Add(new(name, wrong == 0 ? null : ManifestCheckTexts.ColumnDiffers(flag, expected, wrong, file.Table!.Rows.Count, column, value ? "false" : "true")));
    }

    private static void Merknad(List<ManifestCheck> checks, CsvFile file, string flag, bool value, string mark)
    {
        var name = $"{file.File}: merknad";
        var (wrong, problem) = Rows(file, r => r("merknad").Contains(mark, StringComparison.Ordinal) != value);
        if (problem is not null)
            checks.Add(new($"{name} ({flag})", ManifestCheckTexts.CannotBeChecked(problem)));
        else
            checks.Add(new($"{name} ({flag})", wrong == 0 ? null
                : value ? ManifestCheckTexts.MerknadLacking(flag, Word(value), wrong, file.Table!.Rows.Count, mark)
                : ManifestCheckTexts.MerknadCarried(flag, Word(value), wrong, file.Table!.Rows.Count, mark)));
    }

    private static void Notice(List<ManifestCheck> checks, string file, string flag, bool value, bool present, string notice) =>
        checks.Add(new($"{file}: {flag}", value == present ? null
            : present ? ManifestCheckTexts.NoticeCarried(flag, Word(value), file, notice) : ManifestCheckTexts.NoticeNotCarried(flag, Word(value), file, notice)));

    // ---- helpers --------------------------------------------------------------------------------

    private static void Agrees<T>(List<ManifestCheck> checks, string key, T recorded, T expected, string what) =>
        checks.Add(new(key, EqualityComparer<T>.Default.Equals(recorded, expected) ? null
            : ManifestCheckTexts.Disagrees(Invariant(recorded), what, Invariant(expected))));

    /// <summary>The value at a key path of the manifest (<c>counts.schoolsRanked</c>), or null.</summary>
    private static JsonElement? Recorded(RunFolder run, string key)
    {
        var element = run.Document;
        foreach (var part in key.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element))
                return null;
        }
        return element;
    }

    /// <summary>
    /// The run's id is the fingerprint of the engine, the rules text, the inputs and the command the
    /// manifest records: an id edited to pass a returned shortlist off as another run's does not verify.
    /// </summary>
    private static void CheckRunId(RunFolder run, byte[] rulesText, List<ManifestCheck> checks)
    {
        var command = Recorded(run, "command") is { ValueKind: JsonValueKind.Array } c
            ? c.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()! : a.GetRawText()).ToArray()
            : [];
        var expected = RunId.Of(run.Manifest.EngineVersion, rulesText, run.Manifest.Inputs, command);
        checks.Add(new("runId", run.Manifest.RunId == expected ? null
            : ManifestCheckTexts.RunIdDiffers(run.Manifest.RunId, expected)));
    }

    /// <summary>A whole number the manifest records, or null with a failed check saying it is missing.</summary>
    private static long? Number(RunFolder run, string key, List<ManifestCheck> checks)
    {
        if (Recorded(run, key) is { ValueKind: JsonValueKind.Number } e && e.TryGetInt64(out var n))
            return n;
        checks.Add(new(key, ManifestCheckTexts.NotWholeNumber));
        return null;
    }

    private static string Word(bool value) => value ? "true" : "false";

    private static string Invariant<T>(T value) => value switch
    {
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
