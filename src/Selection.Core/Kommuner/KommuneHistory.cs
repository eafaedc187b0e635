namespace Selection.Core.Kommuner;

/// <summary>How a registered kommunenummer was placed in the selection's kommune structure.</summary>
public enum PlacementKind
{
    /// <summary>The number is a kommune of the structure.</summary>
    Direct,

    /// <summary>The number belongs to another structure and was mapped one-to-one through the change tables.</summary>
    Mapped,

    /// <summary>Svalbard, Jan Mayen, the continental shelf or abroad: not in any kommune, so not in the selection.</summary>
    OutsideKommune,

    /// <summary>The number's kommune was split: it cannot be mapped by number.</summary>
    Split,

    /// <summary>The number is not a kommune of any known structure.</summary>
    Unknown,
}

/// <summary>
/// Where a registered kommunenummer lands: the kommune, and the steps that led there. For a split,
/// <see cref="Candidates"/> lists the successors it could have gone to.
/// </summary>
public sealed record KommunePlacement(
    KommuneNr Registered,
    PlacementKind Kind,
    Kommune? Kommune,
    IReadOnlyList<KommuneChange> Path,
    IReadOnlyList<Kommune> Candidates)
{
    /// <summary>The path as a person reads it: <c>1507 Ålesund (2023) → 1508 Ålesund (2024)</c>.</summary>
    public string Describe() => Path.Count == 0
        ? Registered.Value
        : string.Join(" → ", new[] { $"{Path[0].Fra} {Path[0].FraNavn} ({Path[0].FraAar})" }
            .Concat(Path.Select(c => $"{c.Til} {c.TilNavn} ({c.TilAar})")));
}

/// <summary>
/// The two kommune structures and the change tables between them (DOMAIN §7): 2019 → 2020 and
/// 2023 → 2024 (the 2020 structure held until the end of 2023). Places a school's registered
/// kommunenummer in the structure a selection runs in.
/// </summary>
public sealed class KommuneHistory
{
    /// <summary>
    /// Numbers that are in no kommune: Svalbard (2100, 2111, 2121, 2131), Jan Mayen (2211), the
    /// continental shelf (2311) and "abroad" (9999). Schools there are excluded from the selection.
    /// </summary>
    public static readonly IReadOnlySet<KommuneNr> OutsideKommuner = new HashSet<KommuneNr>(
        new[] { "2100", "2111", "2121", "2131", "2211", "2311", "9999" }.Select(KommuneNr.Of));

    private readonly ILookup<KommuneNr, KommuneChange> _changes2019To2020;
    private readonly ILookup<KommuneNr, KommuneChange> _changes2023To2024;
    private readonly ILookup<KommuneNr, KommuneChange> _predecessors2024;

    public KommuneHistory(
        KommuneStructure structure2020,
        KommuneStructure structure2024,
        IReadOnlyList<KommuneChange> changes2019To2020,
        IReadOnlyList<KommuneChange> changes2023To2024)
    {
        Structure2020 = structure2020;
        Structure2024 = structure2024;
        _changes2019To2020 = changes2019To2020.ToLookup(c => c.Fra);
        _changes2023To2024 = changes2023To2024.ToLookup(c => c.Fra);
        _predecessors2024 = changes2023To2024.ToLookup(c => c.Til);
    }

    public KommuneStructure Structure2020 { get; }

    public KommuneStructure Structure2024 { get; }

    /// <summary>The structure of the given year: 2020 or 2024.</summary>
    public KommuneStructure StructureFor(int year) => year switch
    {
        2020 => Structure2020,
        2024 => Structure2024,
        _ => throw new ArgumentOutOfRangeException(nameof(year), year, "Kommune structures exist for 2020 and 2024."),
    };

