namespace Selection.IO.Validation;

/// <summary>
/// What each kind of problem means, for the headings of a grouped report: its title in the language of
/// the command (<see cref="ProblemKindTitles"/>).
/// </summary>
public static class ProblemKinds
{
    private static readonly Dictionary<string, Func<string>> Titles = new(StringComparer.Ordinal)
    {
        ["data-folder-missing"] = () => ProblemKindTitles.DataFolderMissing,
        ["file-missing"] = () => ProblemKindTitles.FileMissing,
        ["file-twice"] = () => ProblemKindTitles.FileTwice,
        ["file-unreadable"] = () => ProblemKindTitles.FileUnreadable,
        ["csv-malformed"] = () => ProblemKindTitles.CsvMalformed,
        ["csv-no-header"] = () => ProblemKindTitles.CsvNoHeader,
        ["csv-extra-fields"] = () => ProblemKindTitles.CsvExtraFields,
        ["column-missing"] = () => ProblemKindTitles.ColumnMissing,
        ["column-twice"] = () => ProblemKindTitles.ColumnTwice,
        ["value-invalid"] = () => ProblemKindTitles.ValueInvalid,
        ["value-missing"] = () => ProblemKindTitles.ValueMissing,
        ["value-out-of-range"] = () => ProblemKindTitles.ValueOutOfRange,
        ["duplicate-row"] = () => ProblemKindTitles.DuplicateRow,
        ["duplicate-conflict"] = () => ProblemKindTitles.DuplicateConflict,
        ["school-not-in-register"] = () => ProblemKindTitles.SchoolNotInRegister,
        ["school-without-data"] = () => ProblemKindTitles.SchoolWithoutData,
        ["kommune-split"] = () => ProblemKindTitles.KommuneSplit,
        ["kommune-unknown"] = () => ProblemKindTitles.KommuneUnknown,
        ["json-syntax"] = () => ProblemKindTitles.JsonSyntax,
        ["json-shape"] = () => ProblemKindTitles.JsonShape,
        ["json-type"] = () => ProblemKindTitles.JsonType,
        ["json-unknown-key"] = () => ProblemKindTitles.JsonUnknownKey,
        ["rules-json"] = () => ProblemKindTitles.RulesJson,
        ["rules-invalid"] = () => ProblemKindTitles.RulesInvalid,
        ["rules-not-found"] = () => ProblemKindTitles.RulesNotFound,
        ["rules-unreadable"] = () => ProblemKindTitles.RulesUnreadable,
        ["csv-short-row"] = () => ProblemKindTitles.CsvShortRow,
        ["column-unnamed"] = () => ProblemKindTitles.ColumnUnnamed,
        ["encoding-mixed"] = () => ProblemKindTitles.EncodingMixed,
        ["value-control-character"] = () => ProblemKindTitles.ValueControlCharacter,
        ["value-scale"] = () => ProblemKindTitles.ValueScale,
        ["source-empty"] = () => ProblemKindTitles.SourceEmpty,
        ["school-year-out-of-line"] = () => ProblemKindTitles.SchoolYearOutOfLine,
        ["no-data"] = () => ProblemKindTitles.NoData,
        ["no-data-in-window"] = () => ProblemKindTitles.NoDataInWindow,
        ["window-outside-data"] = () => ProblemKindTitles.WindowOutsideData,
        ["window-year-without-data"] = () => ProblemKindTitles.WindowYearWithoutData,
        ["returned-folder"] = () => ProblemKindTitles.ReturnedFolder,
        ["returned-run-shortlist"] = () => ProblemKindTitles.ReturnedRunShortlist,
        ["returned-file-ignored"] = () => ProblemKindTitles.ReturnedFileIgnored,
        ["returned-file-twice"] = () => ProblemKindTitles.ReturnedFileTwice,
        ["returned-file-duplicate"] = () => ProblemKindTitles.ReturnedFileDuplicate,
        ["returned-no-rows"] = () => ProblemKindTitles.ReturnedNoRows,
        ["returned-other-run"] = () => ProblemKindTitles.ReturnedOtherRun,
        ["returned-unknown-statsforvalter"] = () => ProblemKindTitles.ReturnedUnknownStatsforvalter,
        ["returned-column-extra"] = () => ProblemKindTitles.ReturnedColumnExtra,
        ["returned-cell-changed"] = () => ProblemKindTitles.ReturnedCellChanged,
        ["returned-row-missing"] = () => ProblemKindTitles.ReturnedRowMissing,
        ["returned-row-added"] = () => ProblemKindTitles.ReturnedRowAdded,
        ["returned-row-twice"] = () => ProblemKindTitles.ReturnedRowTwice,
        ["returned-priority-invalid"] = () => ProblemKindTitles.ReturnedPriorityInvalid,
        ["returned-priority-route1"] = () => ProblemKindTitles.ReturnedPriorityRoute1,
    };

    /// <summary>Every code that has a title, so a test can check that every code the engine raises has one.</summary>
    public static IReadOnlyCollection<string> Codes => Titles.Keys;

    public static string Title(string code) => Titles.TryGetValue(code, out var title) ? title() : code;
}
