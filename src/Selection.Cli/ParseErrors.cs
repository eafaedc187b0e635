using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using Selection.IO.Texts;

namespace Selection.Cli;

/// <summary>
/// System.CommandLine's own parse errors in the command's language. The library has no bokmål, so in
/// bokmål each error is recognised by what it is about, not by its English words: an option that was not
/// given (required), given without a value, given more than once, given a value outside its allowed ones
/// or one that does not convert; a token no command takes; a command's missing argument; a command that
/// needs a subcommand; <c>--version</c> with other arguments. An error it does not recognise keeps the
/// library's English text. In English every error is the library's own message, unchanged.
/// </summary>
/// <remarks>
/// How System.CommandLine (2.0) reports them, which this follows: an option's errors are on its
/// <see cref="OptionResult"/>, checked in order (required; arity; allowed values, which are the option's
/// completion sources; conversion), one error per option; a command's missing argument is on the
/// <see cref="ArgumentResult"/>; an unmatched token is an error on the <see cref="CommandResult"/> that met
/// it, added while parsing, in the order of <see cref="ParseResult.UnmatchedTokens"/> and before any
/// error a command's validator adds; "a command is required" is inserted first, on the innermost command.
/// </remarks>
internal static class ParseErrors
{
    /// <summary>The message of every parse error of <paramref name="parsed"/>, in order, in the language of <paramref name="texts"/>.</summary>
    public static IReadOnlyList<string> Messages(ParseResult parsed, Texts texts)
    {
        if (TextLanguage.Code(texts.Language) == "en")
            return parsed.Errors.Select(e => e.Message).ToArray();
        var unmatched = new Queue<string>(parsed.UnmatchedTokens);
        return parsed.Errors.Select((e, i) => Message(parsed, e, i, unmatched, texts) ?? e.Message).ToArray();
    }

    private static string? Message(ParseResult parsed, ParseError error, int index, Queue<string> unmatched, Texts texts) => error.SymbolResult switch
    {
        OptionResult option => OptionMessage(option, texts),
        ArgumentResult { Parent: CommandResult command } argument when argument.Tokens.Count < argument.Argument.Arity.MinimumNumberOfValues =>
            texts.ParseArgumentMissing(CommandPath(command), argument.Argument.HelpName ?? argument.Argument.Name),
        CommandResult command when index == 0 && command == parsed.CommandResult && command.Command is { Action: null, Subcommands.Count: > 0 } =>
            texts.ParseCommandMissing(CommandPath(command), string.Join(", ", command.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))),
        CommandResult when unmatched.TryPeek(out var token) && error.Message.Contains(token, StringComparison.Ordinal) =>
            texts.ParseUnrecognized(unmatched.Dequeue()),
        _ => null,
    };

    private static string? OptionMessage(OptionResult result, Texts texts)
    {
        var option = result.Option;
        var name = result.IdentifierToken?.Value ?? option.Name;
        if (option is VersionOption)
            return texts.ParseVersionAlone(name);
        if (result.IdentifierToken is null)
            return option.Required ? texts.ParseOptionRequired(name) : null;
        var count = result.Tokens.Count;
        if (count < option.Arity.MinimumNumberOfValues)
            return texts.ParseOptionNeedsValue(name);
        if (count > option.Arity.MaximumNumberOfValues && !option.AllowMultipleArgumentsPerToken)
            return texts.ParseOptionOneValue(name, count);
        if (count != 1)
            return null;
        var value = result.Tokens[0].Value;
        if (option.ValueType == typeof(string))
        {
            var allowed = AllowedValues(option);
            return allowed.Count > 0 && !allowed.Contains(value) ? texts.ParseValueNotAllowed(value, name, string.Join(", ", allowed)) : null;
        }
        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
        {
            // A whole number that converts was refused by the option's own validator, whose message is already
            // in the command's language: keep it.
            return WholeNumberConverts(value, type) ? null : texts.ParseNotAWholeNumber(value, name);
        }
        return texts.ParseValueInvalid(value, name);
    }

    private static bool WholeNumberConverts(string value, Type type)
    {
        const System.Globalization.NumberStyles style = System.Globalization.NumberStyles.Integer;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return type == typeof(int) ? int.TryParse(value, style, invariant, out _)
            : type == typeof(long) ? long.TryParse(value, style, invariant, out _)
            : type == typeof(short) ? short.TryParse(value, style, invariant, out _)
            : byte.TryParse(value, style, invariant, out _);
    }

    /// <summary>The values <c>AcceptOnlyFromAmong</c> allows, in the order given (they are its completion sources); none when any value is allowed.</summary>
    private static IReadOnlyList<string> AllowedValues(Option option) =>
        option.CompletionSources.SelectMany(source => source(CompletionContext.Empty)).Select(c => c.Label).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The command as typed after <c>selection</c>: <c>rules show</c>.</summary>
    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (var c = command; c?.Parent is CommandResult parent; c = parent)
            names.Insert(0, c.Command.Name);
        return string.Join(' ', names);
    }
}
