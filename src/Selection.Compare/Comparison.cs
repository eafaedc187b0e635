using System.Text.Json;
using Selection.Core;
using Selection.Core.Kommuner;
using Selection.IO.Output;

namespace Selection.Compare;

/// <summary>Why one indicator-year gave other points in B than in A.</summary>
public enum EvidenceCause
{
    /// <summary>The measured value is another.</summary>
    ValueChanged,

    /// <summary>The national limit is another (another national row, or a mean over other schools).</summary>
    LimitChanged,

    /// <summary>The rules' floor for the indicator and year is another.</summary>
    FloorChanged,

    /// <summary>The rules' weight for the indicator is another.</summary>
    WeightChanged,

    /// <summary>The school year is in A's window and not in B's.</summary>
    OnlyInWindowA,

    /// <summary>The school year is in B's window and not in A's.</summary>
    OnlyInWindowB,

    /// <summary>The year is in both windows, but A has no value that counted (missing, suppressed, not scored, no limit, indicator not used).</summary>
    NoValueInA,

    /// <summary>The same for B.</summary>
    NoValueInB,
}

/// <summary>One indicator-year whose points (or possible points) differ between A and B, with both rows of evidence.</summary>
public sealed record EvidenceDiff(string Indicator, string Year, EvidenceRow? A, EvidenceRow? B, IReadOnlyList<EvidenceCause> Causes)
{
    /// <summary>Weighted points in B minus those in A (a row that is not there counts 0).</summary>
    public int WeightedDelta => (B?.Weighted ?? 0) - (A?.Weighted ?? 0);
}

/// <summary>A school matched by orgnr across the two runs; either side is <c>null</c> when the school is only in one run.</summary>
public sealed record SchoolDiff(string OrgNr, SchoolRow? A, SchoolRow? B, IReadOnlyList<EvidenceDiff> Evidence)
{
    public string Navn => B?.Navn ?? A!.Navn;

    public bool FlaggedA => A?.Flagged ?? false;

    public bool FlaggedB => B?.Flagged ?? false;

    public bool FlagChanged => FlaggedA != FlaggedB;

    /// <summary>Anything a reader of the two <c>skoler</c> tables would see differ: presence, flag, rank, points, status.</summary>
    public bool Changed => A is null || B is null || A.Flagged != B.Flagged || A.Rank != B.Rank || A.Points != B.Points
        || A.Possible != B.Possible || A.Status != B.Status;
}

/// <summary>
/// A kommune of A matched with a kommune of B: the same number in the same structure, or through the
/// change tables across structures. <paramref name="OtherB"/> lists the other kommuner of B that A's
/// kommune is also matched with, <paramref name="OtherA"/> those of A that B's kommune is also matched
/// with (a split or a merge), so a text can say so.
/// </summary>
public sealed record KommuneDiff(
    KommuneRow? A,
    KommuneRow? B,
    IReadOnlyList<KommuneRow> OtherA,
    IReadOnlyList<KommuneRow> OtherB,
    IReadOnlyList<EvidenceDiff> Evidence,
    IReadOnlyList<SchoolDiff> FlagChanges,
    bool? TakenA,
    bool? TakenB)
{
    public string Nummer => B?.Nummer ?? A!.Nummer;

    public string Navn => B?.Navn ?? A!.Navn;

    /// <summary>Taken by a route in A.</summary>
    public bool InA => A?.Route is not null;

    public bool InB => B?.Route is not null;

    public bool RouteChanged => A?.Route != B?.Route;

    /// <summary>The two sides have different numbers (renumbered, split or merged between the structures).</summary>
    public bool Matched => A is not null && B is not null && (A.Nummer != B.Nummer || OtherA.Count > 0 || OtherB.Count > 0);

    public bool Changed => A is null || B is null || A.Route != B.Route || A.Rank != B.Rank || A.Points != B.Points
        || A.Possible != B.Possible || A.Status != B.Status || TakenA != TakenB;
}

/// <summary>An input file by name: its hash in A and in B (<c>null</c> when that run did not read it).</summary>
public sealed record FileDiff(string File, FileHash? A, FileHash? B)
{
    public bool Same => A is not null && B is not null && A.Sha256 == B.Sha256 && A.Bytes == B.Bytes;
}

/// <summary>Who is on one list in A and in B: the count in each run and who entered and who left (by row).</summary>
public sealed record ListChange(int CountA, int CountB, IReadOnlyList<string> Entered, IReadOnlyList<string> Left);

