using Selection.Core.Kommuner;

namespace Selection.Core.Data;

/// <summary>Who owns a school. The scheme addresses kommuner as school owners (DOMAIN §4).</summary>
public enum Eierform
{
    Offentlig,
    Privat,
}

/// <summary>
/// A school from the register (<c>skoler</c>), with the kommunenummer it is registered under. The register's
/// facts from NSR (issue 15) are optional: <see cref="Spesialskole"/>, <see cref="Aktiv"/> and
/// <see cref="Grunnskole"/> are <c>null</c> when the data does not say; the rules' <c>schoolRegister</c> key
/// leaves out special schools, inactive schools and schools outside grunnskole where the data says so.
/// </summary>
public sealed record School(
    OrgNr OrgNr,
    string Navn,
    KommuneNr Kommunenummer,
    Eierform Eierform,
    int? TrinnFra,
    int? TrinnTil,
    Origin Origin,
    bool? Spesialskole = null,
    bool? Aktiv = null,
    bool? Grunnskole = null,
    int? Elevtall = null);

/// <summary>
/// Why an observation has no value (issue 15): the cell held a suppression mark (<c>*</c>, <c>..</c>, …: Udir
/// suppressed it), or it was empty (no data). A school absent from a table has no observation at all.
/// </summary>
public enum MissingValue
{
    /// <summary>The observation has a value.</summary>
    None,

    /// <summary>Suppressed ("prikket"): a suppression mark in the cell.</summary>
    Suppressed,

    /// <summary>No data: the cell was empty.</summary>
    NoData,
}

/// <summary>
/// One value of one indicator for one school and school year, as the data gave it. <see cref="Value"/>
/// is <c>null</c> when the cell was suppressed or empty: missing, never zero. <see cref="Pupils"/> is
/// the number of pupils behind the value, when the data gave one; <see cref="Standardavvik"/> the spread of
/// the individual pupils' values behind an index or grunnskolepoeng (a <c>standardavvik</c> column, as Udir's
/// exports give it), used only by the stability analysis's noise model.
/// </summary>
public sealed record Observation(
    OrgNr OrgNr,
    Indicator Indicator,
    SchoolYear Year,
    decimal? Value,
    int? Pupils,
    Origin Origin,
    decimal? Standardavvik = null,
    MissingValue Missing = MissingValue.None);

/// <summary>A national value for an indicator and school year, from <c>nasjonalt</c>.</summary>
public sealed record NationalValue(SchoolYear Year, Indicator Indicator, decimal Value, Origin Origin);

/// <summary>
/// A kommune's own value for an indicator and school year as Udir publishes it (the optional <c>kommunalt</c>
/// table, issue 15): it includes the pupils of schools whose own values are suppressed. <see cref="Value"/> is
/// <c>null</c> when suppressed; <see cref="Pupils"/> the pupils behind it, when given. The kommunenummer is the
/// one the table writes (any structure); the engine places it.
/// </summary>
public sealed record KommuneRow(KommuneNr Kommune, SchoolYear Year, Indicator Indicator, decimal? Value, int? Pupils, Origin Origin);

/// <summary>A data set as the method sees it: the register, the observations, the national rows.</summary>
public sealed record SelectionInput(
    IReadOnlyList<School> Schools,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<NationalValue> NationalValues,
    IReadOnlyList<Participant>? Participants = null,
    IReadOnlyList<KommuneRow>? KommuneRows = null)
{
    private readonly ObservationTable _observations = ObservationTable.Of(Observations);

    /// <summary>The observations, held as a table of columns (<see cref="ObservationTable"/>) whatever list they were given as.</summary>
    public IReadOnlyList<Observation> Observations
    {
        get => _observations;
        init => _observations = ObservationTable.Of(value);
    }

    /// <summary>The observations as columns: what the method reads them from.</summary>
    public ObservationTable ObservationTable => _observations;

    /// <summary>The kommuner already in the scheme (the optional <c>deltakere</c> table); none when not given.</summary>
    public IReadOnlyList<Participant> KommunerInScheme => Participants ?? [];

    /// <summary>Udir's own kommune values (the optional <c>kommunalt</c> table); none when not given.</summary>
    public IReadOnlyList<KommuneRow> KommuneValues => KommuneRows ?? [];
}

/// <summary>
/// A kommune in oppfølgingsordningen (issue 12, item 5): its number as the table writes it (any structure)
/// and the round it was selected in. Support lasts three years, so a new round may leave it out.
/// </summary>
public sealed record Participant(KommuneNr Kommune, int Round, Origin Origin);

/// <summary>A school placed in the selection's kommune structure.</summary>
public sealed record PlacedSchool(School School, KommunePlacement Placement)
{
    public Kommune? Kommune => Placement.Kommune;
}
