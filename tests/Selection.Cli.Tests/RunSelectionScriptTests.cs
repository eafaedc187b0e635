using System.CommandLine;
using System.Management.Automation.Language;

namespace Selection.Cli.Tests;

/// <summary>
/// run-selection.ps1, the analysts' one-command yearly run, checked without running PowerShell: the
/// script is parsed with the PowerShell parser and every option it passes to <c>selection run</c> must
/// exist on the real <c>run</c> command, so that renaming an option in the CLI breaks this test rather
/// than the analysts' run.
/// </summary>
public class RunSelectionScriptTests
{
    private const string ScriptName = "run-selection.ps1";

    [Test]
    public void Script_parses_without_errors()
    {
        var (_, tokens, errors) = ParseScript();

        errors.Should().BeEmpty();
        tokens.Should().NotBeEmpty();
    }

    [Test]
    public void Every_option_the_script_passes_to_run_exists_on_the_run_command()
    {
        var (ast, _, _) = ParseScript();

        var unknown = ScriptOptionChecker.UnknownRunOptions(ast, RunOptionNames());

        unknown.Select(o => $"{o.Name} (line {o.Line})").Should().BeEmpty("every --option in {0} that is not one of dotnet's own must be an option of 'selection run' or 'selection propose'", ScriptName);
    }

    [TestCase("validate")]
    [TestCase("run")]
    [TestCase("explain")]
    [TestCase("propose")]
    [TestCase("verify")]
    public void Script_passes_every_required_option_of_the_commands_it_runs(string name)
    {
        var (ast, _, _) = ParseScript();
        var passed = ScriptOptionChecker.OptionTokens(ast).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);

        var required = Subcommand(name).Options.Where(o => o.Required).Select(o => o.Name).ToList();

