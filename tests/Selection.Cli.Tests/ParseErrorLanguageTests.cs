namespace Selection.Cli.Tests;

/// <summary>
/// The command line's own parse errors (System.CommandLine's): bokmål under <c>--language nb</c>, and under
/// <c>--language en</c> exactly the library's English, as before. Every one is a usage error (exit 2)
/// followed by the hint to see the help.
/// </summary>
public class ParseErrorLanguageTests
{
    private const string HintNb = "Kjør «selection --help» for å se kommandoene, og «selection <kommando> --help» for valgene deres.";
    private const string HintEn = "Run 'selection --help' to see the commands and their options.";

    private static string[] Nb(params string[] args) => ErrorLines(CliRun.Of(["--language", "nb", .. args]), HintNb);

    private static string[] En(params string[] args) => ErrorLines(CliRun.Of(["--language", "en", .. args]), HintEn);

    private static string[] ErrorLines(CliRun run, string hint)
    {
        run.ExitCode.Should().Be(ExitCodes.UsageError, run.Error);
        run.Output.Should().BeEmpty();
        var lines = run.Error.TrimEnd('\n').Split('\n');
        lines[^1].Should().Be(hint);
        return lines[..^1];
    }

    [Test]
    public void Required_options_not_given_are_named_in_bokmal() =>
        Nb("run").Should().Equal("feil: valget --data er påkrevd", "feil: valget --rules er påkrevd", "feil: valget --out er påkrevd");

    [Test]
    public void Required_options_not_given_are_the_librarys_english_under_en() =>
        En("run").Should().Equal("error: Option '--data' is required.", "error: Option '--rules' is required.", "error: Option '--out' is required.");

    [Test]
    public void An_option_without_its_value_is_named_in_bokmal()
    {
        Nb("validate", "--data").Should().Equal("feil: valget --data mangler en verdi");
        En("validate", "--data").Should().Equal("error: Required argument missing for option: '--data'.");
    }

    [Test]
    public void An_unknown_command_is_named_in_bokmal()
    {
        Nb("frobnicate").Should().Equal("feil: ukjent kommando eller argument: «frobnicate»");
        En("frobnicate").Should().Equal("error: Unrecognized command or argument 'frobnicate'.");
    }

    [Test]
    public void Unknown_options_and_stray_arguments_are_each_named_in_bokmal_before_the_missing_ones()
    {
        Nb("validate", "--dat", "data", "ekstra").Should().Equal(
            "feil: ukjent kommando eller argument: «--dat»",
            "feil: ukjent kommando eller argument: «data»",
            "feil: ukjent kommando eller argument: «ekstra»",
            "feil: valget --data er påkrevd");
        En("validate", "--dat", "data", "ekstra").Should().Equal(
            "error: Unrecognized command or argument '--dat'.",
            "error: Unrecognized command or argument 'data'.",
            "error: Unrecognized command or argument 'ekstra'.",
            "error: Option '--data' is required.");
    }

    [Test]
    public void A_value_not_among_the_allowed_ones_names_the_option_and_the_allowed_values_in_bokmal()
    {
        Nb("validate", "--data", "d", "--format", "xml").Should().Equal("feil: «xml» er ikke en gyldig verdi for --format; bruk en av disse: text, json");
        En("validate", "--data", "d", "--format", "xml").Should().Equal("error: Argument 'xml' not recognized. Must be one of:", "\t'text'", "\t'json'");
    }

    [Test]
    public void An_unknown_language_is_refused_in_bokmal_the_default()
    {
        var run = CliRun.Of("--language", "xx", "rules", "list");

        ErrorLines(run, HintNb).Should().Equal("feil: «xx» er ikke en gyldig verdi for --language; bruk en av disse: nb, en");
    }

    [Test]
    public void A_value_that_is_not_a_whole_number_is_refused_in_bokmal()
    {
        Nb("sample", "--seed", "abc", "--out", "o").Should().Equal("feil: «abc» er ikke en gyldig verdi for --seed; gi et helt tall");
        En("sample", "--seed", "abc", "--out", "o").Should().Equal("error: Cannot parse argument 'abc' for option '--seed' as expected type 'System.Int32'.");
    }

    [Test]
    public void An_option_given_twice_is_refused_in_bokmal()
    {
        Nb("validate", "--data", "a", "--data", "b").Should().Equal("feil: valget --data tar én verdi, men fikk 2");
        En("validate", "--data", "a", "--data", "b").Should().Equal("error: Option '--data' expects a single argument but 2 were provided.");
    }

