using Selection.Core;
using Selection.Import.Reading;
using Selection.Import.Sources;

namespace Selection.Import.Output;

/// <summary>
/// One source's cells in one school year of what the import wrote: rows, value cells, and of those the
/// suppressed ones (<c>*</c>) and those without data (empty); and the schools absent: a school of the register
/// whose grades (<c>trinn_fra</c>–<c>trinn_til</c>) include the source's grade, without a row that year.
/// </summary>
public sealed record YearTally(string Table, SchoolYear Year, int Rows, int Values, int Suppressed, int NoData, int Absent);

/// <summary>Counts the written tables per source and school year (<see cref="YearTally"/>).</summary>
public static class Tally
{
    /// <summary>The value columns of each table, and the grades the register is checked against for absence.</summary>
    private static readonly (string Table, string[] Values, int[] Grades)[] Tables =
    [
        ("elevundersokelsen", ["mobbing", "stotte_fra_laerer", "motivasjon"], [7, 10]),
        ("nasjonale_prover", ["andel_mestringsniva_1"], [5, 8]),
        ("grunnskolepoeng", ["grunnskolepoeng"], [10]),
        ("nasjonalt", ["verdi"], []),
        ("kommunalt", ["verdi"], []),
    ];

    public static IReadOnlyList<YearTally> Count(string table, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<SchoolFact> register)
    {
        var spec = Tables.FirstOrDefault(t => t.Table == table);
        if (spec.Table is null)
            return [];
        int At(string name) => Names.Column(header, name);
        var year = At("skoleaar");
        var orgnr = At("orgnr");
        var trinn = At("trinn");
        var values = spec.Values.Select(At).Where(i => i >= 0).ToArray();
        var byYear = new SortedDictionary<int, (int Rows, int Values, int Suppressed, int NoData)>();
        var present = new HashSet<(string, int, int)>();
        foreach (var row in rows)
        {
            string Cell(int i) => i >= 0 && i < row.Count ? row[i].Trim() : "";
            var parsed = SchoolYear.Parse(Cell(year));
            if (!parsed.Success)
                continue;
            var y = parsed.Value.StartYear;
            var (r, v, s, n) = byYear.GetValueOrDefault(y);
            r++;
            foreach (var i in values)
            {
                v++;
                var state = ExportCells.Mark(Cell(i));
                if (state == CellState.Suppressed)
                    s++;
                else if (state == CellState.NoData)
                    n++;
            }
            byYear[y] = (r, v, s, n);
            if (orgnr >= 0)
                present.Add((Cell(orgnr), y, trinn >= 0 ? Grades.Parse(Cell(trinn)) ?? 0 : 10));
        }
        return byYear.Select(e =>
        {
            var absent = spec.Grades.Sum(g => register.Count(s =>
                s.TrinnFra <= g && g <= s.TrinnTil && !present.Contains((s.OrgNr.Value, e.Key, g))));
            return new YearTally(table, new SchoolYear(e.Key), e.Value.Rows, e.Value.Values, e.Value.Suppressed, e.Value.NoData, absent);
        }).ToArray();
    }
}
