using Selection.Core.Data;
using Selection.Core.Kommuner;
using Selection.Core.Rules;

namespace Selection.Core;

/// <summary>
/// The selection prepared for scoring on arrays (DOMAIN §3–§5 in one pass): the included schools in
/// orgnr order, the observations that count grouped by school, the kommuner of the structure with their
/// schools, and per indicator-year of the window (a <em>slot</em>) its rule, its floor and its national row.
/// <see cref="Evaluate(ReadOnlySpan{long}, SelectionEvaluation)"/> gives risk points, shares, the national ranking, route 1 and route 2 from a set
/// of values without building anything: the stability analysis re-scores thousands of perturbed value sets
/// with one <see cref="SelectionEvaluation"/> per thread, allocating nothing per replicate.
/// </summary>
/// <remarks>
/// <para>Exact, like the method: every value of a slot is held as a whole number of units of that slot
/// (<c>value × 10^scale</c>, the scale being the most decimals any value, the floor or the national row of
/// the slot is written with), limits as exact fractions (Σ value × pupils / Σ pupils), and every comparison
/// is made by cross-multiplication in 128-bit integers. So "equal is not worse" and exact shares hold as in
/// <see cref="RiskPoints"/> and <see cref="RiskShare"/>; a spread within a hair of its threshold is decided
/// by <see cref="Spread.Of"/>'s exact rationals.</para>
/// <para>Pure: the model is read-only once prepared and may be shared between threads.</para>
/// </remarks>
public sealed class PreparedSelection
{
    /// <summary>The most decimals a value may carry (after trailing zeros): 10^15 units keep every sum within 128 bits.</summary>
    public const int MaxScale = 15;

    // Slots: indicator-years of the window the rules score, in indicator then year order.
    private readonly IndicatorRule[] _slotRule;
    private readonly int[] _slotScale;
    private readonly long[] _slotFloor;
    private readonly long?[] _slotRow;

    // Schools (included, by orgnr) and their observations, grouped: school i owns [_start[i], _start[i + 1]).
    private readonly PlacedSchool[] _schools;
    private readonly int[] _start;
    private readonly ObservationTable _table;
    private readonly int[] _rows; // each observation's row in _table
    private readonly int[] _obsSlot;
    private readonly long[] _values;
    private readonly int[] _pupils;

    // Kommuner of the structure, in structure order; kommune k owns schools [_kStart[k], _kStart[k + 1]) of _kSchools.
    private readonly Kommune[] _kommuner;
    private readonly int[] _kStart;
    private readonly int[] _kSchools;
    private readonly int[] _kNummerOrder; // position of each kommune when sorted by kommunenummer (the tie order)
    private readonly bool[] _kLeftOut; // per kommune: in the scheme within its period, left out of both routes
    // Kommune k's observations with a pupil count: [_kObsStart[k], _kObsStart[k + 1]) of _kObs (its own values' basis).
    private readonly int[] _kObsStart;
    private readonly int[] _kObs;
    // Whether Σ value × pupils of any slot stays below 2^62 units whatever the values (each within its indicator's
    // scale): the kommuner's sums are then added in longs, not 128-bit integers.
    private readonly bool _sumsFitLong;
    // Udir's own kommune values (kommuneValues: fromData): kommune k's rows [_kdStart[k], _kdStart[k + 1]), their
    // slots and values in units; null when route 1 ranks on the schools' values.
    private int[]? _kdStart;
    private SchoolYear[] _slotYear = [];
    private int[]? _kdSlot;
    private long[]? _kdUnits;

    private PreparedSelection(
        SelectionRules rules,
        IndicatorRule[] slotRule, int[] slotScale, long[] slotFloor, long?[] slotRow,
        PlacedSchool[] schools, int[] start, ObservationTable table, int[] rows, int[] obsSlot, long[] values, int[] pupils,
        Kommune[] kommuner, int[] kStart, int[] kSchools, int[] kNummerOrder, bool[] kLeftOut)
    {
        Rules = rules;
        _table = table;
        _rows = rows;
        _slotRule = slotRule;
        _slotScale = slotScale;
        _slotFloor = slotFloor;
        _slotRow = slotRow;
        _schools = schools;
        _start = start;
        _obsSlot = obsSlot;
        _values = values;
        _pupils = pupils;
        _kommuner = kommuner;
        _kStart = kStart;
        _kSchools = kSchools;
        _kNummerOrder = kNummerOrder;
        _kLeftOut = kLeftOut;

        // Counted, then filled: a country's millions of entries are not grown by copying.
        _kObsStart = new int[kommuner.Length + 1];
        for (var k = 0; k < kommuner.Length; k++)
        {
            var count = 0;
            for (var j = kStart[k]; j < kStart[k + 1]; j++)
            {
                var i = kSchools[j];
                for (var o = start[i]; o < start[i + 1]; o++)
                    if (pupils[o] > 0)
                        count++;
            }
            _kObsStart[k + 1] = _kObsStart[k] + count;
        }
        _kObs = new int[_kObsStart[^1]];
        for (int k = 0, at = 0; k < kommuner.Length; k++)
        {
            for (var j = kStart[k]; j < kStart[k + 1]; j++)
            {
                var i = kSchools[j];
                for (var o = start[i]; o < start[i + 1]; o++)
                    if (pupils[o] > 0)
                        _kObs[at++] = o;
            }
        }
        // The largest units any value of a slot with observations may have: a bound per slot, not per observation.
        long maxUnits = 0, allPupils = 0;
        var used = new bool[slotRule.Length];
        for (var o = 0; o < pupils.Length; o++)
        {
            allPupils += pupils[o];
            used[obsSlot[o]] = true;
        }
        for (var slot = 0; slot < slotRule.Length; slot++)
        {
            if (!used[slot])
                continue;
            var indicator = slotRule[slot].Indicator;
            var bound = Math.Max(Math.Abs(indicator.Maximum), Math.Abs(indicator.Minimum)) * Pow10(slotScale[slot]);
            maxUnits = Math.Max(maxUnits, bound >= long.MaxValue ? long.MaxValue : (long)bound);
        }
        _sumsFitLong = allPupils == 0 || (Int128)maxUnits * allPupils < (Int128)1 << 62;
    }

