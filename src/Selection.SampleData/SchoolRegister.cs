using MathNet.Numerics.Distributions;
using Selection.Core;
using Selection.Core.Data;
using Selection.Core.Kommuner;

namespace Selection.SampleData;

/// <summary>
/// Builds the synthetic school register: how many schools each kommune has, what kind they are, who
/// owns them, how big they are, their names, orgnr, the years they have data, and their latent effects.
/// Everything is drawn from one <see cref="Random"/>, in a fixed order, so a seed gives one register.
/// </summary>
internal static class SchoolRegister
{
    /// <summary>Public schools in kommuner (Svalbard and private schools come on top).</summary>
    public const int PublicSchools = 2660;

    /// <summary>Share of private schools among all schools.</summary>
    public const double PrivateShare = 0.05;

    /// <summary>
    /// Approximate numbers of public grunnskoler of the larger kommuner, and of some of the smallest
    /// (island and mountain kommuner with one school), by 2024 number. The other kommuner draw theirs
    /// from a skewed distribution.
    /// </summary>
    private static readonly (string Nummer, int Schools)[] KnownKommuner =
    [
        // Cities.
        ("0301", 180), ("4601", 95), ("5001", 60), ("1103", 45), ("3201", 45), ("4204", 45), ("3301", 40),
        ("5501", 35), ("3203", 30), ("3205", 30), ("3107", 30), ("1108", 30), ("1804", 24), ("3105", 22),
        ("1508", 22), ("4003", 20), ("3907", 20), ("3905", 20), ("3909", 20), ("3207", 18), ("4203", 18),
        ("3118", 18), ("3209", 15), ("4001", 14), ("1106", 14), ("3103", 14), ("3303", 14), ("1833", 14),
        ("3222", 12), ("3403", 12),

        // Towns and suburban kommuner.
        ("1149", 20), ("4626", 20), ("3411", 19), ("4631", 18), ("3305", 15), ("4647", 15), ("1506", 14),
        ("4624", 14), ("4627", 14), ("5006", 14), ("3101", 13), ("3405", 13), ("3407", 13), ("5503", 13),
        ("1124", 12), ("4602", 12), ("5059", 12), ("5601", 12), ("3240", 11), ("3312", 11), ("5035", 11),
        ("5037", 11), ("1119", 10), ("1505", 10), ("3228", 10), ("3314", 10), ("3420", 10), ("3903", 10),
        ("3911", 10), ("4202", 10), ("5028", 10), ("1121", 9), ("1806", 9), ("3218", 9), ("3401", 9),
        ("3901", 9), ("4614", 9), ("1120", 8), ("1824", 8), ("3212", 8), ("3216", 8), ("3232", 8),
        ("3214", 7), ("3316", 7),

        // Very small kommuner.
        ("1144", 1), ("1145", 1), ("1151", 1), ("1816", 1), ("1835", 1), ("1856", 1), ("1857", 1),
        ("1874", 1), ("3124", 1), ("3320", 1), ("3336", 1), ("4222", 1), ("4619", 1), ("4620", 1),
        ("4629", 1), ("4633", 1), ("4636", 1), ("5020", 1), ("5033", 1), ("5044", 1), ("5052", 1),
        ("5626", 1), ("5630", 1), ("3425", 2), ("5614", 2), ("5616", 2),
    ];

    /// <summary>
    /// Kommuner renumbered on 1 January 2024 (old → new, "nytt nummer" in the change table): a few
    /// schools stay registered under the old number, as in a register that lags behind.
    /// </summary>
    private static readonly (string Old, string New)[] Renumbered =
    [
        ("3001", "3101"), ("3024", "3201"), ("3803", "3905"), ("5401", "5501"), ("3807", "4003"),
        ("3005", "3301"), ("3030", "3205"), ("3804", "3907"), ("3004", "3107"), ("5403", "5601"),
    ];

    /// <summary>The most schools a kommune not in <see cref="KnownKommuner"/> gets.</summary>
    private const int MaxDrawn = 14;

    private const int SchoolsUnderOldNumber = 5;
    private const int NewSchools = 8;
    private const int ClosedSchools = 6;
    private const int SchoolsMissingAYear = 5;
    private const int WeakKommuner = 24;
    private const int PolarisedKommuner = 16;

    /// <summary>Where the latent effects come from (standard units, positive = weaker).</summary>
    private static class Effects
    {
        public const double KommuneSd = 0.40;
        public const double WeakKommuneMin = 0.9;
        public const double WeakKommuneMax = 1.5;
        public const double SchoolSd = 0.55;
        public const double PolarisedSchoolSd = 1.30;
        public const double SchoolInTrouble = 1.6;
        public const double PrivateSchool = -0.3;
        public const double AreaSd = 0.45;
        public const double SpecificSd = 0.35;
    }

