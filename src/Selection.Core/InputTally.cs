using Selection.Core.Data;

namespace Selection.Core;

/// <summary>
/// What the checks across a data set count, from one pass over its observations: which registered
/// schools have data, the orgnr with data but no register row, and per school year and per source and
/// year how many schools, rows and values. A country of millions of observations is counted without a
/// set per question: a school is a bit in a bitmap by its place in the register, a row a bit by its line.
/// </summary>
public sealed class InputTally
{
    private readonly Dictionary<OrgNr, int> _schoolIndex;
    private readonly bool[] _hasData;

    private InputTally(Dictionary<OrgNr, int> schoolIndex, bool[] hasData, IReadOnlyList<UnregisteredData> unregistered, IReadOnlyList<YearTally> years, IReadOnlyList<SourceYearTally> sourceYears)
    {
        _schoolIndex = schoolIndex;
        _hasData = hasData;
        Unregistered = unregistered;
        Years = years;
        SourceYears = sourceYears;
    }

    /// <summary>Orgnr with observations but no row in the register, in the order they first appear, each with its distinct rows in order.</summary>
    public IReadOnlyList<UnregisteredData> Unregistered { get; }

    /// <summary>Each school year with observations, in year order.</summary>
    public IReadOnlyList<YearTally> Years { get; }

    /// <summary>Each source and school year with observations, in source then year order.</summary>
    public IReadOnlyList<SourceYearTally> SourceYears { get; }

    /// <summary>Whether a school of the register has any observation (a value or a suppressed one).</summary>
    public bool HasData(School school) => _schoolIndex.TryGetValue(school.OrgNr, out var i) && _hasData[i];

    /// <summary>Stands for an origin without a file (a data set built in code), apart from every file name.</summary>
    private const string NoFile = "\u0000";

    // The tally of an input, made once: the validator and the engine (and a sweep's every grid point) count the same
    // input. An input is a value (its lists are not changed once it is made), so its tally is too.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SelectionInput, InputTally> Made = [];

    /// <summary>The tally of <paramref name="input"/>, counted the first time it is asked for.</summary>
    public static InputTally Of(SelectionInput input) => Made.GetValue(input, Count);

    private static InputTally Count(SelectionInput input)
    {
        var schoolIndex = new Dictionary<OrgNr, int>(input.Schools.Count);
        foreach (var school in input.Schools)
            schoolIndex.TryAdd(school.OrgNr, schoolIndex.Count);
        var hasData = new bool[schoolIndex.Count];

        var unregistered = new Dictionary<OrgNr, UnregisteredBuilder>();
        var unregisteredOrder = new List<UnregisteredBuilder>();
        var years = new Dictionary<SchoolYear, YearBuilder>();
        var sourceYears = new Dictionary<(DataSource, SchoolYear), SourceYearBuilder>();
        var files = new Dictionary<string, int>(StringComparer.Ordinal);

        var observations = input.ObservationTable;
        OrgNr? lastOrgNr = null;
        var lastIndex = -1;
        var lastFileIndex = -1;
        var lastFile = -1;
        YearBuilder? year = null;
        SourceYearBuilder? sourceYear = null;
        for (var row = 0; row < observations.Count; row++)
        {
            var orgnr = observations.OrgNrOf(row);
            var origin = observations.OriginOf(row);
            var yearOf = observations.YearOf(row);
            // A school's observations mostly follow one another: its place is looked up when the orgnr changes.
            if (lastOrgNr != orgnr)
            {
                lastOrgNr = orgnr;
                lastIndex = schoolIndex.TryGetValue(orgnr, out var found) ? found : -1;
            }
            if (lastFileIndex != observations.FileIndexOf(row))
            {
                lastFileIndex = observations.FileIndexOf(row);
                var file = origin.File ?? NoFile;
                if (!files.TryGetValue(file, out lastFile))
                    files.Add(file, lastFile = files.Count);
            }

            UnregisteredBuilder? stranger = null;
            if (lastIndex >= 0)
            {
                hasData[lastIndex] = true;
            }
            else
            {
                if (!unregistered.TryGetValue(orgnr, out stranger))
                {
                    unregistered.Add(orgnr, stranger = new UnregisteredBuilder(orgnr));
                    unregisteredOrder.Add(stranger);
                }
                stranger.Add(origin);
            }

            // The year and the source's year looked up when they change (a file's rows mostly follow one another).
            var indicatorSource = observations.IndicatorOf(row).Source;
            if (year?.Year != yearOf && !years.TryGetValue(yearOf, out year))
                years.Add(yearOf, year = new YearBuilder(yearOf, schoolIndex.Count));
            year!.Add(orgnr, origin, lastIndex, lastFile);

            if ((sourceYear?.Source, sourceYear?.Year) != (indicatorSource, yearOf) && !sourceYears.TryGetValue((indicatorSource, yearOf), out sourceYear))
                sourceYears.Add((indicatorSource, yearOf), sourceYear = new SourceYearBuilder(indicatorSource, yearOf, schoolIndex.Count));
            sourceYear!.Add(orgnr, lastIndex, observations.HasValueAt(row));
        }

        return new InputTally(
            schoolIndex,
            hasData,
            unregisteredOrder.Select(u => u.Build()).ToArray(),
            years.Values.OrderBy(y => y.Year).Select(y => y.Build()).ToArray(),
            sourceYears.Values.OrderBy(s => s.Source).ThenBy(s => s.Year).Select(s => s.Build()).ToArray());
    }

