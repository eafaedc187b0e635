using System.Globalization;
using System.Resources;
using Selection.Core;
using Selection.Core.Rules;
using Selection.IO.Texts;

namespace Selection.Sweep;

/// <summary>The texts of a sweep (its refusals of <c>--vary</c> and its summary), from <c>SweepTexts.resx</c> (bokmål) and <c>SweepTexts.en.resx</c>.</summary>
public sealed class SweepTexts(CultureInfo language) : ResourceTexts(Manager, language)
{
    private static readonly ResourceManager Manager = new("Selection.Sweep.SweepTexts", typeof(SweepTexts).Assembly);

    // --vary
    public string Vary(string vary, string message) => Format([vary, message]);
    public string VaryForm(string vary) => Format([vary]);
    public string KeyUnknown(string key, string known) => Format([key, known]);
    public string IndicatorKeys => Get();
    public string KeyCase(string key, string close) => Format([key, close]);
    public string KeyIndicator(string key, string message) => Format([key, message]);
    public string WeightNoYear => Get();
    public string NotANumber(string text) => Format([text]);
    public string WholeKey(string key, string value) => Format([key, value]);
    public string StepNotPositive => Get();
    public string FromAfterTo(string from, string to) => Format([from, to]);
    public string NotWholeSteps(string from, string to, string step) => Format([from, to, step]);
    public string TooManyValues(string values, int max) => Format([values, max]);
    public string NoAxis => Get();
    public string TooManyAxes(int count, int max) => Format([count, max]);
    public string KeyTwice(string key) => Format([key]);
    public string TooManyPoints(long points, int max) => Format([points, max]);
    public string IndicatorNotUsed(string key, string code) => Format([key, code]);
    public string FloorByPeriod(string key, string code, string periods, string example) => Format([key, code, periods, example]);
    public string PeriodUntil(string value, SchoolYear until) => Format([value, until]);
    public string PeriodFrom(string value, SchoolYear from) => Format([value, from]);
    public string PeriodBetween(string value, SchoolYear from, SchoolYear until) => Format([value, from, until]);
    public string ValuesRefused(int refused, int values, string first, string message) => Format([refused, values, first, message]);

    // The summary
    public string Header(string axes, int points) => Format([axes, points]);
    public string AxisText(string key, string from, string to, string step, int values) => Format([key, from, to, step, values]);
    public string Illustrative(string rules) => Format([rules]);
    public string Base(string rules, string values, string window) => Format([rules, values, window]);
    public string Counts(int flagged, int route1, int route2, int selected) => Format([flagged, route1, route2, selected]);
    public string PointsTitle => Get();
    public string TableColumns => Get();
    public string ChangesTitle => Get();
    public string NoChanges => Get();
    public string ChangeLine(string point, string kommuner) => Format([point, kommuner]);
    public string KommuneIn(string name, KommuneNr nummer, int route) => Format([name, nummer, route]);
    public string KommuneOut(string name, KommuneNr nummer) => Format([name, nummer]);
    public string More(int count) => Format([count]);
    public string Same(int same, int points) => Format([same, points]);
    public string Furthest(string point, string jaccard, int entered, int left) => Format([point, jaccard, entered, left]);
    public string Steps(string key, string steps) => Format([key, steps]);
    public string Step(string value, int entered, int left, string before) => Format([value, entered, left, before]);
    public string NoSteps(string key) => Format([key]);

    /// <summary>Floors by period as a message names them: <c>35.0 til og med 2021-22, 40.0 fra 2022-23</c>.</summary>
    internal string Periods(FloorSchedule floors) => string.Join(", ", floors.Periods.Select(p =>
    {
        var value = p.Value.ToString(CultureInfo.InvariantCulture);
        return p switch
        {
            { From: null, Until: { } u } => PeriodUntil(value, u),
            { From: { } f, Until: null } => PeriodFrom(value, f),
            { From: { } f, Until: { } u } => PeriodBetween(value, f, u),
            _ => value,
        };
    }));
}
