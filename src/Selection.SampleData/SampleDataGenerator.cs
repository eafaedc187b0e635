using System.Globalization;
using Selection.Core;
using Selection.Core.Data;
using Selection.IO.Reference;

namespace Selection.SampleData;

/// <summary>
/// Generates a synthetic national data set in the canonical input layout (DOMAIN §9): about 2,800
/// fictional grunnskoler in all 357 kommuner of the 2024 structure (plus two on Svalbard), with
/// Elevundersøkelsen, Nasjonale prøver and grunnskolepoeng for a range of school years (by default
/// 2020-21 to 2023-24, <see cref="SampleYears.Default"/>), and the national values.
/// </summary>
/// <remarks>
/// Deterministic: one <see cref="Random"/> seeded with the seed drives every draw, in a fixed order;
/// nothing depends on the clock, on hash ordering or on threads. The same seed, years and options give the
/// same <see cref="SampleDataSet"/> and, through <see cref="WriteTo"/>, byte-identical files. The register
/// (schools, names, orgnr, effects) is drawn before any year, so every range of years has the same schools.
/// </remarks>
public static class SampleDataGenerator
{
    /// <summary>The seed <c>selection sample</c> uses when none is given.</summary>
    public const int DefaultSeed = 2024;

    /// <summary>Values resting on fewer pupils than this are suppressed (written <c>*</c>), as Udir does.</summary>
    public const int SuppressionLimit = 10;

    /// <summary>The name written to <c>datasett.json</c>.</summary>
    public const string DataSetName = "syntetisk-nasjonalt";

    /// <summary>
    /// The start year of the first school year on the national tests' new scale (2022-23). With the scale
    /// break on, the school years before it draw the shares at mestringsnivå 1 around the old scale's
    /// national levels (synthetic: 22 % in 5th grade, 8 % in 8th grade) instead of the new scale's 25 % and 10 %.
    /// </summary>
    public const int ScaleBreakStartYear = IndicatorSimulator.ScaleBreakStartYear;

    /// <summary>The data set of <paramref name="seed"/> for the default years, without the scale break.</summary>
    public static SampleDataSet Generate(int seed) => Generate(seed, SampleYears.Default, scaleBreak: false);

    /// <summary>
    /// The data set of <paramref name="seed"/> for the school years <paramref name="years"/>. With
    /// <paramref name="scaleBreak"/>, the national tests of the years before 2022-23 are on the old scale
    /// (<see cref="ScaleBreakStartYear"/>); without it every year is on the new one, as in the default data set.
    /// </summary>
    /// <remarks>
    /// For the default years without the break, the draws are those <c>sample-data/</c> was made with. Other
    /// years continue the synthetic national levels of 2020–2023 (IndicatorSimulator); the break changes only
    /// the national tests' shares of the years before 2022-23, every other value stays as without it.
    /// </remarks>
    public static SampleDataSet Generate(int seed, SampleYears years, bool scaleBreak)
    {
        ArgumentNullException.ThrowIfNull(years);
        var random = new Random(seed);
        var history = ReferenceTables.History;
        var kommuner = history.Structure2024.Kommuner;
        var planned = SchoolRegister.Build(kommuner, history, years, random);

        // Output order: by registered kommunenummer, then name; the simulation follows the same order.
        var ordered = planned
            .OrderBy(s => s.Registered.Value, StringComparer.Ordinal)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.OrgNr)
            .ToArray();
        var (eu, np, gsp) = IndicatorSimulator.Simulate(ordered, years, scaleBreak, random);
        var national = NationalValues.Compute(eu, np, gsp, years);
        var schools = ordered
            .Select(s => new SampleSchool(s.OrgNr, s.Name, s.Registered, s.Eierform, s.TrinnFra, s.TrinnTil))
            .ToArray();

