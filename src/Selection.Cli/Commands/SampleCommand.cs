using System.CommandLine;
using Selection.IO.Output;
using Selection.SampleData;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection sample</c>: writes the synthetic national data set (the committed <c>sample-data/</c> is
/// <c>selection sample --out sample-data --force</c>). The same seed gives byte-identical files.
/// </summary>
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
        var force = RunCommand.ForceOption("sample", texts);
        var command = new Command("sample", texts.SampleDescription) { @out, seed, scale, force };
        command.SetAction(parsed =>
        {
            var (target, outCode) = CommandOutput.Open(new OutputRequest("sample", parsed.GetRequiredValue(@out), parsed.GetValue(force), []), error, texts);
            if (target is null)
                return outCode;
            using (target)
            {
                var data = SampleDataGenerator.Generate(parsed.GetValue(seed), parsed.GetValue(scale));
                var code = target.Write(folder => SampleDataGenerator.WriteTo(data, folder));
                if (code != ExitCodes.Success)
                    return code;
                target.Print(output, [texts.SampleWrote(data.Seed, data.Schools.Count, target.Target)]);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
