using System.CommandLine;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Selection.IO.Output;
using Selection.IO.Texts;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 10, items 1 and 2: what the command line prints for people is bokmål by default and English
/// with --language en (or SELECTION_LANGUAGE=en); the help of every command is written from its own
/// options, with defaults, examples and exit codes.
/// </summary>
public class LanguageTests
{
    private static readonly string[] Languages = ["nb", "en"];

    [TestCase("nb")]
    [TestCase("en")]
    public void Help_of_the_root_matches_its_snapshot(string language) =>
        Snapshot.Match(CliRun.Of("--language", language, "--help").Output, $"help-root-{language}");

    [TestCase("nb")]
    [TestCase("en")]
    public void Help_of_run_matches_its_snapshot(string language) =>
        Snapshot.Match(CliRun.Of("run", "--help", "--language", language).Output, $"help-run-{language}");

    [TestCase("nb")]
    [TestCase("en")]
    public void The_run_summary_matches_its_snapshot_and_is_what_the_console_printed(string language)
    {
        var folder = TestPaths.NewTempPath("run");
        var run = CliRun.Of("run", "--data", Liten.Data, "--rules", Liten.Rules, "--out", folder, "--language", language);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var summary = File.ReadAllText(Path.Combine(folder, RunWriter.SummaryFile));
        Snapshot.Match(summary, $"sammendrag-liten-{language}");
        run.Output.Should().StartWith(summary);
    }

    [Test]
    public void A_rerun_in_the_same_language_writes_the_same_summary_and_verifies()
    {
        var first = TestPaths.NewTempPath("run");
        var second = TestPaths.NewTempPath("run");
        CliRun.Of("run", "--data", Liten.Data, "--rules", Liten.Rules, "--out", first, "--language", "nb").ExitCode.Should().Be(0);
        CliRun.Of("run", "--data", Liten.Data, "--rules", Liten.Rules, "--out", second, "--language", "nb").ExitCode.Should().Be(0);

        File.ReadAllBytes(Path.Combine(second, RunWriter.SummaryFile)).Should().Equal(File.ReadAllBytes(Path.Combine(first, RunWriter.SummaryFile)));
        var verify = CliRun.Of("verify", "--run", first);
        verify.ExitCode.Should().Be(ExitCodes.Success, verify.Output);
    }

    [Test]
    public void The_language_does_not_change_the_run_id_or_any_table()
    {
        var nb = TestPaths.NewTempPath("run");
        var en = TestPaths.NewTempPath("run");
        CliRun.Of("run", "--data", Liten.Data, "--rules", Liten.Rules, "--out", nb, "--language", "nb").ExitCode.Should().Be(0);
        CliRun.Of("run", "--data", Liten.Data, "--rules", Liten.Rules, "--out", en, "--language", "en").ExitCode.Should().Be(0);

        var differ = Liten.Hashes(nb).Where(h => Liten.Hashes(en)[h.Key] != h.Value).Select(h => h.Key);
        differ.Should().BeEquivalentTo(RunWriter.SummaryFile, RunWriter.ReportFile, Manifest.FileName, RunWriter.LogFile);
    }

    [Test]
    public void Every_option_and_argument_of_every_command_appears_in_its_help()
    {
        foreach (var language in Languages)
        {
            var root = SelectionCli.CreateRootCommand(TextWriter.Null, TextWriter.Null, new Texts(TextLanguage.FromCode(language)!));
            foreach (var (path, command) in Commands(root, []))
            {
                var help = CliRun.Of([.. path, "--help", "--language", language]);
                help.ExitCode.Should().Be(ExitCodes.Success, string.Join(' ', path));
                foreach (var option in command.Options.Where(o => !o.Hidden))
                {
                    help.Output.Should().Contain(option.Name, "{0} --help ({1}) lists it", string.Join(' ', path), language);
                    if (option.HelpName is { } name)
                        help.Output.Should().Contain($"{option.Name} <{name}>", "{0} --help ({1}) shows its placeholder", string.Join(' ', path), language);
                }
                foreach (var argument in command.Arguments)
                    help.Output.Should().Contain($"<{argument.HelpName}>");
                if (command is not RootCommand)
                    help.Output.Should().Contain(language == "nb" ? "Eksempler:" : "Examples:").And.Contain(language == "nb" ? "Avslutningskoder:" : "Exit codes:")
                        .And.Contain("--language <nb|en>");
                help.Output.Split('\n').Should().OnlyContain(l => l.Length <= HelpText.Width && l == l.TrimEnd(), "help is wrapped and has no trailing spaces");
            }
        }
    }

    [Test]
    public void Help_shows_defaults_and_norwegian_placeholders()
    {
        var run = string.Join(' ', CliRun.Of("run", "--help", "--language", "nb").Output.Split(' ', '\n').Where(w => w.Length > 0));
        run.Should().Contain("--data <mappe>").And.Contain("--rules <fil|forhåndsinnstilling>").And.Contain("--to <skoleår>")
            .And.Contain("(påkrevd)").And.Contain("(standard: det siste skoleåret med verdier som teller)").And.Contain("(standard: av)")
            .And.Contain("130 avbrutt");
        CliRun.Of("explain", "--help", "--language", "nb").Output.Should().Contain("--school <orgnr>").And.Contain("--kommune <kommunenummer|navn>").And.Contain("(standard: text)");
        CliRun.Of("sample", "--help", "--language", "nb").Output.Should().Contain("--seed <tall>").And.Contain("(standard: 2024)");
        CliRun.Of("verify", "--help", "--language", "nb").Output.Should().Contain("4    verify fant en forskjell");
    }

