using Selection.Core;
using Selection.Core.Data;
using Selection.Core.Kommuner;
using Selection.IO.Reference;

namespace Selection.SampleData.Tests;

/// <summary>Properties of the generated data set of the default seed: the register, the rows, the national values.</summary>
public class SampleDataSetTests
{
    private static SampleDataSet Data => DefaultSample.Data;

    private static KommuneHistory History => ReferenceTables.History;

    [Test]
    public void Schools_TotalInRealisticRange() =>
        Data.Schools.Count.Should().BeInRange(2650, 2950);

    [Test]
    public void Schools_EveryKommuneOf2024HasAtLeastOneSchool()
    {
        var placed = Data.Schools
            .Select(s => History.Place(s.Kommunenummer, 2024))
            .Where(p => p.Kommune is not null)
            .Select(p => p.Kommune!.Nummer)
            .ToHashSet();

        History.Structure2024.Kommuner.Should().HaveCount(357);
        History.Structure2024.Kommuner.Where(k => !placed.Contains(k.Nummer)).Select(k => k.Nummer.Value)
            .Should().BeEmpty("every kommune of the 2024 structure has a school");
    }

    [Test]
    public void Schools_SpreadOverKommunerAsInReality()
    {
        var perKommune = Data.Schools
            .Select(s => History.Place(s.Kommunenummer, 2024).Kommune)
            .OfType<Kommune>()
            .GroupBy(k => k.Nummer.Value)
            .ToDictionary(g => g.Key, g => g.Count());

        perKommune.Values.Count(n => n <= 2).Should().BeGreaterThan(60, "many small kommuner have one or two schools");
        perKommune["0301"].Should().BeInRange(170, 220, "Oslo has about 180 public schools and most private ones");
        perKommune["4601"].Should().BeGreaterThan(90);
        perKommune.Values.Max().Should().Be(perKommune["0301"]);
    }

    [Test]
    public void Schools_KindsInRoughlyRealProportions()
    {
        double Share(int fra, int til) => Data.Schools.Count(s => s.TrinnFra == fra && s.TrinnTil == til) / (double)Data.Schools.Count;

        Share(1, 7).Should().BeApproximately(0.55, 0.05, "barneskoler");
        Share(1, 10).Should().BeApproximately(0.30, 0.05, "kombinerte skoler");
        Share(8, 10).Should().BeApproximately(0.15, 0.04, "ungdomsskoler");
        (Share(1, 7) + Share(1, 10) + Share(8, 10)).Should().Be(1.0, "no other kinds");
    }

    [Test]
    public void Schools_CombinedSchoolsMoreCommonInSmallKommuner()
    {
        var sizes = Data.Schools.GroupBy(s => s.Kommunenummer).ToDictionary(g => g.Key, g => g.Count());
        double CombinedShare(Func<int, bool> size)
        {
            var schools = Data.Schools.Where(s => size(sizes[s.Kommunenummer])).ToArray();
            return schools.Count(s => s.TrinnFra == 1 && s.TrinnTil == 10) / (double)schools.Length;
        }

        CombinedShare(n => n <= 3).Should().BeGreaterThan(CombinedShare(n => n >= 20) + 0.3);
    }

    [Test]
    public void Schools_AboutFivePercentPrivateMostlyInCities()
    {
        var privateSchools = Data.Schools.Where(s => s.Eierform == Eierform.Privat).ToArray();
        var sizes = Data.Schools.GroupBy(s => s.Kommunenummer).ToDictionary(g => g.Key, g => g.Count());

        (privateSchools.Length / (double)Data.Schools.Count).Should().BeApproximately(0.05, 0.015);
        privateSchools.Count(s => sizes[s.Kommunenummer] >= 20).Should().BeGreaterThan(privateSchools.Length / 2);
    }

    [Test]
    public void OrgNr_UniqueAndValidNineDigits()
    {
        Data.Schools.Select(s => s.OrgNr).Should().OnlyHaveUniqueItems();
        Data.Schools.Should().OnlyContain(s => OrgNr.Parse(s.OrgNr.Value).Success && s.OrgNr.Value.StartsWith("97", StringComparison.Ordinal));
    }

    [Test]
    public void Names_FictionalAndUniqueWithinKommune()
    {
        Data.Schools.Should().OnlyContain(s => s.Skolenavn.EndsWith(" (syntetisk)", StringComparison.Ordinal) && s.Skolenavn == s.Skolenavn.Trim());
        Data.Schools.GroupBy(s => (s.Kommunenummer, s.Skolenavn)).Should().OnlyContain(g => g.Count() == 1);
    }

