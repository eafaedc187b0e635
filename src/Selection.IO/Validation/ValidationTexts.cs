using Selection.Core.Texts;

namespace Selection.IO.Validation;

/// <summary>
/// The messages of the checks across a data set (<see cref="DataSetValidator"/>, <see cref="ScaleChecks"/>)
/// and the words of the <c>validate</c> report (<see cref="ValidationReportWriter"/>), from
/// <c>ValidationTexts.resx</c> (bokmål) and <c>ValidationTexts.en.resx</c>, in the language of the command
/// (<see cref="Catalog"/>). The titles of the kinds of problem are in <see cref="ProblemKindTitles"/>.
/// </summary>
public static class ValidationTexts
{
    private static readonly Catalog Texts = new("Selection.IO.Validation.ValidationTexts", typeof(ValidationTexts).Assembly);

    // DataSetValidator
    public static string ColumnMissingCarries(string column, string indicators, string whichTheRulesUse, string found) =>
        Texts.Format(nameof(ColumnMissingCarries), column, indicators, whichTheRulesUse, found);
    public static string WhichTheRulesUse => Texts.Get(nameof(WhichTheRulesUse));
    public static string NoDataForThoseIndicators(string message) => Texts.Format(nameof(NoDataForThoseIndicators), message);
    public static string HeaderOnlyRulesUse(string indicators) => Texts.Format(nameof(HeaderOnlyRulesUse), indicators);
    public static string HeaderOnlySourceOf(string indicators) => Texts.Format(nameof(HeaderOnlySourceOf), indicators);
    public static string NoIndicatorRowsRulesUse(int rows, string indicators) => Texts.Format(nameof(NoIndicatorRowsRulesUse), rows, indicators);
    public static string NoIndicatorRowsSourceOf(int rows, string indicators) => Texts.Format(nameof(NoIndicatorRowsSourceOf), rows, indicators);

    // ScaleChecks
    public static string ScaleFractions(int values, string column) => Texts.Format(nameof(ScaleFractions), values, column);
    public static string ScaleGradeMean(int values, string column) => Texts.Format(nameof(ScaleGradeMean), values, column);
    public static string ScaleNational(object indicator, object year, string mean, int schools, string measure) =>
        Texts.Format(nameof(ScaleNational), indicator, year, mean, schools, measure);

    // The problems, grouped by kind
    /// <summary>The heading of a kind of errors: <c>Invalid JSON (2 errors):</c>.</summary>
    public static string KindErrors(int count, string title) => Texts.Count(count, nameof(KindErrorsOne), nameof(KindErrors), title);
    /// <summary>The heading of a kind of warnings: <c>Unknown JSON keys (1 warning):</c>.</summary>
    public static string KindWarnings(int count, string title) => Texts.Count(count, nameof(KindWarningsOne), nameof(KindWarnings), title);
    public static string ErrorLine(string problem) => Texts.Format(nameof(ErrorLine), problem);
    public static string WarningLine(string problem) => Texts.Format(nameof(WarningLine), problem);
    public static string AndMore(int count) => Texts.Format(nameof(AndMore), count);

    // The text report of validate
    public static string DataFolder(string folder, string? name, string synthetic) => Texts.Format(nameof(DataFolder), folder, name, synthetic);
    public static string Synthetic => Texts.Get(nameof(Synthetic));
    public static string CheckedInNoRules(int structure) => Texts.Format(nameof(CheckedInNoRules), structure);
    public static string CheckedInRules(int structure, string rules) => Texts.Format(nameof(CheckedInRules), structure, rules);
    public static string Files => Texts.Get(nameof(Files));
    public static string SourcesHeading => Texts.Get(nameof(SourcesHeading));
    public static string NationalIndicators(int count) => Texts.Count(count, nameof(NationalIndicatorsOne), nameof(NationalIndicators));
    public static string Schools(int inRegister, int privat, string privateNote, int outsideKommune, int mapped, int withoutData) =>
        Texts.Format(nameof(Schools), inRegister, privat, privateNote, outsideKommune, mapped, withoutData);
    public static string PrivateIncluded => Texts.Get(nameof(PrivateIncluded));
    public static string PrivateLeftOut => Texts.Get(nameof(PrivateLeftOut));
    public static string Problems(int errors, int warnings) =>
        Texts.Format(nameof(Problems), Texts.Count(errors, nameof(ErrorsOne), nameof(ErrorsMany)), Texts.Count(warnings, nameof(WarningsOne), nameof(WarningsMany)));
    public static string ResultNotUsable => Texts.Get(nameof(ResultNotUsable));
    public static string ResultUsableWithWarnings => Texts.Get(nameof(ResultUsableWithWarnings));
    public static string ResultUsable => Texts.Get(nameof(ResultUsable));

    // The one-form keys of the counts above (a member's own key is its many-form), and the forms of the
    // counts of Problems (see the resource files).
    private const string KindErrorsOne = nameof(KindErrorsOne), KindWarningsOne = nameof(KindWarningsOne), NationalIndicatorsOne = nameof(NationalIndicatorsOne);
    private const string ErrorsOne = nameof(ErrorsOne), ErrorsMany = nameof(ErrorsMany), WarningsOne = nameof(WarningsOne), WarningsMany = nameof(WarningsMany);
}
