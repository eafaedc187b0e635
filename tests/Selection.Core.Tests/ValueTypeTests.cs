namespace Selection.Core.Tests;

public class ValueTypeTests
{
    [Test]
    public void An_orgnr_is_its_nine_digits_as_a_number_and_hashes_as_that_number()
    {
        var orgnr = OrgNr.Parse("974 760 673").Value;

        orgnr.Number.Should().Be(974_760_673);
        orgnr.GetHashCode().Should().Be(974_760_673);
        OrgNr.FromFirstEightDigits("00800001")!.Value.Number.Should().Be(8_000_018); // leading zeros: a smaller number, still one per orgnr
    }

    [TestCase("974760673", true, TestName = "A valid orgnr")]
    [TestCase("974 760 673", true, TestName = "An orgnr with spaces between the groups")]
    [TestCase("974760674", false, TestName = "A wrong check digit")]
    [TestCase("97476067", false, TestName = "Eight digits")]
    [TestCase("97476067X", false, TestName = "A letter")]
    [TestCase("", false, TestName = "Empty")]
    public void OrgNr_parses_only_valid_numbers(string text, bool valid) => OrgNr.Parse(text).Success.Should().Be(valid);

    [Test]
    public void OrgNr_completes_eight_digits_with_the_check_digit() =>
        OrgNr.FromFirstEightDigits("97476067")!.Value.Value.Should().Be("974760673");

    [TestCase("2023-24")]
    [TestCase("2023-2024")]
    [TestCase("202324")]
    [TestCase("20232024")]
    [TestCase("2023")]
    [TestCase(" 2023–24 ")]
    public void SchoolYear_reads_every_listed_form_as_the_year_starting_in_autumn_2023(string text)
    {
        var parsed = SchoolYear.Parse(text);

        parsed.Success.Should().BeTrue(parsed.Error);
        parsed.Value.Should().Be(new SchoolYear(2023));
        parsed.Value.ToString().Should().Be("2023-24");
    }

    [TestCase("2023-25", TestName = "The second year does not follow the first")]
    [TestCase("23-24", TestName = "Two-digit years")]
    [TestCase("skoleår", TestName = "Text")]
    [TestCase("", TestName = "Empty year")]
    public void SchoolYear_refuses_what_is_not_a_school_year(string text) => SchoolYear.Parse(text).Success.Should().BeFalse();

    [Test]
    public void SchoolYear_across_a_century_is_written_with_two_digits()
    {
        SchoolYear.Parse("1999-00").Value.Should().Be(new SchoolYear(1999));
        new SchoolYear(1999).ToString().Should().Be("1999-00");
    }

    [Test]
    public void KommuneNr_restores_a_leading_zero_lost_in_a_spreadsheet() =>
        KommuneNr.Parse("301").Value.Value.Should().Be("0301");

    [Test]
    public void Rational_from_decimal_is_exact() =>
        Rational.FromDecimal(0.15m).Should().Be(new Rational(3, 20));

    [Test]
    public void Indicator_codes_parse_ignoring_case_and_unknown_codes_are_refused()
    {
        Indicator.Parse("gsp").Value.Should().BeSameAs(Indicator.GSP);
        Indicator.Parse("NP9_LES_MN1").Success.Should().BeFalse();
    }
}
