using System.CommandLine;
using System.CommandLine.Parsing;
using Selection.Core;
using Selection.Import.Exports;
using Selection.IO.Output;
using Selection.SampleData;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection sample</c>: writes the synthetic national data set (the committed <c>sample-data/</c> is
/// <c>selection sample --out sample-data --force</c>). The same seed gives byte-identical files.
/// </summary>
/// <remarks>
/// <c>--from</c>/<c>--to</c> choose the school years (default 2020-21 to 2023-24, the one not given keeps its
/// default); either of them turns on the national tests' scale break of 2022, which shows when the years
/// reach before 2022-23 (<c>sample-data/historikk</c> is <c>--from 2016-17 --to 2024-25</c>). Without them the
/// output is the default data set, byte for byte.
/// </remarks>
public static class SampleCommand
{
    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var @out = new Option<string>("--out") { Description = texts.SampleOut, HelpName = texts.FolderName, Required = true };
        var seed = new Option<int>("--seed") { Description = texts.SampleSeed, HelpName = texts.NumberName, DefaultValueFactory = _ => SampleDataGenerator.DefaultSeed };
        var scale = new Option<int>("--scale") { Description = texts.SampleScale, HelpName = texts.NumberName, DefaultValueFactory = _ => 1 };
        scale.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < 1 || value > SampleDataGenerator.MaxScale)
                result.AddError(texts.SampleScaleOutOfRange(value, SampleDataGenerator.MaxScale));
        });
        var from = YearOption("--from", texts.SampleFrom, SampleYears.Default.First, texts);
        var to = YearOption("--to", texts.SampleTo, SampleYears.Default.Last, texts);
        var udirExports = new Option<bool>("--udir-exports") { Description = texts.SampleUdirExports };
        var force = RunCommand.ForceOption("sample", texts);
        var command = new Command("sample", texts.SampleDescription) { @out, seed, scale, from, to, udirExports, force };
        // Only when both years are good (each option reports its own problem) and each was given once.
        command.Validators.Add(result =>
        {
            var first = Year(result.GetResult(from), SampleYears.Default.First);
            var last = Year(result.GetResult(to), SampleYears.Default.Last);
            if (first is not null && last is not null && first > last)
                result.AddError(texts.SampleFromAfterTo(first, last, new SchoolYear(SampleYears.Default.First), new SchoolYear(SampleYears.Default.Last)));
        });
        command.SetAction(parsed =>
        {
            var (target, outCode) = CommandOutput.Open(new OutputRequest("sample", parsed.GetRequiredValue(@out), parsed.GetValue(force), []), error, texts);
            if (target is null)
                return outCode;
            using (target)
            {
                var (givenFrom, givenTo) = (parsed.GetValue(from), parsed.GetValue(to));
                var years = new SampleYears(
                    givenFrom is null ? SampleYears.Default.First : SchoolYear.Parse(givenFrom).Value.StartYear,
                    givenTo is null ? SampleYears.Default.Last : SchoolYear.Parse(givenTo).Value.StartYear);
                var scaleBreak = givenFrom is not null || givenTo is not null;
                var data = SampleDataGenerator.Generate(parsed.GetValue(seed), parsed.GetValue(scale), years, scaleBreak);
                IReadOnlyList<string> exports = [];
                var code = parsed.GetValue(udirExports)
                    ? target.Write(folder => exports = WriteAsUdirExports(data, folder))
                    : target.Write(folder => SampleDataGenerator.WriteTo(data, folder));
                if (code != ExitCodes.Success)
                    return code;
                target.Print(output, [texts.SampleWrote(data.Seed, data.Schools.Count, target.Target), .. exports.Count > 0 ? [texts.SampleWroteExports(string.Join(", ", exports))] : Array.Empty<string>()]);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The data set as Udir's exports (<see cref="UdirExports"/>): written as canonical tables into a hidden folder of the
    /// staging folder, turned into the exports beside it, and the canonical tables removed again.
    /// </summary>
    private static IReadOnlyList<string> WriteAsUdirExports(SampleDataSet data, string folder)
    {
        var canonical = Path.Combine(folder, ".kanonisk");
        SampleDataGenerator.WriteTo(data, canonical);
        var written = UdirExports.Write(canonical, folder);
        Directory.Delete(canonical, recursive: true);
        return written;
    }

    /// <summary>
    /// <c>--from</c> or <c>--to</c>: a school year in any spelling the data accepts (<see cref="SchoolYear.Parse"/>),
    /// from 2010-11 to 2030-31. An empty value is left to the command line's check for empty options.
    /// </summary>
    private static Option<string?> YearOption(string name, string description, int defaultYear, Texts texts)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = texts.SchoolYearName }
            .WithDefault(new SchoolYear(defaultYear).ToString());
        option.Validators.Add(result =>
        {
            if (result.Tokens is not [var token] || string.IsNullOrWhiteSpace(token.Value))
                return;
            var parsed = SchoolYear.Parse(token.Value);
            if (!parsed.Success)
                result.AddError(name + ": " + parsed.Error);
            else if (parsed.Value.StartYear is < SampleYears.Earliest or > SampleYears.Latest)
                result.AddError(texts.SampleYearOutOfRange(name, parsed.Value, new SchoolYear(SampleYears.Earliest), new SchoolYear(SampleYears.Latest)));
        });
        return option;
    }

    /// <summary>The school year an option gives: its default when not given, null when given but not one good value.</summary>
    private static SchoolYear? Year(OptionResult? result, int defaultYear)
    {
        if (result is null)
            return new SchoolYear(defaultYear);
        if (result.Tokens is not [var token])
            return null;
        var parsed = SchoolYear.Parse(token.Value);
        return parsed.Success && parsed.Value.StartYear is >= SampleYears.Earliest and <= SampleYears.Latest ? parsed.Value : null;
    }
}