    [Test]
    public void Register_TwoSchoolsOnSvalbard()
    {
        var svalbard = Data.Schools.Where(s => s.Kommunenummer.Value == "2100").ToArray();

        svalbard.Should().HaveCount(2);
        svalbard.Should().OnlyContain(s => History.Place(s.Kommunenummer, 2024).Kind == PlacementKind.OutsideKommune);
    }

    [Test]
    public void Register_FivePublicSchoolsUnderRenumberedOldNumbers()
    {
        var old = Data.Schools.Where(s => !History.Structure2024.Contains(s.Kommunenummer) && s.Kommunenummer.Value != "2100").ToArray();

        old.Should().HaveCount(5);
        old.Should().OnlyContain(s => s.Eierform == Eierform.Offentlig);
        old.Select(s => s.Kommunenummer).Should().OnlyHaveUniqueItems();
        old.Should().OnlyContain(s => History.Place(s.Kommunenummer, 2024).Kind == PlacementKind.Mapped
                                      && History.Place(s.Kommunenummer, 2024).Path.All(c => c.Endring == KommuneChangeKind.Renumbered));
        Data.Schools.Should().NotContain(s => s.Kommunenummer.Value == "1507", "a split kommune's old number cannot be mapped");
    }

    [Test]
    public void Rows_FourSchoolYears()
    {
        var years = Data.Elevundersokelsen.Select(r => r.Skoleaar.ToString())
            .Concat(Data.NasjonaleProver.Select(r => r.Skoleaar.ToString()))
            .Concat(Data.Grunnskolepoeng.Select(r => r.Skoleaar.ToString()))
            .Distinct()
            .Order(StringComparer.Ordinal);

        years.Should().Equal("2020-21", "2021-22", "2022-23", "2023-24");
    }

    [Test]
    public void Rows_SomeSchoolsNewOrClosedOrMissingAYear()
    {
        var yearsBySchool = Data.NasjonaleProver.Select(r => (r.OrgNr, r.Skoleaar.StartYear))
            .Concat(Data.Elevundersokelsen.Select(r => (r.OrgNr, r.Skoleaar.StartYear)))
            .Concat(Data.Grunnskolepoeng.Select(r => (r.OrgNr, r.Skoleaar.StartYear)))
            .GroupBy(x => x.OrgNr)
            .ToDictionary(g => g.Key, g => g.Select(x => x.StartYear).Distinct().Order().ToArray());

        yearsBySchool.Values.Count(y => y.SequenceEqual([2022, 2023])).Should().BeGreaterThanOrEqualTo(3, "new schools start in 2022-23");
        yearsBySchool.Values.Count(y => y.SequenceEqual([2020, 2021])).Should().BeGreaterThanOrEqualTo(3, "some schools closed after 2021-22");
        yearsBySchool.Values.Count(y => y.Length == 4).Should().BeGreaterThan(Data.Schools.Count * 9 / 10);
    }

    [Test]
    public void Rows_OnlyForTheGradesASchoolHas()
    {
        var schools = Data.Schools.ToDictionary(s => s.OrgNr);

        Data.Elevundersokelsen.Should().OnlyContain(r => (r.Trinn == 7 || r.Trinn == 10) && schools[r.OrgNr].Has(r.Trinn));
        Data.NasjonaleProver.Should().OnlyContain(r => (r.Trinn == 5 || r.Trinn == 8) && schools[r.OrgNr].Has(r.Trinn));
        Data.Grunnskolepoeng.Should().OnlyContain(r => schools[r.OrgNr].Has(10));
        Data.NasjonaleProver.Select(r => r.Fag).Distinct().Order(StringComparer.Ordinal).Should().Equal("engelsk", "lesing", "regning");
    }

    [Test]
    public void Values_WithinValidRanges()
    {
        Data.Elevundersokelsen.Should().OnlyContain(r =>
            r.Mobbing >= 0 && r.Mobbing <= 100 && r.StotteFraLaerer >= 1 && r.StotteFraLaerer <= 5 && r.Motivasjon >= 1 && r.Motivasjon <= 5 && r.AntallBesvart > 0);
        Data.NasjonaleProver.Should().OnlyContain(r => r.AndelMestringsniva1 >= 0 && r.AndelMestringsniva1 <= 100 && r.AntallElever > 0);
        Data.Grunnskolepoeng.Should().OnlyContain(r => r.Grunnskolepoeng >= 0 && r.Grunnskolepoeng <= 60 && r.AntallElever > 0);
    }

