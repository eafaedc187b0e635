using Selection.Core;
using Selection.IO.Output;

namespace Selection.SampleData.Tests;

/// <summary>
/// A range of school years and the national tests' scale break (issue 12): the data set of
/// <c>sample-data/historikk</c> (2016-17 to 2024-25, default seed), with and without the break.
/// </summary>
public class SchoolYearRangeTests
{
    private static readonly SampleYears Historical = new(2016, 2024);

    private SampleDataSet _withBreak = null!;
    private SampleDataSet _withoutBreak = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        _withBreak = SampleDataGenerator.Generate(SampleDataGenerator.DefaultSeed, Historical, scaleBreak: true);
        _withoutBreak = SampleDataGenerator.Generate(SampleDataGenerator.DefaultSeed, Historical, scaleBreak: false);
    }

    [Test]
    public void The_default_years_given_explicitly_give_the_default_data_set()
    {
        var explicitYears = SampleDataGenerator.Generate(SampleDataGenerator.DefaultSeed, new SampleYears(2020, 2023), scaleBreak: false);

        explicitYears.Schools.Should().Equal(DefaultSample.Data.Schools);
        explicitYears.Elevundersokelsen.Should().Equal(DefaultSample.Data.Elevundersokelsen);
        explicitYears.NasjonaleProver.Should().Equal(DefaultSample.Data.NasjonaleProver);
        explicitYears.Grunnskolepoeng.Should().Equal(DefaultSample.Data.Grunnskolepoeng);
        explicitYears.Nasjonalt.Should().Equal(DefaultSample.Data.Nasjonalt);
        explicitYears.Metadata.Should().Be(DefaultSample.Data.Metadata);
    }

    [Test]
    public void A_range_gives_exactly_its_school_years_in_every_table()
    {
        var expected = Enumerable.Range(2016, 9).ToArray();

        YearsOf(_withBreak.Elevundersokelsen.Select(r => r.Skoleaar)).Should().Equal(expected);
        YearsOf(_withBreak.NasjonaleProver.Select(r => r.Skoleaar)).Should().Equal(expected);
        YearsOf(_withBreak.Grunnskolepoeng.Select(r => r.Skoleaar)).Should().Equal(expected);
        YearsOf(_withBreak.Nasjonalt.Select(r => r.Skoleaar)).Should().Equal(expected);
        _withBreak.Nasjonalt.Should().HaveCount(Indicator.All.Count * expected.Length);
    }

    [Test]
    public void The_committed_historical_sample_data_is_what_the_generator_writes_for_2016_17_to_2024_25()
    {
        using var folder = new TempFolder();
        SampleDataGenerator.WriteTo(_withBreak, folder.Path);
        var committed = Path.Combine(RepoRoot(), "sample-data", "historikk");

        Directory.EnumerateFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Should().Equal(Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName).Append(OutputFolder.MarkerFile).Order(StringComparer.Ordinal));
        foreach (var file in Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName))
            File.ReadAllBytes(Path.Combine(committed, file!)).Should().Equal(File.ReadAllBytes(folder.File(file!)),
                $"sample-data/historikk/{file} must be regenerated with `selection sample --out sample-data/historikk --from 2016-17 --to 2024-25 --force`");
    }

    [Test]
    public void The_register_does_not_depend_on_the_years() =>
        _withBreak.Schools.Should().Equal(DefaultSample.Data.Schools, "the register is drawn before any year, one draw per choice whatever the range");

    [Test]
    public void New_and_closed_schools_change_in_the_middle_of_the_range()
    {
        var yearsBySchool = _withBreak.NasjonaleProver.Select(r => (r.OrgNr, r.Skoleaar.StartYear))
            .Concat(_withBreak.Elevundersokelsen.Select(r => (r.OrgNr, r.Skoleaar.StartYear)))
            .Concat(_withBreak.Grunnskolepoeng.Select(r => (r.OrgNr, r.Skoleaar.StartYear)))
            .GroupBy(x => x.OrgNr)
            .ToDictionary(g => g.Key, g => g.Select(x => x.StartYear).Distinct().Order().ToArray());

        yearsBySchool.Values.Count(y => y.SequenceEqual(Enumerable.Range(2020, 5))).Should().BeGreaterThanOrEqualTo(3, "new schools start in 2020-21");
        yearsBySchool.Values.Count(y => y.SequenceEqual(Enumerable.Range(2016, 4))).Should().BeGreaterThanOrEqualTo(3, "some schools closed after 2019-20");
    }

    [TestCase(5, 3.0)]
    [TestCase(8, 2.0)]
    public void With_the_break_the_mean_share_at_mestringsniva_1_is_lower_before_2022_23_by_the_gap_of_the_scales(int trinn, double gap)
    {
        // The national levels differ by exactly `gap` (25 against 22 %, 10 against 8 %). Each side averages
        // 6,000 to 30,000 rows of largely the same schools, so the schools' own effects cancel and the draws
        // (binomial over the pupils, the yearly shocks) leave an error of about 0.1 point; the logistic link
        // stretches a gap of levels a little for the schools' spread (seed 2024, written rows: about 3.0 in 5th grade, 2.2 in
        // 8th). 0.5 point holds both with room and still tells a break of 2–3 points from none.
        MeanBeforeMinusAfter(_withBreak, trinn).Should().BeApproximately(-gap, 0.5);
        MeanBeforeMinusAfter(_withoutBreak, trinn).Should().BeApproximately(0, 0.5, "without the break every year is on the new scale");
    }

    [TestCase("NP5_LES_MN1", 22.0, 25.0)]
    [TestCase("NP5_REG_MN1", 22.0, 25.0)]
    [TestCase("NP8_LES_MN1", 8.0, 10.0)]
    [TestCase("NP8_REG_MN1", 8.0, 10.0)]
    public void The_national_rows_follow_the_levels_of_the_schools_data(string code, double oldScale, double newScale)
    {
        // The national row is the pupil-weighted mean of the schools' rows. The schools' spread around the
        // level lifts it a little above the level (most where the share is small: 8th grade comes out near
        // 8.3 and 10.5), and the draws move it by a few tenths from year to year: within 1.5 points of the
        // level, and the gap between the scales within 0.5 of the levels' gap.
        var rows = _withBreak.Nasjonalt.Where(n => n.Indikator.Code == code).ToArray();
        var before = rows.Where(n => n.Skoleaar.StartYear < SampleDataGenerator.ScaleBreakStartYear).Select(n => (double)n.Verdi).ToArray();
        var after = rows.Where(n => n.Skoleaar.StartYear >= SampleDataGenerator.ScaleBreakStartYear).Select(n => (double)n.Verdi).ToArray();

        (before.Length, after.Length).Should().Be((6, 3));
        before.Should().OnlyContain(v => Math.Abs(v - oldScale) < 1.5);
        after.Should().OnlyContain(v => Math.Abs(v - newScale) < 1.5);
        before.Max().Should().BeLessThan(after.Min(), "the break shows in every year");
        (after.Average() - before.Average()).Should().BeApproximately(newScale - oldScale, 0.5);
    }

    [Test]
    public void The_break_changes_only_the_national_tests_before_2022_23()
    {
        static bool Before(NasjonaleProverRow r) => r.Skoleaar.StartYear < SampleDataGenerator.ScaleBreakStartYear;

        _withBreak.Schools.Should().Equal(_withoutBreak.Schools);
        _withBreak.Elevundersokelsen.Should().Equal(_withoutBreak.Elevundersokelsen);
        _withBreak.Grunnskolepoeng.Should().Equal(_withoutBreak.Grunnskolepoeng);
        _withBreak.NasjonaleProver.Where(r => !Before(r)).Should().Equal(_withoutBreak.NasjonaleProver.Where(r => !Before(r)));
        _withBreak.NasjonaleProver.Where(Before).Select(r => r with { AndelMestringsniva1 = 0 })
            .Should().Equal(_withoutBreak.NasjonaleProver.Where(Before).Select(r => r with { AndelMestringsniva1 = 0 }), "the same rows and pupils");
    }

    [Test]
    public void The_description_tells_of_the_break_and_the_source_names_the_years()
    {
        _withBreak.Metadata.Description.Should().Contain("school years 2016-17 to 2024-25")
            .And.Contain("before 2022-23 are on the old scale").And.Contain("22 % in 5th grade and 8 % in 8th grade");
        _withBreak.Metadata.Source.Should().Be("generated by `selection sample --seed 2024 --from 2016-17 --to 2024-25`");
        _withoutBreak.Metadata.Description.Should().NotContain("old scale");
        DefaultSample.Data.Metadata.Description.Should().NotContain("old scale");
    }

    [Test]
    public void The_break_is_not_told_when_the_years_start_on_the_new_scale()
    {
        var data = SampleDataGenerator.Generate(7, new SampleYears(2022, 2024), scaleBreak: true);

        data.Metadata.Description.Should().NotContain("old scale");
        data.Metadata.Source.Should().Be("generated by `selection sample --seed 7 --from 2022-23 --to 2024-25`");
    }

    [TestCase(2009, 2012, TestName = "First year before 2010-11")]
    [TestCase(2020, 2031, TestName = "Last year after 2030-31")]
    [TestCase(2021, 2020, TestName = "Last year before the first")]
    public void A_range_outside_2010_11_to_2030_31_or_backwards_is_refused(int first, int last) =>
        FluentActions.Invoking(() => new SampleYears(first, last)).Should().Throw<ArgumentOutOfRangeException>();

    [TestCase(2010, 2010, TestName = "One school year, on the lower limit")]
    [TestCase(2030, 2030, TestName = "One school year, on the upper limit")]
    public void A_range_of_one_school_year_gives_every_school_that_year(int first, int last)
    {
        var data = SampleDataGenerator.Generate(7, new SampleYears(first, last), scaleBreak: true);

        YearsOf(data.NasjonaleProver.Select(r => r.Skoleaar)).Should().Equal(first);
        data.NasjonaleProver.Select(r => r.OrgNr).Concat(data.Elevundersokelsen.Select(r => r.OrgNr)).Distinct().Count()
            .Should().BeGreaterThan(data.Schools.Count - 10, "only the few schools missing a year have no rows");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Selection.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Selection.sln not found above " + AppContext.BaseDirectory);
    }

    private static int[] YearsOf(IEnumerable<SchoolYear> years) => years.Select(y => y.StartYear).Distinct().Order().ToArray();

    /// <summary>The mean share at mestringsnivå 1 over the schools' lesing and regning rows before 2022-23, less the mean from 2022-23.</summary>
    private static double MeanBeforeMinusAfter(SampleDataSet data, int trinn)
    {
        var rows = data.NasjonaleProver.Where(r => r.Trinn == trinn && r.Fag is "lesing" or "regning").ToArray();
        double Mean(Func<NasjonaleProverRow, bool> which) => rows.Where(which).Average(r => (double)r.AndelMestringsniva1);
        return Mean(r => r.Skoleaar.StartYear < SampleDataGenerator.ScaleBreakStartYear) - Mean(r => r.Skoleaar.StartYear >= SampleDataGenerator.ScaleBreakStartYear);
    }
}
