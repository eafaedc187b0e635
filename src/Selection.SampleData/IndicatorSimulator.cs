using MathNet.Numerics.Distributions;
using Selection.Core;

namespace Selection.SampleData;

/// <summary>
/// Turns the register's latent effects into indicator rows. A school's value for a measure and year is
/// the national level, moved by its latent weakness (kommune + school effect, an area effect shared by
/// the learning-environment or the learning-outcome measures, an effect of the measure itself, and a
/// shock shared by the school's measures that year), then observed through its pupils: shares are
/// binomial draws over the pupils, means carry the pupils' spread divided by √n. So the noise shrinks
/// with group size and a weak school tends to be weak on several indicators.
/// </summary>
internal static class IndicatorSimulator
{
    /// <summary>National levels per measure and school year (start years 2020–2023), in the measure's units.</summary>
    private static readonly double[][] Level =
    [
        [6.6, 6.9, 7.3, 7.6], // Mobbing7 (%)
        [4.25, 4.22, 4.20, 4.18], // Stotte7
        [4.05, 4.02, 3.98, 3.96], // Motivasjon7
        [6.2, 6.5, 6.9, 7.2], // Mobbing10 (%)
        [3.92, 3.90, 3.88, 3.87], // Stotte10
        [3.55, 3.52, 3.48, 3.46], // Motivasjon10
        [25, 25, 25, 25], // Lesing5 (% at mestringsnivå 1)
        [25, 25, 25, 25], // Regning5
        [25, 25, 25, 25], // Engelsk5
        [10, 10, 10, 10], // Lesing8
        [10, 10, 10, 10], // Regning8
        [10, 10, 10, 10], // Engelsk8
        [43.0, 42.5, 41.9, 41.6], // Grunnskolepoeng
    ];

    /// <summary>How far one latent unit moves a measure: on the logit scale for shares, in index points or grunnskolepoeng otherwise.</summary>
    private static readonly double[] Scale = [0.35, 0.13, 0.13, 0.35, 0.13, 0.13, 0.35, 0.35, 0.30, 0.40, 0.40, 0.35, 2.0];

    /// <summary>The spread of individual pupils' index answers (Støtte fra lærer, Motivasjon).</summary>
    private const double PupilIndexSd = 0.75;

    /// <summary>The spread of individual pupils' grunnskolepoeng.</summary>
    private const double PupilPointsSd = 8.0;

    /// <summary>A school's shared shock in one year (a difficult cohort), in latent units.</summary>
    private const double YearShockSd = 0.25;

    /// <summary>Year-to-year variation of a grade's size, on the log scale.</summary>
    private const double CohortVariation = 0.15;

    private const double AnswerRate = 0.9;
    private const double TestExemptRate = 0.04;
    private const double NoGradesRate = 0.03;

    public static (List<ElevundersokelsenRow> Eu, List<NasjonaleProverRow> Np, List<GrunnskolepoengRow> Gsp) Simulate(IReadOnlyList<PlannedSchool> schools, Random random)
    {
        var eu = new List<ElevundersokelsenRow>();
        var np = new List<NasjonaleProverRow>();
        var gsp = new List<GrunnskolepoengRow>();
        foreach (var school in schools)
        {
            for (var start = SampleDataGenerator.FirstStartYear; start <= SampleDataGenerator.LastStartYear; start++)
            {
                if (!school.IsActive(start))
                    continue;
                var year = new SchoolYear(start);
                var y = start - SampleDataGenerator.FirstStartYear;
                var shock = Normal.Sample(random, 0, YearShockSd);
                double Latent(Measure m) =>
                    school.General + (m < Measure.Lesing5 ? school.Environment : school.Outcomes) + school.Specific[(int)m] + shock;

                foreach (var (trinn, mobbing, stotte, motivasjon) in new[]
                {
                    (7, Measure.Mobbing7, Measure.Stotte7, Measure.Motivasjon7),
                    (10, Measure.Mobbing10, Measure.Stotte10, Measure.Motivasjon10),
                })
                {
                    if (!school.Has(trinn))
                        continue;
                    var answered = Binomial.Sample(random, AnswerRate, Cohort(school, random));
                    if (answered == 0)
                        continue;
                    eu.Add(new ElevundersokelsenRow(
                        school.OrgNr,
                        year,
                        trinn,
                        Share(mobbing, y, Latent(mobbing), answered, random),
                        Index(stotte, y, Latent(stotte), answered, random),
                        Index(motivasjon, y, Latent(motivasjon), answered, random),
                        answered));
                }

                foreach (var (trinn, subjects) in new[]
                {
                    (5, new[] { ("lesing", Measure.Lesing5), ("regning", Measure.Regning5), ("engelsk", Measure.Engelsk5) }),
                    (8, new[] { ("lesing", Measure.Lesing8), ("regning", Measure.Regning8), ("engelsk", Measure.Engelsk8) }),
                })
                {
                    if (!school.Has(trinn))
                        continue;
                    var cohort = Cohort(school, random);
                    var tested = cohort - Binomial.Sample(random, TestExemptRate, cohort);
                    if (tested == 0)
                        continue;
                    foreach (var (fag, measure) in subjects)
                        np.Add(new NasjonaleProverRow(school.OrgNr, year, trinn, fag, Share(measure, y, Latent(measure), tested, random), tested));
                }

                if (school.Has(10))
                {
                    var cohort = Cohort(school, random);
                    var leavers = cohort - Binomial.Sample(random, NoGradesRate, cohort);
                    if (leavers > 0)
                    {
                        var mean = Level[(int)Measure.Grunnskolepoeng][y] - (Scale[(int)Measure.Grunnskolepoeng] * Latent(Measure.Grunnskolepoeng))
                                   + Normal.Sample(random, 0, PupilPointsSd / Math.Sqrt(leavers));
                        gsp.Add(new GrunnskolepoengRow(school.OrgNr, year, Round(Math.Clamp(mean, 0, 60), 1), leavers));
                    }
                }
            }
        }
        return (eu, np, gsp);
    }

    /// <summary>This year's size of one grade: the school's typical size, varied.</summary>
    private static int Cohort(PlannedSchool school, Random random) =>
        Math.Max(0, (int)Math.Round(school.Cohort * Math.Exp(Normal.Sample(random, 0, CohortVariation))));

    /// <summary>A percentage where lower is better: binomial over the pupils, the school's rate moved up by its weakness.</summary>
    private static decimal Share(Measure measure, int year, double latent, int pupils, Random random)
    {
        var level = Level[(int)measure][year] / 100;
        var logit = Math.Log(level / (1 - level)) + (Scale[(int)measure] * latent);
        var p = 1 / (1 + Math.Exp(-logit));
        var count = Binomial.Sample(random, p, pupils);
        return Math.Round(100m * count / pupils, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>An index 1–5 where higher is better: the school's mean moved down by its weakness, plus the pupils' spread.</summary>
    private static decimal Index(Measure measure, int year, double latent, int pupils, Random random)
    {
        var mean = Level[(int)measure][year] - (Scale[(int)measure] * latent) + Normal.Sample(random, 0, PupilIndexSd / Math.Sqrt(pupils));
        return Round(Math.Clamp(mean, 1, 5), 2);
    }

    private static decimal Round(double value, int decimals) =>
        Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
}
