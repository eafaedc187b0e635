using Selection.Core.Data;

namespace Selection.Core.Tests;

/// <summary>
/// Issue 11: a data set's observations are held as columns. Every field of an observation, missing or not, must
/// come back from its row as it went in, and a table of tables must keep each row's own file.
/// </summary>
public class ObservationTableTests
{
    private static readonly OrgNr A = OrgNr.Parse("974760673").Value;
    private static readonly OrgNr B = OrgNr.Parse("971524960").Value;
    private static readonly SchoolYear Y2023 = new(2023);

    private static readonly Observation[] Mixed =
    [
        new(A, Indicator.GSP, Y2023, 40.50m, 25, new Origin("grunnskolepoeng.csv", 2), Standardavvik: 8.25m),
        new(A, Indicator.NP5_LES_MN1, new SchoolYear(2022), null, 12, new Origin("nasjonale_prover.csv", 7), Missing: MissingValue.Suppressed),
        new(B, Indicator.EU7_MOBBING, Y2023, null, null, new Origin("elevundersokelsen.csv", 3), Missing: MissingValue.NoData),
        new(B, Indicator.EU10_MOTIVASJON, Y2023, 4.0m, 0, default),
        new(B, Indicator.NP8_REG_MN1, Y2023, null, 30, new Origin("nasjonale_prover.csv", 9)),
    ];

    [Test]
    public void Every_field_of_every_row_comes_back_as_it_went_in()
    {
        var table = ObservationTable.Of(Mixed);

        table.Should().Equal(Mixed);
        table.Count.Should().Be(5);
        table.ValueAt(0).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("40.50", "the value's written scale is kept: the evidence writes it so");
        table[3].Origin.File.Should().BeNull("a data set built in code has no file");
        table.StandardavvikOf(0).Should().Be(8.25m);
        table.StandardavvikOf(1).Should().BeNull();
        table.PupilsOf(2).Should().BeNull();
        table.PupilsOf(3).Should().Be(0, "no pupils is a count, not a missing one");
        table.MissingOf(4).Should().Be(MissingValue.None, "a value left out in code is missing without a reason");
        table.HasValueAt(4).Should().BeFalse();
        table.FileIndexOf(1).Should().Be(table.FileIndexOf(4));
    }

    [Test]
    public void A_row_without_a_value_has_no_value_to_score()
    {
        var table = ObservationTable.Of(Mixed);

        table.ValueAt(0).Should().Be(40.5m);
        FluentActions.Invoking(() => table.ValueAt(1)).Should().Throw<InvalidOperationException>();
    }

    [Test]
    public void A_table_of_tables_keeps_each_rows_file_and_the_spread_of_the_rows_that_had_one()
    {
        var withoutSpread = ObservationTable.Of(Mixed[1..]);
        var withSpread = ObservationTable.Of(Mixed[..1]);

        var both = ObservationTable.Concat([withoutSpread, ObservationTable.Empty, withSpread, withoutSpread]);

        both.Should().Equal([.. Mixed[1..], Mixed[0], .. Mixed[1..]]);
        both.StandardavvikOf(0).Should().BeNull();
        both.StandardavvikOf(4).Should().Be(8.25m);
    }

    [Test]
    public void A_single_table_is_its_own_concatenation_and_own_table()
    {
        var table = ObservationTable.Of(Mixed);

        ObservationTable.Concat([ObservationTable.Empty, table]).Should().BeSameAs(table);
        ObservationTable.Of(table).Should().BeSameAs(table);
        new SelectionInput([], table, []).ObservationTable.Should().BeSameAs(table);
    }

    [Test]
    public void A_selection_input_holds_its_observations_as_a_table_also_after_with()
    {
        var input = new SelectionInput([], Mixed, []);
        var changed = input with { Observations = Mixed[..2] };

        input.ObservationTable.Should().Equal(Mixed);
        changed.ObservationTable.Should().Equal(Mixed[..2], "the table follows the observations given, never a copy made before");
        changed.Observations.Should().BeSameAs(changed.ObservationTable);
    }