        required.Should().NotBeEmpty();
        passed.Should().Contain(required);
        ast.FindAll(a => a is StringConstantExpressionAst s && s.Value == name, true).Should().NotBeEmpty("the script runs `selection {0}`", name);
    }

    [Test]
    public void Dotnet_level_options_are_used_by_the_script_and_are_not_run_options()
    {
        // Keeps the explicit list in ScriptOptionChecker honest: no stale entries, and no entry that
        // could hide a run option of the same name.
        var (ast, _, _) = ParseScript();
        var passed = ScriptOptionChecker.OptionTokens(ast).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);

        passed.Should().Contain(ScriptOptionChecker.DotnetOptions);
        RunOptionNames().Should().NotIntersectWith(ScriptOptionChecker.DotnetOptions);
    }

    [Test]
    public void Option_check_reports_an_option_that_run_does_not_have()
    {
        const string script = """
            $arguments = @('x.dll', 'run', '--data', 'd', '--no-such-option')
            & dotnet @arguments
            dotnet build x.csproj --nologo; dotnet x.dll run --out o --also-not-an-option
            """;
        var ast = Parser.ParseInput(script, out _, out var errors);
        errors.Should().BeEmpty();

        var unknown = ScriptOptionChecker.UnknownRunOptions(ast, RunOptionNames());

        unknown.Select(o => o.Name).Should().BeEquivalentTo("--no-such-option", "--also-not-an-option");
        unknown.Should().AllSatisfy(o => o.Line.Should().BeGreaterThan(0));
    }

    [Test]
    public void Option_check_accepts_the_real_run_options()
    {
        const string script = """
            $arguments = @('x.dll', 'run', '--data', 'd', '--rules', 'r', '--out', 'o')
            $arguments += @('--to', '2023-24')
            $arguments += '--force'
            & dotnet @arguments
            """;
        var ast = Parser.ParseInput(script, out _, out var errors);
        errors.Should().BeEmpty();

        ScriptOptionChecker.UnknownRunOptions(ast, RunOptionNames()).Should().BeEmpty();
        ScriptOptionChecker.OptionTokens(ast).Select(o => o.Name).Should().Contain(["--data", "--rules", "--out", "--to", "--force"]);
    }

    [Test]
    public void Script_declares_one_parameter_set_per_step_of_a_round()
    {
        var (ast, _, _) = ParseScript();

        ast.ParamBlock.Should().NotBeNull();
        var parameters = ast.ParamBlock!.Parameters.ToDictionary(p => p.Name.VariablePath.UserPath, StringComparer.OrdinalIgnoreCase);
        parameters.Keys.Should().BeEquivalentTo(
            "Validate", "Explain", "Verify", "Data", "Rules", "Out", "To", "Run", "Returned", "RequireAll", "School", "Kommune", "Proposal", "Force");
        IReadOnlyList<(string Set, bool Mandatory)> SetsOf(string name) => parameters[name].Attributes.OfType<AttributeAst>()
            .Where(a => string.Equals(a.TypeName.Name, "Parameter", StringComparison.OrdinalIgnoreCase))
            .Select(a => (
                Set: a.NamedArguments.Where(n => string.Equals(n.ArgumentName, "ParameterSetName", StringComparison.OrdinalIgnoreCase))
                    .Select(n => ((StringConstantExpressionAst)n.Argument).Value).Single(),
                Mandatory: a.NamedArguments.Any(n => string.Equals(n.ArgumentName, "Mandatory", StringComparison.OrdinalIgnoreCase))))
            .ToArray();

        SetsOf("Data").Should().BeEquivalentTo(new[] { ("Select", true), ("Validate", true), ("Verify", false) });
        SetsOf("Rules").Should().BeEquivalentTo(new[] { ("Select", false), ("Validate", false) });
        SetsOf("Out").Should().BeEquivalentTo(new[] { ("Select", true), ("Propose", true) });
        SetsOf("Run").Should().BeEquivalentTo(new[] { ("Propose", true), ("Explain", true), ("Verify", true) });
        SetsOf("Returned").Should().BeEquivalentTo(new[] { ("Propose", true), ("Verify", false) });
        SetsOf("Validate").Should().BeEquivalentTo(new[] { ("Validate", true) });
        SetsOf("Explain").Should().BeEquivalentTo(new[] { ("Explain", true) });
        SetsOf("Verify").Should().BeEquivalentTo(new[] { ("Verify", true) });
        parameters["Rules"].DefaultValue.Should().BeNull("without -Rules the script says loudly that it uses the illustrative rules");
        ast.ParamBlock.Attributes.Single(a => a.TypeName.Name == "CmdletBinding").Extent.Text.Should().Contain("DefaultParameterSetName = 'Select'");
    }

    [Test]
    public void Without_rules_the_script_warns_loudly_that_the_rules_are_illustrative()
    {
        var text = File.ReadAllText(ScriptPath());

        text.Should().Contain("!! ADVARSEL: ingen -Rules er gitt. Utvalget kjøres med de ILLUSTRATIVE reglene")
            .And.Contain("IKKE et offisielt utvalg");
    }

    [Test]
    public void Script_uses_the_published_program_when_it_is_there()
    {
        var text = File.ReadAllText(ScriptPath());

        text.Should().Contain("tools/selection/win-x64/selection.exe").And.Contain("tools/selection/linux-x64/selection").And.Contain("$env:SELECTION_EXE");
    }

    [Test]
    public void Script_checks_that_dotnet_exists()
    {
        var (ast, _, _) = ParseScript();

        var getCommandForDotnet = ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>()
            .Where(c => string.Equals(c.GetCommandName(), "Get-Command", StringComparison.OrdinalIgnoreCase))
            .Where(c => c.CommandElements.OfType<StringConstantExpressionAst>()
                .Any(s => string.Equals(s.Value, "dotnet", StringComparison.OrdinalIgnoreCase)));

        getCommandForDotnet.Should().NotBeEmpty();
    }

    [Test]
    public void Script_is_strict_and_uses_no_aliases_or_Invoke_Expression()
    {
        var (ast, _, _) = ParseScript();
        var text = ast.Extent.Text;
        var functions = ast.FindAll(a => a is FunctionDefinitionAst, true).Cast<FunctionDefinitionAst>()
            .Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        text.Should().Contain("Set-StrictMode -Version Latest");
        text.Should().Contain("$ErrorActionPreference = 'Stop'");

        // Every command called by name is a Verb-Noun cmdlet or one of the script's own functions;
        // aliases (ls, cd, %, ?, echo, iex, ...) have no hyphen. dotnet is called through its full path.
        var names = ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>()
            .Select(c => c.GetCommandName())
            .OfType<string>()
            .ToList();
        names.Should().NotBeEmpty();
        names.Should().AllSatisfy(n => (n.Contains('-', StringComparison.Ordinal) || functions.Contains(n)).Should().BeTrue($"'{n}' should be a full cmdlet name"));
        names.Should().NotContain(n => string.Equals(n, "Invoke-Expression", StringComparison.OrdinalIgnoreCase));
    }

    [Test]
    public void Script_uses_no_operators_that_Windows_PowerShell_5_1_lacks()
    {
        // The test parses with the PowerShell 7 parser, which also accepts syntax that 5.1 rejects.
        var (_, tokens, _) = ParseScript();

        Ps7OnlyTokens(tokens).Should().BeEmpty();

        Parser.ParseInput("$a = $b ?? 1; $c ??= 2; $d = $e ? 3 : 4; ${f}?.g; ${h}?[0]; a && b || c", out var sample, out _);
        Ps7OnlyTokens(sample).Should().HaveCount(7);
    }

    [Test]
    public void Script_is_UTF8_with_BOM_and_CRLF_line_endings()
    {
        var bytes = File.ReadAllBytes(ScriptPath());

        bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF });

        var lineFeeds = 0;
        var bareLineFeeds = new List<int>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\n')
                continue;
            lineFeeds++;
            if (i == 0 || bytes[i - 1] != (byte)'\r')
                bareLineFeeds.Add(i);
        }
        lineFeeds.Should().BeGreaterThan(0);
        bareLineFeeds.Should().BeEmpty("every line of {0} should end with CRLF", ScriptName);
        bytes.Select((b, i) => (b, i)).Where(x => x.b == (byte)'\r' && (x.i + 1 == bytes.Length || bytes[x.i + 1] != (byte)'\n'))
            .Should().BeEmpty("a CR should only appear as part of CRLF");

        // The text must be valid UTF-8 (the Norwegian letters in the help depend on it).
        var strict = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
        var act = () => strict.GetString(bytes);
        act.Should().NotThrow();
    }

    /// <summary>Tokens of operators that PowerShell 7 added (?:, ??, ??=, ?., ?[], &amp;&amp;, ||).</summary>
    private static List<string> Ps7OnlyTokens(IEnumerable<Token> tokens) =>
        tokens.Where(t => t.Kind is TokenKind.QuestionMark or TokenKind.QuestionQuestion or TokenKind.QuestionQuestionEquals
                or TokenKind.QuestionDot or TokenKind.QuestionLBracket or TokenKind.AndAnd or TokenKind.OrOr)
            .Select(t => $"{t.Text} (line {t.Extent.StartLineNumber})")
            .ToList();

    private static bool IsMandatory(ParameterAst parameter) =>
        parameter.Attributes.OfType<AttributeAst>()
            .Where(a => string.Equals(a.TypeName.Name, "Parameter", StringComparison.OrdinalIgnoreCase))
            .SelectMany(a => a.NamedArguments)
            .Any(n => string.Equals(n.ArgumentName, "Mandatory", StringComparison.OrdinalIgnoreCase)
                && (n.ExpressionOmitted || n.Argument.Extent.Text.Equals("$true", StringComparison.OrdinalIgnoreCase)));

    private static Command Subcommand(string name) =>
        SelectionCli.CreateRootCommand(TextWriter.Null, TextWriter.Null).Subcommands.Single(c => c.Name == name);

    /// <summary>The options of the commands the script runs: a whole round.</summary>
    private static HashSet<string> RunOptionNames() =>
        new[] { "validate", "run", "explain", "propose", "verify" }.SelectMany(c => Subcommand(c).Options).SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);

    private static (ScriptBlockAst Ast, Token[] Tokens, ParseError[] Errors) ParseScript()
    {
        var ast = Parser.ParseFile(ScriptPath(), out var tokens, out var errors);
        return (ast, tokens, errors);
    }

    private static string ScriptPath()
    {
        var path = Path.Combine(TestPaths.RepoRoot, ScriptName);
        File.Exists(path).Should().BeTrue("{0} should be at the repository root", ScriptName);
        return path;
    }

}

