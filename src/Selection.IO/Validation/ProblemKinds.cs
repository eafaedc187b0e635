namespace Selection.IO.Validation;

/// <summary>What each kind of problem means, for the headings of a grouped report.</summary>
public static class ProblemKinds
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["data-folder-missing"] = "The data folder does not exist",
        ["file-missing"] = "Required files that are missing",
        ["file-twice"] = "Inputs given twice",
        ["file-unreadable"] = "Files that cannot be read",
        ["csv-malformed"] = "Malformed CSV",
        ["csv-no-header"] = "Files without a header row",
        ["csv-extra-fields"] = "Rows with more fields than the header",
        ["column-missing"] = "Required columns that are missing",
        ["column-twice"] = "Columns given twice",
        ["value-invalid"] = "Cells that cannot be read",
        ["value-missing"] = "Cells that must have a value",
        ["value-out-of-range"] = "Values outside their scale",
        ["duplicate-row"] = "Duplicate rows (identical, counted once)",
        ["duplicate-conflict"] = "Duplicate rows with different content",
        ["school-not-in-register"] = "Data for schools that are not in skoler",
        ["school-without-data"] = "Schools in skoler without any data",
        ["kommune-split"] = "Schools in a kommune that was split",
        ["kommune-unknown"] = "Unknown kommunenummer",
        ["json-syntax"] = "Invalid JSON",
        ["json-shape"] = "JSON of the wrong shape",
        ["json-type"] = "JSON values of the wrong type",
        ["json-unknown-key"] = "Unknown JSON keys",
        ["rules-json"] = "Invalid rules file",
        ["rules-invalid"] = "Rules-file keys that cannot be used",
        ["rules-not-found"] = "Rules that cannot be found",
        ["rules-unreadable"] = "Rules files that cannot be read",
        ["csv-short-row"] = "Rows with fewer fields than the header",
        ["column-unnamed"] = "Columns without a name",
        ["encoding-mixed"] = "Files in two encodings",
        ["value-control-character"] = "Cells with control characters",
        ["value-scale"] = "Values on another scale",
        ["source-empty"] = "Sources without data the rules use",
        ["school-year-out-of-line"] = "School years out of line with the data",
        ["no-data"] = "No data",
        ["no-data-in-window"] = "No data that counts",
        ["window-outside-data"] = "A window outside the data",
        ["window-year-without-data"] = "Window years without data",
        ["returned-folder"] = "The folder of returned shortlists cannot be used",
        ["returned-run-shortlist"] = "The run's own shortlists that cannot be used",
        ["returned-file-ignored"] = "Files in the returned folder that are not read",
        ["returned-file-twice"] = "Statsforvaltere who sent two different files",
        ["returned-file-duplicate"] = "Returned files sent twice (identical, counted once)",
        ["returned-no-rows"] = "Returned files without kommune rows",
        ["returned-other-run"] = "Returned files from another run",
        ["returned-unknown-statsforvalter"] = "Returned files of a statsforvalter without a shortlist in this run",
        ["returned-column-extra"] = "Columns added to a returned shortlist",
        ["returned-cell-changed"] = "Cells changed in a returned shortlist (only Prioritet and Begrunnelse may change)",
        ["returned-row-missing"] = "Kommuner missing from a returned shortlist",
        ["returned-row-added"] = "Kommuner added to a returned shortlist",
        ["returned-row-twice"] = "Kommuner twice in a returned shortlist",
        ["returned-priority-invalid"] = "Priorities that cannot be read",
        ["returned-priority-route1"] = "Priorities on route-1 kommuner (ignored)",
    };

    /// <summary>Every code that has a title, so a test can check that every code the engine raises has one.</summary>
    public static IReadOnlyCollection<string> Codes => Titles.Keys;

    public static string Title(string code) => Titles.TryGetValue(code, out var title) ? title : code;
}
