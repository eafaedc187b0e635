using Selection.IO.Input;

namespace Selection.IO.Tests;

/// <summary>
/// Issue 13, item 1: the optional <c>standardavvik</c> columns (the spread of the pupils' values behind an index or
/// grunnskolepoeng, as Udir's exports give it) are read onto the observations the stability analysis draws from.
/// </summary>
public class StandardavvikColumnsTests
{
    [Test]
    public void The_standardavvik_columns_of_elevundersokelsen_and_grunnskolepoeng_reach_the_index_and_gsp_observations()
    {
        using var folder = DataFolder.Valid()
            .Text("elevundersokelsen.csv", $"orgnr;skoleaar;trinn;mobbing;stotte_fra_laerer;motivasjon;antall_besvart;standardavvik_stotte_fra_laerer;standardavvik_motivasjon\n{DataFolder.OrgA};2023-24;7;5,5;4,1;3,9;20;0,81;;\n")
            .Text("grunnskolepoeng.csv", $"orgnr;skoleaar;grunnskolepoeng;antall_elever;standardavvik\n{DataFolder.OrgA};2023-24;40,5;25;7,9\n");

        var data = DataSetReader.Read(folder.Path);

        data.HasErrors.Should().BeFalse(string.Join("; ", data.Problems));
        data.Input.Observations.Select(o => (o.Indicator.Code, o.Standardavvik)).Should().Contain([
            ("EU7_MOBBING", (decimal?)null),
            ("EU7_STOTTE", 0.81m),
            ("EU7_MOTIVASJON", (decimal?)null),
            ("GSP", 7.9m),
        ]);
    }

    [Test]
    public void Without_the_columns_no_observation_has_a_standardavvik()
    {
        using var folder = DataFolder.Valid();

        DataSetReader.Read(folder.Path).Input.Observations.Should().OnlyContain(o => o.Standardavvik == null);
    }

    [TestCase("-0,2", TestName = "A negative standardavvik is refused with file, line and column")]
    [TestCase("4,5", TestName = "A standardavvik wider than the index's scale is refused with file, line and column")]
    public void A_standardavvik_outside_the_scale_is_refused(string sd)
    {
        using var folder = DataFolder.Valid()
            .Text("elevundersokelsen.csv", $"orgnr;skoleaar;trinn;mobbing;stotte_fra_laerer;motivasjon;antall_besvart;standardavvik_motivasjon\n{DataFolder.OrgA};2023-24;7;5,5;4,1;3,9;20;{sd}\n");

        var problem = DataSetReader.Read(folder.Path).Problems.Single(p => p.IsError);

        (problem.Code, problem.File, problem.Line, problem.Column, problem.Found).Should().Be(("value-out-of-range", "elevundersokelsen.csv", (int?)2, "standardavvik_motivasjon", sd));
        problem.Message.Should().Be("a standard deviation for EU7_MOTIVASJON must lie between 0 and 4");
    }
}

/// <summary>Issue 15: a suppressed cell and an empty one are both missing, but the evidence keeps them apart.</summary>
public class MissingValueTests
{
    [Test]
    public void A_suppression_mark_is_suppressed_and_a_no_data_mark_is_no_data()
    {
        using var folder = DataFolder.Valid()
            .Text("elevundersokelsen.csv", $"orgnr;skoleaar;trinn;mobbing;stotte_fra_laerer;motivasjon;antall_besvart\n{DataFolder.OrgA};2023-24;7;*;:;..;20\n");

        var observations = DataSetReader.Read(folder.Path).Input.Observations.Where(o => o.Indicator.Grade == 7 && o.Indicator.Code.StartsWith("EU", StringComparison.Ordinal));

        observations.Select(o => (o.Indicator.Code, o.Value, o.Missing)).Should().Equal(
            ("EU7_MOBBING", (decimal?)null, Core.Data.MissingValue.Suppressed),
            ("EU7_STOTTE", (decimal?)null, Core.Data.MissingValue.Suppressed), // :
            ("EU7_MOTIVASJON", (decimal?)null, Core.Data.MissingValue.NoData)); // ..
    }
}
