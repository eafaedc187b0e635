using Selection.IO.Output;

namespace Selection.Proposal.Tests;

public class CellMeaningTests
{
    [TestCase("35,9 %", "35,9%", true, TestName = "Percent without the space")]
    [TestCase("35,9 %", "35.9 %", true, TestName = "Percent with a point")]
    [TestCase("35,9 %", "0,359", true, TestName = "Fraction")]
    [TestCase("35,9 %", "0.359", true, TestName = "Fraction with a point")]
    [TestCase("35,9 %", "36 %", true, TestName = "Whole percent, 0,1 off")]
    [TestCase("35,5 %", "36 %", true, TestName = "Whole percent, on the half unit")]
    [TestCase("35,4 %", "36 %", false, TestName = "Whole percent, past the half unit")]
    [TestCase("35,9 %", "0,35943", true, TestName = "Full precision, within the run's rounding")]
    [TestCase("35,9 %", "0,3596", false, TestName = "Full precision, past the run's rounding")]
    [TestCase("35,9 %", "35,9", false, TestName = "A bare number is a fraction: 3590 %")]
    [TestCase("35,9 %", "", false, TestName = "Emptied")]
    [TestCase("", "", true, TestName = "Empty stays empty")]
    public void Same_Share(string run, string returned, bool same) =>
        CellMeaning.Same(run, returned, ShortlistValue.Percent).Should().Be(same);

    [TestCase("2", "2,0", true)]
    [TestCase("2", "2.00", true)]
    [TestCase("2", "2,5", false)]
    [TestCase("2", "3", false)]
    [TestCase("2", "2 %", false)]
    public void Same_Integer(string run, string returned, bool same) =>
        CellMeaning.Same(run, returned, ShortlistValue.Integer).Should().Be(same);

    [TestCase("Porsanger - Porsáŋgu - Porsanki", "Porsanger - Porsá?gu - Porsanki", true, TestName = "A ? where Windows-1252 has no ŋ")]
    [TestCase("Oslo", "Osl?", false, TestName = "A ? where the run's letter fits Windows-1252")]
    [TestCase("'=Alfa skole", "=Alfa skole", true, TestName = "The formula quote stripped")]
    [TestCase("'-Alfa", "'-Alfa", true, TestName = "The formula quote kept")]
    [TestCase("a\r\nb", "a\nb", true, TestName = "CRLF as LF")]
    [TestCase("Oslo", " Oslo ", true, TestName = "Spaces around")]
    [TestCase("Oslo", "oslo", false, TestName = "Case is text")]
    public void Same_Text(string run, string returned, bool same) =>
        CellMeaning.Same(run, returned, ShortlistValue.Text).Should().Be(same);

    [TestCase("", null, true)]
    [TestCase("1", 1, true)]
    [TestCase(" 12 ", 12, true)]
    [TestCase("3,00", 3, true)]
    [TestCase("0", null, false)]
    [TestCase("+1", null, false)]
    [TestCase("1e0", null, false)]
    [TestCase("99999999999", null, false)]
    public void Priority_Parses(string cell, int? priority, bool valid) =>
        CellMeaning.Priority(cell).Should().Be((priority, valid));
}

[SetUpFixture]
public class TempFolders
{
    [OneTimeTearDown]
    public void RemoveThem()
    {
        try
        {
            Directory.Delete(Path.Combine(Path.GetTempPath(), "selection-proposal-tests"), recursive: true);
        }
        catch (IOException)
        {
            // Another test process may still use it; the next run tries again.
        }
    }
}