    public SelectionRules Rules { get; }

    /// <summary>The included schools, in orgnr order: the index of a school in every array of an evaluation.</summary>
    public IReadOnlyList<PlacedSchool> Schools => _schools;

    /// <summary>The kommuner of the structure, in its order: the index of a kommune in every array of an evaluation.</summary>
    public IReadOnlyList<Kommune> Kommuner => _kommuner;

    /// <summary>The values of the observations that count, grouped by school in orgnr order, in units of their slot (<see cref="ScaleOf"/>): what <see cref="Evaluate(ReadOnlySpan{long}, SelectionEvaluation)"/> scores by default.</summary>
    public ReadOnlySpan<long> Values => _values;

    /// <summary>The observations the model was prepared from: <see cref="RowsOf"/> gives a school's rows of it.</summary>
    public ObservationTable Table => _table;

    /// <summary>
    /// The rows of <see cref="Table"/> of the observations of school <paramref name="school"/> that count, in the
    /// order of the data: the ones its points are summed from, for the evidence and for whatever re-scores them.
    /// The observation of <see cref="Values"/>[<c>i</c>] is row <c>RowsOf(…)</c> in the same order: school by school.
    /// </summary>
    public ReadOnlyMemory<int> RowsOf(int school) => _rows.AsMemory(_start[school], _start[school + 1] - _start[school]);

    /// <summary>The index in <see cref="Values"/> of the first observation of school <paramref name="school"/>; its others follow.</summary>
    public int FirstObservationOf(int school) => _start[school];

    /// <summary>The slot (indicator-year) of observation <paramref name="observation"/>, an index into <see cref="Values"/>.</summary>
    public int SlotOf(int observation) => _obsSlot[observation];

    /// <summary>The pupil count of observation <paramref name="observation"/>; 0 when the data gives none.</summary>
    public int PupilsOf(int observation) => _pupils[observation];

    /// <summary>The rule of slot <paramref name="slot"/>: its indicator's.</summary>
    public IndicatorRule RuleOfSlot(int slot) => _slotRule[slot];

    /// <summary>The school year of slot <paramref name="slot"/>.</summary>
    public SchoolYear YearOfSlot(int slot) => _slotYear[slot];

    /// <summary>The number of slots (indicator-years scored).</summary>
    public int SlotCount => _slotRule.Length;

    /// <summary>The decimals of slot <paramref name="slot"/>: a value of it is <c>units / 10^scale</c>.</summary>
    public int ScaleOf(int slot) => _slotScale[slot];

    /// <summary>
    /// Prepares the selection: <paramref name="includedSchools"/> (every school the selection includes),
    /// <paramref name="counted"/> (their observations in <paramref name="window"/> that count: a value, an
    /// indicator the rules use) and the national rows. Returns <c>null</c> and a problem for a value
    /// written with more than <see cref="MaxScale"/> decimals.
    /// </summary>
    public static (PreparedSelection? Model, Problem? Problem) Prepare(
        SelectionRules rules,
        KommuneStructure structure,
        IReadOnlyList<SchoolYear> window,
        IEnumerable<PlacedSchool> includedSchools,
        IReadOnlyList<Observation> counted,
        IEnumerable<NationalValue> nationalValues,
        IEnumerable<KommuneNr>? inScheme = null,
        int minimumScale = 0,
        IReadOnlyDictionary<KommuneNr, IReadOnlyList<KommuneRow>>? kommuneRows = null) =>
        Prepare(rules, structure, window, includedSchools, ObservationTable.Of(counted), [.. Enumerable.Range(0, counted.Count)], nationalValues, inScheme, minimumScale, kommuneRows);

    /// <summary>
    /// Prepares the selection from the rows <paramref name="counted"/> of <paramref name="table"/>: the observations
    /// of the included schools in the window that count, in the data's order.
    /// </summary>
    public static (PreparedSelection? Model, Problem? Problem) Prepare(
        SelectionRules rules,
        KommuneStructure structure,
        IReadOnlyList<SchoolYear> window,
        IEnumerable<PlacedSchool> includedSchools,
        ObservationTable table,
        IReadOnlyList<int> counted,
        IEnumerable<NationalValue> nationalValues,
        IEnumerable<KommuneNr>? inScheme = null,
        int minimumScale = 0,
        IReadOnlyDictionary<KommuneNr, IReadOnlyList<KommuneRow>>? kommuneRows = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimumScale, MaxScale);
        // Slots.
        var slotOf = new Dictionary<(Indicator, SchoolYear), int>();
        var slotRule = new List<IndicatorRule>();
        var slotYear = new List<SchoolYear>();
        foreach (var rule in rules.Indicators)
            foreach (var year in window)
            {
                slotOf[(rule.Indicator, year)] = slotRule.Count;
                slotRule.Add(rule);
                slotYear.Add(year);
            }
        var slots = slotRule.Count;
        var rows = new decimal?[slots];
        if (rules.NationalLimit == NationalLimitMode.DataOrPupilWeightedMean)
            foreach (var n in nationalValues)
                if (slotOf.TryGetValue((n.Indicator, n.Year), out var slot) && rows[slot] is null)
                    rows[slot] = n.Value;

