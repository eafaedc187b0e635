using System.Globalization;
using System.Text;
using Selection.Core;
using Selection.Core.Data;
using Selection.IO.Input;

namespace Selection.IO.Tests;

/// <summary>
/// The data reader streams each CSV file and reads plain cells from their bytes. Whatever the bytes, it
/// must come to exactly what reading the whole table as text and parsing every cell as text comes to:
/// the same problems in the same order, the same observations (values to the last written decimal),
/// the same summaries.
/// </summary>
public class StreamedReadingTests
{
    private static readonly string[] Files = [DataSetReader.Skoler, DataSetReader.Elevundersokelsen, DataSetReader.NasjonaleProver, DataSetReader.Grunnskolepoeng, DataSetReader.Nasjonalt];

    /// <summary>The whole-table way: each file read as text (control characters checked), then parsed as text.</summary>
    private static (List<Problem> Problems, SelectionInput Input, IReadOnlyList<SourceSummary> Summaries) AsText(string folder)
    {
        var problems = new List<Problem>();
        var tables = new Dictionary<string, SourceTable>();
        foreach (var name in Files)
        {
            var path = Path.Combine(folder, name + ".csv");
            if (!File.Exists(path))
                continue;
            var table = DataSetReader.ReadTable(path, name + ".csv", problems);
            if (table is not null)
                tables[name] = table;
        }
        var input = DataSetReader.Parse(tables, problems, out var summaries);
        return (problems, input, summaries);
    }

    private static void SameAsText(string folder, string because)
    {
        var streamed = DataSetReader.Read(folder);
        var (problems, input, summaries) = AsText(folder);
        streamed.Problems.Should().Equal(problems, because);
        streamed.Input.Schools.Should().Equal(input.Schools, because);
        streamed.Input.NationalValues.Should().Equal(input.NationalValues, because);
        streamed.Input.Observations.Should().Equal(input.Observations, because);
        // decimal equality ignores trailing zeros; the evidence writes the value as it was written
        streamed.Input.Observations.Select(o => o.Value?.ToString(CultureInfo.InvariantCulture))
            .Should().Equal(input.Observations.Select(o => o.Value?.ToString(CultureInfo.InvariantCulture)), because);
        streamed.Sources.Select(s => s.Describe()).Should().Equal(summaries.Select(s => s.Describe()), because);
        streamed.Sources.Select(s => (s.Values, s.SuppressedValues)).Should().Equal(summaries.Select(s => (s.Values, s.SuppressedValues)), because);
    }

    [Test]
    public void Every_spelling_of_a_number_reads_as_the_text_parser_reads_it()
    {
        string[] values =
        [
            "0", "00", "007.50", "45", "45.0", "45,30", "4,5", "45.", ".5", ",5", "1.2.3", "1,2.3", "1 000", "1\u00A0000",
            "-0", "-1", "+1", "1e2", "123456789012345678", "1234567890123456789", "0.000000000000000001", "99.9", "100",
            "100.1", "*", "..", "-", "", " 4,5", "4,5 ", "4,5%", "\u22121", "12345678901234567890123456789",
            ".", ":", "...", "**", "--", "\u2013", " *", "*5", ":.",
        ];
        string[] counts = ["0", "7", "007", "1 025", "1\u00A0025", "-3", "2.0", "x", "", "*", "999999999", "9999999999", "2147483648", ".", "..", ":", "-", "\u2013", "**", "-."];
        string[] grades = ["7", "07", "10", "0", "13", "14", "7. trinn", " 7", "", "x", "5"];
        using var data = DataFolder.Valid();
        var rows = new StringBuilder("orgnr;skoleaar;trinn;mobbing;stotte_fra_laerer;motivasjon;antall_besvart\n");
        var i = 0;
        foreach (var value in values)
            foreach (var count in counts)
                rows.Append(CultureInfo.InvariantCulture, $"{(i % 2 == 0 ? DataFolder.OrgA : DataFolder.OrgB)};20{10 + (i++ % 14)}-{11 + ((i - 1) % 14)};{grades[i % grades.Length]};{value};{values[i % values.Length]};{value};{count}\n");
        data.Text("elevundersokelsen.csv", rows.ToString());

        SameAsText(data.Path, "every value, count and grade spelling");
    }

