using Selection.Core.Kommuner;

namespace Selection.Core.Tests;

/// <summary>DOMAIN §7: placing registered kommunenummer in the selection's structure.</summary>
public class KommuneHistoryTests
{
    private static KommunePlacement Place(string nr, int year) => TestKommuner.History.Place(KommuneNr.Of(nr), year);

    [Test]
    public void A_number_of_the_structure_is_taken_as_it_is()
    {
        var p = Place("0301", 2024);

        (p.Kind, p.Kommune!.Navn, p.Path.Count).Should().Be((PlacementKind.Direct, "Oslo", 0));
    }

    [Test]
    public void A_renumbered_kommune_maps_one_to_one_into_2024()
    {
        var p = Place("3001", 2024);

        p.Kind.Should().Be(PlacementKind.Mapped);
        p.Kommune!.Nummer.Value.Should().Be("3101");
        p.Describe().Should().Be("3001 fra 3001 (2023) → 3101 til 3101 (2024)");
    }

    [Test]
    public void A_2019_number_is_mapped_through_both_change_tables_in_sequence()
    {
        var p = Place("0101", 2024);

        p.Kommune!.Nummer.Value.Should().Be("3101");
        p.Path.Select(c => (c.Fra.Value, c.Til.Value)).Should().Equal(("0101", "3001"), ("3001", "3101"));
    }

    [Test]
    public void A_split_kommune_cannot_be_mapped_and_names_its_successors()
    {
        var p = Place("1507", 2024);

        p.Kind.Should().Be(PlacementKind.Split);
        p.Kommune.Should().BeNull();
        p.Candidates.Select(k => k.Nummer.Value).Should().Equal("1508", "1580");
    }

    [Test]
    public void A_2019_split_names_its_successors_in_the_2024_structure()
    {
        var p = Place("1850", 2024);

        p.Kind.Should().Be(PlacementKind.Split);
        p.Candidates.Select(k => k.Navn).Should().Equal("Narvik", "Hamarøy");
    }

    [Test]
    public void A_2024_number_maps_back_into_a_2020_selection()
    {
        Place("3101", 2020).Kommune!.Nummer.Value.Should().Be("3001");
        Place("1580", 2020).Kommune!.Nummer.Value.Should().Be("1507");
    }

    [Test]
    public void Svalbard_is_outside_any_kommune_and_an_unknown_number_is_unknown()
    {
        Place("2100", 2024).Kind.Should().Be(PlacementKind.OutsideKommune);
        Place("9998", 2024).Kind.Should().Be(PlacementKind.Unknown);
    }

    [Test]
    public void The_engine_places_a_school_under_its_mapped_kommune_and_counts_it()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        var school = s.School("3001");
        s.Value(school, Indicator.EU7_STOTTE, 3.5m);

        var result = s.Result(TestRules.With());

        result.Schools.Single().Kommune!.Nummer.Value.Should().Be("3101");
        result.Counts.SchoolsMapped.Should().Be(1);
        result.Kommuner.Single(k => k.Kommune.Nummer.Value == "3101").Schools.Should().Be(1);
    }

    [Test]
    public void The_engine_refuses_a_school_in_a_split_kommune_naming_the_school_and_the_candidates()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        var school = s.School("1507", name: "Fjellvik skule");
        s.Value(school, Indicator.EU7_STOTTE, 3.5m);

        var outcome = s.Run(TestRules.With());

        outcome.Succeeded.Should().BeFalse();
        var problem = outcome.Problems.Single();
        problem.Code.Should().Be("kommune-split");
        problem.Message.Should().Be($"school {school} Fjellvik skule is registered in kommune 1507, which was split; it cannot be placed by number. Register it under one of: 1508 Ålesund, 1580 Haram");
        (problem.File, problem.Line, problem.Column, problem.Found).Should().Be(("skoler.csv", 2, "kommunenummer", "1507"));
    }

    [Test]
    public void Data_for_a_school_missing_from_the_register_is_an_error()
    {
        var s = new Scenario();
        var ghost = OrgNr.Parse("974760673").Value;
        s.School();
        s.Value(ghost, Indicator.EU7_STOTTE, 3.5m);

        var outcome = s.Run(TestRules.With());

        outcome.Problems.Single().Code.Should().Be("school-not-in-register");
    }
}
