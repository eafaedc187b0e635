using Selection.Core;
using Selection.Core.Data;
using Selection.IO.Input;
using Selection.IO.Reference;
using Selection.IO.Rules;

namespace Selection.SampleData.Tests;

/// <summary>
/// Issue 12, item 2: each round preset runs on the committed data set for past rounds
/// (<c>sample-data/historikk</c>, 2016-17 to 2024-25 with the national tests' 2022 scale break), in its own
/// kommune structure and window, and agrees with the straightforward method, floors by school year included.
/// </summary>
public class RoundPresetsOnHistoryTests
{
    private static readonly Lazy<SelectionInput> History = new(() =>
    {
        var loaded = DataSetReader.Read(Path.Combine(RepoRoot(), "sample-data", "historikk"));
        loaded.HasErrors.Should().BeFalse(string.Join("; ", loaded.Problems.Take(3)));
        return loaded.Input;
    });

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Selection.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Selection.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<int> Rounds() => Enumerable.Range(2020, 7);

    [TestCaseSource(nameof(Rounds))]
    public void A_round_preset_runs_in_its_window_and_structure_and_agrees_with_the_straightforward_method(int year)
    {
        var rules = RulesReader.Load($"runde-{year}").Rules!.Rules;

        var outcome = SelectionEngine.Run(History.Value, rules, ReferenceTables.History);

        outcome.Succeeded.Should().BeTrue(string.Join("; ", outcome.Problems.Take(3)));
        var result = outcome.Result!;
        result.Window.Should().Equal(new SchoolYear(year - 4), new SchoolYear(year - 3), new SchoolYear(year - 2));
        result.Structure.Year.Should().Be(year <= 2023 ? 2020 : 2024);
        result.Route1.Taken.Should().BeGreaterThanOrEqualTo(rules.Route1Count);
        var (schools, kommuner) = ReferenceSelection.Compute(History.Value, rules, result);
        result.Schools.Where(s => s.Included).Select(s => new ReferenceSelection.SchoolRow(s.School.OrgNr, s.Points, s.Possible, s.Rank, s.Flagged))
            .Should().Equal(schools);
        result.Kommuner.Select(k => new ReferenceSelection.KommuneRow(k.Kommune.Nummer, k.Points, k.Possible, k.Rank, k.Route, k.Route2Order))
            .Should().Equal(kommuner);
    }

    [Test]
    public void A_window_across_the_scale_break_holds_each_year_against_its_own_floor()
    {
        var rules = RulesReader.Load("runde-2024").Rules!.Rules; // 2020-21 .. 2022-23
        var result = SelectionEngine.Run(History.Value, rules, ReferenceTables.History).Result!;

        var floors = result.Schools.SelectMany(s => s.Observations)
            .Where(o => o.Observation.Indicator == Indicator.NP5_LES_MN1)
            .GroupBy(o => o.Observation.Year)
            .ToDictionary(g => g.Key.ToString(), g => g.Select(o => o.Floor).Distinct().Single());
        floors.Should().Equal(new Dictionary<string, decimal> { ["2020-21"] = 35.0m, ["2021-22"] = 35.0m, ["2022-23"] = 40.0m });
    }
}
