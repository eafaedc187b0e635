namespace Selection.IO.Input;

/// <summary>
/// The keys of the data rows read so far (orgnr, school year, grade, subject), to find a row given twice and
/// the row it repeats. A data file holds a school's rows together, so the keys are kept school by school: a
/// school's own keys are a chain of a few entries (its years × grades × subjects), and only a new school
/// is looked up by its orgnr. A country's millions of rows are then not hashed one by one.
/// </summary>
internal sealed class RowKeys(int capacity)
{
    // Entry i: a key within its school with the row's number of observations above it, the row it came from, and
    // the school's entry before it (-1: none). 16 bytes a row: a country has millions.
    private const int KeyBits = 24;
    private const int KeyMask = (1 << KeyBits) - 1;
    private readonly List<Entry> _entries = new(capacity);
    // Sized for a school every 16 rows (the sources have 3–15 rows a school): grown once at most, not a dozen times.
    private readonly Dictionary<int, int> _lastEntryOf = new(capacity / 16);
    private int _orgnr = -1;
    private int _last = -1;

    /// <summary>
    /// The row that had <paramref name="key"/> for school <paramref name="orgnr"/> before; <c>null</c> when none
    /// did, and then this row (<paramref name="line"/>, its observations from <paramref name="start"/>, <paramref name="count"/>
    /// of them) is kept as the key's.
    /// </summary>
    public (int Line, int Start, int Count)? Earlier(int orgnr, int key, int line, int start, int count)
    {
        if (orgnr != _orgnr)
        {
            if (_orgnr >= 0)
                _lastEntryOf[_orgnr] = _last;
            _orgnr = orgnr;
            _last = _lastEntryOf.TryGetValue(orgnr, out var last) ? last : -1;
        }
        if ((uint)key > KeyMask || (uint)count > byte.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(key), $"A row key needs at most {KeyBits} bits and a row at most {byte.MaxValue} observations: {key}, {count}.");
        for (var i = _last; i >= 0; i = _entries[i].Before)
        {
            var entry = _entries[i];
            if ((entry.KeyAndCount & KeyMask) == key)
                return (entry.Line, entry.Start, entry.KeyAndCount >>> KeyBits);
        }
        _entries.Add(new Entry(key | (count << KeyBits), line, start, _last));
        _last = _entries.Count - 1;
        return null;
    }

    private readonly record struct Entry(int KeyAndCount, int Line, int Start, int Before);
}
