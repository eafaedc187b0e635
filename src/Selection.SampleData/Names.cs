using Selection.Core;
using Selection.Core.Data;
using Selection.Core.Kommuner;

namespace Selection.SampleData;

/// <summary>
/// Plainly fictional school names: a place-like word built from two parts, the kind of school, and
/// the suffix <see cref="Suffix"/> (<c>Nordbakken skole (syntetisk)</c>). Kommuner in Vestland and
/// Møre og Romsdal (outside the largest towns) get nynorsk forms (<c>skule</c>).
/// </summary>
internal static class Names
{
    public const string Suffix = " (syntetisk)";

    private static readonly string[] First =
    [
        "Nord", "Sør", "Øst", "Vest", "Lille", "Stor", "Ny", "Øvre", "Nedre", "Midt", "Sol", "Lyng", "Gran",
        "Bjørke", "Eike", "Furu", "Rogn", "Lind", "Hassel", "Selje", "Kvit", "Rød", "Grøn", "Fjell", "Skog",
        "Sjø", "Elve", "Berg", "Myr", "Stein", "Tjern", "Ask", "Heg", "Ore", "Ekorn", "Ørne", "Rype", "Trast",
        "Måke", "Kile", "Holme", "Bjørn", "Ulve", "Hjort", "Rev", "Li", "Haug", "Strand", "Sand", "Lauv",
    ];

    private static readonly string[] Second =
    [
        "bakken", "lia", "haugen", "dalen", "vika", "berget", "moen", "stranda", "lunden", "heimen", "neset",
        "sanden", "fjellet", "skogen", "myra", "tunet", "vangen", "åsen", "vollen", "eidet", "holen", "rud",
        "stad", "øya", "land", "bø", "kampen", "sundet", "elva", "bekken", "toft", "gard", "tveit", "set",
        "brua", "kleiva", "nuten", "hamna", "jordet", "løkka", "marka", "sletta", "tangen", "bukta", "lien",
        "heia", "vatnet", "nesset",
    ];

    private static readonly HashSet<string> NynorskExceptions = new(StringComparer.Ordinal) { "4601", "1505", "1506", "1508" };

    public static void Assign(IReadOnlyList<PlannedSchool> schools, IReadOnlyList<Kommune> kommuner, IReadOnlyDictionary<KommuneNr, int> publicCounts, Random random)
    {
        var nynorsk = kommuner
            .Where(k => k.Fylkesnummer is "46" or "15" && !NynorskExceptions.Contains(k.Nummer.Value))
            .Select(k => k.Nummer)
            .ToHashSet();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var usedInKommune = new HashSet<(KommuneNr, string)>();
        foreach (var school in schools)
        {
            var small = !publicCounts.TryGetValue(school.Home, out var count) || count <= 5;
            var kind = KindWord(school, nynorsk.Contains(school.Home), small, random);
            string name;
            var attempt = 0;
            do
            {
                name = Place(random) + " " + kind + Suffix;
                attempt++;
            }
            // Unique in the country when that comes easily, always unique in the kommune.
            while (usedInKommune.Contains((school.Home, name)) || (attempt < 50 && used.Contains(name)));
            used.Add(name);
            usedInKommune.Add((school.Home, name));
            school.Name = name;
        }
    }

    private static string Place(Random random)
    {
        while (true)
        {
            var first = First[random.Next(First.Length)];
            var second = Second[random.Next(Second.Length)];
            // Avoid doubling a word: "Fjellfjellet", "Lilia".
            if (second.StartsWith(first.ToLowerInvariant()[..Math.Min(3, first.Length)], StringComparison.Ordinal)
                || first.ToLowerInvariant().EndsWith(second[..Math.Min(2, second.Length)], StringComparison.Ordinal))
                continue;
            return first + second;
        }
    }

    private static string KindWord(PlannedSchool school, bool nynorsk, bool small, Random random)
    {
        var skole = nynorsk ? "skule" : "skole";
        if (school.Eierform == Eierform.Privat)
        {
            return random.Next(4) switch
            {
                0 => "montessoriskole",
                1 => "steinerskole",
                2 => "kristne " + skole,
                _ => "fri" + skole,
            };
        }
        return school.Kind switch
        {
            SchoolKind.Barneskole => random.NextDouble() < 0.6 ? skole : "barne" + skole,
            SchoolKind.Ungdomsskole => "ungdoms" + skole,
            _ => small && random.NextDouble() < 0.3 ? "oppvekstsenter" : skole,
        };
    }
}
