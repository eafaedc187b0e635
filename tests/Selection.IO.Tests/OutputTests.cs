using System.Text;
using Selection.IO.Output;

namespace Selection.IO.Tests;

/// <summary>The two CSV dialects the engine writes, under any process culture.</summary>
public class OutputTests
{
    private static string Write(CsvHelper.CsvWriterOptions options, params string[][] rows)
    {
        using var stream = new MemoryStream();
        CsvFiles.Write(stream, options, rows[0], rows.Skip(1).Select(r => (IReadOnlyList<string>)r));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Test]
    public void Machine_csv_is_rfc4180_with_commas_no_bom_and_quotes_where_needed()
    {
        var text = Write(CsvFiles.Machine, ["a", "b"], ["Statsforvalteren i Østfold, Buskerud", "say \"hi\""]);

        text.Should().Be("a,b\r\n\"Statsforvalteren i Østfold, Buskerud\",\"say \"\"hi\"\"\"\r\n");
    }

    [Test]
    public void Excel_csv_has_a_bom_semicolons_and_neutralises_formulas()
    {
        var text = Write(CsvFiles.Excel, ["a", "b", "c", "d"], ["=SUM(A1)", "+47", "@x", "Nordbakken skole"]);

        text.Should().Be("\uFEFFa;b;c;d\r\n\"'=SUM(A1)\";\"'+47\";\"'@x\";Nordbakken skole\r\n");
    }

    [Test]
    public void Numbers_are_formatted_the_same_under_any_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("nb-NO");
            Formats.Decimal6(-0.5).Should().Be("-0.500000");
            Formats.Decimal6Comma(0.416666666).Should().Be("0,416667");
            Formats.Int(1234567).Should().Be("1234567");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Test]
    public void File_names_for_statsforvaltere_are_plain_ascii() =>
        Formats.FileSlug("Statsforvalteren i Østfold, Buskerud, Oslo og Akershus").Should().Be("statsforvalteren-i-ostfold-buskerud-oslo-og-akershus");

    [Test]
    public void A_file_that_is_a_symbolic_link_is_hashed_and_measured_as_the_file_it_points_to()
    {
        var folder = Path.Combine(Path.GetTempPath(), "selection-io-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("skoleaar,orgnr\n", 300)));
            File.WriteAllBytes(Path.Combine(folder, "target.csv"), content);
            File.CreateSymbolicLink(Path.Combine(folder, "nasjonalt.csv"), Path.Combine(folder, "target.csv"));

            var hash = FileHash.Of(folder, "nasjonalt.csv");

            hash.Bytes.Should().Be(content.Length, "a link's own size is the length of its target's name");
            hash.Sha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)));
            hash.File.Should().Be("nasjonalt.csv");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
