using Selection.IO.Rules;

namespace Selection.Sweep.Tests;

/// <summary>Every grid point's rules are made, and checked as a rules file is, before any data is read.</summary>
public class SweepPlanTests
{
    private static SweepAxis Axis(string text) => SweepGrid.ParseAxis(text, Liten.English).Value;

    [Test]
    public void Every_point_gets_its_rules_with_its_values()
    {
        var (points, problems) = SweepPlan.Make(Liten.Rules().Rules, [Axis("topShare=0.25:0.5:0.25"), Axis("route1Count=1:3:2")], Liten.English);

        problems.Should().BeEmpty();
        points!.Select(p => (p.Index, p.Rules.TopShare, p.Rules.Route1Count)).Should().Equal((0, 0.25m, 1), (1, 0.25m, 3), (2, 0.50m, 1), (3, 0.50m, 3));
    }

    [Test]
    public void Values_a_rules_file_may_not_hold_are_counted_and_the_first_is_explained_as_the_reader_explains_it()
    {
        var (points, problems) = SweepPlan.Make(Liten.Rules().Rules, [Axis("topShare=0:1.5:0.5")], Liten.English);

        points.Should().BeNull();
        problems.Should().Equal(
            "--vary topShare=0:1.5:0.5: 2 of 4 values are refused as a rules file would refuse them; the first, 0.0: key 'topShare': must lie in (0, 1]: above 0, at most 1");
    }

    [Test]
    public void Each_axis_is_checked_and_every_problem_named()
    {
        var (_, problems) = SweepPlan.Make(Liten.Rules().Rules, [Axis("route1Count=999:1002:1"), Axis("weight.GSP=0:2:1")], Liten.English);

        problems.Should().Equal(
            "--vary route1Count=999:1002:1: 2 of 4 values are refused as a rules file would refuse them; the first, 1001: key 'route1Count': must be at most 1000",
            "--vary weight.GSP=0:2:1: 1 of 3 values are refused as a rules file would refuse them; the first, 0: key 'indicators[10].weight': must be at least 1");
    }

    [Test]
    public void A_key_the_rules_do_not_have_is_one_problem_whatever_the_values()
    {
        var runde = RulesReader.Load("runde-2025").Rules!.Rules;

        var (_, problems) = SweepPlan.Make(runde, [Axis("floor.NP5_LES_MN1=30:40:5")], Liten.English);

        problems.Should().Equal(
            "--vary floor.NP5_LES_MN1=30:40:5: 'floor.NP5_LES_MN1': the rules give NP5_LES_MN1 floors by school year (35.0 until 2021-22, 40.0 from 2022-23); " +
            "say which period to vary, by a school year in it: floor.NP5_LES_MN1@<school year>, for example floor.NP5_LES_MN1@2022-23");
    }

    [Test]
    public void Too_many_axes_are_refused_before_any_rules_are_made()
    {
        var (_, problems) = SweepPlan.Make(Liten.Rules().Rules, [Axis("topShare=0.25:0.5:0.25"), Axis("route1Count=1:3:2"), Axis("route2Max=1:3:2")], Liten.English);

        problems.Should().Equal("--vary is given 3 times; sweep varies at most 2 keys at once");
    }
}
