using System.Globalization;

namespace Selection.Sweep.Tests;

/// <summary><c>--vary &lt;key&gt;=&lt;from&gt;:&lt;to&gt;:&lt;step&gt;</c>: exact decimal grids with both ends, and clear refusals.</summary>
public class SweepGridTests
{
    private static SweepAxis Axis(string text)
    {
        var axis = SweepGrid.ParseAxis(text, Liten.English);
        axis.Success.Should().BeTrue(axis.Error);
        return axis.Value;
    }

    private static string Refusal(string text)
    {
        var axis = SweepGrid.ParseAxis(text, Liten.English);
        axis.Success.Should().BeFalse();
        return axis.Error!;
    }

    private static string[] Texts(IEnumerable<decimal> values) => values.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray();

    [Test]
    public void Hundredths_from_0_20_to_0_30_are_exactly_eleven_values_with_both_ends()
    {
        var axis = Axis("topShare=0.20:0.30:0.01");

        axis.Key.Kind.Should().Be(SweepKeyKind.TopShare);
        Texts(axis.Values).Should().Equal("0.20", "0.21", "0.22", "0.23", "0.24", "0.25", "0.26", "0.27", "0.28", "0.29", "0.30");
        axis.Values.Should().Equal(0.20m, 0.21m, 0.22m, 0.23m, 0.24m, 0.25m, 0.26m, 0.27m, 0.28m, 0.29m, 0.30m);
        axis.Text.Should().Be("topShare=0.20:0.30:0.01");
    }

    [Test]
    public void A_tenth_added_a_thousand_times_stays_exact()
    {
        // 0.1 has no exact double: a double grid ends at 99.9000000000014 and loses its last point.
        var axis = Axis("spread.threshold=0.1:100:0.1");

        axis.Values.Should().HaveCount(1000);
        axis.Values[^1].Should().Be(100m);
        Texts(axis.Values)[^1].Should().Be("100.0");
        axis.Values[499].Should().Be(50m);
    }

    [Test]
    public void Every_value_has_the_most_decimals_any_end_or_the_step_was_written_with()
    {
        Texts(Axis("spread.threshold=0.1:0.2:0.05").Values).Should().Equal("0.10", "0.15", "0.20");
        Texts(Axis("floor.GSP=35:37:1").Values).Should().Equal("35", "36", "37");
        Texts(Axis("floor.GSP=35.0:37:1").Values).Should().Equal("35.0", "36.0", "37.0");
    }

    [Test]
    public void A_single_value_is_a_grid_of_one()
    {
        Axis("topShare=0.25:0.25:0.01").Values.Should().Equal(0.25m);
    }

    [Test]
    public void A_whole_key_takes_whole_numbers_even_written_with_decimals()
    {
        var axis = Axis("route1Count=10.0:20:5");

        Texts(axis.Values).Should().Equal("10", "15", "20");
        axis.Key.IsWhole.Should().BeTrue();
    }

    [TestCase("topShare", SweepKeyKind.TopShare, null)]
    [TestCase("spread.threshold", SweepKeyKind.SpreadThreshold, null)]
    [TestCase("route1Count", SweepKeyKind.Route1Count, null)]
    [TestCase("route2Max", SweepKeyKind.Route2Max, null)]
    [TestCase("minPossiblePoints", SweepKeyKind.MinPossiblePoints, null)]
    [TestCase("minKommunePossiblePoints", SweepKeyKind.MinKommunePossiblePoints, null)]
    [TestCase("floor.GSP", SweepKeyKind.Floor, "GSP")]
    [TestCase("floor.np5_les_mn1@2022-2023", SweepKeyKind.Floor, "NP5_LES_MN1", TestName = "An indicator code in any case, a school year in any form")]
    [TestCase("weight.EU10_MOBBING", SweepKeyKind.Weight, "EU10_MOBBING")]
    public void Every_key_the_brief_names_is_known(string key, SweepKeyKind kind, string? indicator)
    {
        var parsed = SweepKey.Parse(key, Liten.English);

        parsed.Success.Should().BeTrue(parsed.Error);
        parsed.Value.Kind.Should().Be(kind);
        parsed.Value.Indicator?.Code.Should().Be(indicator);
    }

    [Test]
    public void A_floor_for_a_school_year_is_named_in_the_canonical_form()
    {
        SweepKey.Parse("floor.np5_les_mn1@2022-2023", Liten.English).Value.Name.Should().Be("floor.NP5_LES_MN1@2022-23");
    }

