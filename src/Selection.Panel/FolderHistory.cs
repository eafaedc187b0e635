using System.Globalization;
using System.Text;
using System.Text.Json;
using Selection.IO;
using Selection.IO.Csv;

namespace Selection.Panel;

/// <summary>
/// A kommune's history in a panel or a comparison folder (issue 12, item 6), read from the folder's own
/// tables: <c>panel_kommuner.csv</c> (every round, the kommune's predecessors in an older structure
/// included) or <c>endringer_kommuner.csv</c> (run A against run B, with why). Norwegian, like explain.
/// </summary>
public static class FolderHistory
{
    /// <summary>What a folder's manifest says it is: <c>panel</c>, <c>compare</c>, or <c>null</c> (a run, a proposal, or not ours).</summary>
    public static string? KindOf(string folder)
    {
        var path = Path.Combine(folder, "manifest.json");
        if (!File.Exists(path))
            return null;
        try
        {
            var (bytes, _) = InputFile.ReadAll(path, IO.Runs.RunFiles.ManifestLimit);
            if (bytes is null)
                return null;
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String
                ? kind.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The kommune's history in a panel, or the reason there is none (a missing table, an unknown kommune).</summary>
    public static (string? Text, string? Problem) Panel(string folder, string kommune)
    {
        var (table, problem) = Table(folder, PanelTables.KommunerTable + ".csv");
        if (table is null)
            return (null, problem);
        string Cell(CsvRow row, string column) => row[table.IndexOf(column)];
        var rows = table.Rows;
        var rounds = rows.Select(r => Cell(r, "runde")).Distinct().ToArray();
        var lastRound = rounds[^1];
        // The kommune in the last round's structure, by number or name.
        var inLast = rows.Where(r => Cell(r, "runde") == lastRound).ToArray();
        var match = inLast.FirstOrDefault(r => Cell(r, "kommunenummer") == kommune.Trim())
            ?? inLast.FirstOrDefault(r => string.Equals(Cell(r, "kommunenavn"), kommune.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
            return (null, $"kommunen «{kommune}» finnes ikke i den siste runden ({lastRound}) av panelet i {folder}; gi kommunenummeret eller navnet i den strukturen");
        var nummer = Cell(match, "kommunenummer");
        var history = rows.Where(r => Cell(r, "folges_som").Split(' ').Contains(nummer)).ToArray();

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Cell(match, "kommunenavn")} kommune ({nummer}) i panelet {folder}: {rounds.Length} runder, vinduer som slutter {rounds[0]} til {lastRound}\n\n");
        text.Append("Runde     Struktur  Kommune                          Andel     Rang  Rute  Valgt  Status\n");
        foreach (var r in history)
        {
            var route = Cell(r, "rute") switch { "1" => "1", "2" => "2 (" + Cell(r, "rute2_rekkefolge") + ")", _ => "–" };
            var share = Cell(r, "andel_risikopoeng");
            text.Append(CultureInfo.InvariantCulture,
                $"{Cell(r, "runde"),-10}{Cell(r, "kommunestruktur"),-10}{Cell(r, "kommunenummer") + " " + Cell(r, "kommunenavn"),-33}{(share.Length == 0 ? "–" : share.Replace('.', ',')),-10}{(Cell(r, "rang").Length == 0 ? "–" : Cell(r, "rang")),-6}{route,-6}{(Cell(r, "valgt") == "true" ? "ja" : "nei"),-7}{Cell(r, "status")}\n");
        }
        var taken = history.Where(r => Cell(r, "valgt") == "true").Select(r => Cell(r, "runde")).Distinct().Count();
        text.Append(CultureInfo.InvariantCulture, $"\nValgt (rute 1, eller blant de første route2Max på rute 2) i {taken} av {rounds.Length} runder.\n");
        var predecessors = history.Where(r => Cell(r, "kommunenummer") != nummer).Select(r => $"{Cell(r, "kommunenavn")} {Cell(r, "kommunenummer")} ({Cell(r, "kommunestruktur")})").Distinct().ToArray();
        if (predecessors.Length > 0)
            text.Append(CultureInfo.InvariantCulture, $"I eldre kommunestrukturer er kommunen fulgt fra {string.Join(", ", predecessors)} gjennom endringstabellene; en delt kommune står i historien til hver etterfølger.\n");
        text.Append("Hver runde forklart: selection explain --run <panel>/<runde> --kommune <kommunenummer i rundens struktur>.\n");
        return (text.ToString(), null);
    }

    /// <summary>The kommune in a comparison folder: run A against run B, and why it moved.</summary>
    public static (string? Text, string? Problem) Compare(string folder, string kommune)
    {
        var (table, problem) = Table(folder, "endringer_kommuner.csv");
        if (table is null)
            return (null, problem);
        string Cell(CsvRow row, string column) => row[table.IndexOf(column)];
        var rows = table.Rows.Where(r => Cell(r, "kommunenummer") == kommune.Trim() || Cell(r, "kommunenummer_a") == kommune.Trim() || Cell(r, "kommunenummer_b") == kommune.Trim()
            || string.Equals(Cell(r, "kommunenavn"), kommune.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
        if (rows.Length == 0)
            return (null, $"kommunen «{kommune}» finnes ikke i sammenligningen i {folder}");
        var text = new StringBuilder();
        foreach (var r in rows)
        {
            static string Route(string route) => route switch { "1" => "rute 1", "2" => "rute 2", _ => "ingen rute" };
            static string Rank(string rank) => rank.Length == 0 ? "ikke rangert" : "rang " + rank;
            text.Append(CultureInfo.InvariantCulture, $"{Cell(r, "kommunenavn")} ({Cell(r, "kommunenummer")}) i sammenligningen {folder}\n");
            text.Append(CultureInfo.InvariantCulture, $"  A: {(Cell(r, "kommunenummer_a").Length == 0 ? "ikke med" : $"{Cell(r, "kommunenummer_a")}, {Route(Cell(r, "rute_a"))}, {Rank(Cell(r, "rang_a"))}, andel {Cell(r, "andel_a").Replace('.', ',')}")}\n");
            text.Append(CultureInfo.InvariantCulture, $"  B: {(Cell(r, "kommunenummer_b").Length == 0 ? "ikke med" : $"{Cell(r, "kommunenummer_b")}, {Route(Cell(r, "rute_b"))}, {Rank(Cell(r, "rang_b"))}, andel {Cell(r, "andel_b").Replace('.', ',')}")}\n");
            text.Append(Cell(r, "endret") == "true" ? $"  Hvorfor: {Cell(r, "hvorfor")}\n" : "  Uendret mellom A og B.\n");
        }
        return (text.ToString(), null);
    }

    private static (CsvTable? Table, string? Problem) Table(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        var (bytes, error) = InputFile.ReadAll(path);
        if (bytes is null)
            return (null, $"{path}: {InputFile.Unreadable(error!)}");
        var (table, problems) = CsvTable.Read(bytes, file);
        if (table is null || problems.Any(p => p.IsError))
            return (null, $"{path}: {string.Join("; ", problems.Select(p => p.Message))}");
        return (table, null);
    }
}
