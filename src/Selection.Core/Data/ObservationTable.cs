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
    /// Fills a table row by row (a reader's rows as they pass). A row added may be taken back with
    /// <see cref="Truncate"/> before the next is added (a data row found wrong after its cells were read).
    /// </summary>
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
        }

        public int Count { get; private set; }

        public void Add(OrgNr orgNr, Indicator indicator, SchoolYear year, decimal? value, int? pupils, Origin origin, decimal? standardavvik, MissingValue missing)
        {
            ObjectDisposedException.ThrowIf(_built, this);
            if (!ReferenceEquals(Catalogue[indicator.Order], indicator))
                throw new ArgumentException($"Not an indicator of the catalogue: {indicator}.", nameof(indicator));
            if (Count == _orgNr.Length)
                Grow(Math.Max(16, Count * 2));
            var row = Count++;
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
        public bool SameButOrigin(int a, int b) =>
            _orgNr[a] == _orgNr[b]
            && _indicator[a] == _indicator[b]
            && _year[a] == _year[b]
            && _flags[a] == _flags[b]
            && ((_flags[a] & HasValue) == 0 || _value[a] == _value[b])
            && ((_flags[a] & HasPupils) == 0 || _pupils[a] == _pupils[b])
            && ((_flags[a] & HasSpread) == 0 || _spread![a] == _spread[b]);

        /// <summary>
        /// The table of the rows added, over the builder's own arrays (not copied, nor trimmed: a country's rows are
        /// not held twice). The builder is done with.
        /// </summary>
        public ObservationTable Build()
        {
            ObjectDisposedException.ThrowIf(_built, this);
            _built = true;
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
        }
    }
}