        // Schools in orgnr order; observations grouped by school, in data order within a school.
        var schools = includedSchools.OrderBy(s => s.School.OrgNr.Number).ToArray(); // Number orders as the nine digits do
        var indexOf = new Dictionary<OrgNr, int>(schools.Length);
        for (var i = 0; i < schools.Length; i++)
            indexOf.Add(schools[i].School.OrgNr, i);
        // Each observation's school and slot looked up once (a country has millions of observations): the school
        // when the orgnr changes (a school's rows mostly follow one another), the slot in an array by indicator and
        // year.
        var schoolOf = new int[counted.Count];
        var slotOfObservation = new int[counted.Count];
        var start = new int[schools.Length + 1];
        var places = new IndicatorYearPlaces(window);
        var slotAt = new int[places.Count];
        Array.Fill(slotAt, -1);
        foreach (var ((indicator, year), slot) in slotOf)
            slotAt[places.Of(indicator, year)] = slot;
        OrgNr? lastOrgNr = null;
        var lastSchool = -1;
        for (var j = 0; j < counted.Count; j++)
        {
            var row = counted[j];
            var orgnr = table.OrgNrOf(row);
            if (orgnr != lastOrgNr)
                (lastOrgNr, lastSchool) = (orgnr, indexOf[orgnr]);
            schoolOf[j] = lastSchool;
            var place = places.Of(table.IndicatorOf(row), table.YearOf(row));
            var slot = place >= 0 ? slotAt[place] : -1;
            slotOfObservation[j] = slot >= 0 ? slot : throw new ArgumentException($"Observation {row} is not of an indicator-year the rules score in the window.", nameof(counted));
            start[lastSchool + 1]++;
        }
        for (var i = 0; i < schools.Length; i++)
            start[i + 1] += start[i];
        var next = start[..^1].ToArray();
        var tableRows = new int[counted.Count];
        var obsSlot = new int[counted.Count];
        for (var j = 0; j < counted.Count; j++)
        {
            var at = next[schoolOf[j]]++;
            tableRows[at] = counted[j];
            obsSlot[at] = slotOfObservation[j];
        }
        // At least minimumScale decimals per slot: a replicate's drawn values need finer units than the data's. The
        // values' decimals are counted in blocks side by side, each block its own most per slot, and the most taken.
        var scale = Enumerable.Repeat(minimumScale, slots).ToArray();
        var blocks = InParallel.Blocks(tableRows.Length);
        var blockScale = new int[blocks * slots];
        InParallel.For(blocks, b =>
        {
            var most = blockScale.AsSpan(b * slots, slots);
            var (from, to) = InParallel.Block(b, blocks, tableRows.Length);
            for (var i = from; i < to; i++)
                most[obsSlot[i]] = Math.Max(most[obsSlot[i]], Decimals(table.ValueAt(tableRows[i])));
        });
        for (var b = 0; b < blocks; b++)
            for (var s = 0; s < slots; s++)
                scale[s] = Math.Max(scale[s], blockScale[(b * slots) + s]);
        foreach (var row in kommuneRows?.Values.SelectMany(r => r) ?? [])
            if (slotOf.TryGetValue((row.Indicator, row.Year), out var rowSlot))
                scale[rowSlot] = Math.Max(scale[rowSlot], Decimals(row.Value!.Value));
        for (var s = 0; s < slots; s++)
        {
            scale[s] = Math.Max(scale[s], Decimals(slotRule[s].FloorIn(slotYear[s])));
            if (rows[s] is { } row)
                scale[s] = Math.Max(scale[s], Decimals(row));
        }
        for (var s = 0; s < slots; s++)
            if (scale[s] > MaxScale)
            {
                var culprit = Enumerable.Range(0, tableRows.Length).FirstOrDefault(i => obsSlot[i] == s && Decimals(table.ValueAt(tableRows[i])) > MaxScale, -1);
                return (null, Problem.Error(
                    "value-too-precise",
                    Texts.ModelTexts.ValueTooPrecise(slotRule[s].Indicator.Code, slotYear[s].ToString(), MaxScale),
                    culprit >= 0 ? table.OriginOf(tableRows[culprit]) : default));
            }
        var values = new long[tableRows.Length];
        var pupils = new int[tableRows.Length];
        // Each observation into its own place, in blocks side by side (a failure is the first observation's, as in order).
        InParallel.For(blocks, b =>
        {
            var (from, to) = InParallel.Block(b, blocks, tableRows.Length);
            for (var i = from; i < to; i++)
            {
                values[i] = Units(table.ValueAt(tableRows[i]), scale[obsSlot[i]]);
                pupils[i] = table.PupilsOf(tableRows[i]) ?? 0;
            }
        });
        var floor = new long[slots];
        var rowUnits = new long?[slots];
        for (var s = 0; s < slots; s++)
        {
            floor[s] = Units(slotRule[s].FloorIn(slotYear[s]), scale[s]);
            rowUnits[s] = rows[s] is { } row ? Units(row, scale[s]) : null;
        }