    [Test]
    public void Selection_alone_lists_the_commands_in_the_order_of_a_round_and_is_exit_2()
    {
        var run = CliRun.Of("--language", "nb");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        var names = run.Output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(' ')[0]).Where(n => n != "selection" && n.All(char.IsLower)).ToArray();
        names.Should().Equal("validate", "run", "explain", "propose", "verify", "panel", "stability", "sweep", "compare", "report", "import", "convert", "rules", "sample");
        run.Output.Should().Contain("selection <kommando> --help");
    }

    [Test]
    public void Bokmal_is_the_default_and_the_messages_of_the_commands_follow_the_language()
    {
        var missing = TestPaths.NewTempPath("ingen");
        var nb = CliRun.Of("--language", "nb", "run", "--data", missing, "--rules", "ingen-slik.json", "--out", TestPaths.NewTempPath("ut"));
        nb.Error.Should().StartWith("Regelsettet «ingen-slik.json» kan ikke brukes; ingenting ble skrevet.");
        var en = CliRun.Of("run", "--data", missing, "--rules", "ingen-slik.json", "--out", TestPaths.NewTempPath("ut"));
        en.Error.Should().StartWith("The rules 'ingen-slik.json' cannot be used; nothing was written.");
        CliRun.Of("--language", "nb", "sample", "--out", "").Error.Should().StartWith("feil: --out er tom; gi den en verdi");
        CliRun.Of("--language", "de").ExitCode.Should().Be(ExitCodes.UsageError);
    }

    [TestCase(new string[0], null, "nb", TestName = "Nothing given: bokmål")]
    [TestCase(new string[0], "en", "en", TestName = "SELECTION_LANGUAGE=en")]
    [TestCase(new string[0], " EN ", "en", TestName = "SELECTION_LANGUAGE in any case")]
    [TestCase(new[] { "run", "--language", "nb" }, "en", "nb", TestName = "The option wins over the variable")]
    [TestCase(new[] { "--language=en", "run" }, null, "en", TestName = "--language=en")]
    [TestCase(new[] { "--", "--language", "en" }, null, "nb", TestName = "Not after --")]
    public void The_language_comes_from_the_option_then_the_variable(string[] args, string? variable, string expected)
    {
        var (language, problem) = SelectionCli.Language(args, variable);

        problem.Should().BeNull();
        TextLanguage.Code(language).Should().Be(expected);
    }

    [Test]
    public void An_invalid_SELECTION_LANGUAGE_is_a_problem_unless_the_option_is_given()
    {
        SelectionCli.Language([], "de").Problem.Should().Be("SELECTION_LANGUAGE er «de»; bruk nb eller en");
        SelectionCli.Language(["--language", "en"], "de").Problem.Should().BeNull();
    }

    [TestCase("src/Selection.Cli/Texts")]
    [TestCase("src/Selection.IO/Output/SummaryTexts")]
    [TestCase("src/Selection.Panel/PanelTexts")]
    [TestCase("src/Selection.Stability/StabilityTexts")]
    [TestCase("src/Selection.Sweep/SweepTexts")]
    [TestCase("src/Selection.Import/ImportTexts")]
    [TestCase("src/Selection.Report/ReportTexts")]
    public void Both_resource_files_have_the_same_keys_and_placeholders(string baseName)
    {
        var nb = Entries(baseName + ".resx");
        var en = Entries(baseName + ".en.resx");

        en.Keys.Should().BeEquivalentTo(nb.Keys);
        foreach (var (key, text) in nb)
            Placeholders(en[key]).Should().Equal(Placeholders(text), "the placeholders of {0} agree", key);
    }

    [Test]
    public void Every_text_member_has_its_resource_in_both_languages()
    {
        foreach (var language in new[] { TextLanguage.Bokmal, TextLanguage.English })
        {
            foreach (var texts in new ResourceTexts[] { new Texts(language), new SummaryTexts(language), new Selection.Panel.PanelTexts(language), new Selection.Stability.StabilityTexts(language), new Selection.Sweep.SweepTexts(language), new Selection.Import.ImportTexts(language), new Selection.Report.ReportTexts(language) })
            {
                var keys = texts.Resources.GetResourceSet(System.Globalization.CultureInfo.InvariantCulture, true, true)!
                    .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
                foreach (var member in texts.GetType().GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                             .Where(m => m is PropertyInfo || m is MethodInfo { IsSpecialName: false }))
                {
                    if (member.Name is "Errors" or "Warnings" or "ExitCode" or "Examples" or "Window")
                        continue;
                    keys.Should().Contain(member.Name, "{0} is a text of {1}", member.Name, texts.GetType().Name);
                }
                foreach (var property in texts.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                    ((string)property.GetValue(texts)!).Should().NotBeNullOrEmpty();
            }
            // the English satellite is found at run time, not the neutral fallback
            new Texts(language).HelpUsage.Should().Be(language == TextLanguage.English ? "Usage:" : "Bruk:");
        }
    }

    private static IEnumerable<(string[] Path, Command Command)> Commands(Command command, string[] path)
    {
        yield return (path, command);
        foreach (var sub in command.Subcommands)
            foreach (var found in Commands(sub, [.. path, sub.Name]))
                yield return found;
    }

    private static Dictionary<string, string> Entries(string relative) =>
        XDocument.Load(Path.Combine(TestPaths.RepoRoot, relative)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{(\d+)[,:}]").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToArray();
}
