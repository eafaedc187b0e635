using Selection.Core.Data;
using Selection.Core.Kommuner;
using Selection.Core.Rules;

namespace Selection.Core.Tests;

/// <summary>
/// Builds small, hand-computable selections: a few schools, a few values, a few kommuner. Schools get
/// valid orgnrs in the order they are added, so orgnr order is addition order.
/// </summary>
public sealed class Scenario
{
    private readonly List<School> _schools = [];
    private readonly List<Observation> _observations = [];
    private readonly List<NationalValue> _national = [];
    private readonly List<Participant> _participants = [];
    private int _next = 10_000_000;

    public static readonly SchoolYear Y2021 = new(2021);
    public static readonly SchoolYear Y2022 = new(2022);
    public static readonly SchoolYear Y2023 = new(2023);

    /// <summary>Adds a school and returns its orgnr.</summary>
    public OrgNr School(string kommune = "0301", Eierform eierform = Eierform.Offentlig, string? name = null, bool? spesialskole = null, bool? aktiv = null, bool? grunnskole = null)
    {
        OrgNr? orgnr;
        do
        {
            orgnr = OrgNr.FromFirstEightDigits((_next++).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        while (orgnr is null);
        _schools.Add(new School(orgnr.Value, name ?? $"Skole {_schools.Count + 1}", KommuneNr.Of(kommune), eierform, 1, 10, new Origin("skoler.csv", _schools.Count + 2), spesialskole, aktiv, grunnskole));
        return orgnr.Value;
    }

    /// <summary>Adds one observation (a <c>null</c> value is a suppressed cell).</summary>
    public Scenario Value(OrgNr school, Indicator indicator, decimal? value, int? pupils = 10, SchoolYear? year = null, decimal? standardavvik = null, MissingValue? missing = null)
    {
        _observations.Add(new Observation(school, indicator, year ?? Y2023, value, pupils, new Origin("data.csv", _observations.Count + 2), standardavvik,
            missing ?? (value is null ? MissingValue.Suppressed : MissingValue.None)));
        return this;
    }

    public Scenario National(Indicator indicator, decimal value, SchoolYear? year = null)
    {
        _national.Add(new NationalValue(year ?? Y2023, indicator, value, new Origin("nasjonalt.csv", _national.Count + 2)));
        return this;
    }

    /// <summary>Adds a kommune already in the scheme (the <c>deltakere</c> table), selected in <paramref name="round"/>.</summary>
    public Scenario InScheme(string kommune, int round)
    {
        _participants.Add(new Participant(KommuneNr.Of(kommune), round, new Origin("deltakere.csv", _participants.Count + 2)));
        return this;
    }

    /// <summary>Adds one of Udir's own kommune values (the <c>kommunalt</c> table; a <c>null</c> value is suppressed).</summary>
    public Scenario KommuneValue(string kommune, Indicator indicator, decimal? value, int? pupils = 100, SchoolYear? year = null)
    {
        _kommuneRows.Add(new KommuneRow(KommuneNr.Of(kommune), year ?? Y2023, indicator, value, pupils, new Origin("kommunalt.csv", _kommuneRows.Count + 2)));
        return this;
    }

    private readonly List<KommuneRow> _kommuneRows = [];

    public SelectionInput Input => new(_schools.ToArray(), _observations.ToArray(), _national.ToArray(), _participants.ToArray(), _kommuneRows.ToArray());

    public SelectionOutcome Run(SelectionRules rules, SchoolYear? lastYear = null) =>
        SelectionEngine.Run(Input, rules, TestKommuner.History, lastYear);

    /// <summary>Runs and insists on success, so a test reads the result directly.</summary>
    public SelectionResult Result(SelectionRules rules, SchoolYear? lastYear = null)
    {
        var outcome = Run(rules, lastYear);
        outcome.Succeeded.Should().BeTrue(string.Join("; ", outcome.Problems));
        return outcome.Result!;
    }
}

/// <summary>
/// Rules for tests: the defaults of DOMAIN §8, with what a test changes; but a window of one school
/// year, since most scenarios hold one year (a window year without data is an error).
/// </summary>
public static class TestRules
{
    public static IndicatorRule Rule(Indicator indicator, decimal floor, int weight = 1) =>
        new(indicator, indicator.BetterIs, weight, floor);

    public static SelectionRules With(
        IReadOnlyList<IndicatorRule>? indicators = null,
        int windowYears = 1,
        NationalLimitMode nationalLimit = NationalLimitMode.DataOrPupilWeightedMean,
        bool includePrivateSchools = false,
        int minPossiblePoints = 1,
        decimal topShare = 0.25m,
        int route1Count = 30,
        SpreadMeasure spreadMeasure = SpreadMeasure.Sd,
        decimal spreadThreshold = 0.15m,
        int kommuneStructure = 2024,
        string provenance = "illustrative: test rules",
        int minKommunePossiblePoints = 1,
        SchoolYear? lastSchoolYear = null,
        ParticipantRule? participants = null,
        SchoolRegisterRule? schoolRegister = null,
        KommuneValueSource kommuneValues = KommuneValueSource.Computed) =>
        new(
            "test",
            1,
            provenance,
            kommuneStructure,
            windowYears,
            nationalLimit,
            includePrivateSchools,
            minPossiblePoints,
            topShare,
            route1Count,
            10,
            new SpreadRule(spreadMeasure, spreadThreshold),
            indicators ?? [Rule(Indicator.EU7_STOTTE, 3.0m), Rule(Indicator.GSP, 37m, weight: 3)],
            minKommunePossiblePoints,
            lastSchoolYear,
            participants,
            schoolRegister: schoolRegister,
            kommuneValues: kommuneValues);
}

/// <summary>
/// A small kommune history: a few kommuner of 2020 and 2024, with a renumbering (Halden 3001 → 3101),
/// a 2019 renumbering (Halden 0101 → 3001), a 2024 split (Ålesund 1507 → 1508 Ålesund and 1580 Haram)
/// and a 2020 split (Tysfjord 1850 → 1806 Narvik and 1875 Hamarøy).
/// </summary>
public static class TestKommuner
{
    private static Kommune K(string nr, string navn, string sf) => new(KommuneNr.Of(nr), navn, nr[..2], "fylke", sf);

    private static KommuneChange C(int fraAar, string fra, int tilAar, string til, KommuneChangeKind kind) =>
        new(fraAar, KommuneNr.Of(fra), "fra " + fra, tilAar, KommuneNr.Of(til), "til " + til, kind);

    public static readonly KommuneHistory History = new(
        new KommuneStructure(2020,
        [
            K("0301", "Oslo", "SF Oslo og Viken"), K("3001", "Halden", "SF Oslo og Viken"), K("4601", "Bergen", "SF Vestland"),
            K("1101", "Eigersund", "SF Rogaland"), K("1103", "Stavanger", "SF Rogaland"), K("1507", "Ålesund", "SF Møre og Romsdal"),
            K("1806", "Narvik", "SF Nordland"), K("1875", "Hamarøy", "SF Nordland"),
        ]),
        new KommuneStructure(2024,
        [
            K("0301", "Oslo", "SF ØBOA"), K("3101", "Halden", "SF ØBOA"), K("4601", "Bergen", "SF Vestland"),
            K("1101", "Eigersund", "SF Rogaland"), K("1103", "Stavanger", "SF Rogaland"), K("1508", "Ålesund", "SF Møre og Romsdal"),
            K("1580", "Haram", "SF Møre og Romsdal"), K("1806", "Narvik", "SF Nordland"), K("1875", "Hamarøy", "SF Nordland"),
        ]),
        [
            C(2019, "0101", 2020, "3001", KommuneChangeKind.Renumbered),
            C(2019, "0301", 2020, "0301", KommuneChangeKind.Unchanged),
            C(2019, "1850", 2020, "1806", KommuneChangeKind.Split),
            C(2019, "1850", 2020, "1875", KommuneChangeKind.Split),
        ],
        [
            C(2023, "0301", 2024, "0301", KommuneChangeKind.Unchanged),
            C(2023, "3001", 2024, "3101", KommuneChangeKind.Renumbered),
            C(2023, "4601", 2024, "4601", KommuneChangeKind.Unchanged),
            C(2023, "1101", 2024, "1101", KommuneChangeKind.Unchanged),
            C(2023, "1103", 2024, "1103", KommuneChangeKind.Unchanged),
            C(2023, "1507", 2024, "1508", KommuneChangeKind.Split),
            C(2023, "1507", 2024, "1580", KommuneChangeKind.Split),
            C(2023, "1806", 2024, "1806", KommuneChangeKind.Unchanged),
            C(2023, "1875", 2024, "1875", KommuneChangeKind.Unchanged),
        ]);
}
