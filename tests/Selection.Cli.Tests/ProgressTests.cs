namespace Selection.Cli.Tests;

/// <summary>Issue 10, item 8: progress on stderr, only on a terminal; --verbose prints each phase with its time.</summary>
public class ProgressTests
{
    [Test]
    public void Without_verbose_a_redirected_stderr_gets_no_progress_at_all()
    {
        var run = CliRun.Of("run", "--data", Liten.Data, "--rules", Liten.Rules, "--out", TestPaths.NewTempPath("out"));

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
    }

    [Test]
    public void Verbose_prints_every_phase_of_a_run_with_its_time_and_allocation_then_the_total()
    {
        var run = CliRun.Of("run", "--data", Liten.Data, "--rules", Liten.Rules, "--out", TestPaths.NewTempPath("out"), "--verbose");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().AllSatisfy(l => l.Should().MatchRegex(@"^  \S.{39}\s*\d+ ms\s+\d+ MB alloc$"));
        lines.Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\s+\d+ ms\s+\d+ MB alloc$", "")).Should().Equal(
            "  read the rules", "  read the data folder", "  check the data", "  score, rank and route", "  write the output", "  total");
    }

    [Test]
    public void On_a_terminal_the_status_line_is_written_in_place_and_cleared()
    {
        var terminal = new StringWriter();
        var progress = new Progress(terminal, verbose: false, terminal: true);

        var answer = progress.Phase("count", () => 42);
        progress.Done();

        answer.Should().Be(42);
        terminal.ToString().Should().Be("\rcount …" + "\r       \r" + "\r\r");
        progress.Phases.Select(p => p.Phase).Should().Equal("count");
    }

    [Test]
    public void A_counted_phase_shows_each_whole_percentage_once_on_a_terminal_and_then_clears_it()
    {
        var terminal = new StringWriter();
        var progress = new Progress(terminal, verbose: false, terminal: true);

        var answer = progress.Counted("draw", 4, step =>
        {
            for (var i = 0; i < 4; i++)
                step();
            return 7;
        });

        answer.Should().Be(7);
        var shown = terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(t => t.TrimEnd()).Where(t => t.Length > 0).ToArray();
        shown.Should().Equal("draw …", "draw … 25 %", "draw … 50 %", "draw … 75 %", "draw … 100 %");
    }
}
