using Selection.Core;
using Selection.Core.Data;
using Selection.Import.Reading;

namespace Selection.Import.Sources;

/// <summary>Elevundersøkelsen's three question groups that are indicators, as the canonical columns name them.</summary>
public enum EuGroup
{
    /// <summary><c>mobbing</c>: the share bullied (the mobbing table's <c>AndelMobbet</c>).</summary>
    Mobbing,

    /// <summary><c>stotte_fra_laerer</c>: the index <i>Støtte fra lærer</i> (<c>Score</c>).</summary>
    Stotte,

    /// <summary><c>motivasjon</c>: the index <i>Motivasjon</i> (<c>Score</c>).</summary>
    Motivasjon,
}

/// <summary>One school's value of one Elevundersøkelsen group in one year and grade.</summary>
public sealed record EuFact(OrgNr OrgNr, SchoolYear Year, int Trinn, EuGroup Group, ExportCell Value, ExportCell Count, ExportCell Sd, Origin Origin);

/// <summary>One school's share at mestringsnivå 1 in one test, year and grade.</summary>
public sealed record NpFact(OrgNr OrgNr, SchoolYear Year, int Trinn, string Fag, ExportCell Share, ExportCell Count, Origin Origin);

/// <summary>One school's grunnskolepoeng in one year.</summary>
public sealed record GspFact(OrgNr OrgNr, SchoolYear Year, ExportCell Value, ExportCell Count, ExportCell Sd, Origin Origin);

/// <summary>A national value (Udir's own row for the whole country); always a number.</summary>
public sealed record NationalFact(SchoolYear Year, Indicator Indicator, string Value, Origin Origin);

/// <summary>A kommune's value as Udir computes it (pupils of suppressed schools included).</summary>
public sealed record KommuneFact(KommuneNr Kommune, SchoolYear Year, Indicator Indicator, ExportCell Value, ExportCell Count, Origin Origin);

/// <summary>A school of the register (NSR), in the canonical columns.</summary>
public sealed record SchoolFact(
    OrgNr OrgNr,
    string Name,
    KommuneNr Kommune,
    Eierform Eierform,
    int? TrinnFra,
    int? TrinnTil,
    bool? Special,
    bool? Active,
    bool? Grunnskole,
    int? Pupils,
    Origin Origin);
