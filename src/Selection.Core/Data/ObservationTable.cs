namespace Selection.Core.Data;

/// <summary>
/// The observations of a data set held as columns, one array per field (issue 11: a country of millions of
/// observations without an object for each). What the method reads of an observation it reads from here by its
/// row (<see cref="OrgNrOf"/>, <see cref="ValueOf"/>, …); <see cref="this[int]"/> makes the
/// <see cref="Observation"/> of a row for whoever wants one, equal to the one it was built from.
/// </summary>
/// <remarks>
/// A row costs about 40 bytes (an orgnr's reference, its value as a decimal with its scale, the pupils, the
/// line, an indicator, a file and the flags in a byte each, the school year); the spread of the pupils'
/// values (<c>standardavvik</c>) has a column only when some row has one. Read-only once built.
/// </remarks>
public sealed class ObservationTable : IReadOnlyList<Observation>
{
    // Flags of a row: which of the nullable fields it has, and why a value is missing (MissingValue in two bits).
    private const byte HasValue = 1, HasPupils = 2, HasSpread = 4, MissingShift = 3;

    private static readonly Indicator[] Catalogue = [.. Indicator.All];

    private readonly OrgNr[] _orgNr;
    private readonly byte[] _indicator;
    private readonly SchoolYear[] _year;
    private readonly decimal[] _value;
    private readonly int[] _pupils;
    private readonly int[] _line;
    private readonly byte[] _file;
    private readonly byte[] _flags;
    private readonly decimal[]? _spread;
    private readonly string?[] _files;

    private ObservationTable(int count, OrgNr[] orgNr, byte[] indicator, SchoolYear[] year, decimal[] value, int[] pupils, int[] line, byte[] file, byte[] flags, decimal[]? spread, string?[] files)
    {
        Count = count;
        _orgNr = orgNr;
        _indicator = indicator;
        _year = year;
        _value = value;
        _pupils = pupils;
        _line = line;
        _file = file;
        _flags = flags;
        _spread = spread;
        _files = files;
    }

    /// <summary>No observations.</summary>
    public static ObservationTable Empty { get; } = new Builder(0).Build();

    public int Count { get; }

