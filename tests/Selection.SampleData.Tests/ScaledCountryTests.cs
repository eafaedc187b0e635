namespace Selection.SampleData.Tests;

/// <summary><c>selection sample --scale N</c>: N countries in one data set, for benchmarks.</summary>
public class ScaledCountryTests
{
    [Test]
    public void Scale_one_is_the_sample_itself()
    {
        var one = SampleDataGenerator.Generate(7, 1);
        var plain = SampleDataGenerator.Generate(7);

        one.Schools.Should().Equal(plain.Schools);
        one.Nasjonalt.Should().Equal(plain.Nasjonalt);
        one.Metadata.Should().Be(plain.Metadata);
    }

    [Test]
    public void Copy_k_is_the_country_of_seed_plus_k_with_new_orgnr()
    {
        var scaled = SampleDataGenerator.Generate(7, 3);
        var countries = Enumerable.Range(0, 3).Select(k => SampleDataGenerator.Generate(7 + k)).ToArray();

        scaled.Schools.Should().HaveCount(countries.Sum(c => c.Schools.Count));
        scaled.Elevundersokelsen.Should().HaveCount(countries.Sum(c => c.Elevundersokelsen.Count));
        scaled.NasjonaleProver.Should().HaveCount(countries.Sum(c => c.NasjonaleProver.Count));
        scaled.Grunnskolepoeng.Should().HaveCount(countries.Sum(c => c.Grunnskolepoeng.Count));

        var offset = countries[0].Schools.Count;
        var second = scaled.Schools.Skip(offset).Take(countries[1].Schools.Count).ToArray();
        second.Select(s => s with { OrgNr = default }).Should().Equal(countries[1].Schools.Select(s => s with { OrgNr = default }));
        scaled.Schools.Select(s => s.OrgNr).Should().OnlyHaveUniqueItems();
        scaled.Schools.Should().OnlyContain(s => s.OrgNr.Value.StartsWith("80", StringComparison.Ordinal));
    }

    [Test]
    public void Every_row_belongs_to_a_school_of_its_copy_and_values_are_those_of_the_copy()
    {
        var scaled = SampleDataGenerator.Generate(11, 2);
        var first = SampleDataGenerator.Generate(11);
        var map = first.Schools.Zip(scaled.Schools.Take(first.Schools.Count)).ToDictionary(p => p.First.OrgNr, p => p.Second.OrgNr);

        var register = scaled.Schools.Select(s => s.OrgNr).ToHashSet();
        scaled.Grunnskolepoeng.Should().OnlyContain(r => register.Contains(r.OrgNr));
        scaled.Grunnskolepoeng.Take(first.Grunnskolepoeng.Count)
            .Should().Equal(first.Grunnskolepoeng.Select(r => r with { OrgNr = map[r.OrgNr] }));
    }

    [Test]
    public void The_national_rows_are_computed_over_every_copy()
    {
        var scaled = SampleDataGenerator.Generate(7, 2);
        var first = SampleDataGenerator.Generate(7);

        scaled.Nasjonalt.Select(n => (n.Skoleaar, n.Indikator)).Should().Equal(first.Nasjonalt.Select(n => (n.Skoleaar, n.Indikator)));
        scaled.Nasjonalt.Zip(first.Nasjonalt).Should().Contain(p => p.First.Verdi != p.Second.Verdi, "two countries do not have one country's means");
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(SampleDataGenerator.MaxScale + 1)]
    public void A_scale_outside_1_to_the_maximum_is_refused(int scale) =>
        FluentActions.Invoking(() => SampleDataGenerator.Generate(7, scale)).Should().Throw<ArgumentOutOfRangeException>();
}