    [Test]
    public void Rows_taken_back_are_gone_and_the_next_row_takes_their_place()
    {
        var builder = new ObservationTable.Builder(1);
        Add(builder, Mixed[0]);
        Add(builder, Mixed[1]);
        Add(builder, Mixed[2]);
        builder.Truncate(1);
        Add(builder, Mixed[3]);

        builder.Build().Should().Equal(Mixed[0], Mixed[3]);
    }

    [Test]
    public void A_repeated_row_is_the_same_but_for_its_origin_only_when_every_other_field_is()
    {
        var builder = new ObservationTable.Builder(8);
        var first = Mixed[0];
        Add(builder, first);
        Add(builder, first with { Origin = new Origin("grunnskolepoeng.csv", 40) });
        Add(builder, first with { Value = 40.5m, Origin = new Origin("grunnskolepoeng.csv", 41) });
        Add(builder, first with { Standardavvik = null });
        Add(builder, first with { Pupils = 26 });
        Add(builder, first with { Value = null, Missing = MissingValue.Suppressed });
        Add(builder, first with { Year = new SchoolYear(2022) });

        builder.SameButOrigin(0, 1).Should().BeTrue();
        builder.SameButOrigin(0, 2).Should().BeTrue("40.50 and 40.5 are the same value, as records compare decimals");
        builder.SameButOrigin(0, 3).Should().BeFalse();
        builder.SameButOrigin(0, 4).Should().BeFalse();
        builder.SameButOrigin(0, 5).Should().BeFalse();
        builder.SameButOrigin(0, 6).Should().BeFalse();
    }

    [Test]
    public void A_built_table_is_not_changed_by_its_builder()
    {
        var builder = new ObservationTable.Builder(4);
        Add(builder, Mixed[0]);
        var table = builder.Build();

        FluentActions.Invoking(() => Add(builder, Mixed[1])).Should().Throw<ObjectDisposedException>();
        table.Should().Equal(Mixed[0]);
    }

    [Test]
    public void Sections_of_shared_columns_make_the_table_their_rows_would_make_one_after_the_other()
    {
        var sections = new ObservationTable.Sections([4, 3, 5]);
        foreach (var o in Mixed[1..3])
            Add(sections[0], o);
        Add(sections[1], Mixed[0]);
        Add(sections[1], Mixed[4]);
        sections[1].Truncate(1);
        foreach (var o in Mixed[2..])
            Add(sections[2], o);

        var table = sections.Build();

        table.Should().Equal([.. Mixed[1..3], Mixed[0], .. Mixed[2..]]);
        table.StandardavvikOf(2).Should().Be(8.25m, "a section's spread comes along with its rows");
        table.StandardavvikOf(3).Should().BeNull();
        table.FileIndexOf(0).Should().Be(table.FileIndexOf(5), "one file is one number across the sections");
        FluentActions.Invoking(() => Add(sections[2], Mixed[0])).Should().Throw<ObjectDisposedException>();
    }

    [Test]
    public void A_section_that_outgrows_its_place_keeps_its_rows_and_the_table_is_the_same()
    {
        var sections = new ObservationTable.Sections([1, 2]);
        Add(sections[0], Mixed[3]);
        foreach (var o in Mixed)
            Add(sections[1], o);
        sections[1].SameButOrigin(0, 1).Should().BeFalse();

        sections.Build().Should().Equal([Mixed[3], .. Mixed]);
    }

    [Test]
    public void Empty_sections_and_a_first_section_that_outgrows_its_place_are_left_out_or_kept_whole()
    {
        var sections = new ObservationTable.Sections([0, 1, 0]);
        foreach (var o in Mixed)
            Add(sections[0], o);
        Add(sections[1], Mixed[2]);

        sections.Build().Should().Equal([.. Mixed, Mixed[2]]);
        new ObservationTable.Sections([0, 0]).Build().Should().BeEmpty();
    }

    [Test]
    public void A_section_is_built_only_by_its_sections()
    {
        var sections = new ObservationTable.Sections([2]);
        Add(sections[0], Mixed[0]);

        FluentActions.Invoking(() => sections[0].Build()).Should().Throw<InvalidOperationException>();
        sections.Build().Should().Equal(Mixed[0]);
    }

    private static void Add(ObservationTable.Builder builder, Observation o) =>
        builder.Add(o.OrgNr, o.Indicator, o.Year, o.Value, o.Pupils, o.Origin, o.Standardavvik, o.Missing);
}
