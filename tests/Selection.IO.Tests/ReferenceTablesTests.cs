using Selection.Core;
using Selection.Core.Kommuner;
using Selection.IO.Reference;

namespace Selection.IO.Tests;

/// <summary>The embedded kommune tables are the reference tables, and map real changes.</summary>
public class ReferenceTablesTests
{
    private static readonly KommuneHistory History = ReferenceTables.History;

    [Test]
    public void The_2024_structure_has_357_kommuner_under_ten_statsforvaltere()
    {
        History.Structure2024.Kommuner.Should().HaveCount(357);
        History.Structure2024.Statsforvaltere.Should().HaveCount(10).And.Contain("Statsforvalteren i Østfold, Buskerud, Oslo og Akershus");
    }

    [Test]
    public void The_2020_structure_has_356_kommuner_and_the_old_name_of_the_oslo_office()
    {
        History.Structure2020.Kommuner.Should().HaveCount(356);
        History.Structure2020.Statsforvaltere.Should().Contain("Statsforvalteren i Oslo og Viken");
    }

    [Test]
    public void Halden_renumbered_in_2024_maps_one_to_one()
    {
        var placement = History.Place(KommuneNr.Of("3001"), 2024);

        (placement.Kind, placement.Kommune!.Nummer.Value, placement.Kommune.Navn).Should().Be((PlacementKind.Mapped, "3101", "Halden"));
    }

    [Test]
    public void Alesund_split_in_2024_names_alesund_and_haram()
    {
        var placement = History.Place(KommuneNr.Of("1507"), 2024);

        placement.Kind.Should().Be(PlacementKind.Split);
        placement.Candidates.Select(k => $"{k.Nummer} {k.Navn}").Should().Equal("1508 Ålesund", "1580 Haram");
    }

    [Test]
    public void A_2019_kommune_merged_in_2020_maps_into_2024()
    {
        // Moss 0104 was merged into Moss 3002 in 2020, renumbered 3103 in 2024.
        var placement = History.Place(KommuneNr.Of("0104"), 2024);

        placement.Kommune!.Nummer.Value.Should().Be("3103");
        placement.Path.Should().HaveCount(2);
    }

    [Test]
    public void Snillfjord_split_in_2020_cannot_be_mapped()
    {
        History.Place(KommuneNr.Of("5012"), 2024).Candidates.Select(k => k.Navn).Should().Equal("Heim", "Hitra", "Orkland");
    }
}
