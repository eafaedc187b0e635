namespace Selection.Cli.Tests;

/// <summary>Issue 10, item 6: explain finds a kommune by its name as well as its number, and says when a name is shared.</summary>
public class ExplainByNameTests
{
    private string _run = null!;

    [OneTimeSetUp]
    public void MakeRun() => _run = Liten.Run();

    [TestCase("Oslo")]
    [TestCase("oslo")]
    [TestCase(" OSLO ")]
    [TestCase("301")]
    public void A_kommune_by_name_or_by_number_gives_the_same_explanation(string given)
    {
        var byNumber = CliRun.Of("explain", "--run", _run, "--kommune", "0301");

        var byName = CliRun.Of("explain", "--run", _run, "--kommune", given);

        byName.ExitCode.Should().Be(0, byName.Error);
        byName.Output.Should().Be(byNumber.Output);
    }

    [Test]
    public void A_name_two_kommuner_share_lists_both_and_asks_for_the_number()
    {
        var explain = CliRun.Of("explain", "--run", _run, "--kommune", "Herøy");

        explain.ExitCode.Should().Be(ExitCodes.InputError);
        explain.Error.Should().Be("error: 'Herøy' is the name of 2 kommuner: 1515 Herøy (Møre og Romsdal), 1818 Herøy (Nordland); give the number (--kommune 1515)\n");
    }

    [TestCase("Herøy (Nordland)", "Herøy (Nordland) kommune (1818)")]
    [TestCase("Snåsa", "Snåase - Snåsa kommune (5041)")]
    [TestCase("Snåase", "Snåase - Snåsa kommune (5041)")]
    public void A_name_with_its_county_or_either_of_two_names_finds_the_kommune(string given, string heading)
    {
        var explain = CliRun.Of("explain", "--run", _run, "--kommune", given);

        explain.ExitCode.Should().Be(0, explain.Error);
        explain.Output.Should().StartWith(heading);
    }

    [TestCase("Atlantis", "error: no kommune of this run's structure is named 'Atlantis' (kommuner.parquet); give its name as it is written, or its number\n")]
    [TestCase("9999", "error: kommunenummer 9999 is not a kommune of this run's structure (kommuner.parquet)\n")]
    public void A_kommune_not_in_the_run_is_an_input_error_naming_it(string given, string message)
    {
        var explain = CliRun.Of("explain", "--run", _run, "--kommune", given);

        explain.ExitCode.Should().Be(ExitCodes.InputError);
        explain.Error.Should().Be(message);
    }

    [Test]
    public void A_school_not_in_the_run_is_an_input_error_naming_it()
    {
        var explain = CliRun.Of("explain", "--run", _run, "--school", "974760673");

        explain.ExitCode.Should().Be(ExitCodes.InputError);
        explain.Error.Should().StartWith("error: ").And.Contain("974760673");
    }
}
