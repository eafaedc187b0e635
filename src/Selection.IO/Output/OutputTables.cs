using Selection.Core;
using Selection.Core.Data;
using Selection.Core.Rules;
using Selection.IO.Parquet;

namespace Selection.IO.Output;

/// <summary>What every output must say about the run it came from: illustrative rules, synthetic data.</summary>
public sealed record RunNotices(bool IllustrativeRules, string RulesName, string RulesProvenance, bool SyntheticData, string DataSetName)
{
    /// <summary>The words that begin each notice, in English (console, summary) and Norwegian (shortlists).</summary>
    public const string IllustrativeMark = "ILLUSTRATIVE RULES", SyntheticMark = "SYNTHETIC DATA",
        IllustrativeMarkNorwegian = "ILLUSTRATIVE REGLER", SyntheticMarkNorwegian = "SYNTETISKE DATA";

    /// <summary>The notices as one sentence for a person, empty when there is nothing to warn about.</summary>
    public string Text => string.Join(" ", new[]
    {
        IllustrativeRules ? $"{IllustrativeMark} ({RulesName}): not an official selection." : null,
        SyntheticData ? $"{SyntheticMark} ({DataSetName}): not real schools." : null,
    }.OfType<string>());

    /// <summary>The same for a Norwegian reader of a shortlist.</summary>
    public string TextNorwegian => string.Join(" ", new[]
    {
        IllustrativeRules ? $"{IllustrativeMarkNorwegian} ({RulesName}): ikke et offisielt utvalg." : null,
        SyntheticData ? $"{SyntheticMarkNorwegian} ({DataSetName}): ikke virkelige skoler." : null,
    }.OfType<string>());
}

/// <summary>
/// The output tables of DOMAIN §10, typed, built from a <see cref="SelectionResult"/>. The pinned
/// leading columns come first, in the contract's order; the columns after them explain the row.
/// </summary>
public static class OutputTables
{
    private static ParquetColumn S(string name, bool nullable = true) => new(name, ParquetColumnType.String, nullable);

    private static ParquetColumn I(string name, bool nullable = true) => new(name, ParquetColumnType.Int32, nullable);

    private static ParquetColumn L(string name, bool nullable = true) => new(name, ParquetColumnType.Int64, nullable);

    private static ParquetColumn D(string name) => new(name, ParquetColumnType.Double);

    private static ParquetColumn M(string name, bool nullable = true) => new(name, ParquetColumnType.Decimal, nullable);

    private static ParquetColumn B(string name) => new(name, ParquetColumnType.Boolean, Nullable: false);

    public static readonly ParquetColumn[] SchoolColumns =
    [
        S("orgnr", false), S("skolenavn", false), S("kommunenummer", false), S("kommunenavn"), S("statsforvalter"),
        L("risikopoeng"), L("mulige_risikopoeng"), D("andel_risikopoeng"), I("rang"), B("flagget"),
        S("status", false), S("eierform", false), S("registrert_kommunenummer", false), I("antall_observasjoner"),
        B("illustrative_regler"), B("syntetiske_data"), I("risikopoeng_til_grensen"), I("antall_prikket"), I("antall_uten_data"),
    ];

    public static readonly ParquetColumn[] KommuneColumns =
    [
        S("kommunenummer", false), S("kommunenavn", false), S("statsforvalter", false),
        L("risikopoeng", false), L("mulige_risikopoeng", false), D("andel_risikopoeng"), I("rang"),
        I("antall_skoler", false), I("antall_flaggede_skoler", false), D("spredning"), I("rute"),
        I("antall_rangerbare_skoler", false), D("hoyeste_skoleandel"), I("rute2_rekkefolge"),
        B("rute2_minst_to_rangerbare"), B("rute2_spredning_over_terskel"), B("rute2_har_flagget_skole"),
        S("status", false),
        B("illustrative_regler"), B("syntetiske_data"), I("risikopoeng_til_rute1"), D("spredning_minus_terskel"),
    ];

    public static readonly ParquetColumn[] MappedColumns =
    [
        S("orgnr", false), S("skolenavn", false), S("registrert_kommunenummer", false), S("kommunenummer", false),
        S("kommunenavn", false), S("endringer", false), B("illustrative_regler"), B("syntetiske_data"),
    ];

