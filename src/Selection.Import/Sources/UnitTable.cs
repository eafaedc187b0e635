using System.Globalization;
using Selection.Core;
using Selection.Import.Reading;
using Selection.Import.Recognition;

namespace Selection.Import.Sources;

/// <summary>The levels of the statistics bank's units (its <c>EnhetNivaa</c> and <c>nivaa</c>).</summary>
public enum UnitLevel
{
    /// <summary>The root of the unit tree, above the country (a unit list's level 0).</summary>
    Root = 0,

    National = 1,

    Fylke = 2,

    Kommune = 3,

    School = 4,
}

/// <summary>One unit of the statistics bank: its id, level, code (an orgnr for a school, a kommunenummer for a kommune) and name.</summary>
public sealed record Unit(string Id, UnitLevel Level, string Code, string Name, Origin Origin);

/// <summary>
/// The statistics bank's units, as its <c>filterVerdier</c> lists them (<c>EnhetID</c>: <c>id</c>, <c>kode</c>,
/// <c>navn</c>, <c>nivaa</c>), from a CSV or JSON unit table: the wide reports name their rows by unit id, and this
/// table says which school or kommune an id is.
/// </summary>
public sealed class UnitTable
{
    private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);

    /// <summary>The files the units came from.</summary>
    public List<string> Files { get; } = [];

    public int Count => _units.Count;

    public bool TryGet(string id, out Unit unit) => _units.TryGetValue(id.Trim(), out unit!);

    /// <summary>Reads a unit table into the context's <see cref="ImportContext.Units"/>.</summary>
    public static void Read(ExportTable table, ImportContext context, FileLog log)
    {
        var texts = context.Texts;
        int id = table.Column(Columns.UnitTableId), code = table.Column(Columns.UnitCode), level = table.Column(Columns.UnitLevel), name = table.Column(Columns.UnitName);
        var units = context.Units;
        units.Files.Add(table.File);
        foreach (var row in table.Rows)
        {
            var origin = new Origin(table.File, row.Line);
            var idText = row[id];
            if (idText.Length == 0)
            {
                log.Leave(texts.ReasonNoUnitId, row.Line);
                continue;
            }
            if (!TryLevel(row[level], out var unitLevel))
            {
                context.Error("import-value", texts.NotALevel, origin, table.Header(level), row[level]);
                continue;
            }
            var unit = new Unit(idText, unitLevel, row[code], row[name], origin);
            if (units._units.TryGetValue(idText, out var earlier))
            {
                if (earlier with { Origin = default } == unit with { Origin = default })
                    log.Leave(texts.ReasonDuplicate(context.Where(earlier.Origin)), row.Line);
                else
                    context.Error("import-conflict", texts.UnitConflict(idText, context.Where(earlier.Origin)), origin, table.Header(id), idText);
                continue;
            }
            units._units.Add(idText, unit);
            log.RowsUsed++;
        }
    }

    /// <summary>A level as the statistics bank writes it: 0 to 4.</summary>
    public static bool TryLevel(string text, out UnitLevel level)
    {
        level = UnitLevel.Root;
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 0 or > 4)
            return false;
        level = (UnitLevel)n;
        return true;
    }
}
