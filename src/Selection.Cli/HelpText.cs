using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Selection.Cli;

/// <summary>
/// The help of every command, written from the command's own options (name, aliases, <c>HelpName</c>,
/// description, required or default) and arguments, plus its examples and exit codes from
/// <see cref="Texts"/>: it cannot drift from the real options, and every heading is in the chosen
/// language (System.CommandLine's own help writes its headings in English). Lines are wrapped at a
/// fixed width, not the terminal's, so the help is the same everywhere.
/// </summary>
public static class HelpText
{
    /// <summary>The commands of one round, in the order a round runs them; the others follow.</summary>
    public static IReadOnlyList<string> RoundOrder { get; } = ["validate", "run", "explain", "propose", "verify"];

    /// <summary>The width help is wrapped at.</summary>
    public const int Width = 100;

    private const int MaxLabelWidth = 34;

    private static readonly ConditionalWeakTable<Option, string> Defaults = [];

    private static readonly Dictionary<string, int[]> CodesOf = new(StringComparer.Ordinal)
    {
        ["run"] = [0, 1, 2, 3, 70, 130, 143],
        ["propose"] = [0, 1, 2, 3, 70, 130, 143],
        ["import"] = [0, 1, 2, 3, 70, 130, 143],
        ["convert"] = [0, 1, 2, 3, 70, 130, 143],
        ["sample"] = [0, 2, 3, 70, 130, 143],
        ["validate"] = [0, 1, 2, 70],
        ["explain"] = [0, 1, 2, 70],
        ["verify"] = [0, 1, 2, 4, 70],
        ["compare"] = [0, 1, 2, 3, 70, 130, 143],
        ["sweep"] = [0, 1, 2, 3, 70, 130, 143],
        ["report"] = [0, 1, 2, 3, 70],
        ["rules"] = [0, 1, 2, 70],
    };

    private static readonly int[] AllCodes = [0, 1, 2, 3, 4, 70, 130, 143];

    /// <summary>Says what an option's default is in words, where the value alone would not (e.g. "the latest school year").</summary>
    public static T WithDefault<T>(this T option, string text) where T : Option
    {
        Defaults.AddOrUpdate(option, text);
        return option;
    }

