using System.Globalization;
using System.Resources;
using Selection.Import.Recognition;
using Selection.Import.Sources;
using Selection.IO.Texts;

namespace Selection.Import;

/// <summary>
/// The texts of the import (messages, <c>import-logg.txt</c>, the summary), from <c>ImportTexts.resx</c> (bokmål)
/// and <c>ImportTexts.en.resx</c>. Each public member is named like its resource key.
/// </summary>
public sealed class ImportTexts(CultureInfo language) : ResourceTexts(Manager, language)
{
    private static readonly ResourceManager Manager = new("Selection.Import.ImportTexts", typeof(ImportTexts).Assembly);

    // Reading files
    public string FormatJson => Get();
    public string FormatParquet => Get();
    public string ExcelNotCsv => Get();
    public string JsonInvalid(string message, long line) => Format([message, line]);
    public string JsonNotATable => Get();
    public string JsonNotObjects => Get();
    public string YearCodeAmbiguous(string code) => Format([code]);
    public string YearCodeInvalid(string code) => Format([code]);
    public string FileLine(string file, string line) => Format([file, line]);

    // Problems and reasons rows are left out
    public string ReasonDuplicate(string where) => Format([where]);
    public string Conflict(string what, string where) => Format([what, where]);
    public string ReasonNoUnitId => Get();
    public string NotALevel => Get();
    public string UnitConflict(string id, string where) => Format([id, where]);
    public string ColumnMissing(string columns, string found) => Format([columns, found]);
    public string StandardDeviationRead(string header) => Format([header]);
    public string ReasonFilter(string header) => Format([header]);
    public string ReasonSingleQuestion => Get();
    public string ReasonNotAnIndicatorGroup(string name, string code) => Format([name, code.Length > 0 ? code : Get(nameof(NoCode))]);
    public string NoCode => Get();
    public string ReasonNotAGrade(string text) => Format([text]);
    public string ReasonGradeNotIndicator(int grade) => Format([grade]);
    public string ReasonNoValueColumn(string column) => Format([column]);
    public string FilterSummary(string header, string kept, string left) => Format([header, kept, left]);
    public string YearCodeMapped(string header, string code, string year) => Format([header, code, year]);
    public string ReasonFylke => Get();
    public string ReasonNationalWithoutValue => Get();
    public string NationalMapped(string indicator) => Format([indicator]);
    public string WhatNational(string indicator, string year) => Format([indicator, year]);
    public string ReasonNotAKommune(string text) => Format([text]);
    public string ReasonOutsideKommuner(string kommune) => Format([kommune]);
    public string KommuneMapped(string indicator) => Format([indicator]);
    public string WhatKommune(string kommune, string indicator, string year) => Format([kommune, indicator, year]);
    public string ReasonNotAnOrgNr(string text) => Format([text]);
    public string WhatSchool(string orgnr, string year, int grade, string what) => Format([orgnr, year, grade, what]);
    public string OutOfRange(string min, string max) => Format([min, max]);
    public string NoUnitTable(string header) => Format([header]);
    public string ReportColumnIgnored(string header) => Format([header]);
    public string ReportColumnMapped(string header, string year, string measure) => Format([header, year, measure]);
    public string ReportColumnPreliminary(string header) => Format([header]);
    public string ReasonNotATest(string text) => Format([text]);
    public string TestMapped(string text, string fag) => Format([text, fag]);
    public string ReasonEmptyYear(string year) => Format([year]);
    public string UnitsUnknown(int count, string ids, string files) => Format([count, ids, files.Length > 0 ? files : "–"]);
    public string ReasonNoIndicator(string fag) => Format([fag]);
    public string ColumnMapped(string header, string target) => Format([header, target]);
    public string OwnerFormMapped(string columns) => Format([columns]);
    public string NotABoolean => Get();
    public string NotAGradeValue => Get();
    public string NotACountValue => Get();
    public string ReasonNotASchool(string header) => Format([header]);
    public string ReasonNoName => Get();
    public string OwnerFormBoth(string isPublic, string isPrivate) => Format([isPublic, isPrivate]);
    public string ReasonNoOwnerForm => Get();
    public string GradesReversed(int from, int to) => Format([from, to]);
    public string WhatRegister(string orgnr) => Format([orgnr]);
    public string NationalValueMissing => Get();

