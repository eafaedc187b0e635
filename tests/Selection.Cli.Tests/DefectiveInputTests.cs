using System.Text;

namespace Selection.Cli.Tests;

/// <summary>
/// A corpus of defective inputs, each a small change to Fixtures/liten. For each, <c>selection run</c>
/// exits 1, prints the exact message (file, line, column, the text found), and leaves no --out folder
/// behind; <c>selection validate</c> reports the same message and exits 1.
/// </summary>
public class DefectiveInputTests
{
    private static readonly Encoding Bytes = Encoding.Latin1; // one char per byte: edits keep any encoding intact

    /// <summary>A defect: its name, how to make it from the valid fixture, and the line the user must see.</summary>
    public sealed record Defect(string Name, Action<string> Make, string Expected)
    {
        public override string ToString() => Name;
    }

    private static Action<string> ReplaceLine(string file, int line, string text) => folder =>
    {
        var path = Path.Combine(folder, file);
        var content = Bytes.GetString(File.ReadAllBytes(path));
        var newline = content.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = content.Split(newline).ToList();
        lines[line - 1] = (line == 1 && lines[0].StartsWith("\u00EF\u00BB\u00BF", StringComparison.Ordinal) ? "\u00EF\u00BB\u00BF" : "") + text;
        File.WriteAllBytes(path, Bytes.GetBytes(string.Join(newline, lines)));
    };

    private static Action<string> Replace(string file, string from, string to) => folder =>
    {
        var path = Path.Combine(folder, file);
        var content = Bytes.GetString(File.ReadAllBytes(path));
        if (!content.Contains(from, StringComparison.Ordinal))
            throw new InvalidOperationException($"{file} does not contain '{from}'");
        File.WriteAllBytes(path, Bytes.GetBytes(content.Replace(from, to, StringComparison.Ordinal)));
    };

    private static Action<string> Write(string file, byte[] content) => folder => File.WriteAllBytes(Path.Combine(folder, file), content);

    private static Action<string> Delete(string file) => folder => File.Delete(Path.Combine(folder, file));

    private static Action<string> Both(params Action<string>[] edits) => folder =>
    {
        foreach (var edit in edits)
            edit(folder);
    };

