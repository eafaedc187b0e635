using System.Security.Cryptography;
using Selection.Core;
using Selection.IO;
using Selection.IO.Csv;
using Selection.IO.Output;
using Selection.IO.Runs;

namespace Selection.Proposal.Returned;

/// <summary>
/// How a column of a returned shortlist is found. The columns a statsforvalter may well rename a little
/// (<c>Prioritet</c> for <c>Prioritet (fyll inn for rute 2)</c>) are found by the start of the header;
/// every other column by its exact header. Both ignore case and surrounding spaces.
/// </summary>
public static class ShortlistColumns
{
    /// <summary>The columns found by the start of their header, with the starts accepted.</summary>
    public static readonly IReadOnlyList<(string Key, string[] Prefixes)> ByPrefix =
    [
        (Shortlists.Kommunenummer, ["Kommunenummer"]),
        (Shortlists.Rute, ["Rute"]),
        (Shortlists.Prioritet, ["Prioritet"]),
        (Shortlists.Begrunnelse, ["Begrunnelse"]),
        (Shortlists.Kjoring, ["Kjøring", "Kjoring"]),
    ];

    /// <summary>The key of a column found by the start of its header, or <c>null</c>.</summary>
    public static string? PrefixKey(string header)
    {
        var h = header.Trim();
        foreach (var (key, prefixes) in ByPrefix)
            if (prefixes.Any(p => h.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                return key;
        return null;
    }

    /// <summary>Whether a returned header is the run's column <paramref name="runHeader"/>.</summary>
    public static bool Matches(string runHeader, string returnedHeader)
    {
        var key = PrefixKey(runHeader);
        return key is not null
            ? PrefixKey(returnedHeader) == key
            : PrefixKey(returnedHeader) is null && string.Equals(runHeader.Trim(), returnedHeader.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How the cells of the run's column <paramref name="header"/> are shown; text for a header this engine does not write.</summary>
    public static ShortlistValue KindOf(string header) =>
        Shortlists.Columns.FirstOrDefault(c => string.Equals(c.Header, header.Trim(), StringComparison.OrdinalIgnoreCase))?.Kind ?? ShortlistValue.Text;
}

/// <summary>One of the run's own shortlists, as the reference a returned file is compared with.</summary>
internal sealed class RunShortlist
{
    public required string Statsforvalter { get; init; }

    /// <summary>The file, as the manifest names it (<c>statsforvaltere/x.csv</c>).</summary>
    public required string File { get; init; }

    public required IReadOnlyList<string> Headers { get; init; }

    public required IReadOnlyList<CsvRow> Rows { get; init; }

    public required int KommuneColumn { get; init; }

    public required int NameColumn { get; init; }

    public required int RouteColumn { get; init; }

    /// <summary>The rows by kommune, in the shortlist's order.</summary>
    public required IReadOnlyDictionary<KommuneNr, CsvRow> ByKommune { get; init; }

    public bool HasRoute2 => Rows.Any(r => Route(r) == 2);

    public int Route(CsvRow row) => CellMeaning.Number(row[RouteColumn]) is { } n ? (int)n.Value : 0;

    public int IndexOfKey(string key) => Headers.ToList().FindIndex(h => ShortlistColumns.PrefixKey(h) == key);

    public int IndexOfHeader(string header) => Headers.ToList().FindIndex(h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Reads the run's own shortlists: the CSV files under <c>statsforvaltere/</c> that the manifest lists.</summary>
internal static class RunShortlists
{
    private static readonly string Statsforvalter = Shortlists.Columns[Shortlists.IndexOf("statsforvalter")].Header;

    /// <summary>The run's shortlists by statsforvalter; a shortlist that cannot be used is a problem.</summary>
    public static IReadOnlyDictionary<string, RunShortlist> Read(RunFolder run, List<Problem> problems)
    {
        var shortlists = new Dictionary<string, RunShortlist>(StringComparer.Ordinal);
        var files = run.Manifest.Outputs
            .Where(o => o.File.StartsWith(RunWriter.ShortlistFolder + "/", StringComparison.Ordinal) && o.File.EndsWith(".csv", StringComparison.Ordinal))
            .OrderBy(o => o.File, StringComparer.Ordinal);
        foreach (var output in files)
        {
            var origin = new Origin(output.File, 0);
            var (bytes, error) = InputFile.ReadAll(run.FilePath(output.File));
            if (bytes is null)
            {
                problems.Add(Problem.Error(ReturnedCodes.RunShortlist, ReturnedTexts.RunShortlistUnreadable(error!), origin));
                continue;
            }
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != output.Sha256)
                problems.Add(Problem.Error(ReturnedCodes.RunShortlist, ReturnedTexts.RunShortlistChanged(Manifest.FileName), origin));
            var (table, tableProblems) = CsvTable.Read(bytes, output.File);
            if (table is null || tableProblems.Any(p => p.IsError))
            {
                problems.Add(Problem.Error(ReturnedCodes.RunShortlist, ReturnedTexts.RunShortlistNotCsv(string.Join("; ", tableProblems.Where(p => p.IsError).Select(p => p.ToString()))), origin));
                continue;
            }
            var shortlist = Make(table, output.File, problems);
            if (shortlist is not null && !shortlists.TryAdd(shortlist.Statsforvalter, shortlist))
                problems.Add(Problem.Error(ReturnedCodes.RunShortlist, ReturnedTexts.RunShortlistSecond(shortlist.Statsforvalter, shortlists[shortlist.Statsforvalter].File), origin));
        }
        return shortlists;
    }

    private static RunShortlist? Make(CsvTable table, string file, List<Problem> problems)
    {
        int Key(string key) => table.Headers.ToList().FindIndex(h => ShortlistColumns.PrefixKey(h) == key);
        var statsforvalter = table.Headers.ToList().FindIndex(h => string.Equals(h, Statsforvalter, StringComparison.OrdinalIgnoreCase));
        var needed = new (string Name, int Index)[]
        {
            ("Kommunenummer", Key(Shortlists.Kommunenummer)),
            ("Kommunenavn", table.Headers.ToList().FindIndex(h => string.Equals(h, "Kommunenavn", StringComparison.OrdinalIgnoreCase))),
            ("Rute", Key(Shortlists.Rute)),
            ("Prioritet", Key(Shortlists.Prioritet)),
            ("Begrunnelse", Key(Shortlists.Begrunnelse)),
            ("Kjøring", Key(Shortlists.Kjoring)),
            (Statsforvalter, statsforvalter),
        };
        if (needed.FirstOrDefault(n => n.Index < 0) is { Name: { } missing })
        {
            problems.Add(Problem.Error(ReturnedCodes.RunShortlist, ReturnedTexts.RunShortlistNoColumn(missing), new Origin(file, 0)));
            return null;
        }
        if (table.Rows.Count == 0)
        {
            problems.Add(Problem.Error(ReturnedCodes.RunShortlist, ReturnedTexts.RunShortlistNoRows, new Origin(file, 0)));
            return null;
        }
        var byKommune = new Dictionary<KommuneNr, CsvRow>();
        foreach (var row in table.Rows)
        {
            var nr = KommuneNr.Parse(row[needed[0].Index]);
            if (!nr.Success || !byKommune.TryAdd(nr.Value, row))
            {
                problems.Add(Problem.Error(ReturnedCodes.RunShortlist, ReturnedTexts.RunShortlistBadKommune(row[needed[0].Index]), new Origin(file, row.Line)));
                return null;
            }
        }
        return new RunShortlist
        {
            Statsforvalter = table.Rows[0][statsforvalter],
            File = file,
            Headers = table.Headers,
            Rows = table.Rows,
            KommuneColumn = needed[0].Index,
            NameColumn = needed[1].Index,
            RouteColumn = needed[2].Index,
            ByKommune = byKommune,
        };
    }
}
