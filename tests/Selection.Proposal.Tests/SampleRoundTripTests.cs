using Selection.IO.Output;

namespace Selection.Proposal.Tests;

/// <summary>
/// The national sample data with the illustrative rules: every shortlist is answered, re-saved the
/// worst way Excel might (Windows-1252, tabs, LF, every field quoted, rows reversed, empty rows,
/// kommunenummer without the leading zero, shares as fractions, whole numbers as 2,0), and read back.
/// </summary>
public class SampleRoundTripTests
{
    [Test]
    public void Read_EveryShortlistAnsweredAndResaved_GivesEveryPriorityAndReason()
    {
        var run = TestRun.Sample;
        var folder = new ReturnedFolder();
        var expected = new Dictionary<string, List<(string Nr, int Route, int? Priority, string Reason)>>();
        foreach (var file in run.ShortlistFiles.Skip(1)) // the first statsforvalter sends nothing
        {
            var s = Shortlist.Of(run, file);
            var route = s.Column("Rute");
            var given = new List<(string, int, int?, string)>();
            var n = 0;
            foreach (var row in s.Rows)
            {
                var isRoute2 = row[route] == "2";
                int? priority = isRoute2 && n % 3 != 2 ? n + 1 : null; // every third candidate left empty
                row[s.Column("Prioritet (fyll inn for rute 2)")] = priority is { } p ? $"{p},0" : "";
                var reason = $"Kommune {row[0]}: «{row[1]}»; \"se notat\"\nlinje to æøå";
                row[s.Column("Begrunnelse (fyll inn)")] = reason;
                given.Add((row[0], isRoute2 ? 2 : 1, priority, reason));
                if (isRoute2)
                    n++;
            }
            expected[s.Rows.First()[s.Column("Statsforvalter")]] = given;

            s.Rewrite(ShortlistValue.Percent, Shortlist.Fraction)
                .Rewrite(ShortlistValue.Integer, Shortlist.WithDecimal, "Prioritet (fyll inn for rute 2)");
            foreach (var row in s.Rows)
                row[0] = Shortlist.WithoutZero(row[0]);
            s.Cells.Reverse(1, s.Cells.Count - 1);
            var text = s.Csv('\t', "\n", quoteAll: true, encoding: Shortlist.Windows1252);
            folder.With(file, [.. text, .. "\t\t\t\n\n"u8.ToArray()]);
        }

        var answers = folder.Read(run);

        answers.Lines().Should().BeEmpty();
        expected.Should().HaveCountGreaterThan(3);
        answers.Answers.Select(a => a.Statsforvalter).Should().BeEquivalentTo(expected.Keys);
        foreach (var answer in answers.Answers)
            answer.Answers.Select(a => (a.Kommune.Value, a.Route, a.Priority, a.Begrunnelse))
                .Should().Equal(expected[answer.Statsforvalter], answer.Statsforvalter);
        var first = Shortlist.Of(run, run.ShortlistFiles[0]);
        answers.Unanswered.Should().Equal(first.Rows.Any(r => r[first.Column("Rute")] == "2")
            ? [first.Rows.First()[first.Column("Statsforvalter")]]
            : Array.Empty<string>());
    }

    [Test]
    public void Read_DeletedRow_NamesTheKommune()
    {
        var run = TestRun.Sample;
        var file = run.ShortlistFiles.First(f => Shortlist.Of(run, f).Rows.Count() > 2);
        var s = Shortlist.Of(run, file);
        var deleted = s.Cells[2];
        s.Cells.RemoveAt(2);

        new ReturnedFolder().With(file, s.Csv()).Read(run).Lines().Should().Equal(
            $"Error: {file}: kommune {deleted[0]} {deleted[1]} is missing from the returned file (it is on the run's shortlist)");
    }
}
