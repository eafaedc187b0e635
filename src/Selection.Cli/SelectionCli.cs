using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Selection.Cli.Commands;

namespace Selection.Cli;

/// <summary>
/// The command line of DOMAIN §11. Builds the commands, pins the culture so that no output depends on
/// the machine's regional settings, and turns every failure into a message and an exit code.
/// </summary>
public static class SelectionCli
{
    /// <summary>The root command with every subcommand, for the program and for tests that check options exist.</summary>
    public static RootCommand CreateRootCommand(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Selection: picks the kommuner for Udir's oppfølgingsordningen (DOMAIN.md).");
        root.Add(RunCommand.Create(output, error));
        root.Add(ValidateCommand.Create(output, error));
        root.Add(ExplainCommand.Create(output, error));
        root.Add(ProposeCommand.Create(output, error));
        root.Add(VerifyCommand.Create(output, error));
        root.Add(RulesCommand.Create(output, error));
        root.Add(ConvertCommand.Create(output, error));
        root.Add(SampleCommand.Create(output, error));
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var root = CreateRootCommand(output, error);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var e in parsed.Errors)
                    error.WriteLine($"error: {e.Message}");
                error.WriteLine("Run 'selection --help' to see the commands and their options.");
                return ExitCodes.UsageError;
            }
            // No option of this command line takes an empty text: an empty path (a script's unset
            // variable) is a usage error naming the option, not a fault deep in a file-system call.
            var empty = parsed.CommandResult.Children.OfType<OptionResult>()
                .Where(o => o.Tokens.Count > 0 && o.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
                .Select(o => o.Option.Name)
                .ToArray();
            if (empty.Length > 0)
            {
                foreach (var name in empty)
                    error.WriteLine($"error: {name} is empty; give it a value");
                error.WriteLine("Run 'selection --help' to see the commands and their options.");
                return ExitCodes.UsageError;
            }
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            error.WriteLine("This is a fault in the engine, not in your input. Please report it with the command line you ran.");
            if (Environment.GetEnvironmentVariable("SELECTION_DEBUG") == "1")
                error.WriteLine(e.ToString());
            return ExitCodes.InternalError;
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
