using Selection.Core.Texts;

namespace Selection.IO.Runs;

/// <summary>
/// Why a check of <c>verify</c> on a run's manifest failed (<see cref="ManifestChecks"/>), from
/// <c>ManifestCheckTexts.resx</c> (bokmål) and <c>ManifestCheckTexts.en.resx</c>, in the language of the
/// command (<see cref="Catalog"/>). Manifest keys, column names and their values (<c>true</c>, <c>rangert</c>)
/// stay as the files write them.
/// </summary>
public static class ManifestCheckTexts
{
    private static readonly Catalog Texts = new("Selection.IO.Runs.ManifestCheckTexts", typeof(ManifestCheckTexts).Assembly);

    // The rules
    public static string RulesTextMissing => Texts.Get(nameof(RulesTextMissing));

    /// <summary><c>the manifest says {0}, but the SHA-256 of the rules text it records (rules.text) is {1}</c>; {0} may be <see cref="Nothing"/>.</summary>
    public static string RulesShaDiffers(string recorded, string actual) => Texts.Format(nameof(RulesShaDiffers), recorded, actual);

    /// <summary>What the manifest says when it records no value: <c>nothing</c>.</summary>
    public static string Nothing => Texts.Get(nameof(Nothing));

    public static string RulesTextInvalid(string problem) => Texts.Format(nameof(RulesTextInvalid), problem);
    public static string RulesTextInvalidMore(string problem, int more) => Texts.Format(nameof(RulesTextInvalidMore), problem, more);
    public static string RulesContentMissing => Texts.Get(nameof(RulesContentMissing));
    public static string RulesContentDiffers => Texts.Get(nameof(RulesContentDiffers));
    public static string RulesNameDiffers(string recorded, string rules) => Texts.Format(nameof(RulesNameDiffers), recorded, rules);

    /// <summary>The manifest's illustrative flag against rules whose provenance makes them illustrative.</summary>
    public static string IllustrativeDiffersIllustrative(string recorded, string provenance) => Texts.Format(nameof(IllustrativeDiffersIllustrative), recorded, provenance);

    /// <summary>The manifest's illustrative flag against rules whose provenance makes them official.</summary>
    public static string IllustrativeDiffersOfficial(string recorded, string provenance) => Texts.Format(nameof(IllustrativeDiffersOfficial), recorded, provenance);

    /// <summary><c>the manifest says {0}, but {1} is {2}</c>; {1} is <see cref="RulesKey"/> or a formula.</summary>
    public static string Disagrees(string recorded, string what, string expected) => Texts.Format(nameof(Disagrees), recorded, what, expected);

    /// <summary>A key of the rules: <c>the rules' topShare</c>.</summary>
    public static string RulesKey(string key) => Texts.Format(nameof(RulesKey), key);

    // Counts against the tables
    public static string CannotBeChecked(string problem) => Texts.Format(nameof(CannotBeChecked), problem);

    /// <summary><c>the manifest says {0}, but {1} has {2} {3}</c>; {3} says what was counted (<see cref="Rows"/>, <see cref="SchoolsWithStatus"/>, ...).</summary>
    public static string CountDiffers(string recorded, string file, int actual, string what) => Texts.Format(nameof(CountDiffers), recorded, file, actual, what);

    public static string Rows => Texts.Get(nameof(Rows));
    public static string SchoolsWithStatus(string status) => Texts.Format(nameof(SchoolsWithStatus), status);
    public static string SchoolsFlagged => Texts.Get(nameof(SchoolsFlagged));
    public static string SchoolsWithStatusAndNoPossiblePoints(string status) => Texts.Format(nameof(SchoolsWithStatusAndNoPossiblePoints), status);
    public static string KommunerRanked => Texts.Get(nameof(KommunerRanked));
    public static string KommunerOnRoute(int route) => Texts.Format(nameof(KommunerOnRoute), route);
    public static string TableNoColumn(string file, string column) => Texts.Format(nameof(TableNoColumn), file, column);

    // The notices
    /// <summary>The name of the check of the notices in a file: <c>sammendrag.txt: notices</c>.</summary>
    public static string NoticesCheck(string file) => Texts.Format(nameof(NoticesCheck), file);

    public static string ColumnDiffers(string flag, string expected, int wrong, int rows, string column, string found) =>
        Texts.Format(nameof(ColumnDiffers), flag, expected, wrong, rows, column, found);

    public static string MerknadLacking(string flag, string value, int wrong, int rows, string mark) => Texts.Format(nameof(MerknadLacking), flag, value, wrong, rows, mark);
    public static string MerknadCarried(string flag, string value, int wrong, int rows, string mark) => Texts.Format(nameof(MerknadCarried), flag, value, wrong, rows, mark);

    /// <summary><c>the manifest says {0} {1}, but {2} carries {3}</c>; {3} is <see cref="IllustrativeNotice"/> or <see cref="SyntheticNotice"/>.</summary>
    public static string NoticeCarried(string flag, string value, string file, string notice) => Texts.Format(nameof(NoticeCarried), flag, value, file, notice);

    /// <summary><c>the manifest says {0} {1}, but {2} does not carry {3}</c>.</summary>
    public static string NoticeNotCarried(string flag, string value, string file, string notice) => Texts.Format(nameof(NoticeNotCarried), flag, value, file, notice);

    /// <summary><c>the ILLUSTRATIVE RULES notice</c> (<see cref="Output.RunNotices.IllustrativeMark"/>), in either language of the summary.</summary>
    public static string IllustrativeNotice => Texts.Get(nameof(IllustrativeNotice));

    /// <summary><c>the SYNTHETIC DATA notice</c> (<see cref="Output.RunNotices.SyntheticMark"/>), in either language of the summary.</summary>
    public static string SyntheticNotice => Texts.Get(nameof(SyntheticNotice));

    // The run's id and the numbers
    public static string RunIdDiffers(string recorded, string expected) => Texts.Format(nameof(RunIdDiffers), recorded, expected);
    public static string NotWholeNumber => Texts.Get(nameof(NotWholeNumber));
}
