using Selection.Core;
using Selection.IO;
using Selection.IO.Csv;
using Selection.IO.Input;
using Selection.IO.Parquet;

namespace Selection.Import.Reading;

/// <summary>A file of the export folder, read: its bytes (a canonical table is passed on as they are) and its table.</summary>
public sealed record ReadFile(string Name, byte[] Bytes, ExportTable Table)
{
    /// <summary>The file's extension, lower case, with the dot (<c>.csv</c>, <c>.parquet</c>, <c>.json</c>).</summary>
    public string Extension => Path.GetExtension(Name).ToLowerInvariant();
}

/// <summary>
/// Reads the files of an export folder: CSV (any separator, encoding and dialect the canonical reader takes:
/// <see cref="CsvTable"/>), JSON (<see cref="JsonTables"/>) and Parquet (a canonical table only). Every file is read
/// through <see cref="InputFile"/>, so only regular files of bounded size are opened, and nothing is ever written.
/// </summary>
public static class ExportFiles
{
    /// <summary>What the folder holds that the import does not read: hidden files (a name starting with <c>.</c>) and folders.</summary>
    public static bool IsSkipped(string path, out bool isFolder)
    {
        isFolder = InputFile.KindOf(path) == PathKind.Folder;
        return isFolder || Path.GetFileName(path).StartsWith('.');
    }

    /// <summary>Reads <paramref name="path"/>; a file that cannot be read as a table is a problem naming it.</summary>
    public static ReadFile? Read(string path, string name, ImportTexts texts, List<Problem> problems)
    {
        var (bytes, error) = InputFile.ReadAll(path);
        if (bytes is null)
        {
            problems.Add(Problem.Error("import-unreadable", InputFile.Unreadable(error!), new Origin(name, 0)));
            return null;
        }
        var extension = Path.GetExtension(name).ToLowerInvariant();
        switch (extension)
        {
            case ".json":
            {
                var (table, jsonError) = JsonTables.Read(bytes, name, texts.FormatJson, texts);
                if (table is null)
                {
                    problems.Add(Problem.Error("import-unreadable", jsonError!, new Origin(name, 0)));
                    return null;
                }
                return new ReadFile(name, bytes, table);
            }
            case ".parquet":
            {
                var (table, parquetProblems) = ParquetTables.Read(bytes, name);
                problems.AddRange(parquetProblems);
                if (table is null)
                    return null;
                return new ReadFile(name, bytes, new ExportTable(name, texts.FormatParquet, table.Headers, table.Rows.Select(r => new ExportRow(r.Line, r.Fields)).ToArray(), isJson: false));
            }
            case ".xlsx" or ".xls" or ".xlsm":
                problems.Add(Problem.Error("import-unreadable", texts.ExcelNotCsv, new Origin(name, 0)));
                return null;
            default:
            {
                var (csv, csvProblems) = CsvTable.Read(bytes, name);
                problems.AddRange(csvProblems);
                if (csv is null || csvProblems.Any(p => p.IsError))
                    return null;
                var format = SourceTable.CsvFormat(csv.Encoding, csv.Separator);
                return new ReadFile(name, bytes, new ExportTable(name, format, csv.Headers, csv.Rows.Select(r => new ExportRow(r.Line, r.Fields)).ToArray(), isJson: false));
            }
        }
    }
}
