using System.Globalization;
using Selection.Core;
using Selection.Core.Data;
using Selection.Import.Reading;
using Selection.Import.Sources;

namespace Selection.Import.Output;

/// <summary>
/// Turns the facts into the canonical tables (DOMAIN §9): pivots Elevundersøkelsen's groups into one row per
/// school, year and grade, and puts every table in one order whatever the order of the exports: the register's
/// schools by kommunenummer, name and orgnr (the order of <c>sample-data/</c>), each school's rows by school year,
/// grade and test (lesing, regning, engelsk); schools the register does not have after them, by orgnr;
/// <c>nasjonalt</c> by indicator (in the order of DOMAIN §2) and year, <c>kommunalt</c> by kommune, indicator and
/// year. An optional column is written when a source gave it (<see cref="ImportContext.Carried"/>).
/// </summary>
public sealed class TableAssembly
{
    private static readonly string[] Tests = ["lesing", "regning", "engelsk"];

    private readonly ImportContext _context;
    private readonly Dictionary<OrgNr, int> _position = [];

    public TableAssembly(ImportContext context, IReadOnlyList<SchoolFact> register)
    {
        _context = context;
        Register = Ordered(register);
        for (var i = 0; i < Register.Count; i++)
            _position.TryAdd(Register[i].OrgNr, i);
    }

    /// <summary>The register's schools in output order.</summary>
    public IReadOnlyList<SchoolFact> Register { get; }

    /// <summary>Elevundersøkelsen rows whose groups gave different pupil counts (the largest is kept).</summary>
    public int CountsDiffering { get; private set; }

    /// <summary>
    /// Elevundersøkelsen cells left empty because the school had a row for another group of the same year and grade
    /// but none for this one (the canonical row holds the three groups; the cell cannot be absent on its own).
    /// </summary>
    public int GroupsWithoutRow { get; private set; }

    public static IReadOnlyList<SchoolFact> Ordered(IEnumerable<SchoolFact> schools) =>
        schools.OrderBy(s => s.Kommune.Value, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.OrgNr).ToArray();

    private (int Position, int Number) SchoolKey(OrgNr orgnr) => (_position.TryGetValue(orgnr, out var p) ? p : int.MaxValue, orgnr.Number);

    public CanonicalTable Skoler()
    {
        var carried = _context.Carried;
        var header = new List<string> { "orgnr", "skolenavn", "kommunenummer", "eierform" };
        var trinn = carried.Contains("skoler.trinn");
        if (trinn)
            header.AddRange(["trinn_fra", "trinn_til"]);
        var optional = new (string Column, Func<SchoolFact, string> Cell)[]
        {
            ("spesialskole", s => Bool(s.Special)),
            ("aktiv", s => Bool(s.Active)),
            ("grunnskole", s => Bool(s.Grunnskole)),
            ("elevtall", s => Int(s.Pupils)),
        }.Where(o => carried.Contains("skoler." + o.Column)).ToArray();
        header.AddRange(optional.Select(o => o.Column));
        var rows = Register.Select(s =>
        {
            var row = new List<string> { s.OrgNr.Value, s.Name, s.Kommune.Value, s.Eierform == Eierform.Privat ? "privat" : "offentlig" };
            if (trinn)
                row.AddRange([Int(s.TrinnFra), Int(s.TrinnTil)]);
            row.AddRange(optional.Select(o => o.Cell(s)));
            return row.ToArray();
        }).ToArray();
        return new CanonicalTable("skoler", header, rows);
    }

    public CanonicalTable Elevundersokelsen()
    {
        var carried = _context.Carried;
        var groups = Enum.GetValues<EuGroup>().Where(g => carried.Contains("elevundersokelsen." + QuestionGroups.ColumnOf(g))).ToArray();
        var withCount = carried.Contains("elevundersokelsen.antall_besvart");
        var deviations = new[] { EuGroup.Stotte, EuGroup.Motivasjon }
            .Where(g => _context.Eu.Values.Any(f => f.Group == g && f.Sd.State != CellState.NoData))
            .ToArray();
        var header = new List<string> { "orgnr", "skoleaar", "trinn" };
        header.AddRange(groups.Select(QuestionGroups.ColumnOf));
        if (withCount)
            header.Add("antall_besvart");
        header.AddRange(deviations.Select(g => "standardavvik_" + QuestionGroups.ColumnOf(g)));

        var rows = new List<(Key Key, string[] Row)>();
        foreach (var row in _context.Eu.Values.GroupBy(f => (f.OrgNr, f.Year, f.Trinn)))
        {
            var byGroup = row.ToDictionary(f => f.Group);
            var cells = new List<string> { row.Key.OrgNr.Value, row.Key.Year.ToString(), Int(row.Key.Trinn) };
            cells.AddRange(groups.Select(g => byGroup.TryGetValue(g, out var f) ? f.Value.Text : ""));
            GroupsWithoutRow += groups.Count(g => !byGroup.ContainsKey(g));
            if (withCount)
                cells.Add(Combined(row.Select(f => f.Count)));
            cells.AddRange(deviations.Select(g => byGroup.TryGetValue(g, out var f) ? f.Sd.Text : ""));
            rows.Add((Key.Of(SchoolKey(row.Key.OrgNr), row.Key.Year.StartYear, row.Key.Trinn), cells.ToArray()));
        }
        return new CanonicalTable("elevundersokelsen", header, Sorted(rows));
    }