    /// <summary>Distinct schools: registered ones as bits by their place in the register, others in a set.</summary>
    private sealed class SchoolSet(int registered)
    {
        private readonly Bitmap _registered = new(registered);
        private HashSet<OrgNr>? _others;

        public int Count { get; private set; }

        public void Add(OrgNr orgnr, int index)
        {
            if (index >= 0 ? _registered.Set(index) : (_others ??= []).Add(orgnr))
                Count++;
        }
    }

    /// <summary>A set of small non-negative numbers as bits, grown as needed.</summary>
    private sealed class Bitmap(int size)
    {
        private ulong[] _bits = new ulong[(size >> 6) + 1];

        /// <summary>Sets bit <paramref name="i"/>; <c>true</c> when it was not set before.</summary>
        public bool Set(int i)
        {
            var word = i >> 6;
            if (word >= _bits.Length)
                Array.Resize(ref _bits, Math.Max(word + 1, _bits.Length * 2));
            var mask = 1UL << (i & 63);
            if ((_bits[word] & mask) != 0)
                return false;
            _bits[word] |= mask;
            return true;
        }
    }

    /// <summary>Distinct rows (file and line): lines as bits per file; a line no bitmap should hold (negative, huge) in a set.</summary>
    private sealed class RowSet
    {
        private const int MaxBitmapLine = 1 << 26;
        private readonly List<Bitmap?> _byFile = [];
        private HashSet<Origin>? _others;

        public int Count { get; private set; }

        public void Add(Origin origin, int file)
        {
            bool added;
            if (origin.Line is >= 0 and < MaxBitmapLine)
            {
                while (_byFile.Count <= file)
                    _byFile.Add(null);
                added = (_byFile[file] ??= new Bitmap(1024)).Set(origin.Line);
            }
            else
            {
                added = (_others ??= []).Add(origin);
            }
            if (added)
                Count++;
        }
    }

    private sealed class UnregisteredBuilder(OrgNr orgnr)
    {
        private readonly HashSet<Origin> _seen = [];
        private readonly List<Origin> _rows = [];

        public void Add(Origin origin)
        {
            if (_seen.Add(origin))
                _rows.Add(origin);
        }

        public UnregisteredData Build() => new(orgnr, _rows);
    }

    private sealed class YearBuilder(SchoolYear year, int registered)
    {
        private readonly SchoolSet _schools = new(registered);
        private readonly RowSet _rows = new();
        private Origin? _first;

        public SchoolYear Year => year;

        public void Add(OrgNr orgnr, Origin origin, int school, int file)
        {
            _schools.Add(orgnr, school);
            _rows.Add(origin, file);
            if (_first is not { } first || OriginOrder.Compare(origin, first) < 0)
                _first = origin;
        }

        public YearTally Build() => new(year, _schools.Count, _rows.Count, _first!.Value);
    }

    private sealed class SourceYearBuilder(DataSource source, SchoolYear year, int registered)
    {
        private readonly SchoolSet _schools = new(registered);
        private int _values;
        private int _suppressed;

        public DataSource Source => source;

        public SchoolYear Year => year;

        public void Add(OrgNr orgnr, int school, bool hasValue)
        {
            _schools.Add(orgnr, school);
            _values++;
            if (!hasValue)
                _suppressed++;
        }

        public SourceYearTally Build() => new(source, year, _schools.Count, _values, _suppressed);
    }
}

/// <summary>An orgnr with observations but no row in the register, and the rows they come from (distinct, in order).</summary>
public sealed record UnregisteredData(OrgNr OrgNr, IReadOnlyList<Origin> Rows);

/// <summary>A school year: the schools and rows with observations in it, and its first row in file then line order.</summary>
public sealed record YearTally(SchoolYear Year, int Schools, int Rows, Origin First);

/// <summary>A source's school year: its schools, observations and suppressed observations.</summary>
public sealed record SourceYearTally(DataSource Source, SchoolYear Year, int Schools, int Values, int Suppressed);

/// <summary>Origins in file, then line order: the first row of a group is the one a message names.</summary>
internal static class OriginOrder
{
    public static int Compare(Origin a, Origin b)
    {
        var byFile = string.CompareOrdinal(a.File, b.File);
        return byFile != 0 ? byFile : a.Line.CompareTo(b.Line);
    }
}
