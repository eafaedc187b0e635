using Selection.Core;
using Selection.Core.Data;

namespace Selection.SampleData;

/// <summary>The three kinds of grunnskole by the grades they teach.</summary>
internal enum SchoolKind
{
    /// <summary>1–7.</summary>
    Barneskole,

    /// <summary>1–10.</summary>
    Kombinert,

    /// <summary>8–10.</summary>
    Ungdomsskole,
}

/// <summary>
/// The measures the simulator produces, each with its own school-specific effect. The eleven indicators
/// of DOMAIN §2 plus the English tests, which the engine reads and ignores.
/// </summary>
internal enum Measure
{
    Mobbing7,
    Stotte7,
    Motivasjon7,
    Mobbing10,
    Stotte10,
    Motivasjon10,
    Lesing5,
    Regning5,
    Engelsk5,
    Lesing8,
    Regning8,
    Engelsk8,
    Grunnskolepoeng,
}

/// <summary>
/// A school while the register is being built: what it is, where it is, how big its cohorts are, and
/// its latent effects (positive = weaker), which the simulator turns into indicator values.
/// </summary>
internal sealed class PlannedSchool
{
    public static readonly int MeasureCount = Enum.GetValues<Measure>().Length;

    public PlannedSchool(KommuneNr home, SchoolKind kind, Eierform eierform)
    {
        Home = home;
        Registered = home;
        Kind = kind;
        Eierform = eierform;
    }

    /// <summary>The 2024 kommune the school lies in (2100 on Svalbard).</summary>
    public KommuneNr Home { get; }

    /// <summary>The number the register gives: <see cref="Home"/>, or an older number for a few schools.</summary>
    public KommuneNr Registered { get; set; }

    public SchoolKind Kind { get; }

    public Eierform Eierform { get; }

    public int TrinnFra => Kind == SchoolKind.Ungdomsskole ? 8 : 1;

    public int TrinnTil => Kind == SchoolKind.Barneskole ? 7 : 10;

    public bool Has(int trinn) => trinn >= TrinnFra && trinn <= TrinnTil;

    /// <summary>Typical number of pupils per grade.</summary>
    public double Cohort { get; set; }

    public string Name { get; set; } = "";

    public OrgNr OrgNr { get; set; }

    /// <summary>First school year (start year) with data; set by the register from the data set's years.</summary>
    public int FirstYear { get; set; }

    /// <summary>Last school year (start year) with data.</summary>
    public int LastYear { get; set; }

    /// <summary>A school year inside the active span that has no rows at all, if any.</summary>
    public int? MissingYear { get; set; }

    public bool IsActive(int startYear) => startYear >= FirstYear && startYear <= LastYear && startYear != MissingYear;

    /// <summary>Kommune effect plus school effect, in standard units; positive = weaker.</summary>
    public double General { get; set; }

    /// <summary>Effect on the learning environment (Elevundersøkelsen).</summary>
    public double Environment { get; set; }

    /// <summary>Effect on learning outcomes (tests and grades).</summary>
    public double Outcomes { get; set; }

    /// <summary>Effect of each <see cref="Measure"/> on its own.</summary>
    public double[] Specific { get; } = new double[MeasureCount];
}
