using Selection.IO.Csv;
using Selection.IO.Parquet;

namespace Selection.IO.Input;

/// <summary>
/// Writes a data folder's tables as Parquet with the same columns, typed: identifiers and text as
/// strings, grades and pupil counts as 32-bit integers, measured values as doubles; a suppressed or
/// empty cell is null. Known columns get their canonical names (<c>skoleaar</c> for <c>Skoleår</c>);
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
    public static (IReadOnlyList<ParquetColumn> Columns, IReadOnlyList<object?[]> Rows) Convert(SourceTable table)
    {
        var kinds = table.Headers.Select(h =>
        {
            var canonical = Kinds.Keys.FirstOrDefault(k => ColumnNames.Same(k, h));
            return (Name: canonical ?? h, Kind: canonical is null ? CellKind.Text : Kinds[canonical]);
        }).ToArray();
        var columns = kinds.Select(k => new ParquetColumn(k.Name, TypeOf(k.Kind))).ToArray();
        var rows = table.Rows.Select(row => kinds.Select((k, i) => Cell(k.Kind, row[i], table.File, row.Line, k.Name)).ToArray()).ToArray();
        return (columns, rows);
    }

    private static object? Cell(CellKind kind, string text, string file, int line, string column) => kind switch
    {
        CellKind.Text => text.Length == 0 ? null : text,
        CellKind.Grade => text.Length == 0 ? null : Checked(Cells.Trinn(text), file, line, column),
        CellKind.Count => Checked(Cells.Count(text), file, line, column),
        _ => Checked(Cells.Value(text), file, line, column) is { } value ? (double)value : null,
    };

    private static T Checked<T>(Core.ParseResult<T> parsed, string file, int line, string column) =>
        parsed.Success ? parsed.Value : throw new InvalidDataException($"{file} line {line}, column {column}: {parsed.Error}. Validate the data before converting it.");

    /// <summary>
    /// Writes every table of <paramref name="data"/> as <c>&lt;name&gt;.parquet</c> into
    /// <paramref name="outFolder"/>, and copies <c>datasett.json</c>. Returns the files written.
    /// </summary>
    public static IReadOnlyList<string> WriteFolder(LoadedDataSet data, string outFolder)
    {
        var written = new List<string>();
        foreach (var file in data.Files)
        {
            var source = Path.Combine(data.Folder, file);
            if (file.Equals(DataSetReader.DatasettJson, StringComparison.OrdinalIgnoreCase))
            {
                File.Copy(source, Path.Combine(outFolder, DataSetReader.DatasettJson));
                written.Add(DataSetReader.DatasettJson);
                continue;
            }
            var name = DataSetReader.DataFiles.Select(d => d.Name).First(n => ColumnNames.Same(n, Path.GetFileNameWithoutExtension(file)));
            var problems = new List<Core.Problem>();
            var table = DataSetReader.ReadTable(source, file, problems)
                        ?? throw new InvalidDataException($"{file}: {string.Join("; ", problems)}");
            var (columns, rows) = Convert(table);
            ParquetTables.Write(Path.Combine(outFolder, name + ".parquet"), columns, rows);
            written.Add(name + ".parquet");
        }
        return written;
    }
}
