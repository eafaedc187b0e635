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
        var force = new Option<bool>("--force") { Description = "Replace --out if it exists." };
        var command = new Command("sample", "Write a synthetic national data set (all 357 kommuner, about 2,800 schools, four school years).") { @out, seed, force };
        command.SetAction(parsed =>
        {
            var folder = parsed.GetRequiredValue(@out);
            var (staging, problem) = OutputStaging.Begin(folder, parsed.GetValue(force));
            if (staging is null)
            {
                error.WriteLine($"error: {problem!.Message}");
                return ExitCodes.OutputError;
            }
            using (staging)
            {
                var data = SampleDataGenerator.Generate(parsed.GetValue(seed));
                SampleDataGenerator.WriteTo(data, staging.Folder);
                staging.Commit();
                output.WriteLine($"Wrote a SYNTHETIC data set (seed {data.Seed}): {data.Schools.Count} schools to {Path.GetFullPath(folder)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
