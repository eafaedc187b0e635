namespace Selection.Core.Rules;

/// <summary>Where the national limit of an indicator-year comes from (DOMAIN §3, §8).</summary>
public enum NationalLimitMode
{
    /// <summary>The <c>nasjonalt</c> row when the data set has one, else the pupil-weighted mean.</summary>
    DataOrPupilWeightedMean,

    /// <summary>Always the pupil-weighted mean of the included schools; national rows are ignored.</summary>
    PupilWeightedMean,

    /// <summary>Always the unweighted mean of the included schools' values; national rows are ignored.</summary>
    SchoolMean,
}

/// <summary>How the spread of a kommune's school shares is measured (DOMAIN §5).</summary>
public enum SpreadMeasure
{
    /// <summary>Population standard deviation.</summary>
    Sd,

    /// <summary>Highest share minus lowest share.</summary>
    Range,

    /// <summary>Highest share minus the median share.</summary>
    MaxMinusMedian,
}

/// <summary>
/// Kommuner already in the scheme (rules format 2, <c>participants</c>): a kommune selected in one of the
/// <see cref="PeriodYears"/> − 1 rounds before this one is within its period of support and left out of
/// this round's routes. A round is named by its year: the window's last school year's start + 2
/// (<c>runde-2023</c> ends its window in 2021-22).
/// </summary>
public sealed record ParticipantRule(int PeriodYears)
{
    /// <summary>Whether a kommune selected in <paramref name="selected"/> is within its period in round <paramref name="round"/>.</summary>
    public bool WithinPeriod(int selected, int round) => selected < round && selected > round - PeriodYears;

    /// <summary>The round a window ending in <paramref name="last"/> belongs to.</summary>
    public static int RoundOf(SchoolYear last) => last.StartYear + 2;
}

/// <summary>
/// The school register's exclusions (rules format 2, <c>schoolRegister</c>, issue 15): special schools
/// (<c>ErSpesialskole</c>), inactive schools (<c>ErAktiv</c> false) and schools outside grunnskole
/// (<c>ErGrunnskole</c> false) are left out like private schools, each with its own status, where the data's
/// <c>skoler</c> table says so. A school the data says nothing about is included.
/// </summary>
public sealed record SchoolRegisterRule(bool ExcludeSpecialSchools, bool ExcludeInactive, bool ExcludeOutsideGrunnskole);

/// <summary>What route 1 ranks a kommune on (rules format 2, <c>kommuneValues</c>, issue 15).</summary>
public enum KommuneValueSource
{
    /// <summary>The pupil-weighted mean of its included schools' values (DOMAIN §5): the default.</summary>
    Computed,

    /// <summary>Udir's own kommune values, the data's <c>kommunalt</c> table (they include pupils of suppressed schools).</summary>
    FromData,
}

/// <summary>Route 2's spread condition: the measure, and the level it must be strictly above.</summary>
public sealed record SpreadRule(SpreadMeasure Measure, decimal Threshold);

/// <summary>
/// How one indicator takes part in a selection: its direction, its weight (possible points are
/// 3 × weight) and its absolute floor, in the indicator's own units, by school year where the series'
/// scale changed. The floor is per indicator; since every indicator code belongs to one grade, that is a
/// floor per grade too.
/// </summary>
public sealed record IndicatorRule(Indicator Indicator, BetterIs BetterIs, int Weight, FloorSchedule Floors)
{
    /// <summary>A rule with one floor for every school year.</summary>
    public IndicatorRule(Indicator indicator, BetterIs betterIs, int weight, decimal floor)
        : this(indicator, betterIs, weight, FloorSchedule.Constant(floor))
    {
    }

    /// <summary>The absolute floor in <paramref name="year"/>.</summary>
    public decimal FloorIn(SchoolYear year) => Floors.In(year);

    /// <summary>The points an observation earns when it is worse than the absolute floor.</summary>
    public const int FloorPoints = 3;

    /// <summary>The points an observation earns when it is worse than the national limit only.</summary>
    public const int LimitPoints = 1;

    /// <summary>
    /// The bounds of a weight. Weights scale points, and point sums are compared by cross-multiplication:
    /// a bound keeps every sum and product far inside 64 bits (and refuses a typo like 700000000).
    /// </summary>
    public const int MinWeight = 1;