/// <summary>Everything <c>compare</c> found: every school and kommune matched, the causes common to all.</summary>
public sealed record Comparison(
    ComparedRun A,
    ComparedRun B,
    IReadOnlyList<SchoolDiff> Schools,
    IReadOnlyList<KommuneDiff> Kommuner,
    IReadOnlyList<FileDiff> Data,
    IReadOnlyList<RulesDiff> Rules)
{
    public bool WindowMoved => !A.Years.SequenceEqual(B.Years);

    public bool StructureDiffers => A.Structure != B.Structure;

    public bool BothProposals => A.Proposal is not null && B.Proposal is not null;

    public bool DataChanged => Data.Any(f => !f.Same);

    /// <summary>No school and no kommune differs in anything the run tables show.</summary>
    public bool NoChange => Schools.All(s => !s.Changed) && Kommuner.All(k => !k.Changed);

    public ListChange Flagged => new(
        A.Schools.Count(s => s.Flagged), B.Schools.Count(s => s.Flagged),
        Schools.Where(s => !s.FlaggedA && s.FlaggedB).Select(s => s.OrgNr).ToArray(),
        Schools.Where(s => s.FlaggedA && !s.FlaggedB).Select(s => s.OrgNr).ToArray());

    public ListChange Route1 => Route(1);

    public ListChange Route2 => Route(2);

    /// <summary>The proposals' selected kommuner; <c>null</c> unless both sides are proposal folders.</summary>
    public ListChange? Selected => !BothProposals ? null : new(
        A.Proposal!.Taken.Count, B.Proposal!.Taken.Count,
        Kommuner.Where(k => k.TakenA != true && k.TakenB == true).Select(k => k.Nummer).ToArray(),
        Kommuner.Where(k => k.TakenA == true && k.TakenB != true).Select(k => k.Nummer).ToArray());

    private ListChange Route(int route) => new(
        A.Kommuner.Count(k => k.Route == route), B.Kommuner.Count(k => k.Route == route),
        Kommuner.Where(k => k.A?.Route != route && k.B?.Route == route).Select(k => k.Nummer).ToArray(),
        Kommuner.Where(k => k.A?.Route == route && k.B?.Route != route).Select(k => k.Nummer).ToArray());
}

/// <summary>
/// The comparison itself, a pure function of the two loaded runs and the kommune history: schools
/// matched by orgnr, kommuner by number or through the change tables, every indicator-year whose points
/// differ with the reason, and the input files, rules keys and windows that differ.
/// </summary>
public static class Comparer
{
    public static Comparison Compare(ComparedRun a, ComparedRun b, KommuneHistory history)
    {
        var schools = CompareSchools(a, b);
        var kommuner = CompareKommuner(a, b, history, schools);
        return new Comparison(a, b, schools, kommuner, CompareFiles(a.Inputs, b.Inputs), RulesDiffs.Of(a.Rules, b.Rules));
    }

    private static SchoolDiff[] CompareSchools(ComparedRun a, ComparedRun b)
    {
        var inA = a.Schools.ToDictionary(s => s.OrgNr, StringComparer.Ordinal);
        var inB = b.Schools.ToDictionary(s => s.OrgNr, StringComparer.Ordinal);
        var evidenceA = a.Observations.ToLookup(o => o.Owner, StringComparer.Ordinal);
        var evidenceB = b.Observations.ToLookup(o => o.Owner, StringComparer.Ordinal);
        return inA.Keys.Union(inB.Keys).Order(StringComparer.Ordinal)
            .Select(orgnr => new SchoolDiff(
                orgnr, inA.GetValueOrDefault(orgnr), inB.GetValueOrDefault(orgnr),
                Evidence(evidenceA[orgnr], evidenceB[orgnr], a.Years, b.Years)))
            .ToArray();
    }

