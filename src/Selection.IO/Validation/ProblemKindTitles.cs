using Selection.Core.Texts;

namespace Selection.IO.Validation;

/// <summary>
/// The title of each kind of problem, for the headings of a grouped report (<see cref="ProblemKinds"/>), from
/// <c>ProblemKindTitles.resx</c> (bokmål) and <c>ProblemKindTitles.en.resx</c>, in the language of the command
/// (<see cref="Catalog"/>). Each member is named like its problem code, in Pascal case.
/// </summary>
public static class ProblemKindTitles
{
    private static readonly Catalog Texts = new("Selection.IO.Validation.ProblemKindTitles", typeof(ProblemKindTitles).Assembly);

    /// <summary><c>data-folder-missing</c>: The data folder does not exist</summary>
    public static string DataFolderMissing => Texts.Get(nameof(DataFolderMissing));
    /// <summary><c>file-missing</c>: Required files that are missing</summary>
    public static string FileMissing => Texts.Get(nameof(FileMissing));
    /// <summary><c>file-twice</c>: Inputs given twice</summary>
    public static string FileTwice => Texts.Get(nameof(FileTwice));
    /// <summary><c>file-unreadable</c>: Files that cannot be read</summary>
    public static string FileUnreadable => Texts.Get(nameof(FileUnreadable));
    /// <summary><c>csv-malformed</c>: Malformed CSV</summary>
    public static string CsvMalformed => Texts.Get(nameof(CsvMalformed));
    /// <summary><c>csv-no-header</c>: Files without a header row</summary>
    public static string CsvNoHeader => Texts.Get(nameof(CsvNoHeader));
    /// <summary><c>csv-extra-fields</c>: Rows with more fields than the header</summary>
    public static string CsvExtraFields => Texts.Get(nameof(CsvExtraFields));
    /// <summary><c>column-missing</c>: Required columns that are missing</summary>
    public static string ColumnMissing => Texts.Get(nameof(ColumnMissing));
    /// <summary><c>column-twice</c>: Columns given twice</summary>
    public static string ColumnTwice => Texts.Get(nameof(ColumnTwice));
    /// <summary><c>value-invalid</c>: Cells that cannot be read</summary>
    public static string ValueInvalid => Texts.Get(nameof(ValueInvalid));
    /// <summary><c>value-missing</c>: Cells that must have a value</summary>
    public static string ValueMissing => Texts.Get(nameof(ValueMissing));
    /// <summary><c>value-out-of-range</c>: Values outside their scale</summary>
    public static string ValueOutOfRange => Texts.Get(nameof(ValueOutOfRange));
    /// <summary><c>duplicate-row</c>: Duplicate rows (identical, counted once)</summary>
    public static string DuplicateRow => Texts.Get(nameof(DuplicateRow));
    /// <summary><c>duplicate-conflict</c>: Duplicate rows with different content</summary>
    public static string DuplicateConflict => Texts.Get(nameof(DuplicateConflict));
    /// <summary><c>school-not-in-register</c>: Data for schools that are not in skoler</summary>
    public static string SchoolNotInRegister => Texts.Get(nameof(SchoolNotInRegister));
    /// <summary><c>school-without-data</c>: Schools in skoler without any data</summary>
    public static string SchoolWithoutData => Texts.Get(nameof(SchoolWithoutData));
    /// <summary><c>kommune-split</c>: Schools in a kommune that was split</summary>
    public static string KommuneSplit => Texts.Get(nameof(KommuneSplit));
    /// <summary><c>kommune-unknown</c>: Unknown kommunenummer</summary>
    public static string KommuneUnknown => Texts.Get(nameof(KommuneUnknown));
    /// <summary><c>json-syntax</c>: Invalid JSON</summary>
    public static string JsonSyntax => Texts.Get(nameof(JsonSyntax));
    /// <summary><c>json-shape</c>: JSON of the wrong shape</summary>
    public static string JsonShape => Texts.Get(nameof(JsonShape));
    /// <summary><c>json-type</c>: JSON values of the wrong type</summary>
    public static string JsonType => Texts.Get(nameof(JsonType));
    /// <summary><c>json-unknown-key</c>: Unknown JSON keys</summary>
    public static string JsonUnknownKey => Texts.Get(nameof(JsonUnknownKey));
    /// <summary><c>rules-json</c>: Invalid rules file</summary>
    public static string RulesJson => Texts.Get(nameof(RulesJson));
    /// <summary><c>rules-invalid</c>: Rules-file keys that cannot be used</summary>
    public static string RulesInvalid => Texts.Get(nameof(RulesInvalid));
    /// <summary><c>rules-not-found</c>: Rules that cannot be found</summary>
    public static string RulesNotFound => Texts.Get(nameof(RulesNotFound));
    /// <summary><c>rules-unreadable</c>: Rules files that cannot be read</summary>
    public static string RulesUnreadable => Texts.Get(nameof(RulesUnreadable));
    /// <summary><c>csv-short-row</c>: Rows with fewer fields than the header</summary>
    public static string CsvShortRow => Texts.Get(nameof(CsvShortRow));
    /// <summary><c>column-unnamed</c>: Columns without a name</summary>
    public static string ColumnUnnamed => Texts.Get(nameof(ColumnUnnamed));
    /// <summary><c>encoding-mixed</c>: Files in two encodings</summary>
    public static string EncodingMixed => Texts.Get(nameof(EncodingMixed));
    /// <summary><c>value-control-character</c>: Cells with control characters</summary>
    public static string ValueControlCharacter => Texts.Get(nameof(ValueControlCharacter));
    /// <summary><c>value-scale</c>: Values on another scale</summary>
    public static string ValueScale => Texts.Get(nameof(ValueScale));
    /// <summary><c>source-empty</c>: Sources without data the rules use</summary>
    public static string SourceEmpty => Texts.Get(nameof(SourceEmpty));
    /// <summary><c>school-year-out-of-line</c>: School years out of line with the data</summary>
    public static string SchoolYearOutOfLine => Texts.Get(nameof(SchoolYearOutOfLine));
    /// <summary><c>no-data</c>: No data</summary>
    public static string NoData => Texts.Get(nameof(NoData));
    /// <summary><c>no-data-in-window</c>: No data that counts</summary>
    public static string NoDataInWindow => Texts.Get(nameof(NoDataInWindow));
    /// <summary><c>window-outside-data</c>: A window outside the data</summary>
    public static string WindowOutsideData => Texts.Get(nameof(WindowOutsideData));
    /// <summary><c>window-year-without-data</c>: Window years without data</summary>
    public static string WindowYearWithoutData => Texts.Get(nameof(WindowYearWithoutData));
    /// <summary><c>returned-folder</c>: The folder of returned shortlists cannot be used</summary>
    public static string ReturnedFolder => Texts.Get(nameof(ReturnedFolder));
    /// <summary><c>returned-run-shortlist</c>: The run's own shortlists that cannot be used</summary>
    public static string ReturnedRunShortlist => Texts.Get(nameof(ReturnedRunShortlist));
    /// <summary><c>returned-file-ignored</c>: Files in the returned folder that are not read</summary>
    public static string ReturnedFileIgnored => Texts.Get(nameof(ReturnedFileIgnored));
    /// <summary><c>returned-file-twice</c>: Statsforvaltere who sent two different files</summary>
    public static string ReturnedFileTwice => Texts.Get(nameof(ReturnedFileTwice));
    /// <summary><c>returned-file-duplicate</c>: Returned files sent twice (identical, counted once)</summary>
    public static string ReturnedFileDuplicate => Texts.Get(nameof(ReturnedFileDuplicate));
    /// <summary><c>returned-no-rows</c>: Returned files without kommune rows</summary>
    public static string ReturnedNoRows => Texts.Get(nameof(ReturnedNoRows));
    /// <summary><c>returned-other-run</c>: Returned files from another run</summary>
    public static string ReturnedOtherRun => Texts.Get(nameof(ReturnedOtherRun));
    /// <summary><c>returned-unknown-statsforvalter</c>: Returned files of a statsforvalter without a shortlist in this run</summary>
    public static string ReturnedUnknownStatsforvalter => Texts.Get(nameof(ReturnedUnknownStatsforvalter));
    /// <summary><c>returned-column-extra</c>: Columns added to a returned shortlist</summary>
    public static string ReturnedColumnExtra => Texts.Get(nameof(ReturnedColumnExtra));
    /// <summary><c>returned-cell-changed</c>: Cells changed in a returned shortlist (only Prioritet and Begrunnelse may change)</summary>
    public static string ReturnedCellChanged => Texts.Get(nameof(ReturnedCellChanged));
    /// <summary><c>returned-row-missing</c>: Kommuner missing from a returned shortlist</summary>
    public static string ReturnedRowMissing => Texts.Get(nameof(ReturnedRowMissing));
    /// <summary><c>returned-row-added</c>: Kommuner added to a returned shortlist</summary>
    public static string ReturnedRowAdded => Texts.Get(nameof(ReturnedRowAdded));
    /// <summary><c>returned-row-twice</c>: Kommuner twice in a returned shortlist</summary>
    public static string ReturnedRowTwice => Texts.Get(nameof(ReturnedRowTwice));
    /// <summary><c>returned-priority-invalid</c>: Priorities that cannot be read</summary>
    public static string ReturnedPriorityInvalid => Texts.Get(nameof(ReturnedPriorityInvalid));
    /// <summary><c>returned-priority-route1</c>: Priorities on route-1 kommuner (ignored)</summary>
    public static string ReturnedPriorityRoute1 => Texts.Get(nameof(ReturnedPriorityRoute1));
}
