namespace Selection.Core.Tests;

/// <summary>DOMAIN §6: the proposal from the statsforvaltere's priorities, pinned by hand-computed cases.</summary>
public class FinalSelectionTests
{
    private static KommuneNr K(string nr) => KommuneNr.Of(nr);

    // Five route-2 candidates in the run's route-2 order A (1) … E (5), two route-1 kommuner.
    private static readonly IReadOnlyList<Route2Candidate> Candidates =
    [
        new(K("1101"), 1), new(K("1103"), 2), new(K("4601"), 3), new(K("1806"), 4), new(K("1875"), 5),
    ];

    private static readonly IReadOnlyList<KommuneNr> Route1 = [K("3101"), K("0301")];

    private static Dictionary<KommuneNr, int> Priorities(params (string Kommune, int Priority)[] given) =>
        given.ToDictionary(g => K(g.Kommune), g => g.Priority);

    private static IEnumerable<(string Kommune, int? Priority, int? Place, bool Taken)> Route2(Proposal p) =>
        p.Kommuner.Where(k => k.Route == Route.LargeDifferences).Select(k => (k.Kommune.Value, k.Priority, k.Place, k.Taken));

    [Test]
    public void Every_route_1_kommune_is_taken_first_in_kommunenummer_order()
    {
        var proposal = FinalSelection.Propose(Route1, Candidates, Priorities(), route2Max: 0);

        proposal.Kommuner.Take(2).Select(k => (k.Kommune.Value, k.Route, k.Taken)).Should().Equal(("0301", Route.WeakOverall, true), ("3101", Route.WeakOverall, true));
        Route2(proposal).Should().OnlyContain(k => !k.Taken);
    }

    [Test]
    public void Without_any_priority_the_run_s_route_2_order_decides()
    {
        var proposal = FinalSelection.Propose(Route1, Candidates, Priorities(), route2Max: 2);

        Route2(proposal).Should().Equal(
            ("1101", null, 1, true), ("1103", null, 2, true), ("4601", null, 3, false), ("1806", null, 4, false), ("1875", null, 5, false));
    }

    [Test]
    public void Priority_1_of_every_statsforvalter_comes_before_any_priority_2_ties_by_route_2_order_and_unprioritised_last()
    {
        // E and C priority 1 (E is later in the route-2 order: C, E), D priority 2, A and B none.
        var proposal = FinalSelection.Propose(Route1, Candidates, Priorities(("1875", 1), ("4601", 1), ("1806", 2)), route2Max: 3);

        Route2(proposal).Should().Equal(
            ("4601", 1, 1, true), ("1875", 1, 2, true), ("1806", 2, 3, true), ("1101", null, 4, false), ("1103", null, 5, false));
    }

    [Test]
    public void A_route2_max_larger_than_the_candidates_takes_them_all()
    {
        var proposal = FinalSelection.Propose(Route1, Candidates, Priorities(("1103", 3)), route2Max: 10);

        Route2(proposal).Should().OnlyContain(k => k.Taken);
        proposal.Route2Taken.Should().Be(5);
        proposal.Taken.Should().HaveCount(7);
    }

    [Test]
    public void A_route2_max_smaller_than_the_prioritised_cuts_inside_a_priority()
    {
        // Three at priority 1 (A, C, E in route-2 order), route2Max 2: A and C are taken, E is not.
        var proposal = FinalSelection.Propose([], Candidates, Priorities(("1875", 1), ("4601", 1), ("1101", 1)), route2Max: 2);

        Route2(proposal).Take(3).Should().Equal(("1101", 1, 1, true), ("4601", 1, 2, true), ("1875", 1, 3, false));
    }

    [Test]
    public void A_priority_below_1_is_refused()
    {
        var propose = () => FinalSelection.Propose(Route1, Candidates, Priorities(("1101", 0)), 2);

        propose.Should().Throw<ArgumentException>().WithMessage("A priority is a whole number of at least 1.*");
    }
}
