using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Selection.Cli.Commands;
using Selection.IO.Texts;

namespace Selection.Cli;

/// <summary>
/// The command line of DOMAIN §11. Builds the commands in the chosen language, pins the culture so that
/// no output depends on the machine's regional settings, and turns every failure into a message and an
/// exit code.
/// </summary>
public static class SelectionCli
{
    /// <summary>The global option that picks the language people read: <c>nb</c> (default) or <c>en</c>.</summary>
    public const string LanguageOption = "--language";

    /// <summary>The environment variable that does the same; the option wins.</summary>
    public const string LanguageVariable = "SELECTION_LANGUAGE";

    /// <summary>The root command with every subcommand, for the program and for tests that check options exist.</summary>
    public static RootCommand CreateRootCommand(TextWriter output, TextWriter error, Texts? texts = null)
    {
        texts ??= new Texts(TextLanguage.Bokmal);
        var root = new RootCommand(texts.RootDescription);
        var language = new Option<string>(LanguageOption)
        {
            Description = texts.LanguageDescription,
            HelpName = string.Join('|', TextLanguage.Codes),
            Recursive = true,
        }.WithDefault(texts.LanguageDefault);
        language.AcceptOnlyFromAmong([.. TextLanguage.Codes]);
        root.Add(language);
        // The order of a round, then the others: the overview lists them so.
        root.Add(ValidateCommand.Create(output, error, texts));
        root.Add(RunCommand.Create(output, error, texts));
        root.Add(PanelCommand.Create(output, error, texts));
        root.Add(StabilityCommand.Create(output, error, texts));
        root.Add(SweepCommand.Create(output, error, texts));
        root.Add(ExplainCommand.Create(output, error, texts));
        root.Add(ProposeCommand.Create(output, error, texts));
        root.Add(VerifyCommand.Create(output, error, texts));
        root.Add(CompareCommand.Create(output, error, texts));
        root.Add(ReportCommand.Create(output, error, texts));
        root.Add(ImportCommand.Create(output, error, texts));
        root.Add(ConvertCommand.Create(output, error, texts));
        root.Add(RulesCommand.Create(output, error, texts));
        root.Add(SampleCommand.Create(output, error, texts));
        HelpText.Install(root, texts, output);
        root.SetAction(_ =>
        {
            // `selection` alone: the commands, and how to learn more. No command is a command-line error (2),
            // so a script whose command went missing does not pass for a success.
            output.Write(HelpText.Overview(root, texts, exitCodes: false));
            return ExitCodes.UsageError;
        });
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var texts = new Texts(TextLanguage.Bokmal);
        try
        {
            var (language, variableProblem) = Language(args, Environment.GetEnvironmentVariable(LanguageVariable));
            texts = new Texts(language);
            // The messages found deep in the readers and checks (Selection.Core.Texts.Catalog) follow the UI culture.
            CultureInfo.CurrentUICulture = language;
            if (variableProblem is not null)
            {
                error.WriteLine(texts.Error(variableProblem));
                return ExitCodes.UsageError;
            }
            var root = CreateRootCommand(output, error, texts);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                // The parser's own errors: bokmål under nb, its own English under en (ParseErrors).
                foreach (var message in ParseErrors.Messages(parsed, texts))
                    error.WriteLine(texts.Error(message));
                error.WriteLine(texts.SeeHelp);
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
                    error.WriteLine(texts.Error(texts.OptionEmpty(name)));
                error.WriteLine(texts.SeeHelp);
                return ExitCodes.UsageError;
            }
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine(texts.InternalError(e.GetType().Name, e.Message));
            error.WriteLine(texts.InternalErrorHint);
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

    /// <summary>
    /// The language of this command line, known before the commands are built (their descriptions are in
    /// it): <c>--language</c> when given a valid value, else <c>SELECTION_LANGUAGE</c>, else bokmål. An
    /// invalid <c>--language</c> is left to the parser, which names it; an invalid variable is a problem.
    /// </summary>
    public static (CultureInfo Language, string? Problem) Language(IReadOnlyList<string> args, string? variable)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
                break;
            string? value = null;
            if (args[i] == LanguageOption && i + 1 < args.Count)
                value = args[i + 1];
            else if (args[i].StartsWith(LanguageOption + "=", StringComparison.Ordinal) || args[i].StartsWith(LanguageOption + ":", StringComparison.Ordinal))
                value = args[i][(LanguageOption.Length + 1)..];
            if (value is not null && TextLanguage.FromCode(value) is { } given && TextLanguage.Codes.Contains(value))
                return (given, null);
        }
        if (string.IsNullOrWhiteSpace(variable))
            return (TextLanguage.Bokmal, null);
        if (TextLanguage.FromCode(variable) is { } fromVariable)
            return (fromVariable, null);
        return (TextLanguage.Bokmal, new Texts(TextLanguage.Bokmal).LanguageFromEnvironmentInvalid(variable));
    }
}
