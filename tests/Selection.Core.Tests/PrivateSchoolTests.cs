using Selection.Core.Data;

namespace Selection.Core.Tests;

/// <summary>Private schools take part only if the rules say so; schools outside any kommune never.</summary>
public class PrivateSchoolTests
{
    private static (Scenario, OrgNr Public, OrgNr Private) Schools()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        var pub = s.School();
        var priv = s.School(eierform: Eierform.Privat);
        s.Value(pub, Indicator.EU7_STOTTE, 3.5m).Value(priv, Indicator.EU7_STOTTE, 2.0m);
        return (s, pub, priv);
    }

    [Test]
    public void By_default_a_private_school_is_left_out_and_counted()
    {
        var (s, pub, priv) = Schools();

        var result = s.Result(TestRules.With());

        var p = result.Schools.Single(x => x.School.OrgNr == priv);
        (p.Status, p.Rank, p.Flagged, p.Possible).Should().Be((SchoolStatus.PrivateExcluded, (int?)null, false, 0L));
        result.SchoolRanking.Rankable.Should().Be(1);
        result.Schools.Single(x => x.School.OrgNr == pub).Rank.Should().Be(1);
        result.Counts.SchoolsPrivateExcluded.Should().Be(1);
        result.Counts.ObservationsOfExcludedSchools.Should().Be(1);
    }

    [Test]
    public void With_include_private_schools_a_private_school_is_ranked_with_the_others()
    {
        var (s, pub, priv) = Schools();

        var result = s.Result(TestRules.With(includePrivateSchools: true));

        result.Schools.Single(x => x.School.OrgNr == priv).Rank.Should().Be(1);
        result.Schools.Single(x => x.School.OrgNr == pub).Rank.Should().Be(2);
        result.Counts.SchoolsPrivateExcluded.Should().Be(0);
    }

    [Test]
    public void A_school_on_svalbard_is_outside_any_kommune_and_left_out()
    {
        var s = new Scenario();
        s.National(Indicator.EU7_STOTTE, 4.0m);
        var svalbard = s.School("2100");
        var oslo = s.School();
        s.Value(svalbard, Indicator.EU7_STOTTE, 2.0m).Value(oslo, Indicator.EU7_STOTTE, 3.5m);

        var result = s.Result(TestRules.With(includePrivateSchools: true));

        result.Schools.Single(x => x.School.OrgNr == svalbard).Status.Should().Be(SchoolStatus.OutsideKommune);
        result.Counts.SchoolsOutsideKommune.Should().Be(1);
        result.SchoolRanking.Rankable.Should().Be(1);
    }
}