    [Test]
    public void Values_SomeSuppressedAndOnlySmallGroups()
    {
        var rows = Data.Elevundersokelsen.Select(r => (r.Suppressed, Pupils: r.AntallBesvart))
            .Concat(Data.NasjonaleProver.Select(r => (r.Suppressed, Pupils: r.AntallElever)))
            .Concat(Data.Grunnskolepoeng.Select(r => (r.Suppressed, Pupils: r.AntallElever)))
            .ToArray();
        var suppressedShare = rows.Count(r => r.Suppressed) / (double)rows.Length;

        suppressedShare.Should().BeInRange(0.03, 0.30);
        rows.Should().OnlyContain(r => r.Suppressed == (r.Pupils < SampleDataGenerator.SuppressionLimit));
    }

    [Test]
    public void Values_WeakSchoolsTendToBeWeakOnSeveralIndicators()
    {
        // Schools' mean NP5 lesing share and mean EU7 motivation (unsuppressed rows of larger schools):
        // higher shares at level 1 go with lower motivation.
        var lesing = Data.NasjonaleProver.Where(r => r.Trinn == 5 && r.Fag == "lesing" && r.AntallElever >= 20)
            .GroupBy(r => r.OrgNr).ToDictionary(g => g.Key, g => (double)g.Average(r => r.AndelMestringsniva1));
        var motivasjon = Data.Elevundersokelsen.Where(r => r.Trinn == 7 && r.AntallBesvart >= 20)
            .GroupBy(r => r.OrgNr).ToDictionary(g => g.Key, g => (double)g.Average(r => r.Motivasjon));
        var both = lesing.Keys.Where(motivasjon.ContainsKey).ToArray();

        both.Length.Should().BeGreaterThan(300);
        Correlation(both.Select(k => lesing[k]).ToArray(), both.Select(k => motivasjon[k]).ToArray())
            .Should().BeLessThan(-0.2);
    }

    [Test]
    public void National_OneRowPerIndicatorAndYear()
    {
        Data.Nasjonalt.Should().HaveCount(Indicator.All.Count * 4);
        Data.Nasjonalt.Select(n => (n.Indikator, n.Skoleaar)).Should().OnlyHaveUniqueItems();
    }

    [TestCase("EU7_MOBBING", 5.0, 10.0)]
    [TestCase("EU10_MOBBING", 5.0, 10.0)]
    [TestCase("EU7_STOTTE", 4.0, 4.4)]
    [TestCase("EU10_STOTTE", 3.7, 4.1)]
    [TestCase("EU7_MOTIVASJON", 3.8, 4.2)]
    [TestCase("EU10_MOTIVASJON", 3.3, 3.7)]
    [TestCase("NP5_LES_MN1", 22.0, 28.0)]
    [TestCase("NP5_REG_MN1", 22.0, 28.0)]
    [TestCase("NP8_LES_MN1", 8.0, 12.0)]
    [TestCase("NP8_REG_MN1", 8.0, 12.0)]
    [TestCase("GSP", 40.0, 44.0)]
    public void National_NearTheRealLevel(string code, double low, double high) =>
        Data.Nasjonalt.Where(n => n.Indikator.Code == code).Should().OnlyContain(n => (double)n.Verdi >= low && (double)n.Verdi <= high);

    [Test]
    public void National_IsThePupilWeightedMeanOfAllSchoolsSuppressedIncluded()
    {
        var year = new SchoolYear(2022);
        var rows = Data.Grunnskolepoeng.Where(r => r.Skoleaar == year).ToArray();
        var expected = Math.Round(rows.Sum(r => r.Grunnskolepoeng * r.AntallElever) / rows.Sum(r => r.AntallElever), 1, MidpointRounding.AwayFromZero);
        var eu = Data.Elevundersokelsen.Where(r => r.Skoleaar == year && r.Trinn == 10).ToArray();
        var expectedStotte = Math.Round(eu.Sum(r => r.StotteFraLaerer * r.AntallBesvart) / eu.Sum(r => r.AntallBesvart), 2, MidpointRounding.AwayFromZero);

        rows.Should().Contain(r => r.Suppressed, "the mean includes suppressed values");
        Data.Nasjonalt.Single(n => n.Indikator == Indicator.GSP && n.Skoleaar == year).Verdi.Should().Be(expected);
        Data.Nasjonalt.Single(n => n.Indikator == Indicator.EU10_STOTTE && n.Skoleaar == year).Verdi.Should().Be(expectedStotte);
    }

    [Test]
    public void Generate_SameSeed_SameData()
    {
        var again = SampleDataGenerator.Generate(SampleDataGenerator.DefaultSeed);

        again.Schools.Should().Equal(Data.Schools);
        again.Elevundersokelsen.Should().Equal(Data.Elevundersokelsen);
        again.Nasjonalt.Should().Equal(Data.Nasjonalt);
        again.Metadata.Should().Be(Data.Metadata);
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }
}
