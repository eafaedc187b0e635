using Selection.Import.Reading;

namespace Selection.Import.Sources;

/// <summary>How a question group was mapped to an indicator group.</summary>
public enum GroupMapping
{
    /// <summary>By a code whose meaning is public (<see cref="QuestionGroups.KnownCodes"/>).</summary>
    KnownCode,

    /// <summary>By a code first mapped by its name earlier in the import: names drift, the code does not.</summary>
    LearnedCode,

    /// <summary>By the group's name, the code being unknown or absent.</summary>
    Name,

    /// <summary>Neither code nor name is one of the indicator groups: the rows are left out.</summary>
    None,
}

/// <summary>
/// Maps Elevundersøkelsen's question groups to the three indicator groups: by a stable code first, by the name
/// when the code is unknown. A code mapped by its name once keeps that meaning for the rest of the import, so a
/// group renamed between years ("Støtte fra lærer", later "Støtte fra lærerne") stays one group. Names match
/// without regard to case and æøå spelling (<see cref="Names"/>).
/// </summary>
public sealed class QuestionGroups
{
    /// <summary>
    /// Codes whose meaning public code that reads the statistics bank confirms: <c>EUIndeks_1398</c> is
    /// "Mobbing på skolen", <c>EUIndeks_1379</c> is "Trivsel" (no indicator). The codes of "Støtte fra lærer" and
    /// "Motivasjon" are not in the sources we checked; those groups are found by name, then by the code learned.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, EuGroup?> KnownCodes = new Dictionary<string, EuGroup?>(StringComparer.OrdinalIgnoreCase)
    {
        ["EUIndeks_1398"] = EuGroup.Mobbing,
        ["EUIndeks_1379"] = null,
    };

    private static readonly (EuGroup Group, string[] Names)[] GroupNames =
    [
        (EuGroup.Mobbing, ["Mobbing på skolen", "Mobbing"]),
        (EuGroup.Stotte, ["Støtte fra lærer", "Støtte fra lærerne", "Støtte fra læreren"]),
        (EuGroup.Motivasjon, ["Motivasjon"]),
    ];

    private readonly Dictionary<string, (EuGroup? Group, string File, int Line)> _learned = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The group a name stands for, or <c>null</c>.</summary>
    public static EuGroup? ByName(string name)
    {
        foreach (var (group, names) in GroupNames)
            if (Names.IsOneOf(name, names))
                return group;
        return null;
    }

    /// <summary>
    /// The group of a row with question-group code <paramref name="code"/> (may be empty) and name
    /// <paramref name="name"/>, and how it was found; <paramref name="learnedAt"/> is where a learned code was
    /// first mapped by its name.
    /// </summary>
    public (EuGroup? Group, GroupMapping How) Resolve(string code, string name, string file, int line, out (string File, int Line) learnedAt)
    {
        learnedAt = default;
        if (code.Length > 0 && KnownCodes.TryGetValue(code, out var known))
            return (known, known is null ? GroupMapping.None : GroupMapping.KnownCode);
        if (code.Length > 0 && _learned.TryGetValue(code, out var learned))
        {
            learnedAt = (learned.File, learned.Line);
            return (learned.Group, learned.Group is null ? GroupMapping.None : GroupMapping.LearnedCode);
        }
        var byName = ByName(name);
        if (code.Length > 0)
            _learned[code] = (byName, file, line);
        return (byName, byName is null ? GroupMapping.None : GroupMapping.Name);
    }

    /// <summary>The canonical column of a group.</summary>
    public static string ColumnOf(EuGroup group) => group switch
    {
        EuGroup.Mobbing => "mobbing",
        EuGroup.Stotte => "stotte_fra_laerer",
        _ => "motivasjon",
    };
}