        // Kommuner and their schools.
        var kommuner = structure.Kommuner.ToArray();
        var kIndex = new Dictionary<KommuneNr, int>(kommuner.Length);
        for (var k = 0; k < kommuner.Length; k++)
            kIndex[kommuner[k].Nummer] = k;
        var kStart = new int[kommuner.Length + 1];
        foreach (var s in schools)
            if (s.Kommune is { } kommune && kIndex.TryGetValue(kommune.Nummer, out var k))
                kStart[k + 1]++;
        for (var k = 0; k < kommuner.Length; k++)
            kStart[k + 1] += kStart[k];
        var kNext = kStart[..^1].ToArray();
        var kSchools = new int[kStart[^1]];
        for (var i = 0; i < schools.Length; i++)
            if (schools[i].Kommune is { } kommune && kIndex.TryGetValue(kommune.Nummer, out var k))
                kSchools[kNext[k]++] = i;
        var leftOut = new bool[kommuner.Length];
        foreach (var nummer in inScheme ?? [])
            if (kIndex.TryGetValue(nummer, out var k))
                leftOut[k] = true;
        var byNummer = Enumerable.Range(0, kommuner.Length).OrderBy(k => kommuner[k].Nummer).ToArray();
        var nummerOrder = new int[kommuner.Length];
        for (var p = 0; p < byNummer.Length; p++)
            nummerOrder[byNummer[p]] = p;

        // Udir's own kommune values, when route 1 ranks on them: per kommune its rows' slots and values in units.
        int[]? kdStart = null, kdSlot = null;
        long[]? kdUnits = null;
        if (kommuneRows is not null)
        {
            kdStart = new int[kommuner.Length + 1];
            var slotList = new List<int>();
            var unitList = new List<long>();
            for (var k = 0; k < kommuner.Length; k++)
            {
                foreach (var row in kommuneRows.GetValueOrDefault(kommuner[k].Nummer) ?? [])
                    if (slotOf.TryGetValue((row.Indicator, row.Year), out var rowSlot))
                    {
                        slotList.Add(rowSlot);
                        unitList.Add(Units(row.Value!.Value, scale[rowSlot]));
                    }
                kdStart[k + 1] = slotList.Count;
            }
            kdSlot = [.. slotList];
            kdUnits = [.. unitList];
        }