    /// <summary>
    /// Places a registered kommunenummer in the structure of <paramref name="targetYear"/>. A number of
    /// that structure is taken as it is. Otherwise the change tables are applied in sequence
    /// (2019 → 2020 → 2024, or back from 2024 to 2020 for a 2020 selection): every step must have
    /// exactly one successor (unchanged, renumbered or merged); a split stops the mapping.
    /// </summary>
    public KommunePlacement Place(KommuneNr registered, int targetYear)
    {
        var target = StructureFor(targetYear);
        if (target.TryGet(registered, out var direct))
            return new KommunePlacement(registered, PlacementKind.Direct, direct, [], []);
        if (OutsideKommuner.Contains(registered))
            return new KommunePlacement(registered, PlacementKind.OutsideKommune, null, [], []);

        return targetYear == 2024 ? PlaceIn2024(registered, target) : PlaceIn2020(registered, target);
    }

    private KommunePlacement PlaceIn2024(KommuneNr registered, KommuneStructure target)
    {
        var path = new List<KommuneChange>();
        var current = registered;
        if (!Structure2020.Contains(current))
        {
            // Not a 2020 (= 2023) number: perhaps a 2019 one.
            var step = _changes2019To2020[current].ToArray();
            if (step.Length == 0)
                return Unknown(registered);
            if (step.Length > 1)
                return Split(registered, path, In(target, step.SelectMany(s => _changes2023To2024[s.Til]).Select(c => c.Til)));
            path.Add(step[0]);
            current = step[0].Til;
        }

        var to2024 = _changes2023To2024[current].ToArray();
        if (to2024.Length == 0)
            return Unknown(registered);
        if (to2024.Length > 1)
            return Split(registered, path, In(target, to2024.Select(s => s.Til)));
        path.Add(to2024[0]);
        return target.TryGet(to2024[0].Til, out var kommune)
            ? new KommunePlacement(registered, PlacementKind.Mapped, kommune, path, [])
            : Unknown(registered);
    }

    private KommunePlacement PlaceIn2020(KommuneNr registered, KommuneStructure target)
    {
        var forward = _changes2019To2020[registered].ToArray();
        if (forward.Length == 1 && target.TryGet(forward[0].Til, out var merged))
            return new KommunePlacement(registered, PlacementKind.Mapped, merged, forward, []);
        if (forward.Length > 1)
            return Split(registered, [], In(target, forward.Select(s => s.Til)));

        // A 2024 number in a 2020 selection: back through the 2023 → 2024 table. A 2024 kommune with
        // one predecessor maps to it (Haram 1580 and Ålesund 1508 both go back to Ålesund 1507).
        var back = _predecessors2024[registered].ToArray();
        if (back.Length == 1 && target.TryGet(back[0].Fra, out var predecessor))
        {
            var reversed = new KommuneChange(back[0].TilAar, back[0].Til, back[0].TilNavn, back[0].FraAar, back[0].Fra, back[0].FraNavn, back[0].Endring);
            return new KommunePlacement(registered, PlacementKind.Mapped, predecessor, [reversed], []);
        }
        if (back.Length > 1)
            return Split(registered, [], In(target, back.Select(s => s.Fra)));
        return Unknown(registered);
    }

    /// <summary>
    /// A split: the kommuner the number could belong to, named in the target structure (a 2019 split
    /// whose successors were renumbered in 2024 is reported with the 2024 kommuner).
    /// </summary>
    private static KommunePlacement Split(KommuneNr registered, IReadOnlyList<KommuneChange> path, IEnumerable<Kommune> candidates) =>
        new(registered, PlacementKind.Split, null, path, candidates.DistinctBy(k => k.Nummer).OrderBy(k => k.Nummer).ToArray());

    /// <summary>The kommuner of <paramref name="structure"/> with these numbers.</summary>
    private static IEnumerable<Kommune> In(KommuneStructure structure, IEnumerable<KommuneNr> numbers) =>
        numbers.Select(n => structure.TryGet(n, out var k) ? k : null).OfType<Kommune>();

    private static KommunePlacement Unknown(KommuneNr registered) =>
        new(registered, PlacementKind.Unknown, null, [], []);
}
