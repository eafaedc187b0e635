using Selection.Core;
using Selection.Core.Texts;

namespace Selection.Proposal.Returned;

/// <summary>
/// The problems found in the returned shortlists and in the run's own shortlists they are checked
/// against, from <c>ReturnedTexts.resx</c> (bokmål) and <c>ReturnedTexts.en.resx</c> (English).
/// </summary>
public static class ReturnedTexts
{
    private static readonly Catalog Texts = new("Selection.Proposal.Returned.ReturnedTexts", typeof(ReturnedTexts).Assembly);

    // ReturnedFileCheck

    /// <summary><c>the run has no shortlist to check the file against</c></summary>
    public static string NoShortlistToCheck => Texts.Get(nameof(NoShortlistToCheck));

    /// <summary><c>the file has no kommune rows, only its header</c></summary>
    public static string NoRows => Texts.Get(nameof(NoRows));

    /// <summary><c>the row has no run id; every row must carry this run's id {0}</c></summary>
    public static string NoRunId(string runId) => Texts.Format(nameof(NoRunId), runId);

    /// <summary><c>the file belongs to run {0}, not to this run {1}</c></summary>
    public static string OtherRun(string other, string runId) => Texts.Format(nameof(OtherRun), other, runId);

    /// <summary><c>the file is for {0}, which has no shortlist in this run (it has shortlists for {1})</c></summary>
    public static string UnknownStatsforvalter(string named, string known) => Texts.Format(nameof(UnknownStatsforvalter), named, known);

    /// <summary><c>the file is for no statsforvalter, which has no shortlist in this run (it has shortlists for {0})</c></summary>
    public static string NoStatsforvalter(string known) => Texts.Format(nameof(NoStatsforvalter), known);

    /// <summary><c>the file holds rows of {0} statsforvaltere ({1}); send one file per statsforvalter</c></summary>
    public static string SeveralStatsforvaltere(int count, string list) => Texts.Format(nameof(SeveralStatsforvaltere), count, list);

    /// <summary><c>{0} from line {1}</c>: one statsforvalter of <see cref="SeveralStatsforvaltere"/>.</summary>
    public static string StatsforvalterFromLine(string statsforvalter, int line) => Texts.Format(nameof(StatsforvalterFromLine), statsforvalter, line);

    /// <summary><c>'{0}'</c> (bokmål <c>«{0}»</c>): a name or a file in a list.</summary>
    public static string Quoted(string text) => Texts.Format(nameof(Quoted), text);

    /// <summary><c>the file has no column '{0}' (the run's shortlist has it); put it back as it was</c></summary>
    public static string ColumnMissing(string header) => Texts.Format(nameof(ColumnMissing), header);

    /// <summary><c>{0} columns are the run's column '{1}': {2}; keep one</c></summary>
    public static string ColumnTwice(int count, string header, string columns) => Texts.Format(nameof(ColumnTwice), count, header, columns);

    /// <summary><c>'{0}' (column {1})</c>: one column of <see cref="ColumnTwice"/>.</summary>
    public static string ColumnAt(string header, int number) => Texts.Format(nameof(ColumnAt), header, number);

    /// <summary><c>the column '{0}' is not in the run's shortlist and holds text (line {1}); write comments in Begrunnelse and remove the column</c></summary>
    public static string ColumnExtra(string name, int? line) => Texts.Format(nameof(ColumnExtra), name, line);

    /// <summary><c>kommune {0} is in the file twice (lines {1} and {2})</c></summary>
    public static string RowTwice(KommuneNr kommune, int first, int second) => Texts.Format(nameof(RowTwice), kommune, first, second);

    /// <summary><c>kommune {0} is not on the run's shortlist for {1}</c></summary>
    public static string RowAdded(KommuneNr kommune, string statsforvalter) => Texts.Format(nameof(RowAdded), kommune, statsforvalter);

    /// <summary><c>'{0}' differs from the run's '{1}'</c></summary>
    public static string CellChanged(string returned, string run) => Texts.Format(nameof(CellChanged), returned, run);

    /// <summary><c>kommune {0} is on route {1}: its priority is ignored (route 1 kommuner are taken in any case)</c></summary>
    public static string PriorityRoute1(KommuneNr kommune, int route) => Texts.Format(nameof(PriorityRoute1), kommune, route);