        return (new PreparedSelection(
            rules, [.. slotRule], scale, floor, rowUnits,
            schools, start, table, tableRows, obsSlot, values, pupils,
            kommuner, kStart, kSchools, nummerOrder, leftOut)
        {
            _slotYear = [.. slotYear],
            _kdStart = kdStart,
            _kdSlot = kdSlot,
            _kdUnits = kdUnits,
        }, null);
    }

    /// <summary>A workspace for <see cref="Evaluate(ReadOnlySpan{long}, SelectionEvaluation)"/> sized for this model (one per thread).</summary>
    public SelectionEvaluation NewEvaluation()
    {
        var e = new SelectionEvaluation(this, _schools.Length, _kommuner.Length, SlotCount);
        // The orders, made once per evaluation so that sorting allocates nothing.
        e.ByRoute2Order = (a, b) => CompareRoute2(e, a, b);
        return e;
    }

    /// <summary>Scores the model's own values into <paramref name="into"/>.</summary>
    public void Evaluate(SelectionEvaluation into) => Evaluate(_values, into);

    /// <summary>
    /// Scores <paramref name="values"/> (one per observation, in units of its slot, as <see cref="Values"/>)
    /// into <paramref name="into"/>: limits, points, shares, the national ranking and flags, the kommuner's own
    /// values, route 1 and route 2. Allocates nothing, but for the exact spread of a route-2 kommune whose spread
    /// lies within a hair of the threshold or of another candidate's, and of every route-2 candidate under
    /// <see cref="SpreadMeasure.MaxMinusMedian"/> (the median needs the shares sorted).
    /// </summary>
    public void Evaluate(ReadOnlySpan<long> values, SelectionEvaluation into)
    {
        if (values.Length != _values.Length)
            throw new ArgumentException($"One value per observation: {_values.Length}, not {values.Length}.", nameof(values));
        if (!ReferenceEquals(into.Model, this))
            throw new ArgumentException("The evaluation was made for another model.", nameof(into));
        Limits(values, into);
        ScoreSchools(values, into);
        RankSchools(into);
        KommuneValues(values, into);
        Route1(into);
        Route2(into);
    }

    // DOMAIN §3, national limit: the national row, else the (pupil-weighted) mean of the values that count.
    private void Limits(ReadOnlySpan<long> values, SelectionEvaluation e)
    {
        var num = e.LimitNumerator;
        var den = e.LimitDenominator;
        Array.Clear(num);
        Array.Clear(den);
        for (var s = 0; s < SlotCount; s++)
            if (_slotRow[s] is { } row)
            {
                num[s] = row;
                den[s] = 1;
            }
        for (var i = 0; i < values.Length; i++)
        {
            var s = _obsSlot[i];
            if (_slotRow[s] is not null)
                continue;
            if (Rules.NationalLimit == NationalLimitMode.SchoolMean)
            {
                num[s] += values[i];
                den[s]++;
            }
            else if (_pupils[i] > 0)
            {
                num[s] = checked(num[s] + ((Int128)values[i] * _pupils[i]));
                den[s] += _pupils[i];
            }
        }
    }

    // DOMAIN §3–§4: 3 below the floor, else 1 below the limit, times the weight; possible points where a limit exists.
    // A value is a whole number of units, so "worse than the limit n/d" is "below ⌈n/d⌉" (higher is better) or
    // "above ⌊n/d⌋" (lower is better): exact, and one comparison of longs per observation.
    private void ScoreSchools(ReadOnlySpan<long> values, SelectionEvaluation e)
    {
        for (var s = 0; s < SlotCount; s++)
        {
            if (e.LimitDenominator[s] == 0)
                continue;
            var lower = _slotRule[s].BetterIs == BetterIs.Lower;
            e.LimitUnits[s] = lower
                ? FloorDiv(e.LimitNumerator[s], e.LimitDenominator[s])
                : CeilingDiv(e.LimitNumerator[s], e.LimitDenominator[s]);
        }
        for (var i = 0; i < _schools.Length; i++)
        {
            long points = 0, possible = 0;
            for (var o = _start[i]; o < _start[i + 1]; o++)
            {
                var s = _obsSlot[o];
                if (e.LimitDenominator[s] == 0)
                    continue;
                var rule = _slotRule[s];
                var v = values[o];
                int p;
                if (rule.BetterIs == BetterIs.Lower)
                    p = v > _slotFloor[s] ? IndicatorRule.FloorPoints : v > e.LimitUnits[s] ? IndicatorRule.LimitPoints : 0;
                else
                    p = v < _slotFloor[s] ? IndicatorRule.FloorPoints : v < e.LimitUnits[s] ? IndicatorRule.LimitPoints : 0;
                points += p * rule.Weight;
                possible += rule.PossiblePoints;
            }
            e.SchoolPoints[i] = points;
            e.SchoolPossible[i] = possible;
        }
    }

    private static long FloorDiv(Int128 n, long d)
    {
        var q = n / d;
        return (long)(n % d != 0 && n < 0 ? q - 1 : q);
    }

    private static long CeilingDiv(Int128 n, long d)
    {
        var q = n / d;
        return (long)(n % d != 0 && n > 0 ? q + 1 : q);
    }

    /// <summary>The (unweighted) risk points of value <c>numerator / denominator</c> units of slot <paramref name="slot"/>.</summary>
    private int Points(Int128 numerator, Int128 denominator, int slot, SelectionEvaluation e)
    {
        var lower = _slotRule[slot].BetterIs == BetterIs.Lower;
        // worse than x/y ⇔ n/d < x/y (higher is better) or n/d > x/y (lower is better); d, y > 0.
        bool Worse(Int128 x, Int128 y)
        {
            var c = checked(numerator * y).CompareTo(checked(x * denominator));
            return lower ? c > 0 : c < 0;
        }
        if (Worse(_slotFloor[slot], 1))
            return IndicatorRule.FloorPoints;
        return Worse(e.LimitNumerator[slot], e.LimitDenominator[slot]) ? IndicatorRule.LimitPoints : 0;
    }

    // DOMAIN §4: rankable schools by share, highest first, ties by orgnr; min ranking; the top share flagged unless at 0 points.
    private void RankSchools(SelectionEvaluation e)
    {
        var order = e.SchoolOrder;
        var keys = e.SchoolKeys;
        var n = 0;
        for (var i = 0; i < _schools.Length; i++)
        {
            e.SchoolRank[i] = 0;
            e.SchoolFlagged[i] = false;
            if (e.SchoolPossible[i] >= Rules.MinPossiblePoints)
            {
                keys[n] = ShareKey(e.SchoolPoints[i], e.SchoolPossible[i]);
                order[n++] = i;
            }
        }
        SortByShare(keys, order, n, null);
        e.RankedSchools = n;
        e.Cut = MinRanking.Cut(Rules.TopShare, n);
        var rank = 0;
        for (var p = 0; p < n; p++)
        {
            var i = order[p];
            if (p == 0 || keys[p] != keys[p - 1])
                rank = p + 1;
            e.SchoolRank[i] = rank;
            e.SchoolFlagged[i] = rank <= e.Cut && e.SchoolPoints[i] > 0;
        }
    }

    /// <summary>
    /// Minus the share, as a double: exact for ordering. Equal fractions (1/3, 3/9) give the same correctly
    /// rounded double, and two different fractions with denominators below 2^24 differ by more than 2^-48,
    /// far above a double's rounding; possible points are checked to stay below that.
    /// </summary>
    private static double ShareKey(long points, long possible)
    {
        if (possible >= 1 << 24)
            throw new InvalidOperationException($"Possible points {possible} are beyond what a share key orders exactly.");
        return -(double)points / possible;
    }

    /// <summary>
    /// Sorts <paramref name="items"/>[0..n) by <paramref name="keys"/> (ascending: highest share first), ties by
    /// index or by <paramref name="tieOrder"/>. Allocates nothing.
    /// </summary>
    private static void SortByShare(double[] keys, int[] items, int n, int[]? tieOrder)
    {
        Array.Sort(keys, items, 0, n);
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
                end++;
            if (end - start > 1)
            {
                // A tie (the schools with no risk points of a large country are tens of thousands) is sorted by its tie
                // order written in place of its share, which is put back after.
                var share = keys[start];
                for (var p = start; p < end; p++)
                    keys[p] = tieOrder is null ? items[p] : tieOrder[items[p]];
                Array.Sort(keys, items, start, end - start);
                Array.Fill(keys, share, start, end - start);
            }
            start = end;
        }
    }

    // DOMAIN §5, route 1's basis: per kommune and slot, the pupil-weighted mean of its included schools' values, scored.
    private void KommuneValues(ReadOnlySpan<long> values, SelectionEvaluation e)
    {
        if (_kdStart is not null)
        {
            KommuneValuesFromData(e);
            return;
        }
        if (_sumsFitLong)
        {
            KommuneValuesInLongs(values, e);
            return;
        }
        var sum = e.SlotSum;
        var pupils = e.SlotPupils;
        for (var k = 0; k < _kommuner.Length; k++)
        {
            Array.Clear(sum);
            Array.Clear(pupils);
            for (var j = _kObsStart[k]; j < _kObsStart[k + 1]; j++)
            {
                var o = _kObs[j];
                sum[_obsSlot[o]] = checked(sum[_obsSlot[o]] + ((Int128)values[o] * _pupils[o]));
                pupils[_obsSlot[o]] += _pupils[o];
            }
            long points = 0, possible = 0;
            for (var s = 0; s < SlotCount; s++)
            {
                if (pupils[s] == 0 || e.LimitDenominator[s] == 0)
                    continue;
                var rule = _slotRule[s];
                points += Points(sum[s], pupils[s], s, e) * rule.Weight;
                possible += rule.PossiblePoints;
            }
            e.KommunePoints[k] = points;
            e.KommunePossible[k] = possible;
        }
    }

    /// <summary>Route 1's basis from Udir's own kommune values: each row scored against its slot's limit and floor, exactly.</summary>
    private void KommuneValuesFromData(SelectionEvaluation e)
    {
        for (var k = 0; k < _kommuner.Length; k++)
        {
            long points = 0, possible = 0;
            for (var j = _kdStart![k]; j < _kdStart[k + 1]; j++)
            {
                var s = _kdSlot![j];
                if (e.LimitDenominator[s] == 0)
                    continue;
                var rule = _slotRule[s];
                points += Points(_kdUnits![j], 1, s, e) * rule.Weight;
                possible += rule.PossiblePoints;
            }
            e.KommunePoints[k] = points;
            e.KommunePossible[k] = possible;
        }
    }

    /// <summary>
    /// <see cref="KommuneValues"/> when every sum fits a long (<see cref="_sumsFitLong"/>, so in practice always): the
    /// sums in longs, and a kommune value compared with its floor and limit by doubles unless the two lie within a
    /// hair of each other, where the exact 128-bit comparison decides (the same outcome, at a fraction of the cost).
    /// </summary>
    private void KommuneValuesInLongs(ReadOnlySpan<long> values, SelectionEvaluation e)
    {
        var sum = e.SlotSumLong;
        var pupils = e.SlotPupils;
        var slots = SlotCount;
        for (var s = 0; s < slots; s++)
            e.LimitDouble[s] = e.LimitDenominator[s] == 0 ? double.NaN : (double)e.LimitNumerator[s] / e.LimitDenominator[s];
        for (var k = 0; k < _kommuner.Length; k++)
        {
            Array.Clear(sum);
            Array.Clear(pupils);
            for (var j = _kObsStart[k]; j < _kObsStart[k + 1]; j++)
            {
                var o = _kObs[j];
                var s = _obsSlot[o];
                sum[s] += values[o] * _pupils[o];
                pupils[s] += _pupils[o];
            }
            long points = 0, possible = 0;
            for (var s = 0; s < slots; s++)
            {
                if (pupils[s] == 0 || e.LimitDenominator[s] == 0)
                    continue;
                var rule = _slotRule[s];
                var mean = (double)sum[s] / pupils[s];
                var lower = rule.BetterIs == BetterIs.Lower;
                int p;
                double floor = _slotFloor[s], limit = e.LimitDouble[s];
                if (Math.Abs(mean - floor) <= Tolerance(floor) || Math.Abs(mean - limit) <= Tolerance(limit))
                    p = Points(sum[s], pupils[s], s, e);
                else if (lower ? mean > floor : mean < floor)
                    p = IndicatorRule.FloorPoints;
                else
                    p = (lower ? mean > limit : mean < limit) ? IndicatorRule.LimitPoints : 0;
                points += p * rule.Weight;
                possible += rule.PossiblePoints;
            }
            e.KommunePoints[k] = points;
            e.KommunePossible[k] = possible;
        }
    }

    // DOMAIN §5, route 1: kommuner with enough possible points ranked by own share (ties by kommunenummer); the top route1Count taken unless at 0 points.
    private void Route1(SelectionEvaluation e)
    {
        var order = e.KommuneOrder;
        var n = 0;
        var thin = 0;
        var inScheme = 0;
        for (var k = 0; k < _kommuner.Length; k++)
        {
            e.KommuneRank[k] = 0;
            e.KommuneRoute[k] = 0;
            e.KommuneRoute2Order[k] = 0;
            if (e.KommunePossible[k] == 0)
                continue;
            if (_kLeftOut[k])
            {
                inScheme++;
                continue;
            }
            if (e.KommunePossible[k] < Rules.MinKommunePossiblePoints)
            {
                thin++;
                continue;
            }
            e.KommuneKeys[n] = ShareKey(e.KommunePoints[k], e.KommunePossible[k]);
            order[n++] = k;
        }
        SortByShare(e.KommuneKeys, order, n, _kNummerOrder);
        e.RankedKommuner = n;
        e.ThinKommuner = thin;
        e.InSchemeKommuner = inScheme;
        var rank = 0;
        for (var p = 0; p < n; p++)
        {
            var k = order[p];
            if (p == 0 || e.KommuneKeys[p] != e.KommuneKeys[p - 1])
                rank = p + 1;
            e.KommuneRank[k] = rank;
            if (rank <= Rules.Route1Count && e.KommunePoints[k] > 0)
                e.KommuneRoute[k] = (int)Route.WeakOverall;
        }
    }

    // DOMAIN §5, route 2: not on route 1, two rankable schools or more, spread strictly above the threshold, a flagged school.
    private void Route2(SelectionEvaluation e)
    {
        var threshold = (double)Rules.Spread.Threshold;
        var candidates = 0;
        for (var k = 0; k < _kommuner.Length; k++)
        {
            e.KommuneHighest[k] = -1;
            e.KommuneSpread[k] = double.NaN;
            int rankable = 0, highest = -1;
            var flagged = false;
            double sum = 0, min = double.MaxValue, max = double.MinValue;
            for (var j = _kStart[k]; j < _kStart[k + 1]; j++)
            {
                var i = _kSchools[j];
                if (e.SchoolRank[i] == 0)
                    continue;
                rankable++;
                flagged |= e.SchoolFlagged[i];
                if (highest < 0 || CompareShares(e.SchoolPoints, e.SchoolPossible, i, highest) > 0)
                    highest = i;
                var share = (double)e.SchoolPoints[i] / e.SchoolPossible[i];
                sum += share;
                min = Math.Min(min, share);
                max = Math.Max(max, share);
            }
            e.KommuneHighest[k] = highest;
            if (rankable < 2)
                continue;
            var measure = Rules.Spread.Measure;
            double spread;
            if (measure == SpreadMeasure.Sd)
            {
                // two passes: the mean, then the squares about it (no cancellation for equal shares)
                var mean = sum / rankable;
                double squares = 0;
                for (var j = _kStart[k]; j < _kStart[k + 1]; j++)
                {
                    var i = _kSchools[j];
                    if (e.SchoolRank[i] == 0)
                        continue;
                    var d = ((double)e.SchoolPoints[i] / e.SchoolPossible[i]) - mean;
                    squares += d * d;
                }
                spread = Math.Sqrt(squares / rankable);
            }
            else
            {
                spread = measure == SpreadMeasure.Range ? max - min : double.NaN; // the median needs the shares sorted: decided exactly below
            }
            e.KommuneSpread[k] = spread;
            if (e.KommuneRoute[k] != 0 || !flagged || _kLeftOut[k])
                continue;
            bool above;
            if (measure != SpreadMeasure.MaxMinusMedian && Math.Abs(spread - threshold) > Tolerance(threshold))
                above = spread > threshold;
            else
            {
                var exact = ExactSpread(e, k);
                e.KommuneSpread[k] = exact.Value;
                above = exact.IsAbove(Rules.Spread.Threshold);
            }
            if (above)
            {
                e.KommuneRoute[k] = (int)Route.LargeDifferences;
                e.Route2Order[candidates++] = k;
            }
        }
        var order = e.Route2Order.AsSpan(0, candidates);
        order.Sort(e.ByRoute2Order);
        for (var p = 0; p < order.Length; p++)
            e.KommuneRoute2Order[order[p]] = p + 1;
        e.Route2Candidates = candidates;
    }

    /// <summary>The exact spread of kommune <paramref name="k"/>'s rankable school shares (rare: near a threshold or a tie).</summary>
    internal SpreadValue ExactSpread(SelectionEvaluation e, int k)
    {
        var shares = new List<RiskShare>();
        for (var j = _kStart[k]; j < _kStart[k + 1]; j++)
        {
            var i = _kSchools[j];
            if (e.SchoolRank[i] != 0)
                shares.Add(new RiskShare(e.SchoolPoints[i], e.SchoolPossible[i]));
        }
        return Spread.Of(Rules.Spread.Measure, shares);
    }

    /// <summary>A band around a double within which two spreads, or a spread and its threshold, are compared exactly instead.</summary>
    private static double Tolerance(double x) => 1e-7 * Math.Max(1, Math.Abs(x));

    private static int CompareShares(long[] points, long[] possible, int a, int b) =>
        (points[a] * possible[b]).CompareTo(points[b] * possible[a]);

    /// <summary>Route-2 order: highest school share first, then the larger spread, then kommunenummer.</summary>
    private int CompareRoute2(SelectionEvaluation e, int a, int b)
    {
        var c = CompareShares(e.SchoolPoints, e.SchoolPossible, e.KommuneHighest[b], e.KommuneHighest[a]);
        if (c != 0)
            return c;
        double sa = e.KommuneSpread[a], sb = e.KommuneSpread[b];
        if (Math.Abs(sa - sb) > Tolerance(Math.Max(Math.Abs(sa), Math.Abs(sb))))
            return sb.CompareTo(sa);
        c = ExactSpread(e, b).CompareTo(ExactSpread(e, a));
        return c != 0 ? c : _kNummerOrder[a].CompareTo(_kNummerOrder[b]);
    }

    /// <summary>The decimals of <paramref name="value"/> without trailing zeros (4.20 has one).</summary>
    private static int Decimals(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = value.Scale;
        if (bits[2] == 0)
        {
            // Within 64 bits, as nearly every value is: the same count without 128-bit division.
            var small = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            while (scale > 0 && small % 10 == 0)
            {
                small /= 10;
                scale--;
            }
            return scale;
        }
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        return scale;
    }

    private static readonly decimal[] Powers = [.. Enumerable.Range(0, 29).Select(n => Enumerable.Repeat(10m, n).Aggregate(1m, (a, b) => a * b))];

    private static decimal Pow10(int n) => Powers[n];

    /// <summary><paramref name="value"/> × 10^<paramref name="scale"/>, exactly (the scale is at least the value's decimals).</summary>
    private static long Units(decimal value, int scale) => checked((long)(value * Pow10(scale)));
}