    /// <summary>
    /// The indicator-years whose points or possible points differ, largest change in weighted points
    /// first, then by indicator and year. A row in one run only is explained by the windows, or else as
    /// a value that did not count in the other run.
    /// </summary>
    public static IReadOnlyList<EvidenceDiff> Evidence(IEnumerable<EvidenceRow> a, IEnumerable<EvidenceRow> b, IReadOnlyList<string> yearsA, IReadOnlyList<string> yearsB)
    {
        var byKeyA = a.ToDictionary(o => (o.Indicator, o.Year));
        var byKeyB = b.ToDictionary(o => (o.Indicator, o.Year));
        var diffs = new List<EvidenceDiff>();
        foreach (var key in byKeyA.Keys.Union(byKeyB.Keys))
        {
            var ra = byKeyA.GetValueOrDefault(key);
            var rb = byKeyB.GetValueOrDefault(key);
            if (ra is not null && rb is not null && ra.Weighted == rb.Weighted && ra.Possible == rb.Possible && ra.Points == rb.Points)
                continue;
            var causes = new List<EvidenceCause>();
            if (ra is not null && rb is not null)
            {
                if (ra.Value != rb.Value) causes.Add(EvidenceCause.ValueChanged);
                if (ra.Limit != rb.Limit) causes.Add(EvidenceCause.LimitChanged);
                if (ra.Floor != rb.Floor) causes.Add(EvidenceCause.FloorChanged);
                if (ra.Weight != rb.Weight) causes.Add(EvidenceCause.WeightChanged);
            }
            else if (ra is not null)
            {
                causes.Add(yearsB.Contains(key.Year) ? EvidenceCause.NoValueInB : EvidenceCause.OnlyInWindowA);
            }
            else
            {
                causes.Add(yearsA.Contains(key.Year) ? EvidenceCause.NoValueInA : EvidenceCause.OnlyInWindowB);
            }
            diffs.Add(new EvidenceDiff(key.Indicator, key.Year, ra, rb, causes));
        }
        return diffs
            .OrderByDescending(d => Math.Abs(d.WeightedDelta))
            .ThenBy(d => d.Indicator, StringComparer.Ordinal)
            .ThenBy(d => d.Year, StringComparer.Ordinal)
            .ToArray();
    }

    private static KommuneDiff[] CompareKommuner(ComparedRun a, ComparedRun b, KommuneHistory history, IReadOnlyList<SchoolDiff> schools)
    {
        var byA = a.Kommuner.ToDictionary(k => k.Nummer, StringComparer.Ordinal);
        var byB = b.Kommuner.ToDictionary(k => k.Nummer, StringComparer.Ordinal);
        var pairs = Pairs(a, b, history, byA, byB);
        var partnersOfA = pairs.Where(p => p.B is not null).ToLookup(p => p.A, p => p.B!, StringComparer.Ordinal);
        var partnersOfB = pairs.Where(p => p.A is not null).ToLookup(p => p.B, p => p.A!, StringComparer.Ordinal);
        var evidenceA = a.KommuneObservations.ToLookup(o => o.Owner, StringComparer.Ordinal);
        var evidenceB = b.KommuneObservations.ToLookup(o => o.Owner, StringComparer.Ordinal);
        var flagChanges = schools.Where(s => s.FlagChanged).ToArray();

        return pairs.Select(p =>
        {
            var ka = p.A is null ? null : byA[p.A];
            var kb = p.B is null ? null : byB[p.B];
            KommuneRow[] otherB = p.A is null ? [] : partnersOfA[p.A].Where(n => n != p.B).Select(n => byB[n]).ToArray();
            KommuneRow[] otherA = p.B is null ? [] : partnersOfB[p.B].Where(n => n != p.A).Select(n => byA[n]).ToArray();
            return new KommuneDiff(
                ka, kb, otherA, otherB,
                Evidence(p.A is null ? [] : evidenceA[p.A], p.B is null ? [] : evidenceB[p.B], a.Years, b.Years),
                flagChanges.Where(s => (p.A is not null && s.A?.Kommunenummer == p.A) || (p.B is not null && s.B?.Kommunenummer == p.B)).ToArray(),
                a.Proposal is null || ka is null ? null : a.Proposal.Taken.Contains(ka.Nummer),
                b.Proposal is null || kb is null ? null : b.Proposal.Taken.Contains(kb.Nummer));
        }).ToArray();
    }