    /// <summary>Replaces the built-in help of <paramref name="root"/> (and, through it, of every command) with <see cref="For"/>.</summary>
    public static void Install(RootCommand root, Texts texts, TextWriter output)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = texts.HelpDescription;
                help.Action = new HelpTextAction(texts, output);
            }
            else if (option is VersionOption version)
            {
                version.Description = texts.VersionDescription;
            }
        }
    }

    /// <summary>The help of a command: the overview for the root.</summary>
    public static string For(Command command, Texts texts) =>
        command is RootCommand root ? Overview(root, texts, exitCodes: true) : ForCommand(command, texts);

    /// <summary>
    /// What <c>selection</c> prints with no command, and the start of <c>selection --help</c>: the commands
    /// in the order of a round, then the others, one line each, the global options and a hint.
    /// </summary>
    public static string Overview(RootCommand root, Texts texts, bool exitCodes)
    {
        var text = new StringBuilder();
        Paragraph(text, root.Description ?? "");
        text.Append('\n').Append(texts.HelpUsage).Append('\n');
        text.Append("  selection ").Append(texts.HelpCommandPlaceholder).Append(' ').Append(texts.HelpOptionsPlaceholder).Append('\n');

        var round = RoundOrder.Select(name => root.Subcommands.Single(c => c.Name == name)).ToArray();
        var others = root.Subcommands.Where(c => !RoundOrder.Contains(c.Name)).ToArray();
        var width = root.Subcommands.Max(c => c.Name.Length) + 4;
        text.Append('\n').Append(texts.HelpRound).Append('\n');
        Rows(text, round.Select(c => (c.Name, c.Description ?? "")), width);
        text.Append(texts.HelpOtherCommands).Append('\n');
        Rows(text, others.Select(c => (c.Name, c.Description ?? "")), width);

        text.Append('\n').Append(texts.HelpGlobalOptions).Append('\n');
        OptionRows(text, root.Options.OrderBy(o => o is HelpOption or VersionOption).ToArray(), texts);
        if (exitCodes)
            ExitCodeRows(text, AllCodes, texts);
        text.Append('\n');
        Paragraph(text, texts.HelpCommandHint);
        return text.ToString();
    }

    /// <summary>The help of one command: what it does, usage, options with their defaults, examples, exit codes.</summary>
    public static string ForCommand(Command command, Texts texts)
    {
        var path = Path(command);
        var text = new StringBuilder();
        Paragraph(text, command.Description ?? "");

        var usage = new StringBuilder("selection");
        foreach (var c in path.Skip(1))
            usage.Append(' ').Append(c.Name);
        if (command.Subcommands.Count > 0)
            usage.Append(' ').Append(texts.HelpCommandPlaceholder);
        foreach (var argument in command.Arguments)
            usage.Append(" <").Append(argument.HelpName ?? argument.Name).Append('>');
        foreach (var option in command.Options.Where(o => o.Required))
            usage.Append(' ').Append(Label(option, primaryOnly: true));
        usage.Append(' ').Append(texts.HelpOptionsPlaceholder);
        text.Append('\n').Append(texts.HelpUsage).Append('\n');
        Wrapped(text, usage.ToString(), 2, 4);

        if (command.Subcommands.Count > 0)
        {
            text.Append('\n').Append(texts.HelpCommands).Append('\n');
            Rows(text, command.Subcommands.Select(c => (c.Name, c.Description ?? "")), command.Subcommands.Max(c => c.Name.Length) + 4);
        }
        if (command.Arguments.Count > 0)
        {
            text.Append('\n').Append(texts.HelpArguments).Append('\n');
            Rows(text, command.Arguments.Select(a => ($"<{a.HelpName ?? a.Name}>", a.Description ?? "")), command.Arguments.Max(a => (a.HelpName ?? a.Name).Length) + 6);
        }

        text.Append('\n').Append(texts.HelpOptions).Append('\n');
        var inherited = path.Take(path.Count - 1).SelectMany(c => c.Options).Where(o => o.Recursive && o is not VersionOption);
        OptionRows(text, command.Options.Concat(inherited).Distinct().OrderBy(o => o is HelpOption).ToArray(), texts);

        var top = path.Count > 1 ? path[1].Name : command.Name;
        text.Append('\n').Append(texts.HelpExamples).Append('\n');
        foreach (var line in texts.Examples(top).Split('\n'))
            text.Append("  ").Append(line).Append('\n');
        ExitCodeRows(text, CodesOf.GetValueOrDefault(top, AllCodes), texts);
        return text.ToString();
    }

    /// <summary>The commands from the root down to <paramref name="command"/>.</summary>
    private static List<Command> Path(Command command)
    {
        var path = new List<Command> { command };
        for (var c = command; c.Parents.OfType<Command>().FirstOrDefault() is { } parent; c = parent)
            path.Insert(0, parent);
        return path;
    }

    private static void OptionRows(StringBuilder text, IReadOnlyList<Option> options, Texts texts)
    {
        var rows = options.Select(o => (Label(o, primaryOnly: false), Describe(o, texts))).ToArray();
        Rows(text, rows, Math.Min(rows.Max(r => r.Item1.Length) + 2, MaxLabelWidth) + 2);
    }

    private static void ExitCodeRows(StringBuilder text, IEnumerable<int> codes, Texts texts)
    {
        text.Append('\n').Append(texts.HelpExitCodes).Append('\n');
        Rows(text, codes.Select(c => (c.ToString(CultureInfo.InvariantCulture), texts.ExitCode(c))), 7);
    }

    /// <summary><c>--data &lt;mappe&gt;</c>, <c>-?, -h, --help</c>; a flag has no placeholder.</summary>
    private static string Label(Option option, bool primaryOnly)
    {
        var names = primaryOnly
            ? [option.Name]
            : option.Aliases.Where(a => a.StartsWith('-')).OrderBy(a => a, StringComparer.Ordinal).Append(option.Name).ToArray();
        var label = string.Join(", ", names);
        return IsFlag(option) ? label : $"{label} <{option.HelpName ?? option.Name.TrimStart('-')}>";
    }

    /// <summary>An option that takes no value (--force, --help).</summary>
    private static bool IsFlag(Option option) => option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0;

    /// <summary>The description with what the option is when not given: required, or its default.</summary>
    private static string Describe(Option option, Texts texts)
    {
        var description = option.Description ?? "";
        if (option is HelpOption or VersionOption)
            return description;
        string note;
        if (option.Required)
            note = texts.HelpRequired;
        else if (Defaults.TryGetValue(option, out var words))
            note = texts.HelpDefault(words);
        else if (IsFlag(option))
            note = texts.HelpDefault(texts.HelpOff);
        else if (option.HasDefaultValue)
            note = texts.HelpDefault(Convert.ToString(option.GetDefaultValue(), CultureInfo.InvariantCulture));
        else
            note = texts.HelpDefault(texts.HelpNone);
        return $"{description} ({note})";
    }

    /// <summary>Two columns: the label, then the text wrapped beside it (below it when the label is too long).</summary>
    private static void Rows(StringBuilder text, IEnumerable<(string Label, string Text)> rows, int width)
    {
        foreach (var (label, description) in rows)
        {
            var first = "  " + label;
            var lines = Wrap(description, Width - width);
            if (first.Length + 1 > width)
                text.Append(first).Append('\n');
            else
                text.Append(first.PadRight(width)).Append(lines[0]).Append('\n');
            foreach (var line in lines.Skip(first.Length + 1 > width ? 0 : 1))
                text.Append(' ', width).Append(line).Append('\n');
        }
    }

    private static void Paragraph(StringBuilder text, string paragraph) => Wrapped(text, paragraph, 0, 0);

    /// <summary>Word-wraps <paramref name="line"/> at <see cref="Width"/>, the first line indented by <paramref name="indent"/>, the rest by <paramref name="hanging"/>.</summary>
    private static void Wrapped(StringBuilder text, string line, int indent, int hanging)
    {
        var lines = Wrap(line, Width - hanging);
        text.Append(' ', indent).Append(lines[0]).Append('\n');
        foreach (var rest in lines.Skip(1))
            text.Append(' ', hanging).Append(rest).Append('\n');
    }

    /// <summary>The words of <paramref name="text"/> on lines of at most <paramref name="width"/> characters (a longer word gets a line of its own).</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0)
                current.Append(' ');
            current.Append(word);
        }
        lines.Add(current.ToString());
        return lines;
    }

    private sealed class HelpTextAction(Texts texts, TextWriter output) : SynchronousCommandLineAction
    {
        /// <summary>As the built-in help: <c>run --help</c> shows the help, not "--data is required".</summary>
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            output.Write(For(parseResult.CommandResult.Command, texts));
            return ExitCodes.Success;
        }
    }
}
