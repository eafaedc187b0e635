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
    /// <summary>The first start year of <see cref="Levels"/> (2016-17).</summary>
    private const int FirstLevelYear = 2016;

    /// <summary>
    /// National levels per measure and school year (start years 2016–2024), in the measure's units. All
    /// synthetic: 2020–2023 are the levels the committed <c>sample-data/</c> was made with; the years around
    /// them continue those trends by hand (bullying rising slowly before 2020 and faster after, the indices
    /// drifting down, grunnskolepoeng up to the 2020 peak and down after it) and describe no real year.
    /// A year outside 2016–2024 takes the level of the nearest end (no trend is made up beyond them).
    /// The national tests' columns are the levels of the scale in use since 2022-23 (25 % and 10 % at
    /// mestringsnivå 1 by design); <see cref="OldScaleLevel"/> gives the years before it when asked.
    /// </summary>
    private static readonly double[][] Levels =
    [
        // One column per start year: 2016, 2017, ..., 2024.
        [6.0, 6.0, 6.1, 6.3, 6.6, 6.9, 7.3, 7.6, 7.8], // Mobbing7 (%)
        [4.30, 4.29, 4.28, 4.27, 4.25, 4.22, 4.20, 4.18, 4.17], // Stotte7
        [4.12, 4.10, 4.09, 4.07, 4.05, 4.02, 3.98, 3.96, 3.95], // Motivasjon7
        [5.7, 5.7, 5.8, 5.9, 6.2, 6.5, 6.9, 7.2, 7.4], // Mobbing10 (%)
        [3.95, 3.95, 3.94, 3.93, 3.92, 3.90, 3.88, 3.87, 3.86], // Stotte10
        [3.63, 3.61, 3.59, 3.57, 3.55, 3.52, 3.48, 3.46, 3.45], // Motivasjon10
        [25, 25, 25, 25, 25, 25, 25, 25, 25], // Lesing5 (% at mestringsnivå 1)
        [25, 25, 25, 25, 25, 25, 25, 25, 25], // Regning5
        [25, 25, 25, 25, 25, 25, 25, 25, 25], // Engelsk5
        [10, 10, 10, 10, 10, 10, 10, 10, 10], // Lesing8
        [10, 10, 10, 10, 10, 10, 10, 10, 10], // Regning8
        [10, 10, 10, 10, 10, 10, 10, 10, 10], // Engelsk8
        [41.4, 41.6, 41.8, 42.0, 43.0, 42.5, 41.9, 41.6, 41.4], // Grunnskolepoeng
    ];

    /// <summary>
    /// The national tests' scale break: from the school year starting in this autumn (2022-23) the tests
    /// and their scales are new (DOMAIN §2). With the break on, earlier years draw their shares at
    /// mestringsnivå 1 around <see cref="OldScaleLevel"/> instead of <see cref="Levels"/>.
    /// </summary>
    public const int ScaleBreakStartYear = 2022;

    /// <summary>The national share at mestringsnivå 1 (%) in 5th grade on the new scale, by design.</summary>
    public const double NewScaleLevel5 = 25;

    /// <summary>The national share at mestringsnivå 1 (%) in 8th grade on the new scale, by design.</summary>
    public const double NewScaleLevel8 = 10;

    /// <summary>The national share at mestringsnivå 1 (%) in 5th grade on the old scale (synthetic, see <see cref="OldScaleLevel"/>).</summary>
    public const double OldScaleLevel5 = 22;

    /// <summary>The national share at mestringsnivå 1 (%) in 8th grade on the old scale (synthetic, see <see cref="OldScaleLevel"/>).</summary>
    public const double OldScaleLevel8 = 8;

    /// <summary>
    /// The national share at mestringsnivå 1 (%) on the old scale, before 2022-23: 22 % in 5th grade and
    /// 8 % in 8th grade, against 25 % and 10 % on the new one, for every subject (English too). Synthetic
    /// and illustrative: chosen so that the break shows in the data (about 3 and 2 percentage points), not
    /// taken from Udir's published figures.
    /// </summary>
    private static double OldScaleLevel(Measure measure) => measure <= Measure.Engelsk5 ? OldScaleLevel5 : OldScaleLevel8;

    /// <summary>The national level of <paramref name="measure"/> in the school year starting in <paramref name="startYear"/>.</summary>
    private static double Level(Measure measure, int startYear, bool scaleBreak)
    {
        if (scaleBreak && startYear < ScaleBreakStartYear && measure is >= Measure.Lesing5 and <= Measure.Engelsk8)
            return OldScaleLevel(measure);
        var row = Levels[(int)measure];
        return row[Math.Clamp(startYear - FirstLevelYear, 0, row.Length - 1)];
    }

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

    /// <summary>
    /// The rows of every school for every school year of <paramref name="years"/> it is active in, school by
    /// school and year by year, oldest first; <paramref name="scaleBreak"/> puts the national tests before
    /// 2022-23 on the old scale (<see cref="OldScaleLevel"/>). How many numbers are drawn does not depend on
    /// the levels (a binomial draw takes one uniform number per pupil), so the break moves the national tests'
    /// shares and leaves every other value of the same seed as it was.
    /// </summary>
    public static (List<ElevundersokelsenRow> Eu, List<NasjonaleProverRow> Np, List<GrunnskolepoengRow> Gsp) Simulate(IReadOnlyList<PlannedSchool> schools, SampleYears years, bool scaleBreak, Random random)
    {
        var eu = new List<ElevundersokelsenRow>();
        var np = new List<NasjonaleProverRow>();
        var gsp = new List<GrunnskolepoengRow>();
        foreach (var school in schools)
        {
            for (var start = years.First; start <= years.Last; start++)
            {
                if (!school.IsActive(start))
                    continue;
                var year = new SchoolYear(start);
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
                        Share(Level(mobbing, start, scaleBreak), mobbing, Latent(mobbing), answered, random),
                        Index(Level(stotte, start, scaleBreak), stotte, Latent(stotte), answered, random),
                        Index(Level(motivasjon, start, scaleBreak), motivasjon, Latent(motivasjon), answered, random),
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
                        np.Add(new NasjonaleProverRow(school.OrgNr, year, trinn, fag, Share(Level(measure, start, scaleBreak), measure, Latent(measure), tested, random), tested));
                }

                if (school.Has(10))
                {
                    var cohort = Cohort(school, random);
                    var leavers = cohort - Binomial.Sample(random, NoGradesRate, cohort);
                    if (leavers > 0)
                    {
                        var mean = Level(Measure.Grunnskolepoeng, start, scaleBreak) - (Scale[(int)Measure.Grunnskolepoeng] * Latent(Measure.Grunnskolepoeng))
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
    private static decimal Share(double level, Measure measure, double latent, int pupils, Random random)
    {
        var p0 = level / 100;
        var logit = Math.Log(p0 / (1 - p0)) + (Scale[(int)measure] * latent);
        var p = 1 / (1 + Math.Exp(-logit));
        var count = Binomial.Sample(random, p, pupils);
        return Math.Round(100m * count / pupils, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>An index 1–5 where higher is better: the school's mean moved down by its weakness, plus the pupils' spread.</summary>
    private static decimal Index(double level, Measure measure, double latent, int pupils, Random random)
    {
        var mean = level - (Scale[(int)measure] * latent) + Normal.Sample(random, 0, PupilIndexSd / Math.Sqrt(pupils));
        return Round(Math.Clamp(mean, 1, 5), 2);
    }

    private static decimal Round(double value, int decimals) =>
        Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
}