    public static IEnumerable<Defect> Corpus()
    {
        yield return new("a required file is missing", Delete("grunnskolepoeng.csv"),
            "error: grunnskolepoeng.csv: the data folder has no grunnskolepoeng.csv (or grunnskolepoeng.parquet)");
        yield return new("a required column is missing", ReplaceLine("skoler.csv", 1, "orgnr;navn;kommunenummer;eierform;trinn_fra;trinn_til"),
            "error: skoler.csv line 1, column skolenavn: the required column 'skolenavn' is missing (columns found: 'orgnr', 'navn', 'kommunenummer', 'eierform', 'trinn_fra', 'trinn_til')");
        yield return new("a column appears twice", ReplaceLine("grunnskolepoeng.csv", 1, "orgnr,skoleaar,grunnskolepoeng,Grunnskolepoeng"),
            "error: grunnskolepoeng.csv line 1, column grunnskolepoeng: the column 'grunnskolepoeng' appears 2 times in the header");
        yield return new("an empty file", Write("skoler.csv", []),
            "error: skoler.csv: cannot read the file: the file is empty");
        yield return new("a binary file", Write("elevundersokelsen.csv", [0x4F, 0x00, 0x12, 0xFF, 0x00, 0x01]),
            "error: elevundersokelsen.csv: cannot read the file: the file is not text (it holds binary bytes)");
        yield return new("an Excel workbook saved under a .csv name", Write("nasjonale_prover.csv", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]),
            "error: nasjonale_prover.csv: cannot read the file: the file is a ZIP archive (an Excel workbook?), not CSV text: save it from Excel as \"CSV (semikolondelt)\"");
        yield return new("a number that does not parse", Replace("grunnskolepoeng.csv", "981000137,2023-24,45.0", "981000137,2023-24,4x.0"),
            "error: grunnskolepoeng.csv line 4, column grunnskolepoeng: '4x.0' is not a number (found '4x.0')");
        yield return new("a number with both decimal marks", Replace("grunnskolepoeng.csv", "981000137,2023-24,45.0", "981000137,2023-24,\"4.5,0\""),
            "error: grunnskolepoeng.csv line 4, column grunnskolepoeng: '4.5,0' is not a number (both ',' and '.' in it) (found '4.5,0')");
        yield return new("a school year that does not parse", Replace("grunnskolepoeng.csv", "981000137,2023-24", "981000137,2023/25"),
            "error: grunnskolepoeng.csv line 4, column skoleaar: '2023/25' is not a school year: the second year must follow the first (found '2023/25')");
        yield return new("a grade that does not parse", ReplaceLine("nasjonale_prover.csv", 4, "981000137;2023-24;femte;lesing;10;20"),
            "error: nasjonale_prover.csv line 4, column trinn: 'femte' is not a grade (trinn 1–13) (found 'femte')");
        yield return new("a grade with no national tests", ReplaceLine("nasjonale_prover.csv", 4, "981000137;2023-24;6;lesing;10;20"),
            "error: nasjonale_prover.csv line 4, column trinn: nasjonale prøver are given in trinn 5, 8 and 9, not 6 (found '6')");
        yield return new("an unknown subject", ReplaceLine("nasjonale_prover.csv", 4, "981000137;2023-24;5;lessing;10;20"),
            "error: nasjonale_prover.csv line 4, column fag: 'lessing' is not a subject of nasjonale prøver (lesing, regning, engelsk) (found 'lessing')");
        yield return new("a grade Elevundersøkelsen does not cover", Replace("elevundersokelsen.csv", "981000137;2023-24;10;", "981000137;2023-24;3;"),
            "error: elevundersokelsen.csv line 3, column Trinn: Elevundersøkelsen is not given in trinn 3 (it covers trinn 5–13) (found '3')");
        yield return new("an index outside 1–5", Replace("elevundersokelsen.csv", "981000137;2023-24;10;3,0;;", "981000137;2023-24;10;3,0;5,5;"),
            "error: elevundersokelsen.csv line 3, column St\u00F8tte_fra_l\u00E6rer: an index for EU10_STOTTE must lie between 1 and 5 (found '5,5')");
        yield return new("a percentage above 100", ReplaceLine("nasjonale_prover.csv", 4, "981000137;2023-24;5;lesing;130;20"),
            "error: nasjonale_prover.csv line 4, column Andel_mestringsniv\u00E5_1: a percentage for NP5_LES_MN1 must lie between 0 and 100 (found '130')");
        yield return new("grunnskolepoeng above 60", Replace("grunnskolepoeng.csv", "981000137,2023-24,45.0", "981000137,2023-24,65.0"),
            "error: grunnskolepoeng.csv line 4, column grunnskolepoeng: grunnskolepoeng for GSP must lie between 0 and 60 (found '65.0')");
        yield return new("a negative count", Replace("grunnskolepoeng.csv", "981000137,2023-24,45.0,20", "981000137,2023-24,45.0,-3"),
            "error: grunnskolepoeng.csv line 4, column antall_elever: '-3' is a negative count (found '-3')");
        yield return new("a count that is not whole", Replace("grunnskolepoeng.csv", "981000137,2023-24,45.0,20", "981000137,2023-24,45.0,20.5"),
            "error: grunnskolepoeng.csv line 4, column antall_elever: '20.5' is not a whole number (found '20.5')");
        yield return new("an orgnr failing the mod-11 check", Replace("grunnskolepoeng.csv", "981000137,2023-24", "981000138,2023-24"),
            "error: grunnskolepoeng.csv line 4, column orgnr: '981000138' fails the orgnr mod-11 check (found '981000138')");
        yield return new("data for a school that is not in the register", ReplaceLine("skoler.csv", 3, ""),
            "error: elevundersokelsen.csv line 3, column orgnr: orgnr 981000137 has data (3 rows) but no row in skoler: it cannot be placed in a kommune (found '981000137')");
        yield return new("an unknown kommunenummer", Replace("skoler.csv", ";0301;offentlig;1;10\r\n981000137", ";9998;offentlig;1;10\r\n981000137"),
            "error: skoler.csv line 2, column kommunenummer: school 981000005 Alfa skole: 9998 is not a kommunenummer of the 2024 structure, nor one that maps to it (found '9998')");
        yield return new("a school in a split kommune", Replace("skoler.csv", ";4601;", ";1507;"),
            "error: skoler.csv line 4, column kommunenummer: school 981000269 Casa skole is registered in kommune 1507, which was split; it cannot be placed by number. Register it under one of: 1508 Ålesund, 1580 Haram (found '1507')");
        yield return new("the same school twice with different content", ReplaceLine("skoler.csv", 12, "981000005;Alfa skule;0301;offentlig;1;10"),
            "error: skoler.csv line 12, column orgnr: school 981000005 appears again with other content than on line 2 (found '981000005')");
        yield return new("conflicting duplicate data rows", Replace("grunnskolepoeng.csv", "981000137,2023-24,45.0,20\n", "981000137,2023-24,45.0,20\n981000137,2023-24,44.0,20\n"),
            "error: grunnskolepoeng.csv line 5, column orgnr: 981000137 2023-24 appears again with other values than on line 4 (found '981000137')");
        yield return new("an unknown indicator code in nasjonalt", Replace("nasjonalt.csv", "2023-24;GSP;", "2023-24;GSP10;"),
            "error: nasjonalt.csv line 2, column indikator: 'GSP10' is not an indicator code (one of EU7_MOBBING, EU7_STOTTE, EU7_MOTIVASJON, EU10_MOBBING, EU10_STOTTE, EU10_MOTIVASJON, NP5_LES_MN1, NP5_REG_MN1, NP8_LES_MN1, NP8_REG_MN1, GSP) (found 'GSP10')");
        yield return new("a suppressed national value", Replace("nasjonalt.csv", "2023-24;GSP;42,0", "2023-24;GSP;*"),
            "error: nasjonalt.csv line 2, column verdi: a national row needs a value (found '*')");
        yield return new("a row with more fields than the header", Replace("nasjonale_prover.csv", "981000137;2023-24;5;lesing;10;20", "981000137;2023-24;5;lesing;10,5;20;x"),
            "error: nasjonale_prover.csv line 4: the row has 7 fields but the header has 6 (a separator inside an unquoted value?)");
        yield return new("a quote that is never closed", Replace("nasjonale_prover.csv", "981000137;2023-24;5;lesing", "981000137;2023-24;5;\"lesing"),
            "error: nasjonale_prover.csv line 4: malformed CSV quoting (a quote that is never closed)");
        yield return new("an eierform that is neither offentlig nor privat", Replace("skoler.csv", "0301;offentlig;1;10\r\n981000137", "0301;kommunal;1;10\r\n981000137"),
            "error: skoler.csv line 2, column eierform: eierform must be 'offentlig' or 'privat' (found 'kommunal')");
        yield return new("an empty school name", Replace("skoler.csv", "Alfa skole ", "  "),
            "error: skoler.csv line 2, column skolenavn: skolenavn is empty (found '')");
        yield return new("datasett.json that is not JSON", Write("datasett.json", Encoding.UTF8.GetBytes("{\n  \"name\": \"x\",\n  synthetic: true\n}")),
            "error: datasett.json line 3: not valid JSON: 's' is an invalid start of a property name.");
        yield return new("an input given both as CSV and as Parquet", folder => File.WriteAllBytes(Path.Combine(folder, "nasjonalt.parquet"), File.ReadAllBytes(Path.Combine(TestPaths.Fixtures, "liten-parquet", "nasjonalt.parquet"))),
            "error: nasjonalt.csv: the data folder has nasjonalt.csv and nasjonalt.parquet: keep one");
        yield return new("a Parquet file that is cut short", Both(Delete("nasjonalt.csv"), folder =>
            {
                var whole = File.ReadAllBytes(Path.Combine(TestPaths.Fixtures, "liten-parquet", "nasjonalt.parquet"));
                File.WriteAllBytes(Path.Combine(folder, "nasjonalt.parquet"), whole[..(whole.Length / 2)]);
            }),
            "error: nasjonalt.parquet: cannot read the Parquet file: the file is truncated or corrupt (it does not end with 'PAR1')");
        yield return new("a kommunenummer that is not a number", Replace("skoler.csv", ";4601;", ";Bergen;"),
            "error: skoler.csv line 4, column kommunenummer: 'Bergen' is not a kommunenummer (four digits) (found 'Bergen')");