    /// <summary>The observation of row <paramref name="row"/>, made for the asking.</summary>
    public Observation this[int row]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Count, nameof(row));
            return new Observation(_orgNr[row], IndicatorOf(row), _year[row], ValueOf(row), PupilsOf(row), OriginOf(row), StandardavvikOf(row), MissingOf(row));
        }
    }

    public OrgNr OrgNrOf(int row) => _orgNr[row];

    public Indicator IndicatorOf(int row) => Catalogue[_indicator[row]];

    public SchoolYear YearOf(int row) => _year[row];

    /// <summary>Whether row <paramref name="row"/> has a value (it is not suppressed or empty).</summary>
    public bool HasValueAt(int row) => (_flags[row] & HasValue) != 0;

    /// <summary>The value of row <paramref name="row"/>; <c>null</c> when missing.</summary>
    public decimal? ValueOf(int row) => (_flags[row] & HasValue) != 0 ? _value[row] : null;

    /// <summary>The value of row <paramref name="row"/>, which must have one (<see cref="HasValueAt"/>).</summary>
    public decimal ValueAt(int row) => (_flags[row] & HasValue) != 0 ? _value[row] : throw new InvalidOperationException($"Observation {row} has no value.");

    public int? PupilsOf(int row) => (_flags[row] & HasPupils) != 0 ? _pupils[row] : null;

    public Origin OriginOf(int row) => new(_files[_file[row]]!, _line[row]);

    /// <summary>The file row <paramref name="row"/> was read from (<see cref="OriginOf"/>'s file).</summary>
    public string? FileOf(int row) => _files[_file[row]];

    /// <summary>The line row <paramref name="row"/> was read from (<see cref="OriginOf"/>'s line).</summary>
    public int LineOf(int row) => _line[row];

    /// <summary>The file of row <paramref name="row"/>, as a small number (the order the table first met its files in).</summary>
    public int FileIndexOf(int row) => _file[row];

    public decimal? StandardavvikOf(int row) => (_flags[row] & HasSpread) != 0 ? _spread![row] : null;

    public MissingValue MissingOf(int row) => (MissingValue)(_flags[row] >> MissingShift);

    public IEnumerator<Observation> GetEnumerator()
    {
        for (var row = 0; row < Count; row++)
            yield return this[row];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The observations as a table: the table itself when it is one, else one built from them in their order.</summary>
    public static ObservationTable Of(IReadOnlyList<Observation> observations)
    {
        if (observations is ObservationTable table)
            return table;
        var builder = new Builder(observations.Count);
        foreach (var o in observations)
            builder.Add(o.OrgNr, o.Indicator, o.Year, o.Value, o.Pupils, o.Origin, o.Standardavvik, o.Missing);
        return builder.Build();
    }

    /// <summary>
    /// The rows of <paramref name="tables"/>, one after the other. Column by column, the columns side by side: the
    /// tables of a country's three sources are hundreds of MB, copied once into arrays that are not cleared first.
    /// </summary>
    public static ObservationTable Concat(IReadOnlyList<ObservationTable> tables)
    {
        var withRows = tables.Where(t => t.Count > 0).ToArray();
        if (withRows.Length == 1)
            return withRows[0];
        var total = withRows.Sum(t => t.Count);
        var files = new List<string?>();
        var fileMaps = new byte[withRows.Length][];
        var starts = new int[withRows.Length];
        for (int t = 0, at = 0; t < withRows.Length; at += withRows[t].Count, t++)
        {
            starts[t] = at;
            fileMaps[t] = [.. withRows[t]._files.Select(file => IndexOfFile(files, file))];
        }
        var orgNr = new OrgNr[total];
        var indicator = GC.AllocateUninitializedArray<byte>(total);
        var year = GC.AllocateUninitializedArray<SchoolYear>(total);
        var value = GC.AllocateUninitializedArray<decimal>(total);
        var pupils = GC.AllocateUninitializedArray<int>(total);
        var line = GC.AllocateUninitializedArray<int>(total);
        var file = GC.AllocateUninitializedArray<byte>(total);
        var flags = GC.AllocateUninitializedArray<byte>(total);
        var spread = withRows.Any(t => t._spread is not null) ? new decimal[total] : null;
        static void Copy<T>(T[] from, int count, T[] to, int at) => from.AsSpan(0, count).CopyTo(to.AsSpan(at));
        InParallel.For(9, column =>
        {
            for (var t = 0; t < withRows.Length; t++)
            {
                var (table, at) = (withRows[t], starts[t]);
                switch (column)
                {
                    case 0: Copy(table._orgNr, table.Count, orgNr, at); break;
                    case 1: Copy(table._indicator, table.Count, indicator, at); break;
                    case 2: Copy(table._year, table.Count, year, at); break;
                    case 3: Copy(table._value, table.Count, value, at); break;
                    case 4: Copy(table._pupils, table.Count, pupils, at); break;
                    case 5: Copy(table._line, table.Count, line, at); break;
                    case 6: Copy(table._flags, table.Count, flags, at); break;
                    case 7:
                        for (var row = 0; row < table.Count; row++)
                            file[at + row] = fileMaps[t][table._file[row]];
                        break;
                    default:
                        if (spread is not null && table._spread is not null)
                            Copy(table._spread, table.Count, spread, at);
                        break;
                }
            }
        });
        return new ObservationTable(total, orgNr, indicator, year, value, pupils, line, file, flags, spread, [.. files]);
    }

    /// <summary>The number of <paramref name="file"/> among <paramref name="files"/>, added when new: a file is a byte of its row.</summary>
    private static byte IndexOfFile(List<string?> files, string? file)
    {
        var index = files.IndexOf(file);
        if (index >= 0)
            return (byte)index;
        if (files.Count > byte.MaxValue)
            throw new InvalidOperationException($"More than {byte.MaxValue + 1} files in one table of observations.");
        files.Add(file);
        return (byte)(files.Count - 1);
    }

    /// <summary>
    /// Columns shared by several builders, each filling a section of its own side by side (a data set's sources are
    /// read on both cores): the table of all their rows is made by moving the sections together in the same arrays,
    /// not by copying every row into new ones as <see cref="Concat"/> does. A country's observations are hundreds of
    /// MB, and fresh memory costs more to touch than to copy within (issue 11, session 8).
    /// </summary>
    /// <remarks>
    /// Each section is sized by its reader's upper bound of rows. A builder that outgrows its section moves to columns
    /// of its own (the bound was wrong: a file of bare carriage returns), and the table is then put together as
    /// <see cref="Concat"/> would: the same rows either way.
    /// </remarks>
    public sealed class Sections
    {
        private readonly Builder[] _builders;
        private bool _built;

        /// <param name="capacities">The most rows each section will hold, in the order the table keeps them.</param>
        public Sections(IReadOnlyList<int> capacities)
        {
            var total = 0;
            foreach (var capacity in capacities)
                total = checked(total + Math.Max(capacity, 0));
            OrgNr = new OrgNr[total];
            Indicator = GC.AllocateUninitializedArray<byte>(total);
            Year = GC.AllocateUninitializedArray<SchoolYear>(total);
            Value = GC.AllocateUninitializedArray<decimal>(total);
            Pupils = GC.AllocateUninitializedArray<int>(total);
            Line = GC.AllocateUninitializedArray<int>(total);
            File = GC.AllocateUninitializedArray<byte>(total);
            Flags = GC.AllocateUninitializedArray<byte>(total);
            _builders = new Builder[capacities.Count];
            for (int k = 0, at = 0; k < capacities.Count; at += Math.Max(capacities[k], 0), k++)
                _builders[k] = new Builder(this, at, Math.Max(capacities[k], 0));
        }

        internal OrgNr[] OrgNr { get; }

        internal byte[] Indicator { get; }

        internal SchoolYear[] Year { get; }

        internal decimal[] Value { get; }

        internal int[] Pupils { get; }

        internal int[] Line { get; }

        internal byte[] File { get; }

        internal byte[] Flags { get; }

        /// <summary>The builder of section <paramref name="section"/>.</summary>
        public Builder this[int section] => _builders[section];

        /// <summary>The table of every section's rows, section after section; the builders are done with.</summary>
        public ObservationTable Build()
        {
            ObjectDisposedException.ThrowIf(_built, this);
            _built = true;
            foreach (var builder in _builders)
                builder.Finish();
            if (_builders.Any(b => !b.InSection))
                return Concat([.. _builders.Select(b => b.Table())]);

            var files = new List<string?>();
            var fileMaps = _builders.Select(b => b.Files.Select(file => IndexOfFile(files, file)).ToArray()).ToArray();
            var targets = new int[_builders.Length];
            for (int k = 0, at = 0; k < _builders.Length; at += _builders[k].Count, k++)
                targets[k] = at;
            var total = _builders.Sum(b => b.Count);
            // The spread of the sections that have one, first gathered into one column where the rows are now.
            var spread = _builders.Select(b => b.Spread).FirstOrDefault(s => s is not null);
            foreach (var builder in _builders)
                if (builder.Spread is { } own && own != spread)
                    own.AsSpan(builder.Start, builder.Count).CopyTo(spread.AsSpan(builder.Start));
            // Then each column moved together, sections later in the table to lower places only (a move may overlap itself).
            void Move<T>(T[] column)
            {
                for (var k = 0; k < _builders.Length; k++)
                    if (_builders[k].Start != targets[k])
                        column.AsSpan(_builders[k].Start, _builders[k].Count).CopyTo(column.AsSpan(targets[k]));
            }
            InParallel.For(9, column =>
            {
                switch (column)
                {
                    case 0: Move(OrgNr); break;
                    case 1: Move(Indicator); break;
                    case 2: Move(Year); break;
                    case 3: Move(Value); break;
                    case 4: Move(Pupils); break;
                    case 5: Move(Line); break;
                    case 6: Move(Flags); break;
                    case 7:
                        for (var k = 0; k < _builders.Length; k++)
                        {
                            var (from, to, map) = (_builders[k].Start, targets[k], fileMaps[k]);
                            for (var row = 0; row < _builders[k].Count; row++)
                                File[to + row] = map[File[from + row]];
                        }
                        break;
                    default:
                        if (spread is not null)
                            Move(spread);
                        break;
                }
            });
            return new ObservationTable(total, OrgNr, Indicator, Year, Value, Pupils, Line, File, Flags, spread, [.. files]);
        }
    }

    /// <summary>
    /// Fills a table row by row (a reader's rows as they pass). A row added may be taken back with
    /// <see cref="Truncate"/> before the next is added (a data row found wrong after its cells were read).
    /// </summary>
    /// <remarks>
    /// The builder's rows are at <c>[start, start + Count)</c> of its columns: its own columns from 0, or a section of
    /// columns shared with other builders (<see cref="Sections"/>). Rows are numbered from 0 either way.
    /// </remarks>
    public sealed class Builder
    {
        private OrgNr[] _orgNr;
        private byte[] _indicator;
        private SchoolYear[] _year;
        private decimal[] _value;
        private int[] _pupils;
        private int[] _line;
        private byte[] _file;
        private byte[] _flags;
        private decimal[]? _spread;
        private readonly List<string?> _files = [];
        private string? _lastFile;
        private int _lastFileIndex = -1;
        private int _start;
        private int _end;
        private bool _built;

        /// <param name="capacity">The rows expected: a reader that knows its file's size fills without growing.</param>
        public Builder(int capacity)
        {
            capacity = Math.Max(capacity, 0);
            _orgNr = new OrgNr[capacity];
            _indicator = new byte[capacity];
            _year = new SchoolYear[capacity];
            _value = new decimal[capacity];
            _pupils = new int[capacity];
            _line = new int[capacity];
            _file = new byte[capacity];
            _flags = new byte[capacity];
            _end = capacity;
        }

        internal Builder(Sections sections, int start, int capacity)
        {
            (_orgNr, _indicator, _year, _value) = (sections.OrgNr, sections.Indicator, sections.Year, sections.Value);
            (_pupils, _line, _file, _flags) = (sections.Pupils, sections.Line, sections.File, sections.Flags);
            (_start, _end, InSection) = (start, start + capacity, true);
        }

        public int Count { get; private set; }

        /// <summary>Whether the rows are still in their section of shared columns (they move out when they outgrow it).</summary>
        internal bool InSection { get; private set; }

        internal int Start => _start;

        internal decimal[]? Spread => _spread;

        internal IReadOnlyList<string?> Files => _files;

        public void Add(OrgNr orgNr, Indicator indicator, SchoolYear year, decimal? value, int? pupils, Origin origin, decimal? standardavvik, MissingValue missing)
        {
            ObjectDisposedException.ThrowIf(_built, this);
            if (!ReferenceEquals(Catalogue[indicator.Order], indicator))
                throw new ArgumentException($"Not an indicator of the catalogue: {indicator}.", nameof(indicator));
            if (_start + Count == _end)
                Grow(Math.Max(16, Count * 2));
            var row = _start + Count++;
            _orgNr[row] = orgNr;
            _indicator[row] = (byte)indicator.Order;
            _year[row] = year;
            _value[row] = value ?? 0m;
            _pupils[row] = pupils ?? 0;
            _line[row] = origin.Line;
            _file[row] = FileIndex(origin.File);
            var flags = (byte)(((int)missing << MissingShift) | (value is null ? 0 : HasValue) | (pupils is null ? 0 : HasPupils));
            if (standardavvik is { } spread)
            {
                // As long as the columns: a section's rows keep their places in it (pages never written cost nothing).
                _spread ??= new decimal[_orgNr.Length];
                _spread[row] = spread;
                flags |= HasSpread;
            }
            _flags[row] = flags;
        }

        /// <summary>Takes back the rows from <paramref name="count"/> on.</summary>
        public void Truncate(int count)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)Count, nameof(count));
            Count = count;
        }

        /// <summary>
        /// Whether the <paramref name="count"/> rows from <paramref name="earlier"/> and from <paramref name="later"/>
        /// hold the same observations but for where they were read (a data row repeated, row by row).
        /// </summary>
        public bool SameButOrigin(int earlier, int later, int count)
        {
            for (var i = 0; i < count; i++)
                if (!SameButOrigin(earlier + i, later + i))
                    return false;
            return true;
        }

        /// <summary>
        /// Whether rows <paramref name="a"/> and <paramref name="b"/> hold the same observation but for where it
        /// was read (the test of a data row repeated: <c>a with { Origin = b.Origin } == b</c>).
        /// </summary>
        public bool SameButOrigin(int a, int b)
        {
            (a, b) = (_start + a, _start + b);
            return _orgNr[a] == _orgNr[b]
                && _indicator[a] == _indicator[b]
                && _year[a] == _year[b]
                && _flags[a] == _flags[b]
                && ((_flags[a] & HasValue) == 0 || _value[a] == _value[b])
                && ((_flags[a] & HasPupils) == 0 || _pupils[a] == _pupils[b])
                && ((_flags[a] & HasSpread) == 0 || _spread![a] == _spread[b]);
        }

        /// <summary>
        /// The table of the rows added, over the builder's own arrays (not copied, nor trimmed: a country's rows are
        /// not held twice). The builder is done with. A section's rows become a table through its <see cref="Sections"/>.
        /// </summary>
        public ObservationTable Build()
        {
            if (InSection)
                throw new InvalidOperationException("A section of shared columns is built by its Sections.");
            Finish();
            return Table();
        }

        /// <summary>No more rows are added.</summary>
        internal void Finish()
        {
            ObjectDisposedException.ThrowIf(_built, this);
            _built = true;
        }

        /// <summary>The rows as a table of their own: over the builder's columns when they start at 0, else copied out.</summary>
        internal ObservationTable Table()
        {
            if (_start != 0)
                MoveToOwnColumns(Count);
            return new ObservationTable(Count, _orgNr, _indicator, _year, _value, _pupils, _line, _file, _flags, _spread, [.. _files]);
        }

        private byte FileIndex(string? file)
        {
            if (_lastFileIndex >= 0 && ReferenceEquals(file, _lastFile))
                return (byte)_lastFileIndex;
            var index = IndexOfFile(_files, file);
            (_lastFile, _lastFileIndex) = (file, index);
            return index;
        }

        private void Grow(int capacity)
        {
            if (InSection || _start != 0)
            {
                MoveToOwnColumns(capacity);
                return;
            }
            Array.Resize(ref _orgNr, capacity);
            Array.Resize(ref _indicator, capacity);
            Array.Resize(ref _year, capacity);
            Array.Resize(ref _value, capacity);
            Array.Resize(ref _pupils, capacity);
            Array.Resize(ref _line, capacity);
            Array.Resize(ref _file, capacity);
            Array.Resize(ref _flags, capacity);
            if (_spread is not null)
                Array.Resize(ref _spread, capacity);
            _end = capacity;
        }

        /// <summary>Copies the rows out of their section into columns of their own, from 0, of <paramref name="capacity"/> rows.</summary>
        private void MoveToOwnColumns(int capacity)
        {
            static T[] Own<T>(T[] from, int start, int count, int capacity)
            {
                var to = new T[capacity];
                from.AsSpan(start, count).CopyTo(to);
                return to;
            }
            (_orgNr, _indicator, _year, _value) = (Own(_orgNr, _start, Count, capacity), Own(_indicator, _start, Count, capacity), Own(_year, _start, Count, capacity), Own(_value, _start, Count, capacity));
            (_pupils, _line, _file, _flags) = (Own(_pupils, _start, Count, capacity), Own(_line, _start, Count, capacity), Own(_file, _start, Count, capacity), Own(_flags, _start, Count, capacity));
            if (_spread is not null)
                _spread = Own(_spread, _start, Count, capacity);
            (_start, _end, InSection) = (0, capacity, false);
        }
    }
}