/// <summary>
/// One evaluation of a <see cref="PreparedSelection"/>: its workspace and its result, as arrays indexed like
/// the model's schools and kommuner. Reused from one <see cref="PreparedSelection.Evaluate(SelectionEvaluation)"/>
/// to the next; not to be shared between threads.
/// </summary>
public sealed class SelectionEvaluation
{
    internal SelectionEvaluation(PreparedSelection model, int schools, int kommuner, int slots)
    {
        Model = model;
        LimitNumerator = new Int128[slots];
        LimitDenominator = new long[slots];
        SlotSum = new Int128[slots];
        SlotSumLong = new long[slots];
        LimitDouble = new double[slots];
        SlotPupils = new long[slots];
        SchoolPoints = new long[schools];
        SchoolPossible = new long[schools];
        SchoolRank = new int[schools];
        SchoolFlagged = new bool[schools];
        SchoolOrder = new int[schools];
        SchoolKeys = new double[schools];
        KommuneKeys = new double[kommuner];
        LimitUnits = new long[slots];
        KommunePoints = new long[kommuner];
        KommunePossible = new long[kommuner];
        KommuneRank = new int[kommuner];
        KommuneRoute = new int[kommuner];
        KommuneRoute2Order = new int[kommuner];
        KommuneHighest = new int[kommuner];
        KommuneSpread = new double[kommuner];
        KommuneOrder = new int[kommuner];
        Route2Order = new int[kommuner];
    }

