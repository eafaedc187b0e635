using System.Text;
using System.Text.Json;
using Selection.IO.Output;
using Selection.IO.Parquet;
using Selection.IO.Texts;

namespace Selection.Sweep.Tests;

/// <summary>A sweep folder: machine CSV and the same values as Parquet, the summary, and a manifest of kind sweep.</summary>
public class SweepWriterTests
{
    private static (string Folder, SweepResult Sweep) Written()
    {
        var rules = Liten.HalfAndLowSpread();
        var sweep = Liten.Sweep(rules, ["topShare=0.5:0.75:0.125", "spread.threshold=0.05:0.15:0.1"]);
        var folder = Liten.NewTempFolder("sweep");
        SweepWriter.Write(folder, sweep, SweepSummary.Lines(sweep, TextLanguage.English), Liten.Data, rules,
            ["sweep", "--data", "liten", "--rules", "regler.json", "--vary", sweep.Axes[0].Text, "--vary", sweep.Axes[1].Text, "--out", "<out>"], "en");
        return (folder, sweep);
    }

    [Test]
    public void The_csv_is_rfc_4180_utf8_without_bom_with_comma_and_point()
    {
        var (folder, _) = Written();

        var bytes = File.ReadAllBytes(Path.Combine(folder, "sweep_endringer.csv"));
        bytes[..3].Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(bytes);
        text.Should().StartWith("topShare,spread.threshold,kommunenummer,kommunenavn,statsforvalter,endring,rute_grunnlag,rute,rute2_rekkefolge\r\n");
        text.Should().Contain("0.625,0.05,4601,Bergen,Statsforvalteren i Vestland,inn,,2,2\r\n");
        File.ReadAllLines(Path.Combine(folder, "sweep.csv"))[1].Should().Be("0.500,0.05,4,1,1,2,1.000000,1.000000,0,0,0,0");
    }

    [TestCase("sweep")]
    [TestCase("sweep_endringer")]
    public void The_parquet_copy_holds_the_csv_values_typed(string table)
    {
        var (folder, _) = Written();

        using var stream = File.OpenRead(Path.Combine(folder, table + ".parquet"));
        var (columns, rows) = ParquetTables.ReadTyped(stream);
        var csv = File.ReadAllLines(Path.Combine(folder, table + ".csv"));

        string.Join(",", columns.Select(c => c.Name)).Should().Be(csv[0]);
        columns[0].Type.Should().Be(ParquetColumnType.Decimal);
        rows.Select(r => string.Join(",", r.Select(TypedTable.Text))).Should().Equal(csv.Skip(1).Select(l => l.Replace("\"", "", StringComparison.Ordinal)));
    }

    [Test]
    public void The_manifest_records_the_grid_the_base_rules_and_every_file()
    {
        var (folder, _) = Written();

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        var root = manifest.RootElement;
        root.GetProperty("kind").GetString().Should().Be("sweep");
        root.GetProperty("language").GetString().Should().Be("en");
        var axes = root.GetProperty("grid").GetProperty("axes").EnumerateArray().ToArray();
        axes.Select(a => a.GetProperty("key").GetString()).Should().Equal("topShare", "spread.threshold");
        axes.Select(a => a.GetProperty("base").GetDecimal()).Should().Equal(0.5m, 0.05m);
        (axes[0].GetProperty("from").GetRawText(), axes[0].GetProperty("to").GetRawText(), axes[0].GetProperty("step").GetRawText()).Should().Be(("0.500", "0.750", "0.125"));
        root.GetProperty("grid").GetProperty("points").GetInt32().Should().Be(6);
        root.GetProperty("rules").GetProperty("content").GetProperty("topShare").GetDecimal().Should().Be(0.5m);
        root.GetProperty("rules").GetProperty("illustrative").GetBoolean().Should().BeTrue();
        root.GetProperty("base").GetProperty("selected").GetInt32().Should().Be(2);
        root.GetProperty("window").GetProperty("years").EnumerateArray().Select(y => y.GetString()).Should().Equal("2023-24");
        root.GetProperty("data").GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString()).Should().Contain("skoler.csv");
        root.GetProperty("outputs").EnumerateArray().Select(f => f.GetProperty("file").GetString()).Should().Equal(
            "sammendrag.txt", "sweep.csv", "sweep.parquet", "sweep_endringer.csv", "sweep_endringer.parquet");
        foreach (var output in root.GetProperty("outputs").EnumerateArray())
            FileHash.Of(folder, output.GetProperty("file").GetString()!).Sha256.Should().Be(output.GetProperty("sha256").GetString());
    }
}
