namespace Selection.Proposal.Tests;

public class UnchangedTests
{
    [Test]
    public void Read_TheRunsOwnShortlists_PassWithoutProblems()
    {
        // Given the liten run's two shortlists, sent back exactly as written
        var run = TestRun.Liten;
        var folder = new ReturnedFolder();
        foreach (var f in run.ShortlistFiles)
            folder.With(f, run.Bytes(f));

        // When they are read
        var answers = folder.Read(run);

        // Then nothing is wrong, both statsforvaltere answered, and no kommune has a priority
        answers.Problems.Should().BeEmpty();
        answers.Unanswered.Should().BeEmpty();
        answers.Answers.Select(a => a.Statsforvalter).Should().Equal(
            "Statsforvalteren i Troms og Finnmark", "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus");
        answers.Answers[1].Answers.Should().Equal(
            new KommuneAnswer(ProblemText.Nr("0301"), 2, null, "", new Core.Origin("statsforvalteren-i-ostfold-buskerud-oslo-og-akershus.csv", 2)));
        answers.Answers[0].Answers.Single().Route.Should().Be(1);
    }
}
