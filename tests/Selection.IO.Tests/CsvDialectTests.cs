using System.Text;
using Selection.IO.Csv;

namespace Selection.IO.Tests;

/// <summary>Reading CSV as Udir and Excel write it (DOMAIN §9).</summary>
public class CsvDialectTests
{
    private static CsvTable Read(string text, Encoding? encoding = null, bool bom = false)
    {
        var enc = encoding ?? new UTF8Encoding(bom);
        var bytes = enc.GetPreamble().Concat(enc.GetBytes(text)).ToArray();
        var (table, problems) = CsvTable.Read(bytes, "t.csv");
        problems.Should().BeEmpty();
        return table!;
    }

    [Test]
    public void Semicolon_comma_and_tab_separators_are_detected_from_the_header()
    {
        Read("a;b\n1,5;2\n").Rows[0].Fields.Should().Equal("1,5", "2");
        Read("a,b\n\"1,5\",2\n").Rows[0].Fields.Should().Equal("1,5", "2");
        Read("a\tb\n1,5\t2\n").Rows[0].Fields.Should().Equal("1,5", "2");
    }

    [Test]
    public void A_utf8_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var table = Read("orgnr;skoleår\n1;2\n", bom: true);

        table.Headers[0].Should().Be("orgnr");
        table.Encoding.Should().Be("UTF-8 with BOM");
        table.IndexOf("skoleaar").Should().Be(1);
    }

    [Test]
    public void Windows_1252_is_read_when_the_bytes_are_not_utf8()
    {
        var table = Read("skolenavn;kommune\nSkåla skole;Bø\n", TextDecoding.Windows1252);

        table.Encoding.Should().Be("Windows-1252");
        table.Rows[0].Fields.Should().Equal("Skåla skole", "Bø");
    }

    [Test]
    public void Lines_are_numbered_as_in_the_file_with_crlf_empty_lines_and_quoted_line_breaks()
    {
        var table = Read("a;b\r\n1;\"x\r\ny\"\r\n\r\n3;z\r\n");

        table.Rows.Select(r => r.Line).Should().Equal(2, 5);
        table.Rows[0].Fields[1].Should().Be("x\r\ny");
    }

    [Test]
    public void Spaces_and_non_breaking_spaces_around_values_are_trimmed()
    {
        Read("a;b\n Nordbakken skole  ;\u00A012\u00A0\n").Rows[0].Fields.Should().Equal("Nordbakken skole", "12");
    }

    [TestCase("Skoleår", "skoleaar")]
    [TestCase("SKOLEAAR", "skoleaar")]
    [TestCase("Støtte_fra_lærer", "stotte_fra_laerer")]
    [TestCase("Stoette fra laerer", "stotte_fra_laerer")]
    [TestCase("Andel_mestringsnivå_1", "andel_mestringsniva_1")]
    public void Column_names_match_across_case_and_ae_oe_aa_spellings(string inFile, string canonical) =>
        ColumnNames.Same(inFile, canonical).Should().BeTrue();

    [Test]
    public void Different_names_do_not_match() => ColumnNames.Same("motivasjon", "mobbing").Should().BeFalse();

    [TestCase("12,5", "12.5")]
    [TestCase("12.5", "12.5")]
    [TestCase("4,10", "4.10")]
    [TestCase("7,5 %", "7.5")]
    [TestCase("7,5\u00A0%", "7.5")]
    [TestCase("\u22124,5", "-4.5")]
    public void Values_read_decimal_comma_or_point_and_a_trailing_percent(string cell, string expected) =>
        Cells.Value(cell).Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [TestCase("4 5.0")]
    [TestCase("1 234,5")]
    [TestCase("1\u00A0234")]
    public void A_space_inside_a_value_is_refused_since_thousands_separators_are_for_counts_only(string cell) =>
        Cells.Value(cell).Error.Should().Be($"'{cell}' is not a number (a space inside it)");

    [TestCase("1 234", 1234)]
    [TestCase("1\u00A0234", 1234)]
    public void Counts_may_carry_thousands_separators(string cell, int expected) =>
        Cells.Count(cell).Value.Should().Be(expected);

    [TestCase("")]
    [TestCase("*")]
    [TestCase(".")]
    [TestCase("..")]
    [TestCase(":")]
    [TestCase("-")]
    [TestCase("–")]
    public void Suppression_marks_are_missing_values(string cell)
    {
        Cells.Value(cell).Value.Should().BeNull();
        Cells.Count(cell).Value.Should().BeNull();
    }

    [TestCase("1,234.5", TestName = "Both comma and point")]
    [TestCase("abc", TestName = "Letters")]
    [TestCase("12,5,1", TestName = "Two commas")]
    public void Values_that_are_not_numbers_are_refused_with_the_text(string cell) =>
        Cells.Value(cell).Error.Should().StartWith($"'{cell}' is not a number");

    [TestCase("12,5", "'12,5' is not a whole number")]
    [TestCase("-3", "'-3' is a negative count")]
    [TestCase("tolv", "'tolv' is not a count")]
    public void Counts_must_be_whole_and_not_negative(string cell, string error) => Cells.Count(cell).Error.Should().Be(error);

    [Test]
    public void Counts_read_thousands_separators() => Cells.Count("1 204").Value.Should().Be(1204);
}
