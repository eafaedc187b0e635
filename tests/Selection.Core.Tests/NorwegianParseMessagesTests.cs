namespace Selection.Core.Tests;

/// <summary>Why a cell is not an orgnr, kommunenummer, school year or indicator, in the command's language.</summary>
public class NorwegianParseMessagesTests
{
    [Test]
    [SetUICulture("nb")]
    public void Cells_that_do_not_parse_are_explained_in_bokmal()
    {
        OrgNr.Parse("123").Error.Should().Be("«123» er ikke et orgnr (ni sifre)");
        OrgNr.Parse("974760674").Error.Should().Be("«974760674» har feil kontrollsiffer for et orgnr (modulus 11)");
        OrgNr.Parse(" ").Error.Should().Be("orgnr er tomt");
        KommuneNr.Parse("30").Error.Should().Be("«30» er ikke et kommunenummer (fire sifre)");
        SchoolYear.Parse("2023-25").Error.Should().Be("«2023-25» er ikke et skoleår: det andre året må følge det første");
        Indicator.Parse("EU8").Error.Should().StartWith("«EU8» er ikke en indikatorkode (en av EU7_MOBBING, ");
        Indicator.GSP.Measure.Should().Be("gjennomsnittlige grunnskolepoeng, skala 0–60");
    }

    [Test]
    public void And_in_English_as_before()
    {
        OrgNr.Parse("123").Error.Should().Be("'123' is not an orgnr (nine digits)");
        SchoolYear.Parse("2023-25").Error.Should().Be("'2023-25' is not a school year: the second year must follow the first");
        Indicator.GSP.Measure.Should().Be("mean grunnskolepoeng, scale 0–60");
    }
}