    /// <inheritdoc cref="MinWeight"/>
    public const int MaxWeight = 100;

    /// <summary>3 × weight: what one observation can earn at most.</summary>
    public int PossiblePoints => checked(FloorPoints * Weight);
}

/// <summary>
/// Everything that varies between selection rounds (DOMAIN §8). Built by the rules-file reader, which
/// refuses impossible values with a message naming the key; the constructor re-checks the invariants
/// so that no code path can build rules the method cannot run on.
/// </summary>
public sealed record SelectionRules
{
    public SelectionRules(
        string name,
        int version,
        string provenance,
        int kommuneStructure,
        int windowYears,
        NationalLimitMode nationalLimit,
        bool includePrivateSchools,
        int minPossiblePoints,
        decimal topShare,
        int route1Count,
        int route2Max,
        SpreadRule spread,
        IReadOnlyList<IndicatorRule> indicators,
        int minKommunePossiblePoints,
        SchoolYear? lastSchoolYear = null,
        ParticipantRule? participants = null,
        IReadOnlyDictionary<Indicator, decimal>? noiseSd = null,
        SchoolRegisterRule? schoolRegister = null,
        KommuneValueSource kommuneValues = KommuneValueSource.Computed)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("Rules need a name.", nameof(name));
        if (windowYears < 1) throw new ArgumentOutOfRangeException(nameof(windowYears), windowYears, "At least one school year.");
        if (minPossiblePoints < 1) throw new ArgumentOutOfRangeException(nameof(minPossiblePoints), minPossiblePoints, "At least 1.");
        if (minKommunePossiblePoints < 1) throw new ArgumentOutOfRangeException(nameof(minKommunePossiblePoints), minKommunePossiblePoints, "At least 1.");
        if (topShare <= 0 || topShare > 1) throw new ArgumentOutOfRangeException(nameof(topShare), topShare, "topShare lies in (0, 1].");
        if (route1Count < 0) throw new ArgumentOutOfRangeException(nameof(route1Count), route1Count, "Not negative.");
        if (route2Max < 0) throw new ArgumentOutOfRangeException(nameof(route2Max), route2Max, "Not negative.");
        if (spread.Threshold < 0) throw new ArgumentOutOfRangeException(nameof(spread), spread.Threshold, "Threshold not negative.");
        if (indicators.Count == 0) throw new ArgumentException("At least one indicator.", nameof(indicators));
        if (indicators.Select(i => i.Indicator).Distinct().Count() != indicators.Count)
            throw new ArgumentException("An indicator appears twice.", nameof(indicators));
        if (indicators.Any(i => i.Weight is < IndicatorRule.MinWeight or > IndicatorRule.MaxWeight))
            throw new ArgumentException($"Weights lie between {IndicatorRule.MinWeight} and {IndicatorRule.MaxWeight}.", nameof(indicators));