    // The folder, the sources, what is missing
    public string FolderIsAFile(string folder) => Format([folder]);
    public string FolderMissing(string folder) => Format([folder]);
    public string SkippedFolder(string name) => Format([name]);
    public string SkippedHidden(string name) => Format([name]);
    public string SkippedLog(string name) => Format([name]);
    public string NothingToImport(string folder) => Format([folder]);
    public string TwoCanonicalFiles(string table, string first, string second) => Format([table, first, second]);
    public string CanonicalMerged(string table, string exports) => Format([table, exports]);
    public string TwoSources(string table, string file, string exports) => Format([table, file, exports]);
    public string CanonicalPassedOn(string file, string output) => Format([file, output]);
    public string TableMissing(string table, string sources) => Format([table, sources]);
    public string UnknownFileYear(string header, string error) => Format([header, error]);
    public string UnknownFileNamedLikeTable(string table, string missing, string columns) => Format([table, missing, columns]);
    public string UnknownFile(string columns, string shapes) => Format([columns, shapes]);
    public string ShapesExpected => Get();

    // datasett.json and the summary
    public string DescriptionImported(string folder, string tables) => Format([folder, tables]);
    public string SourceImported(string folder, string files) => Format([folder, files]);
    public string SourceCarried(string source) => Format([source]);
    public string RetrievedCarried(string file) => Format([file]);
    public string RetrievedFromName(string file) => Format([file]);
    public string RetrievedFromModified(string file) => Format([file]);
    public string SummaryFiles(int files, string folder) => Format([files, folder]);
    public string SummaryTable(string file, int rows, string from) => Format([file.PadRight(22), rows.ToString(CultureInfo.InvariantCulture).PadLeft(7), from]);
    public string SummaryLeftOut(int rows, string log) => Format([Rows(rows), log]);
    public string SummaryLog(string log) => Format([log]);
    public string SummarySynthetic => Get();

    // import-logg.txt
    public string LogTitle(string folder) => Format([folder]);
    public string LogNote => Get();
    public string LogFilesHeading => Get();
    public string LogFile(string file, string kind, string columns, string format, int rows, int used) => Format([file, kind, columns, format, Rows(rows), used]);
    public string LogLeftOut(int rows, string reason, int line) => Format([Rows(rows), reason, line]);
    public string LogCarriedInfo(string file) => Format([file]);
    public string LogTablesHeading => Get();
    public string LogTable(string file, int rows, string from) => Format([file, Rows(rows), from]);
    public string LogCountsDiffering(int rows) => Format([Rows(rows)]);
    public string LogGroupsWithoutRow(int cells) => Format([Count(cells, "CellsOne", "CellsMany")]);
    public string LogRetrieved(string how) => Format([how]);
    public string LogTallyHeading => Get();
    public string TallyTable => Get();
    public string TallyYear => Get();
    public string TallyRows => Get();
    public string TallyValues => Get();
    public string TallySuppressed => Get();
    public string TallyNoData => Get();
    public string TallyAbsent => Get();
    public string LogAbsentNote => Get();
    public string LogUnitsHeading(int units, string files) => Format([units, files]);
    public string LogUnit(string id, string kind, string code, string name, string where, string usedIn) => Format([id, kind, code, name, where, usedIn]);

    /// <summary>"1 rad", "2 rader" (keys <c>RowsOne</c>, <c>RowsMany</c>).</summary>
    internal string Rows(int count) => Count(count, "RowsOne", "RowsMany");

    /// <summary>What a file was recognised as (key <c>Kind&lt;kind&gt;</c>).</summary>
    internal string KindName(FileKind kind) => Get("Kind" + kind);

    public string KindCanonical(string table) => Format([table]);

    /// <summary>A report measure in words (key <c>Measure&lt;measure&gt;</c>).</summary>
    internal string MeasureName(Measure measure) => Get("Measure" + measure);

    /// <summary>
    /// How a question group was mapped, for the log (key <c>Group&lt;how&gt;</c>): code, name, the canonical column, and
    /// for a learned code where it was first mapped by its name.
    /// </summary>
    internal string GroupMapped(GroupMapping how, string code, string name, string column, string learnedAt) =>
        string.Format(CultureInfo.InvariantCulture, Get("Group" + how), code.Length > 0 ? code : Get(nameof(NoCode)), name, column, learnedAt);

    /// <summary>Which exports give a table, for the message that it is missing (key <c>Sources&lt;table&gt;</c>).</summary>
    internal string TableSources(string table) => Get("Sources" + table);
}
