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
    public static Command Create(TextWriter output, TextWriter error)
    {
        var @out = new Option<string>("--out") { Description = "The folder to write the data set into.", Required = true };
        var seed = new Option<int>("--seed") { Description = $"The seed of the generator (default {SampleDataGenerator.DefaultSeed}).", DefaultValueFactory = _ => SampleDataGenerator.DefaultSeed };
        var force = new Option<bool>("--force") { Description = "Replace --out if it holds an earlier output of `selection sample` (never anything else)." };
        var command = new Command("sample", "Write a synthetic national data set (all 357 kommuner, about 2,800 schools, four school years).") { @out, seed, force };
        command.SetAction(parsed =>
        {
            var (target, outCode) = CommandOutput.Open(new OutputRequest("sample", parsed.GetRequiredValue(@out), parsed.GetValue(force), []), error);
            if (target is null)
                return outCode;
            using (target)
            {
                var data = SampleDataGenerator.Generate(parsed.GetValue(seed));
                var code = target.Write(folder => SampleDataGenerator.WriteTo(data, folder));
                if (code != ExitCodes.Success)
                    return code;
                target.Print(output, [$"Wrote a SYNTHETIC data set (seed {data.Seed}): {data.Schools.Count} schools to {target.Target}"]);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