    [Test]
    public void A_command_without_its_argument_names_the_argument_in_bokmal()
    {
        Nb("rules", "show").Should().Equal("feil: «selection rules show» mangler argumentet <forhåndsinnstilling>");
        En("rules", "show").Should().Equal("error: Required argument missing for command: 'show'.");
    }

    [Test]
    public void A_command_that_needs_a_subcommand_lists_them_in_bokmal()
    {
        Nb("rules").Should().Equal("feil: «selection rules» trenger en kommando til, en av disse: list, show, check, upgrade, schema");
        En("rules").Should().Equal("error: Required command was not provided.");
    }

    [Test]
    public void An_unknown_subcommand_is_named_after_the_missing_one_in_bokmal()
    {
        Nb("rules", "vis").Should().Equal(
            "feil: «selection rules» trenger en kommando til, en av disse: list, show, check, upgrade, schema",
            "feil: ukjent kommando eller argument: «vis»");
        En("rules", "vis").Should().Equal("error: Required command was not provided.", "error: Unrecognized command or argument 'vis'.");
    }

    [Test]
    public void Version_with_other_arguments_is_refused_in_bokmal()
    {
        Nb("--version", "run").Should().Equal("feil: --version kan ikke kombineres med andre argumenter");
        En("--version", "run").Should().Equal("error: --version option cannot be combined with other arguments.");
    }

    [Test]
    public void A_commands_own_check_keeps_its_text_after_an_unknown_argument()
    {
        Nb("explain", "--run", "r", "zz").Should().Equal(
            "feil: ukjent kommando eller argument: «zz»",
            "feil: Gi nøyaktig ett av --school og --kommune.");
    }

    [Test]
    public void An_options_own_check_keeps_its_text_when_the_value_is_a_whole_number()
    {
        Nb("sample", "--scale", "0", "--out", "o").Should().Equal("feil: --scale må være mellom 1 og 1000 (fant 0)");
        En("sample", "--scale", "0", "--out", "o").Should().Equal("error: --scale must lie between 1 and 1000 (found 0)");
    }

    [Test]
    public void Sample_from_after_to_is_refused_naming_both_years_and_the_defaults()
    {
        Nb("sample", "--from", "2025-26", "--to", "2024-25", "--out", "o").Should().Equal(
            "feil: Det første skoleåret (2025-26) kommer etter det siste (2024-25); gi --from og --to slik at --from ikke kommer etter --to (standard: --from 2020-21, --to 2023-24)");
        En("sample", "--from", "2025-26", "--to", "2024-25", "--out", "o").Should().Equal(
            "error: The first school year (2025-26) comes after the last (2024-25); give --from and --to so that --from does not come after --to (defaults: --from 2020-21, --to 2023-24)");
    }

    [Test]
    public void Sample_to_alone_before_the_default_first_year_is_refused_as_from_after_to() =>
        Nb("sample", "--to", "2018-19", "--out", "o").Should().Equal(
            "feil: Det første skoleåret (2020-21) kommer etter det siste (2018-19); gi --from og --to slik at --from ikke kommer etter --to (standard: --from 2020-21, --to 2023-24)");

    [TestCase("--from", "2009-10", TestName = "Sample --from just before 2010-11")]
    [TestCase("--to", "2031", TestName = "Sample --to just after 2030-31")]
    public void Sample_a_school_year_outside_2010_11_to_2030_31_is_refused(string option, string value)
    {
        var found = Selection.Core.SchoolYear.Parse(value).Value;
        Nb("sample", option, value, "--out", "o").Should().Equal($"feil: {option} må være et skoleår mellom 2010-11 og 2030-31 (fant {found})");
        En("sample", option, value, "--out", "o").Should().Equal($"error: {option} must be a school year between 2010-11 and 2030-31 (found {found})");
    }

    [Test]
    public void Sample_a_school_year_that_does_not_parse_is_refused_with_the_datas_own_message()
    {
        Nb("sample", "--from", "2016-18", "--out", "o").Should().Equal("feil: --from: «2016-18» er ikke et skoleår: det andre året må følge det første");
        En("sample", "--to", "neste år", "--out", "o").Should().Equal("error: --to: 'neste år' is not a school year (expected e.g. 2023-24)");
    }

    [Test]
    public void An_error_that_is_not_recognised_keeps_the_librarys_english_inside_the_bokmal_frame()
    {
        var missing = Path.Combine(TestPaths.NewTempPath("rsp"), "finnes-ikke.rsp");

        var lines = Nb("validate", "@" + missing);

        lines.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("feil: ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains(missing, StringComparison.Ordinal) && !l.Contains('«'));
    }
}