    [Test]
    public void Every_spelling_of_an_orgnr_reads_as_the_text_parser_reads_it()
    {
        // Nine plain digits are read from their bytes; every other spelling, a wrong check digit included, goes to OrgNr.Parse.
        string[] orgnrs =
        [
            DataFolder.OrgA, DataFolder.OrgB, DataFolder.OrgC, "974760674", "974 760 673", "974\u00A0760\u00A0673", " 974760673",
            "974760673 ", "97476067", "9747606730", "0974760673", "97476067x", "", "*", "\uFF19\uFF17\uFF14760673", "000000000",
            "123456785", "123456789", DataFolder.OrgA, "974760673", DataFolder.OrgB,
        ];
        using var data = DataFolder.Valid();
        var rows = new StringBuilder("orgnr;skoleaar;trinn;mobbing;stotte_fra_laerer;motivasjon;antall_besvart\n");
        var i = 0;
        foreach (var orgnr in orgnrs)
            foreach (var year in new[] { "2021-22", "2022-23", "2023-24" })
                rows.Append(CultureInfo.InvariantCulture, $"{orgnr};{year};{(i++ % 2 == 0 ? 7 : 10)};5,5;4,1;3,9;20\n");
        data.Text("elevundersokelsen.csv", rows.ToString());

        SameAsText(data.Path, "every orgnr spelling");
        DataSetReader.Read(data.Path).Problems.Should().Contain(p => p.Message.Contains("974760674", StringComparison.Ordinal), "a wrong check digit is still refused");
    }

    /// <summary>
    /// A register of 40,000 schools (2–3 MB) whose names are mostly letters of two bytes, some quoted with separators and
    /// quotes in them, lines ending in LF or CRLF: larger than the buffer its bytes are checked in (1 MB) and the buffer its
    /// rows are read through (64 KiB), so characters, rows and quoted cells fall across the buffers' edges.
    /// </summary>
    private static string LargeRegister(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("orgnr;skolenavn;kommunenummer;eierform;trinn_fra;trinn_til\n");
        var written = 0;
        for (var number = 10_000_000; written < 40_000; number++)
        {
            if (OrgNr.FromFirstEightDigits(number.ToString(CultureInfo.InvariantCulture)) is not { } orgnr)
                continue;
            var name = random.Next(5) switch
            {
                0 => $"\"Ærøy; «{written}» \"\"gamle\"\" skole\"",
                1 => $"Øvre Årø {written} skule",
                2 => $"Ås ungdomsskole {written}",
                3 => $"Søndre {written}",
                _ => $"Æsæøå{written}ååæøØÆÅ",
            };
            text.Append(CultureInfo.InvariantCulture, $"{orgnr.Value};{name};0301;offentlig;1;10{(random.Next(3) == 0 ? "\r\n" : "\n")}");
            written++;
        }
        return text.ToString();
    }

    [TestCase(1, false)]
    [TestCase(2, true)]
    public void A_file_larger_than_the_buffers_reads_the_same_from_the_file_as_whole(int seed, bool withBom)
    {
        using var data = DataFolder.Valid();
        data.Text("skoler.csv", LargeRegister(seed), new UTF8Encoding(withBom));
        new FileInfo(Path.Combine(data.Path, "skoler.csv")).Length.Should().BeGreaterThan(2_000_000);

        SameAsText(data.Path, "a register of 40,000 schools");
        DataSetReader.Read(data.Path).Input.Schools.Should().HaveCount(40_000);
    }

    [TestCase(100)]
    [TestCase(1_500_000)]
    public void A_large_file_with_one_byte_that_is_not_utf8_is_read_whole_and_line_by_line_as_before(int at)
    {
        using var data = DataFolder.Valid();
        var bytes = Encoding.UTF8.GetBytes(LargeRegister(3)).ToList();
        var line = bytes.IndexOf((byte)'\n', at) + 1;
        bytes.InsertRange(line, Encoding.Latin1.GetBytes($"{OrgNr.FromFirstEightDigits("99999990")?.Value ?? DataFolder.OrgA};Bæ skole;0301;offentlig;1;10\n"));
        data.Bytes("skoler.csv", [.. bytes]);

        SameAsText(data.Path, $"a Windows-1252 line after byte {at}");
        DataSetReader.Read(data.Path).Sources.Single(s => s.File == "skoler.csv").Format.Should().Contain("Windows-1252").And.Contain("UTF-8");
    }

    [Test]
    public void Random_mutations_read_the_same_streamed_as_whole([Values(1, 2)] int seed)
    {
        var random = new Random(seed);
        var valid = FuzzTests.ValidFiles.Select(v => (v.Name, Bytes: Encoding.UTF8.GetBytes(v.Text))).ToArray();
        for (var i = 0; i < 300; i++)
        {
            using var data = new DataFolder();
            var target = random.Next(valid.Length);
            for (var f = 0; f < valid.Length; f++)
                data.Bytes(valid[f].Name + ".csv", f == target ? FuzzTests.Mutate(valid[f].Bytes, random) : valid[f].Bytes);
            SameAsText(data.Path, $"seed {seed}, mutation {i}");
        }
    }
}