        // Issue 8, item 5: defects that used to change the selection with exit 0.
        yield return new("a typo school year far in the future", Replace("grunnskolepoeng.csv", "981000137,2023-24,45.0", "981000137,205253,45.0"),
            "error: grunnskolepoeng.csv line 4, column skoleaar: school year 2052-53 (1 row) is out of line with the rest of the data, 2022-23 – 2023-24: it lies 28 school years after them, with no data between (a typo in skoleaar?) (found '2052-53')");
        yield return new("a column the rules need is renamed", ReplaceLine("elevundersokelsen.csv", 1, "Orgnr;Skoleaar;Trinn;Mobbing_prosent;Stotte_fra_laerer;Motivasjon;Antall_besvart"),
            "error: elevundersokelsen.csv line 1, column mobbing: the column 'mobbing' is missing, and it carries EU7_MOBBING and EU10_MOBBING, which the rules use (columns found: 'Orgnr', 'Skoleaar', 'Trinn', 'Mobbing_prosent', 'Stotte_fra_laerer', 'Motivasjon', 'Antall_besvart')");
        yield return new("a source file with only its header", Write("grunnskolepoeng.csv", Encoding.UTF8.GetBytes("orgnr,skoleaar,grunnskolepoeng,antall_elever\n")),
            "error: grunnskolepoeng.csv line 1: the file has only its header, but the rules use GSP");
        yield return new("a last line cut short", Replace("grunnskolepoeng.csv", "981000137,2023-24,45.0,20", "981000137,2023-24,4"),
            "error: grunnskolepoeng.csv line 4: the row has 3 fields but the header has 4 (a line cut short?); a suppressed value needs its own empty field");
        yield return new("a space inside a value", Replace("grunnskolepoeng.csv", "981000137,2023-24,45.0", "981000137,2023-24,4 5.0"),
            "error: grunnskolepoeng.csv line 4, column grunnskolepoeng: '4 5.0' is not a number (a space inside it) (found '4 5.0')");
        yield return new("an escape character in a school name", Replace("skoler.csv", "Alfa skole ", "Alfa\u001B[31mskole"),
            "error: skoler.csv line 2, column skolenavn: the cell holds the control character U+001B; remove it (found 'Alfa\\u001B[31mskole')");
        yield return new("a table that is a symbolic link to nothing", Both(Delete("nasjonalt.csv"), folder => File.CreateSymbolicLink(Path.Combine(folder, "nasjonalt.csv"), "/no/such/file.csv")),
            "error: nasjonalt.csv: cannot read the file: the file is a symbolic link to '/no/such/file.csv', which does not exist");
        yield return new("a table that is /dev/zero", Both(Delete("nasjonalt.csv"), folder => File.CreateSymbolicLink(Path.Combine(folder, "nasjonalt.csv"), "/dev/zero")),
            "error: nasjonalt.csv: cannot read the file: the file is not a regular file (a pipe, device or socket); only regular files are read");
        yield return new("a table that is a pipe with no writer", Both(Delete("nasjonalt.csv"), folder => MakeFifo(Path.Combine(folder, "nasjonalt.csv"))),
            "error: nasjonalt.csv: cannot read the file: the file is not a regular file (a pipe, device or socket); only regular files are read");
        yield return new("a table that is a folder", Both(Delete("nasjonalt.csv"), folder => Directory.CreateDirectory(Path.Combine(folder, "nasjonalt.csv"))),
            "error: nasjonalt.csv: cannot read the file: it is a folder, not a file");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }


    [TestCaseSource(nameof(Corpus))]
    public void Run_refuses_the_defect_with_the_exact_message_and_writes_nothing(Defect defect)
    {
        var data = Liten.Copy();
        defect.Make(data);
        var before = Liten.Hashes(data);
        var outFolder = TestPaths.NewTempPath("out");

        var run = CliRun.Of("run", "--data", data, "--rules", Liten.Rules, "--out", outFolder);

        Liten.Hashes(data).Should().Equal(before, "a run never changes what it read");
        run.ExitCode.Should().Be(ExitCodes.InputError, run.Error);
        run.Error.Split('\n').Select(l => l.Trim()).Should().Contain(defect.Expected.Trim(), run.Error);
        run.Output.Should().BeEmpty();
        Directory.Exists(outFolder).Should().BeFalse();
        Directory.Exists(Path.GetDirectoryName(outFolder)).Should().BeFalse("no temporary folder is left beside --out");
    }

    [TestCaseSource(nameof(Corpus))]
    public void Validate_reports_the_same_message_and_exits_1(Defect defect)
    {
        var data = Liten.Copy();
        defect.Make(data);

        var validate = CliRun.Of("validate", "--data", data, "--rules", Liten.Rules);

        validate.ExitCode.Should().Be(ExitCodes.InputError, validate.Output);
        validate.Output.Split('\n').Select(l => l.Trim()).Should().Contain(defect.Expected.Trim(), validate.Output);
    }

    [Test]
    public void The_corpus_holds_at_least_25_distinct_defects() =>
        Corpus().Select(d => d.Expected).Distinct().Count().Should().BeGreaterThanOrEqualTo(25);

    [Test]
    public void Validate_reports_every_problem_at_once_not_just_the_first()
    {
        var data = Liten.Copy();
        Replace("grunnskolepoeng.csv", "981000137,2023-24,45.0", "981000137,2023-24,4x.0")(data);
        Replace("nasjonalt.csv", "2023-24;GSP;", "2023-24;GSP10;")(data);
        Replace("skoler.csv", ";4601;", ";1507;")(data);

        var validate = CliRun.Of("validate", "--data", data);

        validate.ExitCode.Should().Be(ExitCodes.InputError);
        validate.Output.Should().Contain("Problems      4 errors, 0 warnings")
            .And.Contain("Cells that cannot be read (2 errors):")
            .And.Contain("Schools in a kommune that was split (2 errors):")
            .And.Contain("Result        NOT USABLE");
    }

    [Test]
    public void Warnings_do_not_stop_a_run_and_are_summarised()
    {
        var data = Liten.Copy();
        Replace("grunnskolepoeng.csv", "981000137,2023-24,45.0,20\n", "981000137,2023-24,45.0,20\n981000137,2023-24,45.0,20\n")(data);
        var outFolder = TestPaths.NewTempPath("out");

        var run = CliRun.Of("run", "--data", data, "--rules", Liten.Rules, "--out", outFolder);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("1 warning in the input; the run went on")
            .And.Contain("warning: grunnskolepoeng.csv line 5, column orgnr: 981000137 2023-24 appears again, identical to line 4: counted once (found '981000137')");
        run.Output.Should().Contain("Warnings      1 in the input");
        File.Exists(Path.Combine(outFolder, "skoler.csv")).Should().BeTrue();
    }

    [Test]
    public void A_register_school_without_data_is_a_warning()
    {
        var data = Liten.Copy();
        ReplaceLine("skoler.csv", 12, "974760673;Tom skole;1103;offentlig;1;10\r\n")(data);

        var validate = CliRun.Of("validate", "--data", data);

        validate.ExitCode.Should().Be(0, validate.Output);
        validate.Output.Should().Contain("warning: skoler.csv line 12, column orgnr: school 974760673 Tom skole is in the register but has no data in any source: it will not be ranked (found '974760673')");
    }

    [Test]
    public void Validate_json_lists_problems_for_machines()
    {
        var data = Liten.Copy();
        Replace("grunnskolepoeng.csv", "981000137,2023-24,45.0", "981000137,2023-24,4x.0")(data);

        var validate = CliRun.Of("validate", "--data", data, "--format", "json");

        validate.ExitCode.Should().Be(ExitCodes.InputError);
        using var json = System.Text.Json.JsonDocument.Parse(validate.Output);
        var problem = json.RootElement.GetProperty("problems")[0];
        (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetString(), problem.GetProperty("found").GetString())
            .Should().Be(("grunnskolepoeng.csv", 4, "grunnskolepoeng", "4x.0"));
        json.RootElement.GetProperty("usable").GetBoolean().Should().BeFalse();
        json.RootElement.GetProperty("schools").GetProperty("private").GetInt32().Should().Be(1);
    }
}