    /// <summary>
    /// The pairs of kommunenummer (A, B), by B's number then A's. In one structure, the same number. Across
    /// structures, each kommune is placed in the other structure through the change tables
    /// (<see cref="KommuneHistory.Place"/>): unchanged, renumbered and merged kommuner have one counterpart,
    /// a split kommune one per successor; a kommune with none stands alone.
    /// </summary>
    private static List<(string? A, string? B)> Pairs(ComparedRun a, ComparedRun b, KommuneHistory history, Dictionary<string, KommuneRow> byA, Dictionary<string, KommuneRow> byB)
    {
        var pairs = new HashSet<(string? A, string? B)>();
        if (a.Structure == b.Structure)
        {
            foreach (var nr in byA.Keys.Union(byB.Keys))
                pairs.Add((byA.ContainsKey(nr) ? nr : null, byB.ContainsKey(nr) ? nr : null));
        }
        else
        {
            foreach (var ka in byA.Keys)
                foreach (var kb in Counterparts(history, ka, b.Structure).Where(byB.ContainsKey))
                    pairs.Add((ka, kb));
            foreach (var kb in byB.Keys)
                foreach (var ka in Counterparts(history, kb, a.Structure).Where(byA.ContainsKey))
                    pairs.Add((ka, kb));
            var pairedA = pairs.Select(p => p.A).ToHashSet();
            var pairedB = pairs.Select(p => p.B).ToHashSet();
            foreach (var ka in byA.Keys.Where(k => !pairedA.Contains(k)))
                pairs.Add((ka, null));
            foreach (var kb in byB.Keys.Where(k => !pairedB.Contains(k)))
                pairs.Add((null, kb));
        }
        return pairs
            .OrderBy(p => p.B ?? p.A, StringComparer.Ordinal)
            .ThenBy(p => p.A ?? "", StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The kommuner of the structure of <paramref name="year"/> that <paramref name="nummer"/> became or came from.</summary>
    private static IEnumerable<string> Counterparts(KommuneHistory history, string nummer, int year)
    {
        var parsed = KommuneNr.Parse(nummer);
        if (!parsed.Success)
            return [];
        var placement = history.Place(parsed.Value, year);
        return placement.Kind switch
        {
            PlacementKind.Direct or PlacementKind.Mapped => [placement.Kommune!.Nummer.Value],
            PlacementKind.Split => placement.Candidates.Select(k => k.Nummer.Value),
            _ => [],
        };
    }

    private static FileDiff[] CompareFiles(IReadOnlyList<FileHash> a, IReadOnlyList<FileHash> b)
    {
        var byA = a.ToDictionary(f => f.File, StringComparer.Ordinal);
        var byB = b.ToDictionary(f => f.File, StringComparer.Ordinal);
        return byA.Keys.Union(byB.Keys).Order(StringComparer.Ordinal)
            .Select(f => new FileDiff(f, byA.GetValueOrDefault(f), byB.GetValueOrDefault(f)))
            .ToArray();
    }
}

/// <summary>One key of the rules content whose value differs: the JSON text in A and in B (<c>null</c> when the key is not there).</summary>
public sealed record RulesDiff(string Key, string? A, string? B);

/// <summary>
/// A key-by-key diff of two rules contents (JSON): objects key by key; the indicator list keyed by
/// indicator code (<c>indicators[GSP].floor</c>), never by position; any other list, and a value whose
/// kind changed, compared whole. Numbers are equal when their values are (<c>15</c> and <c>15.0</c>).
/// </summary>
public static class RulesDiffs
{
    public static IReadOnlyList<RulesDiff> Of(JsonElement a, JsonElement b)
    {
        var diffs = new List<RulesDiff>();
        Walk("", a, b, diffs);
        return diffs;
    }

    private static void Walk(string key, JsonElement? a, JsonElement? b, List<RulesDiff> diffs)
    {
        if (a is { ValueKind: JsonValueKind.Object } oa && b is { ValueKind: JsonValueKind.Object } ob)
        {
            var keysA = oa.EnumerateObject().Select(p => p.Name).ToList();
            foreach (var name in keysA.Concat(ob.EnumerateObject().Select(p => p.Name).Where(n => !keysA.Contains(n))))
                Walk(Join(key, name), Property(oa, name), Property(ob, name), diffs);
            return;
        }
        if (a is { ValueKind: JsonValueKind.Array } la && b is { ValueKind: JsonValueKind.Array } lb && ByCode(la) is { } codesA && ByCode(lb) is { } codesB)
        {
            foreach (var code in codesA.Keys.Concat(codesB.Keys.Where(c => !codesA.ContainsKey(c))))
                Walk($"{key}[{code}]", codesA.TryGetValue(code, out var x) ? x : null, codesB.TryGetValue(code, out var y) ? y : null, diffs);
            return;
        }
        if (a is null && b is null)
            return;
        if (a is null || b is null || !Equal(a.Value, b.Value))
            diffs.Add(new RulesDiff(key, a is null ? null : Compact(a.Value), b is null ? null : Compact(b.Value)));
    }

    private static string Join(string key, string name) => key.Length == 0 ? name : $"{key}.{name}";

    private static JsonElement? Property(JsonElement o, string name) => o.TryGetProperty(name, out var v) ? v : null;

    /// <summary>A list of objects that each have a distinct text <c>code</c>, by code; otherwise <c>null</c>.</summary>
    private static Dictionary<string, JsonElement>? ByCode(JsonElement list)
    {
        var byCode = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String
                || !byCode.TryAdd(code.GetString()!, item))
                return null;
        }
        return byCode.Count > 0 ? byCode : null;
    }

    private static bool Equal(JsonElement a, JsonElement b) =>
        a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number && a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y)
            ? x == y
            : a.ValueKind == b.ValueKind && (a.ValueKind is JsonValueKind.Object or JsonValueKind.Array
                ? Compact(a) == Compact(b)
                : a.GetRawText() == b.GetRawText());

    /// <summary>The value as compact JSON text, æøå as they are.</summary>
    private static string Compact(JsonElement value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            value.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
