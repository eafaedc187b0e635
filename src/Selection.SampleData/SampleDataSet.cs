using Selection.Core;
using Selection.Core.Data;

namespace Selection.SampleData;

/// <summary>
/// One school of the synthetic register (<c>skoler.csv</c>). <see cref="Kommunenummer"/> is the number
/// the school is registered under: usually a kommune of the 2024 structure, for a few schools the
/// kommune's number before the 2024 renumbering, and 2100 for the two schools on Svalbard.
/// </summary>
public sealed record SampleSchool(
    OrgNr OrgNr,
    string Skolenavn,
    KommuneNr Kommunenummer,
    Eierform Eierform,
    int TrinnFra,
    int TrinnTil)
{
    /// <summary>Whether the school teaches <paramref name="trinn"/> (inclusive range).</summary>
    public bool Has(int trinn) => trinn >= TrinnFra && trinn <= TrinnTil;
}

/// <summary>
/// One Elevundersøkelsen row: a school, school year and grade (7 or 10). The values are the raw ones;
/// when <see cref="Suppressed"/> the written file shows <c>*</c> for them, as Udir does, but keeps the count.
/// </summary>
public sealed record ElevundersokelsenRow(
    OrgNr OrgNr,
    SchoolYear Skoleaar,
    int Trinn,
    decimal Mobbing,
    decimal StotteFraLaerer,
    decimal Motivasjon,
    int AntallBesvart)
{
    /// <summary>Fewer than <see cref="SampleDataGenerator.SuppressionLimit"/> pupils answered.</summary>
    public bool Suppressed => AntallBesvart < SampleDataGenerator.SuppressionLimit;
}

/// <summary>
/// One Nasjonale prøver row: a school, school year, grade (5 or 8) and subject (<c>lesing</c>,
/// <c>regning</c> or <c>engelsk</c>; the engine ignores English). The share is the raw one; see
/// <see cref="Suppressed"/>.
/// </summary>
public sealed record NasjonaleProverRow(
    OrgNr OrgNr,
    SchoolYear Skoleaar,
    int Trinn,
    string Fag,
    decimal AndelMestringsniva1,
    int AntallElever)
{
    /// <summary>Fewer than <see cref="SampleDataGenerator.SuppressionLimit"/> pupils took the test.</summary>
    public bool Suppressed => AntallElever < SampleDataGenerator.SuppressionLimit;
}

/// <summary>One grunnskolepoeng row: a school's mean for the pupils leaving 10th grade that school year.</summary>
public sealed record GrunnskolepoengRow(
    OrgNr OrgNr,
    SchoolYear Skoleaar,
    decimal Grunnskolepoeng,
    int AntallElever)
{
    /// <summary>Fewer than <see cref="SampleDataGenerator.SuppressionLimit"/> pupils left 10th grade.</summary>
    public bool Suppressed => AntallElever < SampleDataGenerator.SuppressionLimit;
}

/// <summary>
/// One national value (<c>nasjonalt.csv</c>): the pupil-weighted mean over all schools, public and
/// private, suppressed values included (Udir has the raw data).
/// </summary>
public sealed record NationalRow(SchoolYear Skoleaar, Indicator Indikator, decimal Verdi);

/// <summary>What <c>datasett.json</c> says about the data set (DOMAIN §9).</summary>
public sealed record DataSetMetadata(string Name, string Description, string Source, string? Retrieved, bool Synthetic);

/// <summary>
/// A generated synthetic national data set: every row of the files <see cref="SampleDataGenerator.WriteTo"/>
/// writes, in the order they are written.
/// </summary>
public sealed record SampleDataSet(
    int Seed,
    IReadOnlyList<SampleSchool> Schools,
    IReadOnlyList<ElevundersokelsenRow> Elevundersokelsen,
    IReadOnlyList<NasjonaleProverRow> NasjonaleProver,
    IReadOnlyList<GrunnskolepoengRow> Grunnskolepoeng,
    IReadOnlyList<NationalRow> Nasjonalt,
    DataSetMetadata Metadata);
