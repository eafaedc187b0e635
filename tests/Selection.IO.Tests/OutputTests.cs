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
    public void Staging_refuses_an_existing_folder_without_force_and_replaces_it_with_force()
    {
        var target = Path.Combine(Path.GetTempPath(), "selection-staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old.txt"), "old");
        try
        {
            var (refused, problem) = OutputStaging.Begin(target, force: false);
            refused.Should().BeNull();
            problem!.Code.Should().Be("out-exists");

            var (staging, _) = OutputStaging.Begin(target, force: true);
            using (staging)
            {
                File.WriteAllText(Path.Combine(staging!.Folder, "new.txt"), "new");
                File.Exists(Path.Combine(target, "old.txt")).Should().BeTrue("nothing changes before the commit");
                staging.Commit();
            }
            Directory.GetFiles(target).Select(Path.GetFileName).Should().Equal("new.txt");
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }

    [Test]
    public void Staging_that_is_not_committed_leaves_nothing_behind()
    {
        var parent = Path.Combine(Path.GetTempPath(), "selection-staging-" + Guid.NewGuid().ToString("N"));
        var target = Path.Combine(parent, "out");
        try
        {
            var (staging, _) = OutputStaging.Begin(target, force: false);
            using (staging)
                File.WriteAllText(Path.Combine(staging!.Folder, "half.txt"), "half");

            Directory.Exists(target).Should().BeFalse();
            Directory.EnumerateFileSystemEntries(parent).Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
