using System.Text;
using Selection.Core.Data;
using Selection.IO.Csv;
using Selection.IO.Input;

namespace Selection.IO.Tests;

/// <summary>
/// The same data set written in every dialect Udir exports and Excel saves must read into exactly the
/// same input as the canonical files (semicolon, decimal comma, UTF-8, LF).
/// </summary>
public class DialectTests
{
    /// <summary>One way of writing the files.</summary>
    public sealed record Dialect(
        string Name,
        char Separator = ';',
        char DecimalMark = ',',
        Encoding? Encoding = null,
        string NewLine = "\n",
        bool QuoteAll = false,
        bool PadText = false,
        bool HeaderVariants = false,
        string? Thousands = null,
        string? SuppressionMark = null,
        bool ExtraColumn = false)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Dialect> Dialects()
    {
        yield return new("UTF-8 without BOM, semicolon, decimal comma");
        yield return new("UTF-8 with BOM", Encoding: new UTF8Encoding(true));
        yield return new("Windows-1252", Encoding: TextDecoding.Windows1252, HeaderVariants: true);
        yield return new("UTF-16 with BOM, tab (Excel 'Unicode text')", Separator: '\t', Encoding: new UnicodeEncoding(false, true));
        yield return new("comma separated, decimal point", Separator: ',', DecimalMark: '.');
        yield return new("comma separated, decimal comma in quotes", Separator: ',');
        yield return new("tab separated", Separator: '\t');
        yield return new("CRLF line endings", NewLine: "\r\n");
        yield return new("every field quoted", QuoteAll: true);
        yield return new("spaces around text (Udir's trailing spaces)", PadText: true);
        yield return new("header spelled with æ, ø, å and capitals", HeaderVariants: true);
        yield return new("space as thousands separator", Thousands: " ");
        yield return new("non-breaking space as thousands separator", Thousands: "\u00A0");
        foreach (var mark in new[] { ".", "..", ":", "-", "\u2013", "" })
            yield return new($"suppression mark '{mark}'", SuppressionMark: mark);
        yield return new("an extra column", ExtraColumn: true);
        yield return new("Excel on Windows: 1252, CRLF, æøå headers, padded, quoted", Encoding: TextDecoding.Windows1252, NewLine: "\r\n", HeaderVariants: true, PadText: true, QuoteAll: true);
    }

    private static readonly Dictionary<string, string> HeaderVariant = new(StringComparer.Ordinal)
    {
        ["orgnr"] = "Orgnr",
        ["skolenavn"] = "Skolenavn",
        ["skoleaar"] = "Skoleår",
        ["stotte_fra_laerer"] = "Støtte_fra_lærer",
        ["andel_mestringsniva_1"] = "Andel_mestringsnivå_1",
        ["antall_besvart"] = "ANTALL_BESVART",
        ["kommunenummer"] = "Kommunenummer",
    };

    private static readonly HashSet<string> TextColumns = ["skolenavn", "eierform", "fag"];

    private static readonly HashSet<string> CountColumns = ["antall_besvart", "antall_elever"];

    private static string Rewrite(string canonical, Dialect d)
    {
        var lines = canonical.TrimEnd('\n').Split('\n');
        var header = lines[0].Split(';');
        var output = new List<string>();
        for (var l = 0; l < lines.Length; l++)
        {
            var fields = lines[l].Split(';').ToList();
            for (var i = 0; i < fields.Count; i++)
            {
                var column = header[i];
                var f = fields[i];
                if (l == 0)
                {
                    if (d.HeaderVariants && HeaderVariant.TryGetValue(f, out var variant))
                        f = variant;
                }
                else if (f == "*" && d.SuppressionMark is not null)
                {
                    f = d.SuppressionMark;
                }
                else if (CountColumns.Contains(column) && d.Thousands is not null && f.Length > 3)
                {
                    f = f[..^3] + d.Thousands + f[^3..];
                }
                else if (!TextColumns.Contains(column) && column != "orgnr" && column != "skoleaar")
                {
                    f = f.Replace(',', d.DecimalMark);
                }
                if (l > 0 && d.PadText && TextColumns.Contains(column))
                    f = "  " + f + "   ";
                var mustQuote = f.Contains(d.Separator) || f.Contains('"');
                fields[i] = d.QuoteAll || mustQuote ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f;
            }
            if (d.ExtraColumn)
                fields.Add(l == 0 ? "kommentar" : "fritt; tekst".Contains(d.Separator) ? "\"fritt; tekst\"" : "fritt; tekst");
            output.Add(string.Join(d.Separator, fields));
        }
        return string.Join(d.NewLine, output) + d.NewLine;
    }

    private static (IReadOnlyList<School>, IReadOnlyList<Observation>, IReadOnlyList<NationalValue>) WithoutOrigins(SelectionInput input) =>
        (input.Schools.Select(s => s with { Origin = default }).ToArray(),
         input.Observations.Select(o => o with { Origin = default }).ToArray(),
         input.NationalValues.Select(n => n with { Origin = default }).ToArray());

    [TestCaseSource(nameof(Dialects))]
    public void A_dialect_reads_into_the_same_input_as_the_canonical_files(Dialect dialect)
    {
        using var canonical = DataFolder.Valid().Text("nasjonalt.csv", "skoleaar;indikator;verdi\n2023-24;GSP;41,8\n2023-24;EU7_STOTTE;4,25\n");
        using var variant = new DataFolder();
        foreach (var file in Directory.GetFiles(canonical.Path))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            variant.Text(Path.GetFileName(file), Rewrite(text, dialect), dialect.Encoding ?? new UTF8Encoding(false));
        }

        var expected = DataSetReader.Read(canonical.Path);
        var actual = DataSetReader.Read(variant.Path);

        expected.Problems.Should().BeEmpty();
        actual.Problems.Should().BeEmpty();
        var (s1, o1, n1) = WithoutOrigins(expected.Input);
        var (s2, o2, n2) = WithoutOrigins(actual.Input);
        s2.Should().Equal(s1);
        // An empty cell (and .., -, –) is missing like a suppression mark, but recorded as no data, not as suppressed (issue 15).
        if (dialect.SuppressionMark is "" or ".." or "-" or "\u2013")
            o1 = [.. o1.Select(o => o.Missing == Core.Data.MissingValue.Suppressed ? o with { Missing = Core.Data.MissingValue.NoData } : o)];
        o2.Should().Equal(o1);
        n2.Should().Equal(n1);
        actual.Input.Observations.Should().Contain(o => o.Pupils == 1025);
    }

    [Test]
    public void The_rewriter_changes_the_bytes_so_the_dialect_test_is_not_vacuous()
    {
        var canonical = "orgnr;skoleaar;grunnskolepoeng;antall_elever\n974760673;2023-24;40,5;1025\n";

        Rewrite(canonical, new Dialect("x", Separator: ',', DecimalMark: '.', Thousands: "\u00A0", NewLine: "\r\n"))
            .Should().Be("orgnr,skoleaar,grunnskolepoeng,antall_elever\r\n974760673,2023-24,40.5,1\u00A0025\r\n");
    }
}
