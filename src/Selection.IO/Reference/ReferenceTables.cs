using Selection.Core;
using Selection.Core.Kommuner;
using Selection.IO.Csv;

namespace Selection.IO.Reference;

/// <summary>
/// The kommune tables of DOMAIN §7, embedded in the engine (copied from the project's reference
/// folder): the 2020 and 2024 structures with their statsforvalter, and the change tables 2019 → 2020
/// and 2023 → 2024.
/// </summary>
public static class ReferenceTables
{
    private static readonly Lazy<KommuneHistory> Loaded = new(Load);

    /// <summary>The kommune history, read once.</summary>
    public static KommuneHistory History => Loaded.Value;

    /// <summary>
    /// Starts reading the history on the thread pool, for a command that needs it only after reading its data: the two
    /// are read side by side, and <see cref="History"/> waits for the reading if it is not done (or rethrows its failure).
    /// </summary>
    public static void LoadBeside() => _ = Task.Run(() => Loaded.Value);

    private static KommuneHistory Load() => new(
        Structure(2020, "kommuner-2020.csv"),
        Structure(2024, "kommuner-2024.csv"),
        Changes("kommune-endringer-2019-2020.csv"),
        Changes("kommune-endringer-2023-2024.csv"));

    private static KommuneStructure Structure(int year, string resource)
    {
        var table = Table(resource);
        int nr = Column(table, "kommunenummer"), navn = Column(table, "kommunenavn"), fylkesnr = Column(table, "fylkesnummer"),
            fylke = Column(table, "fylkesnavn"), statsforvalter = Column(table, "statsforvalter");
        return new KommuneStructure(year, table.Rows.Select(r => new Kommune(
            KommuneNr.Of(r[nr]), r[navn], r[fylkesnr], r[fylke], r[statsforvalter])));
    }

    private static List<KommuneChange> Changes(string resource)
    {
        var table = Table(resource);
        int fraAar = Column(table, "fra_aar"), fraNr = Column(table, "fra_kommunenummer"), fraNavn = Column(table, "fra_kommunenavn"),
            tilAar = Column(table, "til_aar"), tilNr = Column(table, "til_kommunenummer"), tilNavn = Column(table, "til_kommunenavn"),
            endring = Column(table, "endring");
        return table.Rows.Select(r => new KommuneChange(
            int.Parse(r[fraAar], System.Globalization.CultureInfo.InvariantCulture),
            KommuneNr.Of(r[fraNr]),
            r[fraNavn],
            int.Parse(r[tilAar], System.Globalization.CultureInfo.InvariantCulture),
            KommuneNr.Of(r[tilNr]),
            r[tilNavn],
            r[endring] switch
            {
                "uendret" => KommuneChangeKind.Unchanged,
                "nytt nummer" => KommuneChangeKind.Renumbered,
                "slått sammen" => KommuneChangeKind.Merged,
                "delt" => KommuneChangeKind.Split,
                var other => throw new InvalidDataException(ReferenceTexts.UnknownChange(resource, r.Line, other)),
            })).ToList();
    }

    private static CsvTable Table(string resource)
    {
        using var stream = typeof(ReferenceTables).Assembly.GetManifestResourceStream($"Reference.{resource}")
            ?? throw new InvalidOperationException(ReferenceTexts.NotBuiltIn(resource));
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var (table, problems) = CsvTable.Read(memory.ToArray(), resource);
        if (table is null || problems.Any(p => p.IsError))
            throw new InvalidDataException(ReferenceTexts.Broken(resource, string.Join("; ", problems)));
        return table;
    }

    private static int Column(CsvTable table, string name)
    {
        var index = table.IndexOf(name);
        return index >= 0 ? index : throw new InvalidDataException(ReferenceTexts.NoColumn(table.File, name));
    }
}