    public CanonicalTable NasjonaleProver()
    {
        var withCount = _context.Carried.Contains("nasjonale_prover.antall_elever");
        var header = new List<string> { "orgnr", "skoleaar", "trinn", "fag", "andel_mestringsniva_1" };
        if (withCount)
            header.Add("antall_elever");
        var rows = _context.Np.Values.Select(f =>
        {
            var cells = new List<string> { f.OrgNr.Value, f.Year.ToString(), Int(f.Trinn), f.Fag, f.Share.Text };
            if (withCount)
                cells.Add(f.Count.Text);
            return (Key.Of(SchoolKey(f.OrgNr), f.Year.StartYear, f.Trinn, Array.IndexOf(Tests, f.Fag)), cells.ToArray());
        }).ToList();
        return new CanonicalTable("nasjonale_prover", header, Sorted(rows));
    }

    public CanonicalTable Grunnskolepoeng()
    {
        var withCount = _context.Carried.Contains("grunnskolepoeng.antall_elever");
        var withSd = _context.Carried.Contains("grunnskolepoeng.standardavvik");
        var header = new List<string> { "orgnr", "skoleaar", "grunnskolepoeng" };
        if (withCount)
            header.Add("antall_elever");
        if (withSd)
            header.Add("standardavvik");
        var rows = _context.Gsp.Values.Select(f =>
        {
            var cells = new List<string> { f.OrgNr.Value, f.Year.ToString(), f.Value.Text };
            if (withCount)
                cells.Add(f.Count.Text);
            if (withSd)
                cells.Add(f.Sd.Text);
            return (Key.Of(SchoolKey(f.OrgNr), f.Year.StartYear), cells.ToArray());
        }).ToList();
        return new CanonicalTable("grunnskolepoeng", header, Sorted(rows));
    }

    public CanonicalTable Nasjonalt() => new(
        "nasjonalt",
        ["skoleaar", "indikator", "verdi"],
        _context.National.Values.OrderBy(f => f.Indicator.Order).ThenBy(f => f.Year.StartYear)
            .Select(f => new[] { f.Year.ToString(), f.Indicator.Code, f.Value }).ToArray());

    public CanonicalTable Kommunalt() => new(
        "kommunalt",
        ["kommunenummer", "skoleaar", "indikator", "verdi", "antall"],
        _context.Kommune.Values.OrderBy(f => f.Kommune.Value, StringComparer.Ordinal).ThenBy(f => f.Indicator.Order).ThenBy(f => f.Year.StartYear)
            .Select(f => new[] { f.Kommune.Value, f.Year.ToString(), f.Indicator.Code, f.Value.Text, f.Count.Text }).ToArray());

    /// <summary>
    /// One count for the groups of one Elevundersøkelsen row: the largest number (the groups are answered by
    /// nearly the same pupils; the canonical row has one count), else <c>*</c> when a group's count was suppressed,
    /// else empty.
    /// </summary>
    private string Combined(IEnumerable<ExportCell> counts)
    {
        var list = counts.ToArray();
        var numbers = list.Where(c => c.HasValue).Select(c => int.Parse(c.Text, CultureInfo.InvariantCulture)).Distinct().ToArray();
        if (numbers.Length > 1)
            CountsDiffering++;
        if (numbers.Length > 0)
            return Int(numbers.Max());
        return list.Any(c => c.State == CellState.Suppressed) ? ExportCell.Suppressed.Text : "";
    }

    private static string[][] Sorted(List<(Key Key, string[] Row)> rows) =>
        rows.OrderBy(r => r.Key).Select(r => r.Row).ToArray();

    private static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Bool(bool? value) => value switch { true => "true", false => "false", null => "" };

    /// <summary>A row's place in its table: the school's position, its orgnr, the school year, the grade, the test.</summary>
    private readonly record struct Key(int Position, int OrgNr, int Year, int Trinn, int Test) : IComparable<Key>
    {
        public static Key Of((int Position, int Number) school, int year, int trinn = 0, int test = 0) => new(school.Position, school.Number, year, trinn, test);

        public int CompareTo(Key other) => (Position, OrgNr, Year, Trinn, Test).CompareTo((other.Position, other.OrgNr, other.Year, other.Trinn, other.Test));
    }
}