        Name = name;
        Version = version;
        Provenance = provenance;
        KommuneStructure = kommuneStructure;
        WindowYears = windowYears;
        NationalLimit = nationalLimit;
        IncludePrivateSchools = includePrivateSchools;
        MinPossiblePoints = minPossiblePoints;
        MinKommunePossiblePoints = minKommunePossiblePoints;
        TopShare = topShare;
        Route1Count = route1Count;
        Route2Max = route2Max;
        Spread = spread;
        Indicators = indicators.OrderBy(i => i.Indicator.Order).ToArray();
        _ruleByOrder = new IndicatorRule?[Indicator.All.Count];
        foreach (var rule in Indicators)
            _ruleByOrder[rule.Indicator.Order] ??= rule;
        LastSchoolYear = lastSchoolYear;
        Participants = participants;
        NoiseSd = noiseSd ?? new Dictionary<Indicator, decimal>();
        SchoolRegister = schoolRegister;
        KommuneValues = kommuneValues;
    }

    /// <summary>What route 1 ranks a kommune on: its schools' values (the default) or Udir's own kommune values.</summary>
    public KommuneValueSource KommuneValues { get; }

    /// <summary>Which schools the register's facts leave out; <c>null</c>: the rules do not use them.</summary>
    public SchoolRegisterRule? SchoolRegister { get; }

    /// <summary>
    /// Why the rules leave <paramref name="school"/> out, before any data is scored: a private school (unless
    /// private schools are included), then what the register's facts say; <c>null</c> when it is included.
    /// Placement outside a kommune is the engine's own reason, decided before this.
    /// </summary>
    public SchoolStatus? ExclusionOf(Data.School school)
    {
        if (!IncludePrivateSchools && school.Eierform == Data.Eierform.Privat)
            return SchoolStatus.PrivateExcluded;
        if (SchoolRegister is not { } register)
            return null;
        if (register.ExcludeSpecialSchools && school.Spesialskole == true)
            return SchoolStatus.SpecialSchoolExcluded;
        if (register.ExcludeInactive && school.Aktiv == false)
            return SchoolStatus.InactiveExcluded;
        if (register.ExcludeOutsideGrunnskole && school.Grunnskole == false)
            return SchoolStatus.OutsideGrunnskoleExcluded;
        return null;
    }

    /// <summary>
    /// The stability analysis's spread of individual pupils per mean indicator (rules format 2, <c>noise.sd</c>),
    /// where the rules give one; the analysis uses its documented defaults for the others.
    /// </summary>
    public IReadOnlyDictionary<Indicator, decimal> NoiseSd { get; }

    /// <summary>Whether and how kommuner already in the scheme are left out of the routes; <c>null</c>: they are not.</summary>
    public ParticipantRule? Participants { get; }

    public string Name { get; }

    /// <summary>The version of the rules-file format (1 or 2).</summary>
    public int Version { get; }

    /// <summary>Free text: "official", or why the values are illustrative.</summary>
    public string Provenance { get; }

    /// <summary>The kommune structure the selection runs in: 2020 or 2024.</summary>
    public int KommuneStructure { get; }

    /// <summary>
    /// The last school year of the window when the rules fix it (format 2, a past round's preset); else the
    /// run's <c>--to</c> or the latest school year with data decides. <c>--to</c> wins over the rules.
    /// </summary>
    public SchoolYear? LastSchoolYear { get; }

    /// <summary>How many school years, ending at the last one, the window holds.</summary>
    public int WindowYears { get; }

    public NationalLimitMode NationalLimit { get; }

    public bool IncludePrivateSchools { get; }

    /// <summary>A school is rankable when its possible points reach this (inclusive).</summary>
    public int MinPossiblePoints { get; }

    /// <summary>
    /// A kommune whose own values give fewer possible risk points than this rests on too little to be
    /// ranked on route 1 (thin evidence, DOMAIN §5); it may still be a route-2 candidate.
    /// </summary>
    public int MinKommunePossiblePoints { get; }

    /// <summary>The flagged share of rankable schools: rank ≤ ⌈topShare × N⌉.</summary>
    public decimal TopShare { get; }

    /// <summary>Route 1 takes the kommuner ranked within this (inclusive; ties at the cut are taken).</summary>
    public int Route1Count { get; }

    /// <summary>How many route-2 candidates the final selection takes at most (DOMAIN §6).</summary>
    public int Route2Max { get; }

    public SpreadRule Spread { get; }

    /// <summary>The indicators in use, in catalogue order. An indicator not listed is not used.</summary>
    public IReadOnlyList<IndicatorRule> Indicators { get; }

    /// <summary>
    /// Whether the rules are illustrative rather than official. Only rules whose provenance starts with
    /// "official" count as official; anything else is marked illustrative in every output.
    /// </summary>
    public bool IsIllustrative => !Provenance.TrimStart().StartsWith("official", StringComparison.OrdinalIgnoreCase);

    /// <summary>The rule for an indicator, or <c>null</c> when the indicator is not used.</summary>
    public IndicatorRule? RuleFor(Indicator indicator) => _ruleByOrder[indicator.Order];

    private readonly IndicatorRule?[] _ruleByOrder; // by the indicator's catalogue order: asked once per observation

    /// <summary>The school years of the window that ends at <paramref name="last"/>, oldest first.</summary>
    public IReadOnlyList<SchoolYear> WindowEndingAt(SchoolYear last) =>
        Enumerable.Range(last.StartYear - WindowYears + 1, WindowYears).Select(y => new SchoolYear(y)).ToArray();
}
