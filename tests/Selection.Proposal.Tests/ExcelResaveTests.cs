using Selection.IO.Output;

namespace Selection.Proposal.Tests;

/// <summary>A file Norwegian Excel opened and saved again means what the run wrote: every variant passes, and the answer comes through.</summary>
public class ExcelResaveTests
{
    private const string Reason = "Store forskjeller mellom skolene; «Alfa» og \"Bjørkelia\"\r\nSe også årsrapporten (æøå ÆØÅ)";
    private const string ReasonRead = "Store forskjeller mellom skolene; «Alfa» og \"Bjørkelia\"\nSe også årsrapporten (æøå ÆØÅ)";

    private static Shortlist Answered(string priority = "1") =>
        Shortlist.Of(TestRun.Liten, Shortlist.Oslo)
            .Set(1, "Prioritet (fyll inn for rute 2)", priority)
            .Set(1, "Begrunnelse (fyll inn)", Reason);

    private static IEnumerable<TestCaseData> Variants()
    {
        TestCaseData Case(string name, Func<byte[]> file) => new TestCaseData(file) { TestName = name };
        yield return Case("As written (UTF-8 with BOM, ;, CRLF)", () => Answered().Csv());
        yield return Case("Windows-1252", () => Answered().Csv(encoding: Shortlist.Windows1252));
        yield return Case("UTF-8 without BOM", () => Answered().Csv(bom: false));
        yield return Case("Tab separated", () => Answered().Csv('\t'));
        yield return Case("Comma separated, quoted where needed", () => Answered().Csv(','));
        yield return Case("LF line ends", () => Answered().Csv(newLine: "\n"));
        yield return Case("Every field quoted", () => Answered().Csv(quoteAll: true));
        yield return Case("Empty rows appended", () => [.. Answered().Csv(), .. "\r\n;;;;\r\n;;;;;;;;;;;;;;;;;;;;\r\n"u8.ToArray()]);
        yield return Case("Kommunenummer without its leading zero", () => Answered().Set(1, "Kommunenummer", "301").Csv());
        yield return Case("Percentages as fractions (0,333)", () => Answered().Rewrite(ShortlistValue.Percent, Shortlist.Fraction).Csv());
        yield return Case("Percentages without decimals (33 %)", () => Answered().Rewrite(ShortlistValue.Percent, Shortlist.WholePercent).Csv());
        yield return Case("Percentages with a point, no space (33.3%)", () => Answered().Rewrite(ShortlistValue.Percent, Shortlist.PointNoSpace).Csv());
        yield return Case("Whole numbers with a decimal (2,0)", () => Answered().Rewrite(ShortlistValue.Integer, Shortlist.WithDecimal, "Prioritet (fyll inn for rute 2)").Csv());
        yield return Case("Priority 1,0", () => Answered("1,0").Csv());
        yield return Case("Priority 1.0", () => Answered("1.0").Csv());
        yield return Case("Priority with spaces", () => Answered(" 1 ").Csv(quoteAll: true));
        yield return Case("Headers in other case, fill-in headers shortened", () =>
        {
            var s = Answered();
            s.Header[0] = "KOMMUNENUMMER";
            s.Header[s.Column("Prioritet (fyll inn for rute 2)")] = "Prioritet";
            s.Header[s.Column("Begrunnelse (fyll inn)")] = "begrunnelse";
            s.Header[s.Column("Kjøring")] = "Kjoring";
            s.Header[s.Column("Kommunens rang")] = "kommunens RANG";
            return s.Csv();
        });
        yield return Case("All of them at once", () => Answered("1,0")
            .Set(1, "Kommunenummer", "301")
            .Rewrite(ShortlistValue.Percent, Shortlist.Fraction)
            .Rewrite(ShortlistValue.Integer, Shortlist.WithDecimal, "Prioritet (fyll inn for rute 2)")
            .Csv('\t', "\n", quoteAll: true, encoding: Shortlist.Windows1252));
    }

    [TestCaseSource(nameof(Variants))]
    public void Read_ExcelResave_PassesWithTheAnswer(Func<byte[]> file)
    {
        var answers = new ReturnedFolder().With(Shortlist.Oslo, file()).Read(TestRun.Liten);

        answers.Lines().Should().BeEmpty();
        var oslo = answers.Answers.Should().ContainSingle().Subject;
        oslo.Statsforvalter.Should().Be("Statsforvalteren i Østfold, Buskerud, Oslo og Akershus");
        oslo.Answers.Should().ContainSingle().Which.Should().Be(
            new KommuneAnswer(ProblemText.Nr("0301"), 2, 1, ReasonRead, new Core.Origin(Shortlist.Oslo, 2)));
    }

    [Test]
    public void Read_FormulaEscapeStrippedByExcel_Passes()
    {
        // Given a run where a flagged school's name starts with '=', so its shortlist cell is written '=…
        var run = TestRun.Formula;
        var cells = Shortlist.Of(run, Shortlist.Oslo);
        var flagged = cells.Column("Flaggede skoler (andel, rang)");
        cells.Cells[1][flagged].Should().StartWith("'=Alfa skole");

        // When Excel shows it as text and saves it without the quote
        cells.Cells[1][flagged] = cells.Cells[1][flagged][1..];
        var answers = new ReturnedFolder().With(Shortlist.Oslo, cells.Csv()).Read(run);

        // Then it is the same cell
        answers.Lines().Should().BeEmpty();
        answers.Answers.Should().ContainSingle();
    }

    [Test]
    public void Read_ReasonInWindows1252_KeepsSemicolonQuotesLineBreakAndNorwegianLetters()
    {
        var answers = new ReturnedFolder().With(Shortlist.Oslo, Answered().Csv(encoding: Shortlist.Windows1252)).Read(TestRun.Liten);

        answers.Answers.Single().Answers.Single().Begrunnelse.Should().Be(ReasonRead);
    }
}
