using System.Security.Cryptography;
using System.Text;

namespace Selection.Report.Tests;

/// <summary>The plotly.js inlined in every report is the vendored file, byte for byte (src/Selection.Report/Vendor/README.md).</summary>
public class PlotlyBundleTests
{
    /// <summary>SHA-256 of plotly-basic.min.js as npm's plotly.js-basic-dist-min 4.1.1 ships it.</summary>
    private const string Sha256 = "99784e3abfb07b142a15e521a439e6d9addceadb3f79553fd24c72774f0649ba";

    [Test]
    public void The_vendored_file_is_plotly_basic_as_published()
    {
        var file = Path.Combine(Folders.RepoRoot, "src", "Selection.Report", "Vendor", "plotly-basic.min.js");
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))).Should().Be(Sha256);
    }

    [Test]
    public void The_embedded_script_is_the_vendored_file()
    {
        var file = Path.Combine(Folders.RepoRoot, "src", "Selection.Report", "Vendor", "plotly-basic.min.js");
        PlotlyBundle.Utf8.Should().Equal(File.ReadAllBytes(file), "the page holds the file's own bytes");
        Encoding.UTF8.GetString(PlotlyBundle.Utf8).Should().StartWith("/**\n* plotly.js (basic - minified) v" + PlotlyBundle.Version);
        PlotlyBundle.Length.Should().Be(new FileInfo(file).Length);
    }

    [Test]
    public void The_embedded_script_can_be_inlined_as_it_is()
    {
        // The page takes the script's bytes as they are, in a <script> element: UTF-8 without a byte order mark, nothing that closes the element.
        var script = PlotlyBundle.Utf8;
        System.Text.Unicode.Utf8.IsValid(script).Should().BeTrue();
        script.AsSpan().StartsWith("\uFEFF"u8).Should().BeFalse();
        ClosesScript(script).Should().BeFalse();
        script.AsSpan().IndexOf("<!--"u8).Should().Be(-1);
    }

    [TestCase("a</script>b", true)]
    [TestCase("a</SCRIPT b", true)]
    [TestCase("a</ScRiPt", true)]
    [TestCase("a</scrip", false)]
    [TestCase("a< /script>", false)]
    [TestCase("a</div></scripts", true)]
    [TestCase("a</div>script", false)]
    [TestCase("", false)]
    public void A_script_that_would_close_its_element_is_found_in_any_case(string text, bool closes) =>
        ClosesScript(Encoding.UTF8.GetBytes(text)).Should().Be(closes);

    /// <summary>Whether <c>&lt;/script</c>, in any case, occurs in <paramref name="script"/>: what would close the script element early.</summary>
    private static bool ClosesScript(ReadOnlySpan<byte> script)
    {
        for (var at = script.IndexOf("</"u8); at >= 0; at = script.IndexOf("</"u8))
        {
            script = script[(at + 2)..];
            if (script.Length >= 6 && Ascii.EqualsIgnoreCase(script[..6], "script"u8))
                return true;
        }
        return false;
    }
}
