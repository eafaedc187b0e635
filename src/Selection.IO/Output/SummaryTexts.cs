using System.Globalization;
using System.Resources;
using Selection.IO.Texts;

namespace Selection.IO.Output;

/// <summary>
/// The texts of the run summary (<see cref="RunSummary"/>), from <c>SummaryTexts.resx</c> (bokmål) and
/// <c>SummaryTexts.en.resx</c>. Each member is named like its resource key.
/// </summary>
public sealed class SummaryTexts(CultureInfo language) : ResourceTexts(Manager, language)
{
    private static readonly ResourceManager Manager = new("Selection.IO.Output.SummaryTexts", typeof(SummaryTexts).Assembly);

    public string IllustrativeNotice(string rules, string provenance) => Format([rules, provenance]);
    public string SyntheticNotice(string dataSet) => Format([dataSet]);
    public string Rules(string name, int version, string source, int structure) => Format([name, version, source, structure]);
    public string RulesPreset(string name) => Format([name]);
    public string Data(string name) => Format([name]);
    public string Source(string file, int rows, int used, string format, string ignored) => Format([file, rows, used, format, ignored]);
    public string SourceIgnored(string list) => Format([list]);
    public string SourceIgnoredRows(int rows, string reason) => Format([rows, reason]);
    public string Window(string years, int count, string last) => Format([years, count, last], count == 1 ? nameof(WindowOne) : nameof(WindowMany));
    public string WindowLastFromRules(string last) => Format([last]);
    public string WindowLastOverridden(string last, string rules) => Format([last, rules]);
    public string Limits(int count, int fromData, int computed, string mode, string missing) => Format([count, fromData, computed, mode, missing]);
    public string LimitsMissing(string list) => Format([list]);
    public string ModeDataOrPupilWeightedMean => Get();
    public string ModePupilWeightedMean => Get();
    public string ModeSchoolMean => Get();
    public string Schools(int count) => Format([count]);
    public string Ranked(int ranked, int flagged, int cut, string share, int rankable) => Format([ranked, flagged, cut, share, rankable]);
    public string TieAtCut(int size, int rank, int extra) => Format([size, rank, extra]);
    public string ZeroShare(int count) => Format([count]);
    public string Excluded(int privat, int outside, string note) => Format([privat, outside, note]);
    public string ExcludedPrivateIncluded => Get();
    public string KommuneRows(int used, int read, int outsideWindow, int notUsed, int suppressed, int split, int merged) => Format([used, read, outsideWindow, notUsed, suppressed, split, merged]);
    public string ExcludedByRegister(int special, int inactive, int outsideGrunnskole) => Format([special, inactive, outsideGrunnskole]);
    public string NotRanked(int count, int minimum, int withoutData) => Format([count, minimum, withoutData]);
    public string Mapped(int count) => Format([count]);
    public string Observations(int read, int scored, int outside, int excluded, int missing, int withoutLimit, int notUsed) =>
        Format([read, scored, outside, excluded, missing, withoutLimit, notUsed]);
    public string Kommuner(int count, object structure, int ranked) => Format([count, structure, ranked]);
    public string Thin(int count, int minimum, string note) => Format([count, minimum, note]);
    public string InScheme(int count, int period, string kommuner) => Format([count, period, kommuner]);
    public string Cusp(int schools, int kommuner) => Format([schools, kommuner]);
    public string InSchemeKommune(string name, Core.KommuneNr nummer, int round) => Format([name, nummer, round]);
    public string ThinDefault => Get();
    public string Route1(int taken, int cut, string tie, string zero) => Format([taken, cut, tie, zero]);
    public string Route1Tie(int size, int rank, int extra, int cut) => Format([size, rank, extra, cut]);
    public string Route1Zero(int count) => Format([count]);
    public string Route1Kommune(object navn, object nummer, int? rank) => Format([navn, nummer, rank]);
    public string Route2(int candidates, string measure, string threshold, int max) => Format([candidates, measure, threshold, max]);
    public string SpreadSd => Get();
    public string SpreadRange => Get();
    public string SpreadMaxMinusMedian => Get();
    public string Shortlists(int count) => Format([count]);
    public string Warnings(int count) => Format([count]);

    // The one-form and many-form keys of Window (see the resource files).
    private const string WindowOne = nameof(WindowOne), WindowMany = nameof(WindowMany);
}
