namespace Selection.Cli.Tests;

/// <summary>Issue 10, item 1: verify's report reads in Norwegian by default and in English with --language en.</summary>
public class VerifyLanguageTests
{
    [Test]
    public void The_verify_report_is_norwegian_by_default()
    {
        var run = Liten.Run();

        var verify = CliRun.Of("verify", "--run", run, "--data", Liten.Data, "--language", "nb");

        verify.ExitCode.Should().Be(0, verify.Output);
        var lines = verify.Output.Split('\n');
        lines[0].Should().StartWith("Kjøring       ").And.Contain("(regelsett liten-test, motor ");
        lines.Should().Contain(l => l.StartsWith("Resultat      ", StringComparison.Ordinal) && l.Contains("filer kontrollert: uendret siden kjøringen", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("Manifest      ", StringComparison.Ordinal) && l.EndsWith("kontroller: stemmer med regelsettet, tabellene og merknadene", StringComparison.Ordinal))
            .And.Contain("Resultat      ETTERPRØVD")
            .And.Contain(l => l.StartsWith("verify beviser at filene stemmer med manifestet", StringComparison.Ordinal));
    }

    [Test]
    public void A_changed_output_is_named_in_norwegian()
    {
        var run = Liten.Run();
        File.AppendAllText(Path.Combine(run, "skoler.csv"), "\n");

        var verify = CliRun.Of("verify", "--run", run, "--language", "nb");

        verify.ExitCode.Should().Be(ExitCodes.NotVerified);
        verify.Output.Should().Contain("  ENDRET     skoler.csv").And.Contain("Resultat      IKKE ETTERPRØVD");
    }
}
