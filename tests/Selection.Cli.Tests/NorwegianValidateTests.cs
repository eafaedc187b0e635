using System.Text;
using System.Text.Json;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 10: <c>selection validate</c> speaks bokmål by default, the whole report: headings, the dialect
/// of each file, the titles of the kinds of problem and every problem found in the data. A copy of
/// Fixtures/liten with a defect of each kind the readers and the checks across files find is the
/// whole-output snapshot; the JSON report keeps its keys and follows the language in its texts.
/// </summary>
public class NorwegianValidateTests
{
    private const string FolderMark = "<datamappe>";

    /// <summary>
    /// Fixtures/liten with defects whose rows are refused without touching the rest, so that every line of
    /// the report comes from the data side of Selection.IO: short and long rows, cells that do not parse,
    /// values out of range, grades and subjects the sources do not have, duplicates, a missing indicator
    /// column and datasett.json keys of the wrong type or unknown.
    /// </summary>
    private static string DefectiveCopy()
    {
        var folder = Liten.Copy("defekt");
        Append(folder, "skoler.csv", "\r\n", Encoding.UTF8,
            "981000137;Bjørkelia skole;0301;kommunal;1;10",
            "981000269;Casa skole;4601;offentlig;1;10",
            "981000390;Dalen skole;4601;offentlig;7;4");
        Replace(folder, "skoler.csv", "981000005;Alfa skole ;0301;offentlig;1;10\r\n", "981000005;Alfa skole ;0301;offentlig;1\r\n");
        Replace(folder, "elevundersokelsen.csv", "Motivasjon;", "Motivasjon_snitt;");
        Append(folder, "elevundersokelsen.csv", "\r\n", Encoding.Latin1,
            "981000005;2023-24;3;10,0;;;20",
            "981000137;2023-24;7;4 5;;;20",
            "981000269;2023-24;10;6,0;;;-3");
        Append(folder, "nasjonale_prover.csv", "\n", Encoding.UTF8,
            "981000005;2023-24;5;lessing;45;20",
            "981000137;2023-24;8;lesing;130;20",
            "981000269;2023-24;6;lesing;20;20");
        Append(folder, "grunnskolepoeng.csv", "\n", Encoding.UTF8,
            "981000390,2022-23,\"4.5,0\",20",
            "981000528,2022-23,70.0,20",
            "981000005,2023-24,37.0,20",
            "981000005,2022-23,30.0,20",
            "981000668,2023-24,44.0,20,x");
        Append(folder, "nasjonalt.csv", "\n", Encoding.UTF8,
            "2023-24;GSP;43,0",
            "2023-24;NP5_LES_MN1;");
        Replace(folder, "datasett.json", "\"source\": \"hand-made\",", "\"source\": \"hand-made\",\n  \"kilde\": \"Udir\",\n  \"description\": 5,");
        Replace(folder, "datasett.json", "\"description\": \"Ten hand-made schools for the end-to-end tests; expected results computed by hand in CliRunTests.\",\n", "");
        return folder;
    }

    [Test]
    public void Validate_on_a_defective_data_folder_reports_everything_in_bokmal()
    {
        var folder = DefectiveCopy();

        var run = CliRun.Of("--language", "nb", "validate", "--data", folder);

        run.ExitCode.Should().Be(ExitCodes.InputError, run.Error);
        Snapshot.Match(run.Output.Replace(folder, FolderMark, StringComparison.Ordinal), "validate-defekt-nb");
    }

    [Test]
    public void Validate_in_english_reports_the_same_problems_in_the_words_it_always_used()
    {
        var folder = DefectiveCopy();

        var run = CliRun.Of("validate", "--data", folder);

        run.ExitCode.Should().Be(ExitCodes.InputError, run.Error);
        run.Output.Should().Contain("Rows with fewer fields than the header (1 error):")
            .And.Contain("  error: skoler.csv line 2: the row has 5 fields but the header has 6 (a line cut short?); a suppressed value needs its own empty field")
            .And.Contain("  skoler.csv                     13 rows, 10 used (CSV, UTF-8 with BOM, separator ';')")
            .And.Contain("Result        NOT USABLE: fix the errors above; `selection run` refuses this data");
    }

    [Test]
    public void The_json_report_keeps_its_keys_and_gives_its_texts_in_bokmal()
    {
        var folder = DefectiveCopy();

        var run = CliRun.Of("--language", "nb", "validate", "--data", folder, "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.InputError, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        root.GetProperty("usable").GetBoolean().Should().BeFalse();
        root.GetProperty("files")[0].GetProperty("format").GetString().Should().Be("CSV, UTF-8 med BOM, skilletegn «;»");
        var shortRow = root.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "csv-short-row");
        shortRow.GetProperty("severity").GetString().Should().Be("error");
        shortRow.GetProperty("kind").GetString().Should().Be("Rader med færre felt enn overskriften");
        shortRow.GetProperty("message").GetString().Should().Be("raden har 5 felt, men overskriften har 6 (en linje som er kuttet av?); en prikket verdi trenger sitt eget tomme felt");
        shortRow.GetProperty("text").GetString().Should().Be("skoler.csv linje 2: raden har 5 felt, men overskriften har 6 (en linje som er kuttet av?); en prikket verdi trenger sitt eget tomme felt");
    }

    private static void Append(string folder, string file, string newline, Encoding encoding, params string[] lines)
    {
        var path = Path.Combine(folder, file);
        var bytes = File.ReadAllBytes(path);
        var end = bytes.Length > 0 && bytes[^1] == (byte)'\n' ? "" : newline;
        File.WriteAllBytes(path, [.. bytes, .. encoding.GetBytes(end + string.Join(newline, lines) + newline)]);
    }

    /// <summary>Replaces text in a file read one char per byte, so that any encoding stays as it is.</summary>
    private static void Replace(string folder, string file, string from, string to)
    {
        var path = Path.Combine(folder, file);
        var content = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        content.Should().Contain(from, "{0} is the fixture the test edits", file);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(content.Replace(from, to, StringComparison.Ordinal)));
    }
}