    public static List<PlannedSchool> Build(IReadOnlyList<Kommune> kommuner, KommuneHistory history, SampleYears years, Random random)
    {
        var publicCounts = PublicCounts(kommuner, random);
        var schools = new List<PlannedSchool>();
        var byKommune = new Dictionary<KommuneNr, List<PlannedSchool>>();
        foreach (var kommune in kommuner)
        {
            var count = publicCounts[kommune.Nummer];
            var list = Kinds(count, random).Select(kind => new PlannedSchool(kommune.Nummer, kind, Eierform.Offentlig)).ToList();
            byKommune[kommune.Nummer] = list;
        }

        AddPrivateSchools(kommuner, publicCounts, byKommune, random);
        foreach (var kommune in kommuner)
        {
            var list = byKommune[kommune.Nummer];
            var urbanity = Urbanity(publicCounts[kommune.Nummer]);
            foreach (var school in list)
                school.Cohort = CohortSize(school, urbanity, random);
            schools.AddRange(list);
        }

        var svalbard = KommuneNr.Of("2100");
        var svalbardSchools = new[]
        {
            new PlannedSchool(svalbard, SchoolKind.Kombinert, Eierform.Offentlig) { Cohort = 14 },
            new PlannedSchool(svalbard, SchoolKind.Kombinert, Eierform.Offentlig) { Cohort = 4 },
        };
        byKommune[svalbard] = [.. svalbardSchools];
        schools.AddRange(svalbardSchools);

        AssignEffects(kommuner, publicCounts, byKommune, random);
        foreach (var school in svalbardSchools)
            AssignSchoolEffects(school, Normal.Sample(random, 0, Effects.KommuneSd) + Normal.Sample(random, 0, Effects.SchoolSd), random);

        Names.Assign(schools, kommuner, publicCounts, random);
        AssignYears(schools, publicCounts, years, random);
        AssignOldNumbers(byKommune, history, random);
        AssignOrgNr(schools, random);
        return schools;
    }

    /// <summary>
    /// Public schools per kommune: the kommuner of <see cref="KnownKommuner"/> as given, the rest from a
    /// log-normal distribution (many with one to three schools), then adjusted one school at a time
    /// (in proportion to size) until the total is <see cref="PublicSchools"/>. Every kommune keeps at least one.
    /// </summary>
    private static Dictionary<KommuneNr, int> PublicCounts(IReadOnlyList<Kommune> kommuner, Random random)
    {
        var known = KnownKommuner.ToDictionary(l => KommuneNr.Of(l.Nummer), l => l.Schools);
        foreach (var nummer in known.Keys)
            if (!kommuner.Any(k => k.Nummer == nummer))
                throw new InvalidOperationException($"Kommune {nummer} is not in the 2024 structure.");

        var counts = new Dictionary<KommuneNr, int>();
        foreach (var kommune in kommuner)
        {
            counts[kommune.Nummer] = known.TryGetValue(kommune.Nummer, out var fixedCount)
                ? fixedCount
                : Math.Clamp((int)Math.Round(LogNormal.Sample(random, Math.Log(3.4), 0.8)), 1, MaxDrawn);
        }

        var adjustable = kommuner.Select(k => k.Nummer).Where(n => !known.ContainsKey(n)).ToArray();
        var total = counts.Values.Sum();
        while (total != PublicSchools)
        {
            var grow = total < PublicSchools;
            var candidates = adjustable.Where(n => grow ? counts[n] < MaxDrawn : counts[n] > 1).ToArray();
            var pick = WeightedPick(candidates, n => counts[n], random);
            counts[pick] += grow ? 1 : -1;
            total += grow ? 1 : -1;
        }
        return counts;
    }

    /// <summary>
    /// The kinds of a kommune's public schools. A kommune with one school has a 1–10 school; combined
    /// schools are common in small kommuner and rare in cities, where barneskoler feed ungdomsskoler.
    /// </summary>
    private static List<SchoolKind> Kinds(int count, Random random)
    {
        if (count == 1)
            return [SchoolKind.Kombinert];
        if (count == 2)
        {
            var u = random.NextDouble();
            return u < 0.40 ? [SchoolKind.Kombinert, SchoolKind.Kombinert]
                : u < 0.75 ? [SchoolKind.Barneskole, SchoolKind.Kombinert]
                : [SchoolKind.Barneskole, SchoolKind.Ungdomsskole];
        }

        var combinedShare = count switch
        {
            <= 5 => 0.50,
            <= 10 => 0.38,
            <= 20 => 0.24,
            <= 50 => 0.12,
            _ => 0.05,
        };
        var combined = Binomial.Sample(random, combinedShare, count);
        var rest = count - combined;
        var ungdom = (int)Math.Round(rest * Normal.Sample(random, 0.21, 0.05));
        if (combined == 0)
            ungdom = Math.Max(1, ungdom); // someone must teach 8–10
        ungdom = Math.Clamp(ungdom, 0, Math.Max(0, rest - 1));
        var kinds = new List<SchoolKind>(count);
        kinds.AddRange(Enumerable.Repeat(SchoolKind.Kombinert, combined));
        kinds.AddRange(Enumerable.Repeat(SchoolKind.Ungdomsskole, ungdom));
        kinds.AddRange(Enumerable.Repeat(SchoolKind.Barneskole, count - kinds.Count));
        return kinds;
    }