    [TestCase("topShare=0.20:0.30", "--vary topShare=0.20:0.30: write <key>=<from>:<to>:<step>, for example topShare=0.20:0.30:0.01", TestName = "Two numbers")]
    [TestCase("topShare", "--vary topShare: write <key>=<from>:<to>:<step>, for example topShare=0.20:0.30:0.01", TestName = "No range")]
    [TestCase("topShare=0,20:0,30:0,01", "--vary topShare=0,20:0,30:0,01: '0,20' is not a number (write a point as the decimal mark, for example 0.25)", TestName = "A decimal comma")]
    [TestCase("topShare=2e-1:0.3:0.1", "--vary topShare=2e-1:0.3:0.1: '2e-1' is not a number (write a point as the decimal mark, for example 0.25)", TestName = "An exponent")]
    [TestCase("topShare=0.2:0.3:0", "--vary topShare=0.2:0.3:0: the step must be above 0", TestName = "A step of 0")]
    [TestCase("topShare=0.2:0.3:-0.01", "--vary topShare=0.2:0.3:-0.01: the step must be above 0", TestName = "A negative step")]
    [TestCase("topShare=0.3:0.2:0.01", "--vary topShare=0.3:0.2:0.01: from (0.3) is greater than to (0.2)", TestName = "From after to")]
    [TestCase("topShare=0.20:0.30:0.03", "--vary topShare=0.20:0.30:0.03: to (0.30) is not from (0.20) plus a whole number of steps of 0.03, and both ends must be in the grid", TestName = "To between two steps")]
    [TestCase("route1Count=10:20:2.5", "--vary route1Count=10:20:2.5: route1Count takes whole numbers, and 2.5 is not one", TestName = "A fraction for a whole key")]
    [TestCase("weight.GSP=1.5:3:1", "--vary weight.GSP=1.5:3:1: weight.GSP takes whole numbers, and 1.5 is not one", TestName = "A fractional weight")]
    [TestCase("topShare=0:1:0.001", "--vary topShare=0:1:0.001: 1001 values are too many; at most 1000", TestName = "More than a thousand values")]
    [TestCase("topShare=0:1000000000000:0.0000000001", "--vary topShare=0:1000000000000:0.0000000001: > 1000000000 values are too many; at most 1000", TestName = "Values beyond counting")]
    [TestCase("weight.GSP@2023-24=1:3:1", "--vary weight.GSP@2023-24=1:3:1: 'weight.GSP@2023-24': a weight holds for every school year; only a floor takes @<school year>", TestName = "A weight for a school year")]
    public void A_bad_axis_is_refused_naming_the_option_and_what_is_wrong(string vary, string message)
    {
        Refusal(vary).Should().Be(message);
    }

    [Test]
    public void An_unknown_key_is_refused_naming_the_known_keys()
    {
        Refusal("cutShare=0.2:0.3:0.01").Should().Be(
            "--vary cutShare=0.2:0.3:0.01: 'cutShare' is not a key sweep can vary; known keys: topShare, spread.threshold, route1Count, route2Max, " +
            "minPossiblePoints, minKommunePossiblePoints, floor.<indicator>, floor.<indicator>@<school year>, weight.<indicator> " +
            "(with the indicator's code, for example floor.GSP)");
    }

    [TestCase("topshare=0.2:0.3:0.1", "'topshare' is not a key sweep can vary; did you mean 'topShare'?")]
    [TestCase("Spread.Threshold=0.1:0.2:0.1", "'Spread.Threshold' is not a key sweep can vary; did you mean 'spread.threshold'?")]
    [TestCase("Floor.GSP=35:36:1", "'Floor.GSP' is not a key sweep can vary; did you mean 'floor.GSP'?")]
    public void A_key_in_another_case_gets_a_did_you_mean(string vary, string message)
    {
        Refusal(vary).Should().EndWith(message);
    }

    [Test]
    public void An_unknown_indicator_is_refused_naming_the_indicators()
    {
        Refusal("floor.GSP10=35:36:1").Should().StartWith("--vary floor.GSP10=35:36:1: 'floor.GSP10': ").And.Contain("EU7_MOBBING");
    }

    [Test]
    public void Two_axes_are_the_cross_product_with_the_first_outermost()
    {
        var axes = new[] { Axis("topShare=0.25:0.50:0.25"), Axis("spread.threshold=0.05:0.15:0.10") };

        SweepGrid.CheckAxes(axes, Liten.English).Should().BeNull();
        SweepGrid.Points(axes).Select(p => (p[0], p[1])).Should().Equal((0.25m, 0.05m), (0.25m, 0.15m), (0.50m, 0.05m), (0.50m, 0.15m));
    }

    [Test]
    public void More_than_two_axes_a_key_twice_and_more_than_a_thousand_points_are_refused()
    {
        var share = Axis("topShare=0.25:0.50:0.25");
        var spread = Axis("spread.threshold=0.05:0.15:0.10");
        var route = Axis("route1Count=1:2:1");

        SweepGrid.CheckAxes([share, spread, route], Liten.English).Should().Be("--vary is given 3 times; sweep varies at most 2 keys at once");
        SweepGrid.CheckAxes([share, Axis("topShare=0.1:0.2:0.1")], Liten.English).Should().Be("--vary: topShare is given more than once");
        SweepGrid.CheckAxes([Axis("topShare=0.01:1:0.01"), Axis("route1Count=1:11:1")], Liten.English)
            .Should().Be("--vary: the grid has 1100 points (the values along each key multiplied); at most 1000");
        SweepGrid.CheckAxes([Axis("topShare=0.01:1:0.01"), Axis("route1Count=1:10:1")], Liten.English).Should().BeNull();
    }
}