        var privateSchools = schools.Count(s => s.Eierform == Eierform.Privat);
        var metadata = new DataSetMetadata(
            DataSetName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"Synthetic national data set for trying the selection engine: {schools.Length} fictional grunnskoler " +
                $"({privateSchools} private) in all {kommuner.Count} kommuner of the 2024 structure and on Svalbard, " +
                $"school years {years}. Names, orgnr and values are generated; they describe no real school.{ScaleBreakNote(years, scaleBreak)}"),
            Source(seed, 1, years, scaleBreak),
            null,
            true);
        return new SampleDataSet(seed, schools, eu, np, gsp, national, metadata);
    }

    /// <summary>
    /// What <c>datasett.json</c> adds when the national tests change scale inside the data set: empty unless
    /// the break is on and the years reach before 2022-23.
    /// </summary>
    private static string ScaleBreakNote(SampleYears years, bool scaleBreak) =>
        !scaleBreak || years.First >= ScaleBreakStartYear
            ? ""
            : string.Create(
                CultureInfo.InvariantCulture,
                $" Nasjonale prøver have a series break as in 2022: the school years before {new SchoolYear(ScaleBreakStartYear)} are on the old scale " +
                $"(national share at mestringsnivå 1 about {IndicatorSimulator.OldScaleLevel5} % in 5th grade and {IndicatorSimulator.OldScaleLevel8} % in 8th grade, " +
                $"against {IndicatorSimulator.NewScaleLevel5} % and {IndicatorSimulator.NewScaleLevel8} % from {new SchoolYear(ScaleBreakStartYear)}; " +
                $"synthetic, illustrative levels), so their shares are not comparable across the break.");

    /// <summary>
    /// The command that makes the data set, for <c>datasett.json</c>: <c>--from</c>/<c>--to</c> when the
    /// years are not the default or the break is on (the command line turns it on with them).
    /// </summary>
    private static string Source(int seed, int scale, SampleYears years, bool scaleBreak)
    {
        var command = string.Create(CultureInfo.InvariantCulture, $"selection sample --seed {seed}");
        if (scale != 1)
            command += string.Create(CultureInfo.InvariantCulture, $" --scale {scale}");
        if (years != SampleYears.Default || scaleBreak)
            command += $" --from {new SchoolYear(years.First)} --to {new SchoolYear(years.Last)}";
        var note = !scaleBreak && years != SampleYears.Default && years.First < ScaleBreakStartYear
            ? " (without the scale break, which the command line turns on with --from/--to)"
            : "";
        return $"generated by `{command}`{note}";
    }

    /// <summary>The largest <c>--scale</c>: 1,000 countries of about 2,800 schools stay within the orgnr range used.</summary>
    public const int MaxScale = 1000;

    /// <summary>The country of <paramref name="seed"/> <paramref name="scale"/> times over, default years, without the scale break.</summary>
    public static SampleDataSet Generate(int seed, int scale) => Generate(seed, scale, SampleYears.Default, scaleBreak: false);

    /// <summary>
    /// A synthetic country <paramref name="scale"/> times the size of <see cref="Generate(int, SampleYears, bool)"/>'s, for benchmarks:
    /// copy <c>k</c> (0-based) is the country of seed <c>seed + k</c>, its schools given new orgnr (from
    /// 800xxxxxx upwards, in the order the copy lists them) so that no two copies share one; the national
    /// rows are computed over all copies. Scale 1 is <see cref="Generate(int, SampleYears, bool)"/> itself. Deterministic like it.
    /// </summary>
    public static SampleDataSet Generate(int seed, int scale, SampleYears years, bool scaleBreak)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, MaxScale);
        ArgumentNullException.ThrowIfNull(years);
        if (scale == 1)
            return Generate(seed, years, scaleBreak);
        var schools = new List<SampleSchool>();
        var eu = new List<ElevundersokelsenRow>();
        var np = new List<NasjonaleProverRow>();
        var gsp = new List<GrunnskolepoengRow>();
        var next = 80_000_000;
        var kommuner = 0;
        for (var copy = 0; copy < scale; copy++)
        {
            var country = Generate(unchecked(seed + copy), years, scaleBreak);
            kommuner = country.Schools.Select(s => s.Kommunenummer).Distinct().Count();
            var renumbered = new Dictionary<OrgNr, OrgNr>();
            foreach (var school in country.Schools)
            {
                OrgNr? orgnr;
                while ((orgnr = OrgNr.FromFirstEightDigits((next++).ToString(CultureInfo.InvariantCulture))) is null)
                {
                }
                renumbered[school.OrgNr] = orgnr.Value;
                schools.Add(school with { OrgNr = orgnr.Value });
            }
            eu.AddRange(country.Elevundersokelsen.Select(r => r with { OrgNr = renumbered[r.OrgNr] }));
            np.AddRange(country.NasjonaleProver.Select(r => r with { OrgNr = renumbered[r.OrgNr] }));
            gsp.AddRange(country.Grunnskolepoeng.Select(r => r with { OrgNr = renumbered[r.OrgNr] }));
        }
        var national = NationalValues.Compute(eu, np, gsp, years);
        var metadata = new DataSetMetadata(
            $"{DataSetName}-x{scale}",
            string.Create(
                CultureInfo.InvariantCulture,
                $"Synthetic country {scale} times the size of the sample, for benchmarks: {schools.Count} fictional grunnskoler " +
                $"in {kommuner} kommuner, school years {years}; copy k is the country of seed {seed} + k " +
                $"with new orgnr. Names, orgnr and values are generated; they describe no real school.{ScaleBreakNote(years, scaleBreak)}"),
            Source(seed, scale, years, scaleBreak),
            null,
            true);
        return new SampleDataSet(seed, schools, eu, np, gsp, national, metadata);
    }

    /// <summary>
    /// Writes <paramref name="data"/> into <paramref name="folder"/> (created when missing; files of the
    /// same names are replaced): <c>skoler.csv</c>, <c>elevundersokelsen.csv</c>,
    /// <c>nasjonale_prover.csv</c>, <c>grunnskolepoeng.csv</c>, <c>nasjonalt.csv</c> as a Udir/Excel
    /// export (UTF-8 with BOM, <c>;</c>, decimal comma, CRLF, suppressed values <c>*</c>) and
    /// <c>datasett.json</c> (indented, LF).
    /// </summary>
    public static void WriteTo(SampleDataSet data, string folder) => SampleDataWriter.Write(data, folder);
}