    /// <summary>
    /// About <see cref="PrivateShare"/> of all schools are private, drawn to kommuner with at least three
    /// public schools in proportion to size^1.5, so mostly in cities.
    /// </summary>
    private static void AddPrivateSchools(IReadOnlyList<Kommune> kommuner, Dictionary<KommuneNr, int> publicCounts, Dictionary<KommuneNr, List<PlannedSchool>> byKommune, Random random)
    {
        var count = (int)Math.Round(PublicSchools * PrivateShare / (1 - PrivateShare));
        var candidates = kommuner.Select(k => k.Nummer).Where(n => publicCounts[n] >= 3).ToArray();
        for (var i = 0; i < count; i++)
        {
            var kommune = WeightedPick(candidates, n => Math.Pow(publicCounts[n], 1.5), random);
            var u = random.NextDouble();
            var kind = u < 0.45 ? SchoolKind.Kombinert : u < 0.85 ? SchoolKind.Barneskole : SchoolKind.Ungdomsskole;
            byKommune[kommune].Add(new PlannedSchool(kommune, kind, Eierform.Privat));
        }
    }

    /// <summary>0 for a kommune with one school, 1 for one with 60 or more.</summary>
    private static double Urbanity(int publicSchools) => Math.Clamp(Math.Log(publicSchools) / Math.Log(60), 0, 1);

    /// <summary>
    /// Pupils per grade: rural schools 3–15, urban barneskoler 30–70, urban ungdomsskoler 60–120.
    /// </summary>
    private static double CohortSize(PlannedSchool school, double urbanity, Random random)
    {
        var (median, sigma, min, max) = (school.Eierform, school.Kind) switch
        {
            (Eierform.Privat, _) => (16.0, 0.5, 4.0, 60.0),
            (_, SchoolKind.Barneskole) => (9 + (38 * urbanity), 0.45, 3.0, 90.0),
            (_, SchoolKind.Kombinert) => (7 + (20 * urbanity), 0.5, 2.0, 70.0),
            _ => (32 + (58 * urbanity), 0.35, 12.0, 150.0),
        };
        return Math.Clamp(LogNormal.Sample(random, Math.Log(median), sigma), min, max);
    }

    /// <summary>
    /// Kommune effects (a few kommuner clearly weak overall), school effects (a few kommuner with large
    /// differences between their schools, one school in trouble), then the area and measure effects.
    /// </summary>
    private static void AssignEffects(IReadOnlyList<Kommune> kommuner, Dictionary<KommuneNr, int> publicCounts, Dictionary<KommuneNr, List<PlannedSchool>> byKommune, Random random)
    {
        var effect = kommuner.ToDictionary(k => k.Nummer, _ => Normal.Sample(random, 0, Effects.KommuneSd));

        var weak = new List<KommuneNr>();
        var pool = kommuner.Select(k => k.Nummer).Where(n => publicCounts[n] <= 20).ToList();
        while (weak.Count < WeakKommuner)
        {
            var pick = WeightedPick(pool, n => publicCounts[n] <= 10 ? 1.0 : 0.4, random);
            pool.Remove(pick);
            weak.Add(pick);
            effect[pick] += ContinuousUniform.Sample(random, Effects.WeakKommuneMin, Effects.WeakKommuneMax);
        }

        var polarised = new List<KommuneNr>();
        var polarisedPool = kommuner.Select(k => k.Nummer).Where(n => publicCounts[n] is >= 3 and <= 40 && !weak.Contains(n)).ToList();
        while (polarised.Count < PolarisedKommuner)
        {
            var pick = polarisedPool[random.Next(polarisedPool.Count)];
            polarisedPool.Remove(pick);
            polarised.Add(pick);
        }

        foreach (var kommune in kommuner)
        {
            var isPolarised = polarised.Contains(kommune.Nummer);
            var list = byKommune[kommune.Nummer];
            var schoolSd = isPolarised ? Effects.PolarisedSchoolSd : Effects.SchoolSd;
            foreach (var school in list)
            {
                var general = effect[kommune.Nummer] + Normal.Sample(random, 0, schoolSd);
                if (school.Eierform == Eierform.Privat)
                    general += Effects.PrivateSchool;
                AssignSchoolEffects(school, general, random);
            }
            if (isPolarised)
            {
                // One sizeable public school in trouble: flagged nationally, far from its neighbours.
                var publicSchools = list.Where(s => s.Eierform == Eierform.Offentlig).ToList();
                var inTrouble = publicSchools.OrderByDescending(s => s.Cohort).Take(Math.Max(2, publicSchools.Count / 2)).ToList();
                inTrouble[random.Next(inTrouble.Count)].General += Effects.SchoolInTrouble;
            }
        }
    }

