using System.Globalization;
using System.Text;
using Selection.Core;
using Selection.IO.Input;
using Selection.IO.Reference;
using Selection.IO.Validation;

namespace Selection.IO.Tests;

/// <summary>
/// Issue 8, item 5: values on another scale and text in two encodings are refused or read right,
/// never silently taken as they stand.
/// </summary>
public class ScaleAndEncodingTests
{
    // Twelve valid orgnrs (mod-11), enough for a column to be judged on its scale.
    private static readonly string[] OrgNrs = Enumerable.Range(10_000_000, 200)
        .Select(n => OrgNr.FromFirstEightDigits(n.ToString(CultureInfo.InvariantCulture)))
        .Where(o => o is not null).Select(o => o!.Value.Value).Take(12).ToArray();

    private static DataFolder Twelve(Func<int, string> npValue, Func<int, string> gspValue, string? nasjonalt = null)
    {
        var skoler = new StringBuilder("orgnr;skolenavn;kommunenummer;eierform\n");
        var eu = new StringBuilder("orgnr;skoleaar;trinn;mobbing;stotte_fra_laerer;motivasjon;antall_besvart\n");
        var np = new StringBuilder("orgnr;skoleaar;trinn;fag;andel_mestringsniva_1;antall_elever\n");
        var gsp = new StringBuilder("orgnr;skoleaar;grunnskolepoeng;antall_elever\n");
        for (var i = 0; i < OrgNrs.Length; i++)
        {
            skoler.Append(CultureInfo.InvariantCulture, $"{OrgNrs[i]};Skole {i};0301;offentlig\n");
            eu.Append(CultureInfo.InvariantCulture, $"{OrgNrs[i]};2023-24;10;5;4;4;20\n");
            np.Append(CultureInfo.InvariantCulture, $"{OrgNrs[i]};2023-24;5;lesing;{npValue(i)};20\n");
            gsp.Append(CultureInfo.InvariantCulture, $"{OrgNrs[i]};2023-24;{gspValue(i)};20\n");
        }
        var folder = new DataFolder()
            .Text("skoler.csv", skoler.ToString())
            .Text("elevundersokelsen.csv", eu.ToString())
            .Text("nasjonale_prover.csv", np.ToString())
            .Text("grunnskolepoeng.csv", gsp.ToString());
        if (nasjonalt is not null)
            folder.Text("nasjonalt.csv", nasjonalt);
        return folder;
    }

    private static IReadOnlyList<Problem> Validate(DataFolder folder) =>
        DataSetValidator.Validate(DataSetReader.Read(folder.Path), ReferenceTables.History, null).Problems;

    private static string Percent(int i) => (10 + i).ToString(CultureInfo.InvariantCulture);

    private static string Gsp(int i) => (35 + i).ToString(CultureInfo.InvariantCulture);

    [Test]
    public void Twelve_plausible_schools_raise_no_scale_problem()
    {
        using var folder = Twelve(Percent, Gsp, "skoleaar;indikator;verdi\n2023-24;GSP;41,5\n2023-24;NP5_LES_MN1;25\n");

        Validate(folder).Should().BeEmpty();
    }

    [Test]
    public void A_percentage_column_written_as_fractions_is_refused()
    {
        using var folder = Twelve(i => (0.10m + i / 100m).ToString(CultureInfo.InvariantCulture), Gsp);

        Validate(folder).Single().ToString().Should().Be(
            "nasjonale_prover.csv line 2, column andel_mestringsniva_1: all 12 values of 'andel_mestringsniva_1' lie between 0 and 1, " +
            "but it is a percentage (0–100): fractions (0.12 for 12 %)? Multiply by 100");
    }

    [Test]
    public void Grunnskolepoeng_written_as_a_grade_mean_is_refused()
    {
        using var folder = Twelve(Percent, i => (3.5m + i / 10m).ToString(CultureInfo.InvariantCulture));

        Validate(folder).Single().ToString().Should().Be(
            "grunnskolepoeng.csv line 2, column grunnskolepoeng: all 12 values of 'grunnskolepoeng' lie between 0 and 6, " +
            "but grunnskolepoeng lie on 0–60: a grade mean (karaktersnitt, 4.2 for 42)? Multiply by 10");
    }

    [TestCase("GSP;4,2", "GSP", "4.2", "40.5", "mean grunnskolepoeng, scale 0–60")]
    [TestCase("NP5_LES_MN1;0,10", "NP5_LES_MN1", "0.10", "15.5", "% of pupils at mestringsnivå 1 (of 3) in lesing")]
    public void A_national_row_on_another_scale_than_the_schools_is_refused(string row, string code, string found, string mean, string measure)
    {
        using var folder = Twelve(Percent, Gsp, $"skoleaar;indikator;verdi\n2023-24;{row}\n");

        Validate(folder).Single().ToString().Should().Be(
            $"nasjonalt.csv line 2, column verdi: the national value of {code} 2023-24 is far from the schools' own values (mean {mean} over 12 schools): " +
            $"another scale? It must be in the indicator's own units ({measure}) (found '{found}')");
    }

    [Test]
    public void A_file_with_utf8_and_windows_1252_lines_reads_each_line_in_its_own_encoding()
    {
        using var folder = DataFolder.Valid();
        var path = Path.Combine(folder.Path, "skoler.csv");
        var lines = File.ReadAllText(path).Split('\n');
        var utf8 = Encoding.UTF8.GetBytes(lines[0] + "\n" + lines[1].Replace("Alfa skole", "Bjørkelia skole", StringComparison.Ordinal) + "\n");
        var ansi = Encoding.GetEncoding(1252).GetBytes(string.Join("\n", lines[2..]).Replace("Beta skole", "Sørbø skole", StringComparison.Ordinal));
        File.WriteAllBytes(path, [.. utf8, .. ansi]);

        var data = DataSetReader.Read(folder.Path);

        data.Input.Schools.Select(s => s.Navn).Should().Equal("Bjørkelia skole", "Sørbø skole", "Gamma skole");
        data.Sources.Single(s => s.File == "skoler.csv").Format.Should().Be("CSV, mixed: 1 line UTF-8, 1 line Windows-1252, each read as written, separator ';'");
        data.Problems.Single().ToString().Should().Be(
            "skoler.csv: the file mixes two encodings (mixed: 1 line UTF-8, 1 line Windows-1252, each read as written); save it again in one (UTF-8)");
    }

    [Test]
    public void Without_rules_a_missing_indicator_column_is_a_warning_naming_what_it_carries()
    {
        using var folder = DataFolder.Valid();
        var path = Path.Combine(folder.Path, "elevundersokelsen.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace(";mobbing;", ";mobbing_prosent;", StringComparison.Ordinal));

        var problem = Validate(folder).Single();

        problem.IsError.Should().BeFalse();
        problem.ToString().Should().Be(
            "elevundersokelsen.csv line 1, column mobbing: the column 'mobbing' is missing, and it carries EU7_MOBBING and EU10_MOBBING " +
            "(columns found: 'orgnr', 'skoleaar', 'trinn', 'mobbing_prosent', 'stotte_fra_laerer', 'motivasjon', 'antall_besvart'): those indicators will have no data");
    }
}
