using Selection.Core;
using Selection.Core.Data;
using Selection.Core.Rules;
using Selection.IO.Input;
using Selection.IO.Reference;
using Selection.IO.Rules;

namespace Selection.SampleData.Tests;

/// <summary>
/// The engine (scoring on arrays, <see cref="PreparedSelection"/>) against <see cref="ReferenceSelection"/>,
/// the method computed the straightforward way, on generated countries read back through the data reader:
/// every school's points, possible points, rank and flag, every kommune's own points, rank, route and
/// route-2 place agree. Small scales here; the benchmarks run the same data at 100×.
/// </summary>
public class EngineAgainstReferenceTests
{
    private static readonly Lazy<SelectionInput> TwoCountries = new(() => Read(SampleDataGenerator.Generate(SampleDataGenerator.DefaultSeed, 2)));
    private static readonly Lazy<SelectionInput> OneCountry = new(() => Read(SampleDataGenerator.Generate(31)));

    private static SelectionInput Read(SampleDataSet data)
    {
        using var folder = new TempFolder();
        SampleDataGenerator.WriteTo(data, folder.Path);
        var loaded = DataSetReader.Read(folder.Path);
        loaded.HasErrors.Should().BeFalse(string.Join("; ", loaded.Problems.Take(3)));
        return loaded.Input;
    }

    private static SelectionRules Illustrative => RulesReader.Load("illustrativ").Rules!.Rules;

    private static SelectionRules Vary(SelectionRules r, NationalLimitMode? mode = null, SpreadMeasure? measure = null, decimal? threshold = null, bool? privateSchools = null, decimal? topShare = null) =>
        new(r.Name, r.Version, r.Provenance, r.KommuneStructure, r.WindowYears, mode ?? r.NationalLimit, privateSchools ?? r.IncludePrivateSchools,
            r.MinPossiblePoints, topShare ?? r.TopShare, r.Route1Count, r.Route2Max, new SpreadRule(measure ?? r.Spread.Measure, threshold ?? r.Spread.Threshold),
            r.Indicators, r.MinKommunePossiblePoints);

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("two countries, illustrativ", (Func<SelectionRules, SelectionRules>)(r => r), true);
        yield return new TestCaseData("school mean, range", (Func<SelectionRules, SelectionRules>)(r => Vary(r, NationalLimitMode.SchoolMean, SpreadMeasure.Range, 0.4m)), false);
        yield return new TestCaseData("pupil-weighted, max minus median, private schools", (Func<SelectionRules, SelectionRules>)(r => Vary(r, NationalLimitMode.PupilWeightedMean, SpreadMeasure.MaxMinusMedian, 0.2m, privateSchools: true)), false);
        yield return new TestCaseData("sd threshold 0, top third", (Func<SelectionRules, SelectionRules>)(r => Vary(r, threshold: 0m, topShare: 0.33m)), false);
    }

    [TestCaseSource(nameof(Cases))]
    public void The_engine_agrees_with_the_straightforward_method(string name, Func<SelectionRules, SelectionRules> vary, bool twoCountries)
    {
        var input = twoCountries ? TwoCountries.Value : OneCountry.Value;
        var rules = vary(Illustrative);

        var outcome = SelectionEngine.Run(input, rules, ReferenceTables.History);
        outcome.Succeeded.Should().BeTrue(string.Join("; ", outcome.Problems.Take(3)));
        var result = outcome.Result!;
        var (schools, kommuner) = ReferenceSelection.Compute(input, rules, result);

        result.Schools.Where(s => s.Included).Select(s => new ReferenceSelection.SchoolRow(s.School.OrgNr, s.Points, s.Possible, s.Rank, s.Flagged))
            .Should().Equal(schools, name);
        result.Kommuner.Select(k => new ReferenceSelection.KommuneRow(k.Kommune.Nummer, k.Points, k.Possible, k.Rank, k.Route, k.Route2Order))
            .Should().Equal(kommuner, name);
        schools.Should().Contain(s => s.Flagged);
        kommuner.Should().Contain(k => k.Route == Route.WeakOverall).And.Contain(k => k.Route == Route.LargeDifferences);
    }
}