    /// <summary>The model this evaluation belongs to.</summary>
    public PreparedSelection Model { get; }

    /// <summary>Per slot: the national limit as the fraction numerator / denominator in units of the slot; denominator 0 = no limit.</summary>
    public Int128[] LimitNumerator { get; }

    /// <inheritdoc cref="LimitNumerator"/>
    public long[] LimitDenominator { get; }

    /// <summary>Per school: Σ weighted risk points.</summary>
    public long[] SchoolPoints { get; }

    /// <summary>Per school: Σ possible risk points.</summary>
    public long[] SchoolPossible { get; }

    /// <summary>Per school: its rank (min ranking), 0 when not rankable.</summary>
    public int[] SchoolRank { get; }

    /// <summary>Per school: whether it is flagged (ranked within the cut, with risk points).</summary>
    public bool[] SchoolFlagged { get; }

    /// <summary>N: the schools ranked.</summary>
    public int RankedSchools { get; internal set; }

    /// <summary>⌈topShare × N⌉.</summary>
    public int Cut { get; internal set; }

    /// <summary>Per kommune: Σ weighted risk points of its own values.</summary>
    public long[] KommunePoints { get; }

    /// <summary>Per kommune: Σ possible risk points of its own values.</summary>
    public long[] KommunePossible { get; }