    public static readonly ParquetColumn[] ObservationColumns =
    [
        S("orgnr", false), S("kommunenummer", false), S("indikator", false), I("trinn", false), S("skoleaar", false),
        M("verdi", false), I("antall_elever"), M("nasjonal_grense", false), S("grense_kilde", false),
        I("grense_antall_skoler", false), L("grense_antall_elever", false), M("gulv", false),
        I("risikopoeng", false), I("vekt", false), I("vektede_risikopoeng", false), I("mulige_risikopoeng", false),
        S("kilde_fil", false), I("kilde_linje", false),
    ];

    public static readonly ParquetColumn[] KommuneObservationColumns =
    [
        S("kommunenummer", false), S("indikator", false), I("trinn", false), S("skoleaar", false),
        M("verdi", false), I("antall_skoler", false), L("antall_elever", false),
        M("nasjonal_grense", false), S("grense_kilde", false), M("gulv", false),
        I("risikopoeng", false), I("vekt", false), I("vektede_risikopoeng", false), I("mulige_risikopoeng", false),
    ];

    /// <summary>The status words of <c>skoler</c>.</summary>
    public static string StatusWord(SchoolStatus status) => status switch
    {
        SchoolStatus.Ranked => "rangert",
        SchoolStatus.NotRankable => "ikke_rangerbar",
        SchoolStatus.PrivateExcluded => "privat_utelatt",
        SchoolStatus.OutsideKommune => "utenfor_kommune",
        SchoolStatus.SpecialSchoolExcluded => "spesialskole_utelatt",
        SchoolStatus.InactiveExcluded => "inaktiv_utelatt",
        SchoolStatus.OutsideGrunnskoleExcluded => "ikke_grunnskole_utelatt",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status words of <c>kommuner</c>: ranked on route 1, or why not.</summary>
    public static string KommuneStatusWord(KommuneStatus status) => status switch
    {
        KommuneStatus.Ranked => "rangert",
        KommuneStatus.ThinEvidence => "tynt_grunnlag",
        KommuneStatus.InScheme => "i_ordningen",
        KommuneStatus.NoData => "uten_data",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Where a national limit came from, as the evidence names it.</summary>
    public static string LimitSourceWord(LimitSource source) => source switch
    {
        LimitSource.NationalRow => "nasjonal_rad",
        LimitSource.PupilWeightedMean => "elevvektet_snitt",
        LimitSource.SchoolMean => "skolesnitt",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    private static double? Share(RiskShare? share) => share?.ToDouble();

    /// <summary>
    /// <c>skoler</c>: every school of the register, in national ranking order, then the schools that are
    /// not rankable and those left out, each group by orgnr. Scores are null for schools left out of the
    /// selection; <c>rang</c> is null for a school that is not ranked.
    /// </summary>
    public static TypedTable Schools(SelectionResult result, RunNotices notices) =>
        new(SchoolColumns, InTableOrder(result.Schools)
            .Select(s => new object?[]
            {
                s.School.OrgNr.Value,
                s.School.Navn,
                s.Kommune?.Nummer.Value ?? s.School.Kommunenummer.Value,
                s.Kommune?.Navn,
                s.Kommune?.Statsforvalter,
                Cell.Of(s.Included ? s.Points : (long?)null),
                Cell.Of(s.Included ? s.Possible : (long?)null),
                Share(s.Share),
                Cell.Of(s.Rank),
                Cell.Of(s.Flagged),
                StatusWord(s.Status),
                EierformWords[s.School.Eierform],
                s.School.Kommunenummer.Value,
                Cell.Of(s.Included ? s.Observations.Count : (int?)null),
                Cell.Of(notices.IllustrativeRules),
                Cell.Of(notices.SyntheticData),
                Cell.Of(s.PointsToCut),
                Cell.Of(s.Included ? s.Suppressed : (int?)null),
                Cell.Of(s.Included ? s.NoData : (int?)null),
            })
            .ToArray());

    /// <summary><c>eierform</c> as <c>skoler</c> writes it, by form: its name in lower case, made once.</summary>
    internal static readonly IReadOnlyDictionary<Core.Data.Eierform, string> EierformWords =
        Enum.GetValues<Core.Data.Eierform>().ToDictionary(e => e, e => e.ToString().ToLowerInvariant());

    /// <summary>
    /// The schools ranked (by rank), then not rankable, then left out, each by orgnr: one sort of whole-number keys
    /// (group, rank, orgnr's number, which orders as its nine digits do); an orgnr is in the register once.
    /// </summary>
    private static SchoolResult[] InTableOrder(IReadOnlyList<SchoolResult> schools)
    {
        var sorted = schools.ToArray();
        var keys = new long[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            var s = sorted[i];
            long group = s.Status switch { SchoolStatus.Ranked => 0, SchoolStatus.NotRankable => 1, _ => 2 };
            long rank = s.Rank ?? int.MaxValue;
            keys[i] = (group << 61) | (rank << 30) | (uint)s.School.OrgNr.Number;
        }
        Array.Sort(keys, sorted);
        return sorted;
    }

    /// <summary><c>kommuner</c>: every kommune of the structure, by kommunenummer.</summary>
    public static TypedTable Kommuner(SelectionResult result, RunNotices notices) =>
        new(KommuneColumns, result.Kommuner
            .OrderBy(k => k.Kommune.Nummer)
            .Select(k => new object?[]
            {
                k.Kommune.Nummer.Value,
                k.Kommune.Navn,
                k.Kommune.Statsforvalter,
                k.Points,
                k.Possible,
                Share(k.Share),
                k.Rank,
                k.Schools,
                k.FlaggedSchools,
                k.Spread?.Value,
                k.Route is null ? null : (int)k.Route.Value,
                k.RankableSchools,
                Share(k.HighestSchoolShare),
                k.Route2Order,
                k.Route2Check.HasTwoRankableSchools,
                k.Route2Check.SpreadAboveThreshold,
                k.Route2Check.HasFlaggedSchool,
                KommuneStatusWord(k.Status),
                notices.IllustrativeRules,
                notices.SyntheticData,
                k.PointsToRoute1,
                k.Spread is { } spread ? spread.Value - (double)result.Rules.Spread.Threshold : null,
            })
            .ToArray());

    /// <summary><c>omkodede_skoler</c>: every school whose kommunenummer was mapped from another structure.</summary>
    public static TypedTable MappedSchools(SelectionResult result, RunNotices notices) =>
        new(MappedColumns, result.MappedSchools
            .OrderBy(s => s.School.OrgNr)
            .Select(s => new object?[]
            {
                s.School.OrgNr.Value,
                s.School.Navn,
                s.School.Kommunenummer.Value,
                s.Kommune!.Nummer.Value,
                s.Kommune.Navn,
                s.Placement.Describe(),
                notices.IllustrativeRules,
                notices.SyntheticData,
            })
            .ToArray());

    /// <summary>
    /// <c>observasjoner</c>: the evidence behind every school's risk points, one row per school ×
    /// indicator × school year that counted, by orgnr, indicator and year.
    /// </summary>
    public static RowGroupSource Observations(SelectionResult result) => new ObservationRows(result);

    /// <summary>
    /// Of the evidence rows of the schools <paramref name="orgnrs"/>, in the evidence's order, the columns the report sums:
    /// orgnr, indikator, vektede_risikopoeng and mulige_risikopoeng, as <see cref="ObservationRows.Fill"/> writes them.
    /// </summary>
    internal static IReadOnlyList<(string OrgNr, string Indicator, int Points, int Possible)> EvidencePoints(SelectionResult result, IReadOnlySet<string> orgnrs)
    {
        var rows = new List<(string, string, int, int)>();
        foreach (var s in ObservationRows.SchoolsOf(result, s => orgnrs.Contains(s.School.OrgNr.Value)))
        {
            var evidence = s.Observations;
            for (var k = 0; k < evidence.Count; k++)
            {
                var rule = evidence.RuleAt(k);
                rows.Add((s.School.OrgNr.Value, rule.Indicator.Code, evidence.WeightedPointsAt(k), rule.PossiblePoints));
            }
        }
        return rows;
    }

    /// <summary>The evidence rows, filled a row group at a time from the schools' scored observations.</summary>
    private sealed class ObservationRows : RowGroupSource
    {
        private readonly SchoolResult[] _schools;
        private readonly ObservationTable _table;
        private (decimal[] Value, decimal[] Limit, decimal[] Floor)? _shapes;
        private int _school;
        private int _observation;

        public ObservationRows(SelectionResult result)
        {
            _schools = SchoolsOf(result);
            RowCount = _schools.Sum(s => s.Observations.Count);
            // Every school's evidence refers to the one table of the selection's observations.
            _table = _schools.FirstOrDefault(s => s.Observations.Count > 0)?.Observations.Table ?? ObservationTable.Empty;
        }

        /// <summary>The schools whose scored observations the evidence holds (of them, those <paramref name="only"/> keeps), in its order.</summary>
        public static SchoolResult[] SchoolsOf(SelectionResult result, Func<SchoolResult, bool>? only = null) =>
            result.Schools.Where(s => s.Included && (only is null || only(s))).OrderBy(s => s.School.OrgNr.Number).ToArray(); // Number orders as the nine digits do

        public override IReadOnlyList<ParquetColumn> Columns => ObservationColumns;

        public override int RowCount { get; }

        public override IEnumerable<decimal> Decimals(int column) => column switch
        {
            5 => (_shapes ??= DecimalShapes()).Value,
            7 => (_shapes ??= DecimalShapes()).Limit,
            11 => (_shapes ??= DecimalShapes()).Floor,
            _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a decimal column"),
        };

        /// <summary>
        /// What gives each decimal column its shape, from one pass over the evidence: of the values, the one with
        /// the most decimals and the largest in magnitude; of the limits and floors, each indicator-year's once (an
        /// indicator-year has one limit and, per rule, one floor).
        /// </summary>
        private (decimal[] Value, decimal[] Limit, decimal[] Floor) DecimalShapes()
        {
            decimal mostDecimals = 0m, largest = 0m;
            var limits = new List<decimal>();
            var floors = new List<decimal>();
            // By indicator and school year: a run has one rule per indicator.
            var seen = new HashSet<long>();
            var last = -1L;
            foreach (var s in _schools)
            {
                var evidence = s.Observations;
                var table = evidence.Table;
                for (var k = 0; k < evidence.Count; k++)
                {
                    var row = evidence.RowAt(k);
                    var value = table.ValueAt(row);
                    if (value.Scale > mostDecimals.Scale)
                        mostDecimals = value;
                    if (Math.Abs(value) > Math.Abs(largest))
                        largest = value;
                    var year = table.YearOf(row);
                    var key = ((long)table.IndicatorOf(row).Order << 32) | (uint)year.StartYear;
                    if (key != last && seen.Add(key))
                    {
                        limits.Add(evidence.LimitAt(k).Value);
                        floors.Add(evidence.RuleAt(k).FloorIn(year));
                    }
                    last = key;
                }
            }
            return (RowCount == 0 ? [] : [mostDecimals, largest], [.. limits], [.. floors]);
        }

        public override void Fill(int column, Array into, int start, int count)
        {
            Place(start, count);
            // One column of the group's rows: each row's school, its row of the observations, its rule and its limit
            // were found once per group (Place); each column is a plain loop over them.
            var (schoolOf, tableRow, rule, limit, points) = (_schoolOf!, _tableRow!, _rule!, _limit!, _points!);
            var table = _table;
            switch (column)
            {
                case 0:
                    {
                        var values = (string?[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = _schools[schoolOf[row]].School.OrgNr.Value;
                        break;
                    }
                case 1:
                    {
                        var values = (string?[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = _schools[schoolOf[row]].Kommune!.Nummer.Value;
                        break;
                    }
                case 2:
                    {
                        var values = (string?[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = rule[row].Indicator.Code;
                        break;
                    }
                case 3:
                    {
                        var values = (int[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = rule[row].Indicator.Grade;
                        break;
                    }
                case 4:
                    {
                        var values = (string?[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = table.YearOf(tableRow[row]).ToString();
                        break;
                    }
                case 5:
                    {
                        var values = (decimal[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = table.ValueAt(tableRow[row]);
                        break;
                    }
                case 6:
                    {
                        var values = (int?[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = table.PupilsOf(tableRow[row]);
                        break;
                    }
                case 7:
                    {
                        var values = (decimal[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = limit[row].Value;
                        break;
                    }
                case 8:
                    {
                        var values = (string?[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = LimitSourceWord(limit[row].Source);
                        break;
                    }
                case 9:
                    {
                        var values = (int[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = limit[row].Schools;
                        break;
                    }
                case 10:
                    {
                        var values = (long[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = limit[row].Pupils;
                        break;
                    }
                case 11:
                    {
                        var values = (decimal[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = rule[row].FloorIn(table.YearOf(tableRow[row]));
                        break;
                    }
                case 12:
                    {
                        var values = (int[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = points[row];
                        break;
                    }
                case 13:
                    {
                        var values = (int[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = rule[row].Weight;
                        break;
                    }
                case 14:
                    {
                        var values = (int[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = checked(points[row] * rule[row].Weight);
                        break;
                    }
                case 15:
                    {
                        var values = (int[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = rule[row].PossiblePoints;
                        break;
                    }
                case 16:
                    {
                        var values = (string?[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = table.FileOf(tableRow[row]);
                        break;
                    }
                case 17:
                    {
                        var values = (int[])into;
                        for (var row = 0; row < count; row++)
                            values[row] = table.LineOf(tableRow[row]);
                        break;
                    }
                default: throw new ArgumentOutOfRangeException(nameof(column), column, "not a column of the evidence");
            }
        }

        // The row group being filled: its first row and size, and each of its rows' school, row of the observations,
        // rule, limit and points (before the rule's weight).
        private int _groupStart = -1;
        private int _groupCount;
        private int[]? _schoolOf;
        private int[]? _tableRow;
        private IndicatorRule[]? _rule;
        private NationalLimit[]? _limit;
        private int[]? _points;

        /// <summary>Finds each row's school and scored observation when a new row group starts (they come in order from row 0).</summary>
        private void Place(int start, int count)
        {
            if (start == _groupStart && count == _groupCount)
                return;
            if (start != (_groupStart < 0 ? 0 : _groupStart + _groupCount))
                throw new InvalidOperationException($"Evidence rows asked for from {start}: row groups come one after the other from row 0.");
            if (_schoolOf is null || _schoolOf.Length < count)
                (_schoolOf, _tableRow, _rule, _limit, _points) = (new int[count], new int[count], new IndicatorRule[count], new NationalLimit[count], new int[count]);
            for (var row = 0; row < count; row++)
            {
                while (_observation >= _schools[_school].Observations.Count)
                {
                    _school++;
                    _observation = 0;
                }
                var evidence = _schools[_school].Observations;
                if (!ReferenceEquals(evidence.Table, _table))
                    throw new InvalidOperationException("The schools' evidence refers to more than one table of observations.");
                _schoolOf[row] = _school;
                _tableRow![row] = evidence.RowAt(_observation);
                _rule![row] = evidence.RuleAt(_observation);
                _limit![row] = evidence.LimitAt(_observation);
                _points![row] = evidence.PointsAt(_observation);
                _observation++;
            }
            (_groupStart, _groupCount) = (start, count);
        }
    }

    /// <summary>
    /// <c>kommuneobservasjoner</c>: the kommune values route 1 ranks on, with how many schools and pupils
    /// each rests on, by kommunenummer, indicator and year.
    /// </summary>
    public static TypedTable KommuneObservations(SelectionResult result)
    {
        // A kommune's rows repeat the indicators' limits and the small numbers: each is boxed once (a limit's box by the
        // limit itself, so its decimal keeps its own scale), not once per cell (issue 11).
        var limits = new Dictionary<NationalLimit, object>(ReferenceEqualityComparer.Instance);
        return new(KommuneObservationColumns, result.Kommuner
            .OrderBy(k => k.Kommune.Nummer)
            .SelectMany(k => k.Observations.Select(o => new object?[]
            {
                k.Kommune.Nummer.Value,
                o.Indicator.Code,
                Cell.Of(o.Indicator.Grade),
                o.Year.ToString(),
                o.Value,
                Cell.Of(o.Schools),
                Cell.Of(o.Pupils),
                limits.TryGetValue(o.Limit, out var limit) ? limit : limits[o.Limit] = o.Limit.Value,
                LimitSourceWord(o.Limit.Source),
                o.Floor,
                Cell.Of(o.Points),
                Cell.Of(o.Rule.Weight),
                Cell.Of(o.WeightedPoints),
                Cell.Of(o.PossiblePoints),
            }))
            .ToArray());
    }
}
