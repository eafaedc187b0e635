namespace Selection.Proposal.Returned;

/// <summary>
/// The problem codes of returned shortlists (titles in <see cref="Selection.IO.Validation.ProblemKinds"/>).
/// Unreadable files, missing columns, columns given twice, unreadable kommunenummer and control
/// characters use the codes the data checks use: <c>file-unreadable</c>, <c>column-missing</c>,
/// <c>column-twice</c>, <c>value-invalid</c>, <c>value-control-character</c>.
/// </summary>
public static class ReturnedCodes
{
    public const string Folder = "returned-folder";
    public const string RunShortlist = "returned-run-shortlist";
    public const string FileIgnored = "returned-file-ignored";
    public const string FileTwice = "returned-file-twice";
    public const string FileDuplicate = "returned-file-duplicate";
    public const string NoRows = "returned-no-rows";
    public const string OtherRun = "returned-other-run";
    public const string UnknownStatsforvalter = "returned-unknown-statsforvalter";
    public const string ColumnExtra = "returned-column-extra";
    public const string CellChanged = "returned-cell-changed";
    public const string RowMissing = "returned-row-missing";
    public const string RowAdded = "returned-row-added";
    public const string RowTwice = "returned-row-twice";
    public const string PriorityInvalid = "returned-priority-invalid";
    public const string PriorityRoute1 = "returned-priority-route1";

    // Codes shared with the data checks.
    public const string FileUnreadable = "file-unreadable";
    public const string ColumnMissing = "column-missing";
    public const string ColumnTwice = "column-twice";
    public const string ValueInvalid = "value-invalid";
    public const string ControlCharacter = "value-control-character";
}
