using Selection.Core;
using Selection.IO.Rules;

namespace Selection.IO.Tests;

/// <summary>
/// Issue 12, item 2: one preset per selection round of the two-route model from 2020, <c>runde-&lt;year&gt;</c>,
/// each with its kommune structure and last school year, illustrative and saying so.
/// </summary>
public class RoundPresetTests
{
    private static readonly int[] Rounds = [2020, 2021, 2022, 2023, 2024, 2025, 2026];

    [Test]
    public void There_is_one_round_preset_per_year_from_2020_beside_illustrativ() =>
        RulesReader.PresetNames.Should().Equal(["illustrativ", .. Rounds.Select(y => $"runde-{y}")]);

    [TestCaseSource(nameof(Rounds))]
    public void A_round_preset_loads_as_format_2_with_its_structure_and_the_last_school_year_before_the_round(int year)
    {
        var (loaded, problems) = RulesReader.Load($"runde-{year}");

        problems.Should().BeEmpty();
        var rules = loaded!.Rules;
        rules.Name.Should().Be($"oppfolging-runde-{year}");
        rules.Version.Should().Be(2);
        // The kommune structure in force in the round's year: 2020 until 2023, 2024 from then.
        rules.KommuneStructure.Should().Be(year <= 2023 ? 2020 : 2024);
        // The last school year that all three sources had completed before the round's year (docs/metode.md).
        rules.LastSchoolYear.Should().Be(new SchoolYear(year - 2));
        rules.IsIllustrative.Should().BeTrue();
        rules.Provenance.Should().StartWith($"illustrative: round {year} of the two-route model");
    }

    [TestCaseSource(nameof(Rounds))]
    public void A_round_presets_national_test_floors_change_with_the_new_scales_from_2022_23_and_the_others_do_not(int year)
    {
        var rules = RulesReader.Load($"runde-{year}").Rules!.Rules;
        SchoolYear old = new(2021), renewed = new(2022);

        foreach (var rule in rules.Indicators)
        {
            if (rule.Indicator.Code.StartsWith("NP", StringComparison.Ordinal))
                rule.FloorIn(old).Should().BeLessThan(rule.FloorIn(renewed), rule.Indicator.Code);
            else
                rule.Floors.IsConstant.Should().BeTrue(rule.Indicator.Code);
        }
    }
}