/// <summary>One <c>--option</c> literal in a script, with the line it is on.</summary>
internal sealed record ScriptOption(string Name, int Line);

/// <summary>
/// Finds the <c>--option</c> literals in a PowerShell script and checks them against the options of
/// <c>selection run</c>. A literal is a string constant (<c>'--data'</c> in an argument array) or a bare
/// command argument (<c>dotnet run -- run --data x</c>). Options that belong to dotnet itself are on an
/// explicit list; every other <c>--x</c> must be a run option.
/// </summary>
internal static class ScriptOptionChecker
{
    /// <summary>
    /// The options of the dotnet CLI (dotnet build / dotnet run) that run-selection.ps1 uses before the
    /// <c>--</c> separator. Extend this list only with real dotnet options.
    /// </summary>
    public static readonly IReadOnlyList<string> DotnetOptions =
    [
        "--nologo",   // dotnet build: no banner
    ];

    /// <summary>The argument separator between dotnet's options and the program's.</summary>
    private const string Separator = "--";

    /// <summary>Every <c>--x</c> literal in the script, in source order (not the bare separator).</summary>
    public static IReadOnlyList<ScriptOption> OptionTokens(Ast script)
    {
        var found = script.FindAll(a => a switch
        {
            StringConstantExpressionAst s => IsOption(s.Value),
            CommandParameterAst p => IsOption(p.Extent.Text),
            _ => false,
        }, true);
        return found
            .Select(a => new ScriptOption(a is StringConstantExpressionAst s ? s.Value : a.Extent.Text, a.Extent.StartLineNumber))
            .OrderBy(o => o.Line)
            .ToList();
    }

    /// <summary>The <c>--x</c> literals that are neither dotnet options nor in <paramref name="runOptions"/>.</summary>
    public static IReadOnlyList<ScriptOption> UnknownRunOptions(Ast script, IReadOnlySet<string> runOptions) =>
        OptionTokens(script)
            .Where(o => !DotnetOptions.Contains(o.Name, StringComparer.Ordinal) && !runOptions.Contains(o.Name))
            .ToList();

    private static bool IsOption(string text) =>
        text.StartsWith("--", StringComparison.Ordinal) && text != Separator;
}