    /// <summary><c>the priority must be a whole number, 1 or more (1 = highest), or empty</c></summary>
    public static string PriorityInvalid => Texts.Get(nameof(PriorityInvalid));

    /// <summary><c>kommune {0} {1} is missing from the returned file (it is on the run's shortlist)</c></summary>
    public static string RowMissing(KommuneNr kommune, string name) => Texts.Format(nameof(RowMissing), kommune, name);

    /// <summary><c>the cell holds the control character U+{0}; remove it</c>, the code in four hex digits.</summary>
    public static string ControlCharacter(string code) => Texts.Format(nameof(ControlCharacter), code);

    // ReturnedShortlists

    /// <summary><c>the same file as '{0}', byte for byte: counted once</c></summary>
    public static string FileDuplicate(string first) => Texts.Format(nameof(FileDuplicate), first);

    /// <summary><c>{0} sent {1} different files: {2}; keep one in the folder</c></summary>
    public static string FileTwice(string statsforvalter, int count, string files) => Texts.Format(nameof(FileTwice), statsforvalter, count, files);

    /// <summary><c>the folder of returned shortlists does not exist</c></summary>
    public static string FolderMissing => Texts.Get(nameof(FolderMissing));

    /// <summary><c>the path of returned shortlists is not a folder</c></summary>
    public static string FolderNotAFolder => Texts.Get(nameof(FolderNotAFolder));

    /// <summary><c>the folder of returned shortlists cannot be read: {0}</c></summary>
    public static string FolderUnreadable(string reason) => Texts.Format(nameof(FolderUnreadable), reason);

    /// <summary><c>Excel's lock file for a workbook that is open: ignored (…)</c></summary>
    public static string LockFile => Texts.Get(nameof(LockFile));

    /// <summary><c>cannot read the file: a {0} workbook is not read; save it as .xlsx or as CSV (semikolondelt)</c></summary>
    public static string OtherSpreadsheet(string extension) => Texts.Format(nameof(OtherSpreadsheet), extension);

    /// <summary><c>a folder: ignored (only the .csv and .xlsx files in the folder itself are read)</c></summary>
    public static string SubfolderIgnored => Texts.Get(nameof(SubfolderIgnored));

    /// <summary><c>not a .csv or .xlsx file: ignored</c></summary>
    public static string NotCsvOrXlsx => Texts.Get(nameof(NotCsvOrXlsx));

    /// <summary><c>cannot read the file: {0}</c></summary>
    public static string FileUnreadable(string reason) => Texts.Format(nameof(FileUnreadable), reason);

    /// <summary><c>cannot read .xlsx here: save the workbook as CSV (semikolondelt), or read the folder with the xlsx reader</c></summary>
    public static string XlsxNotRead => Texts.Get(nameof(XlsxNotRead));

    /// <summary><c>the xlsx reader gave no table</c></summary>
    public static string XlsxNoTable => Texts.Get(nameof(XlsxNoTable));

    // RunShortlists

    /// <summary><c>the run's shortlist cannot be read: {0}</c></summary>
    public static string RunShortlistUnreadable(string reason) => Texts.Format(nameof(RunShortlistUnreadable), reason);

    /// <summary><c>the run's shortlist has changed since the run (its SHA-256 is not the one in {0}): …</c></summary>
    public static string RunShortlistChanged(string manifest) => Texts.Format(nameof(RunShortlistChanged), manifest);

    /// <summary><c>the run's shortlist cannot be read as CSV: {0}</c></summary>
    public static string RunShortlistNotCsv(string problems) => Texts.Format(nameof(RunShortlistNotCsv), problems);

    /// <summary><c>a second shortlist for {0} (the first is '{1}')</c></summary>
    public static string RunShortlistSecond(string statsforvalter, string first) => Texts.Format(nameof(RunShortlistSecond), statsforvalter, first);

    /// <summary><c>the run's shortlist has no column {0}: it is not a shortlist this engine writes (…)</c></summary>
    public static string RunShortlistNoColumn(string column) => Texts.Format(nameof(RunShortlistNoColumn), column);

    /// <summary><c>the run's shortlist has no rows</c></summary>
    public static string RunShortlistNoRows => Texts.Get(nameof(RunShortlistNoRows));

    /// <summary><c>the run's shortlist has a kommunenummer that is not one, or twice: '{0}'</c></summary>
    public static string RunShortlistBadKommune(string value) => Texts.Format(nameof(RunShortlistBadKommune), value);
}
