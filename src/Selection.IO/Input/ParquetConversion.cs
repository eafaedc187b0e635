using Selection.IO.Csv;
using Selection.IO.Parquet;

namespace Selection.IO.Input;

/// <summary>
/// Writes a data folder's tables as Parquet with the same columns, typed: identifiers and text as
/// strings, grades and pupil counts as 32-bit integers, measured values as doubles; a suppressed or
/// empty cell is null (Parquet has no marks: read back, such a null counts as suppressed, so the run's
/// <c>antall_uten_data</c> becomes <c>antall_prikket</c>). Known columns get their canonical names (<c>skoleaar</c> for <c>Skoleår</c>);
/// other columns are kept as text under their own names. Only a data set without errors is converted:
/// validate it first.
/// </summary>
public static class ParquetConversion
{
    /// <summary>How a column's cells are read before they are written.</summary>
    private enum CellKind
    {
        Text,
        Grade,
        Count,
        Value,
    }

    private static readonly Dictionary<string, CellKind> Kinds = new(StringComparer.Ordinal)
    {
        ["orgnr"] = CellKind.Text,
        ["skolenavn"] = CellKind.Text,
        ["kommunenummer"] = CellKind.Text,
        ["eierform"] = CellKind.Text,
        ["trinn_fra"] = CellKind.Grade,
        ["trinn_til"] = CellKind.Grade,
        ["skoleaar"] = CellKind.Text,
        ["trinn"] = CellKind.Grade,
        ["fag"] = CellKind.Text,
        ["indikator"] = CellKind.Text,
        ["mobbing"] = CellKind.Value,
        ["stotte_fra_laerer"] = CellKind.Value,
        ["motivasjon"] = CellKind.Value,
        ["andel_mestringsniva_1"] = CellKind.Value,
        ["grunnskolepoeng"] = CellKind.Value,
        ["verdi"] = CellKind.Value,
        ["antall_besvart"] = CellKind.Count,
        ["antall_elever"] = CellKind.Count,
    };

    private static ParquetColumnType TypeOf(CellKind kind) => kind switch
    {
        CellKind.Text => ParquetColumnType.String,
        CellKind.Grade or CellKind.Count => ParquetColumnType.Int32,
        _ => ParquetColumnType.Double,
    };

    /// <summary>Converts one table; returns the Parquet file's columns and rows.</summary>
    /// <exception cref="InvalidDataException">A cell does not parse, or a column has no name or a repeated one: see <see cref="Prepare"/>.</exception>
    public static (IReadOnlyList<ParquetColumn> Columns, IReadOnlyList<object?[]> Rows) Convert(SourceTable table)
    {
        var problems = new List<Core.Problem>();
        var converted = Convert(table, problems, []);
        return converted is null
            ? throw new InvalidDataException(string.Join("; ", problems))
            : (converted.Columns, converted.Rows);
    }

