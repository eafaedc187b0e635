namespace Selection.Core.Kommuner;

/// <summary>A kommune of one kommune structure, with the statsforvalter it belongs to.</summary>
public sealed record Kommune(KommuneNr Nummer, string Navn, string Fylkesnummer, string Fylkesnavn, string Statsforvalter);

/// <summary>What happened to a kommune at a structure change (the <c>endring</c> column).</summary>
public enum KommuneChangeKind
{
    /// <summary><c>uendret</c>: same kommune, same number.</summary>
    Unchanged,

    /// <summary><c>nytt nummer</c>: same kommune, new number.</summary>
    Renumbered,

    /// <summary><c>slått sammen</c>: merged into a new kommune with others.</summary>
    Merged,

    /// <summary><c>delt</c>: split; the old kommune has several successors.</summary>
    Split,
}

/// <summary>One row of a change table: the old kommune, its successor, and what happened.</summary>
public sealed record KommuneChange(int FraAar, KommuneNr Fra, string FraNavn, int TilAar, KommuneNr Til, string TilNavn, KommuneChangeKind Endring);

/// <summary>The kommuner of one structure (2020 or 2024), in kommunenummer order.</summary>
public sealed class KommuneStructure
{
    private readonly Dictionary<KommuneNr, Kommune> _byNumber;

    public KommuneStructure(int year, IEnumerable<Kommune> kommuner)
    {
        Year = year;
        Kommuner = kommuner.OrderBy(k => k.Nummer).ToArray();
        _byNumber = new Dictionary<KommuneNr, Kommune>();
        foreach (var kommune in Kommuner)
            if (!_byNumber.TryAdd(kommune.Nummer, kommune))
                throw new ArgumentException($"Kommune {kommune.Nummer} appears twice in the {year} structure.", nameof(kommuner));
    }

    public int Year { get; }

    public IReadOnlyList<Kommune> Kommuner { get; }

    /// <summary>The statsforvaltere of the structure, in name order.</summary>
    public IReadOnlyList<string> Statsforvaltere =>
        Kommuner.Select(k => k.Statsforvalter).Distinct().Order(StringComparer.Ordinal).ToArray();

    public bool TryGet(KommuneNr nummer, out Kommune kommune) => _byNumber.TryGetValue(nummer, out kommune!);

    public bool Contains(KommuneNr nummer) => _byNumber.ContainsKey(nummer);
}