    private static void AssignSchoolEffects(PlannedSchool school, double general, Random random)
    {
        school.General = general;
        school.Environment = Normal.Sample(random, 0, Effects.AreaSd);
        school.Outcomes = Normal.Sample(random, 0, Effects.AreaSd);
        for (var i = 0; i < school.Specific.Length; i++)
            school.Specific[i] = Normal.Sample(random, 0, Effects.SpecificSd);
    }

    /// <summary>
    /// Every school has data in all of <paramref name="years"/>, except a few new schools (data from the
    /// middle year on: 2022-23 for 2020-21 to 2023-24), a few closed the year before it (in kommuner with at
    /// least four schools), and a few that lack one year entirely. In a data set of one school year the new
    /// and the closed schools have that year.
    /// </summary>
    private static void AssignYears(List<PlannedSchool> schools, Dictionary<KommuneNr, int> publicCounts, SampleYears years, Random random)
    {
        foreach (var school in schools)
        {
            school.FirstYear = years.First;
            school.LastYear = years.Last;
        }
        var opening = years.First + (years.Count / 2);
        var eligible = schools.Where(s => publicCounts.TryGetValue(s.Home, out var n) && n >= 4).ToList();
        for (var i = 0; i < NewSchools + ClosedSchools + SchoolsMissingAYear; i++)
        {
            var school = eligible[random.Next(eligible.Count)];
            eligible.Remove(school);
            if (i < NewSchools)
                school.FirstYear = opening;
            else if (i < NewSchools + ClosedSchools)
                school.LastYear = Math.Max(years.First, opening - 1);
            else
                school.MissingYear = years.First + random.Next(years.Count);
        }
    }

    /// <summary>
    /// <see cref="SchoolsUnderOldNumber"/> public schools, in different renumbered kommuner, keep their
    /// 2020–2023 number. Each old number is checked against the change tables: it must map one-to-one
    /// to the school's 2024 kommune.
    /// </summary>
    private static void AssignOldNumbers(Dictionary<KommuneNr, List<PlannedSchool>> byKommune, KommuneHistory history, Random random)
    {
        var pairs = Renumbered.Select(p => (Old: KommuneNr.Of(p.Old), New: KommuneNr.Of(p.New))).ToList();
        foreach (var (old, @new) in pairs)
        {
            var placement = history.Place(old, 2024);
            if (placement.Kind != PlacementKind.Mapped || placement.Kommune?.Nummer != @new)
                throw new InvalidOperationException($"{old} does not map one-to-one to {@new} in the change tables.");
        }
        for (var i = 0; i < SchoolsUnderOldNumber; i++)
        {
            var (old, @new) = pairs[random.Next(pairs.Count)];
            pairs.Remove((old, @new));
            var candidates = byKommune[@new].Where(s => s.Eierform == Eierform.Offentlig).ToList();
            candidates[random.Next(candidates.Count)].Registered = old;
        }
    }

    /// <summary>
    /// Nine-digit orgnr with a valid mod-11 check digit, from 971xxxxxx upwards in random steps, given
    /// in a shuffled order so that numbers say nothing about the kommune.
    /// </summary>
    private static void AssignOrgNr(List<PlannedSchool> schools, Random random)
    {
        var order = schools.ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        var next = 97_100_000 + random.Next(50_000);
        foreach (var school in order)
        {
            next += 1 + random.Next(300);
            OrgNr? orgnr;
            while ((orgnr = OrgNr.FromFirstEightDigits(next.ToString(System.Globalization.CultureInfo.InvariantCulture))) is null)
                next++;
            school.OrgNr = orgnr.Value;
        }
        if (next > 97_999_999)
            throw new InvalidOperationException("The orgnr range 97xxxxxxx is exhausted.");
    }

    internal static T WeightedPick<T>(IReadOnlyList<T> items, Func<T, double> weight, Random random)
    {
        var total = items.Sum(weight);
        var u = random.NextDouble() * total;
        foreach (var item in items)
        {
            u -= weight(item);
            if (u < 0)
                return item;
        }
        return items[^1];
    }
}