    /// <summary>
    /// The columns of a table as Parquet names them. Parquet needs a distinct name per column, where
    /// CSV does not (and <c>run</c> reads only the columns it knows): an unnamed column that is empty
    /// throughout (Excel's trailing separator) is left out and said so in <paramref name="leftOut"/>;
    /// an unnamed column with values, or two columns of one name, is a problem naming the file and
    /// the columns, never a fault.
    /// </summary>
    private static ConvertedTable? Convert(SourceTable table, List<Core.Problem> problems, List<string> leftOut)
    {
        var kinds = new List<(int Index, string Name, CellKind Kind)>();
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var header = table.Headers[i];
            if (header.Length == 0)
            {
                var withValue = table.Rows.FirstOrDefault(r => r[i].Length > 0);
                if (withValue is null)
                {
                    leftOut.Add(InputTexts.LeftOutColumn(table.File, i + 1));
                    continue;
                }
                problems.Add(Core.Problem.Error(
                    "column-unnamed",
                    InputTexts.ColumnUnnamed(i + 1),
                    new Core.Origin(table.File, withValue.Line), $"{i + 1}", withValue[i]));
                continue;
            }
            var canonical = Kinds.Keys.FirstOrDefault(k => ColumnNames.Same(k, header));
            kinds.Add((i, canonical ?? header, canonical is null ? CellKind.Text : Kinds[canonical]));
        }
        foreach (var twice in kinds.GroupBy(k => ColumnNames.Key(k.Name)).Where(g => g.Count() > 1))
            problems.Add(Core.Problem.Error(
                "column-twice",
                InputTexts.ColumnTwiceForParquet(twice.First().Name, twice.Count(), InputTexts.AndList(twice.Select(k => k.Index + 1))),
                new Core.Origin(table.File, 1), twice.First().Name));
        if (problems.Count > 0)
            return null;
        var columns = kinds.Select(k => new ParquetColumn(k.Name, TypeOf(k.Kind))).ToArray();
        var rows = table.Rows.Select(row => kinds.Select(k => Cell(k.Kind, row[k.Index], table.File, row.Line, k.Name)).ToArray()).ToArray();
        return new ConvertedTable(table.File, columns, rows);
    }

    /// <summary>One table ready to be written as Parquet.</summary>
    public sealed record ConvertedTable(string File, IReadOnlyList<ParquetColumn> Columns, IReadOnlyList<object?[]> Rows);

    /// <summary>A data folder ready to be written as Parquet: every table converted, or the problems that stop it.</summary>
    public sealed record PreparedConversion(LoadedDataSet Data, IReadOnlyList<ConvertedTable> Tables, IReadOnlyList<Core.Problem> Problems, IReadOnlyList<string> LeftOut)
    {
        public bool HasErrors => Problems.Any(p => p.IsError);
    }

    /// <summary>Reads and converts every table of a checked data set, before anything is written.</summary>
    public static PreparedConversion Prepare(LoadedDataSet data)
    {
        var problems = new List<Core.Problem>();
        var leftOut = new List<string>();
        var tables = new List<ConvertedTable>();
        foreach (var file in data.Files.Where(f => !f.Equals(DataSetReader.DatasettJson, StringComparison.OrdinalIgnoreCase)))
        {
            var table = DataSetReader.ReadTable(Path.Combine(data.Folder, file), file, problems);
            if (table is null)
                continue;
            try
            {
                if (Convert(table, problems, leftOut) is { } converted)
                    tables.Add(converted);
            }
            catch (InvalidDataException e)
            {
                problems.Add(Core.Problem.Error("value-invalid", e.Message, new Core.Origin(file, 0)));
            }
        }
        return new PreparedConversion(data, tables, problems, leftOut);
    }

    private static object? Cell(CellKind kind, string text, string file, int line, string column) => kind switch
    {
        CellKind.Text => text.Length == 0 ? null : text,
        CellKind.Grade => text.Length == 0 ? null : Checked(Cells.Trinn(text), file, line, column),
        CellKind.Count => Checked(Cells.Count(text), file, line, column),
        _ => Checked(Cells.Value(text), file, line, column) is { } value ? (double)value : null,
    };

    private static T Checked<T>(Core.ParseResult<T> parsed, string file, int line, string column) =>
        parsed.Success ? parsed.Value : throw new InvalidDataException(InputTexts.CellNotConverted(file, line, column, parsed.Error!));

    /// <summary>
    /// Writes every table of a prepared conversion as <c>&lt;name&gt;.parquet</c> into
    /// <paramref name="outFolder"/>, and copies <c>datasett.json</c>. Returns the files written.
    /// </summary>
    public static IReadOnlyList<string> WriteFolder(PreparedConversion prepared, string outFolder)
    {
        if (prepared.HasErrors)
            throw new InvalidOperationException("A conversion with problems is not written.");
        var written = new List<string>();
        foreach (var table in prepared.Tables)
        {
            var name = DataSetReader.DataFiles.Select(d => d.Name).First(n => ColumnNames.Same(n, Path.GetFileNameWithoutExtension(table.File)));
            ParquetTables.Write(Path.Combine(outFolder, name + ".parquet"), table.Columns, table.Rows);
            written.Add(name + ".parquet");
        }
        var info = prepared.Data.Files.FirstOrDefault(f => f.Equals(DataSetReader.DatasettJson, StringComparison.OrdinalIgnoreCase));
        if (info is not null)
        {
            var (bytes, error) = InputFile.ReadAll(Path.Combine(prepared.Data.Folder, info));
            File.WriteAllBytes(Path.Combine(outFolder, DataSetReader.DatasettJson), bytes ?? throw new IOException($"{info}: {error}"));
            written.Add(DataSetReader.DatasettJson);
        }
        return written;
    }
}