    /// <summary>Per kommune: its route-1 rank, 0 when not ranked (no own values, or thin evidence).</summary>
    public int[] KommuneRank { get; }

    /// <summary>Per kommune: 1 (route 1), 2 (route-2 candidate) or 0.</summary>
    public int[] KommuneRoute { get; }

    /// <summary>Per kommune: its place among the route-2 candidates (1 first), 0 when not a candidate.</summary>
    public int[] KommuneRoute2Order { get; }

    /// <summary>Per kommune: the school (index) with the highest share among its rankable schools, -1 when none.</summary>
    public int[] KommuneHighest { get; }

    /// <summary>Per kommune: the spread of its rankable schools' shares (NaN with fewer than two, or not computed).</summary>
    public double[] KommuneSpread { get; }

    /// <summary>The kommuner ranked on route 1.</summary>
    public int RankedKommuner { get; internal set; }

    /// <summary>Kommuner with own values too thin to rank.</summary>
    public int ThinKommuner { get; internal set; }

    /// <summary>Kommuner with own values left out because they are in the scheme, within their period.</summary>
    public int InSchemeKommuner { get; internal set; }

    /// <summary>How many kommuner are route-2 candidates.</summary>
    public int Route2Candidates { get; internal set; }

    internal Int128[] SlotSum { get; }

    internal long[] SlotSumLong { get; }

    /// <summary>Per slot: the limit as a double (NaN without one), for the kommuner's quick comparisons.</summary>
    internal double[] LimitDouble { get; }

    internal long[] SlotPupils { get; }

    internal int[] SchoolOrder { get; }

    internal double[] SchoolKeys { get; }

    internal double[] KommuneKeys { get; }

    /// <summary>Per slot: the limit as the unit a value must pass to be worse (⌈n/d⌉ or ⌊n/d⌋ by the slot's direction).</summary>
    internal long[] LimitUnits { get; }

    internal int[] KommuneOrder { get; }

    internal int[] Route2Order { get; }

    internal Comparison<int> ByRoute2Order { get; set; } = null!;
}
