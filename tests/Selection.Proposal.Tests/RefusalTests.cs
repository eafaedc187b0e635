namespace Selection.Proposal.Tests;

/// <summary>Each change a returned file must not make, refused with the message a person reads.</summary>
public class RefusalTests
{
    private const string Oslo = Shortlist.Oslo;
    private const string Sf = "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus";

    private static Shortlist Osl() => Shortlist.Of(TestRun.Liten, Oslo);

    private static ReturnedAnswers Read(byte[] file, string name = Oslo) => new ReturnedFolder().With(name, file).Read(TestRun.Liten);

    [Test]
    public void Read_ChangedNumber_IsAnError()
    {
        var answers = Read(Osl().Set(1, "Kommunens andel risikopoeng", "45,0 %").Csv());

        answers.Lines().Should().Equal($"Error: {Oslo} line 2, column Kommunens andel risikopoeng: '45,0 %' differs from the run's '33,3 %'");
        answers.Answers.Should().BeEmpty();
        answers.Unanswered.Should().BeEmpty("the statsforvalter did send a file");
    }

    [TestCase("34 %", TestName = "A whole percent more than half a unit off")]
    [TestCase("0,334", TestName = "A fraction one unit off in its last decimal")]
    [TestCase("33,4 %", TestName = "A percent one unit off in its last decimal")]
    public void Read_ShareOutsideItsPrecision_IsAnError(string share) =>
        Read(Osl().Set(1, "Kommunens andel risikopoeng", share).Csv()).Lines().Should().Equal(
            $"Error: {Oslo} line 2, column Kommunens andel risikopoeng: '{share}' differs from the run's '33,3 %'");

    [Test]
    public void Read_ChangedInteger_IsAnError() =>
        Read(Osl().Set(1, "Antall skoler", "3").Csv()).Lines().Should().Equal(
            $"Error: {Oslo} line 2, column Antall skoler: '3' differs from the run's '2'");

    [Test]
    public void Read_ChangedName_IsAnError() =>
        Read(Osl().Set(1, "Kommunenavn", "Oslo kommune").Csv()).Lines().Should().Equal(
            $"Error: {Oslo} line 2, column Kommunenavn: 'Oslo kommune' differs from the run's 'Oslo'");

    [Test]
    public void Read_AddedRow_IsAnError()
    {
        var s = Osl();
        s.Cells.Add([.. s.Cells[1]]);
        s.Set(2, "Kommunenummer", "1103");

        Read(s.Csv()).Lines().Should().Equal($"Error: {Oslo} line 3: kommune 1103 is not on the run's shortlist for {Sf}");
    }

    [Test]
    public void Read_RowTwice_IsAnError()
    {
        var s = Osl();
        s.Cells.Add([.. s.Cells[1]]);

        Read(s.Csv()).Lines().Should().Equal($"Error: {Oslo} line 3: kommune 0301 is in the file twice (lines 2 and 3)");
    }

    [Test]
    public void Read_DeletedRow_IsAnError()
    {
        var s = Osl();
        s.Cells.Add([.. s.Cells[1]]);
        s.Set(2, "Kommunenummer", "1103");
        s.Cells.RemoveAt(1);

        Read(s.Csv()).Lines().Should().Equal(
            $"Error: {Oslo} line 2: kommune 1103 is not on the run's shortlist for {Sf}",
            $"Error: {Oslo}: kommune 0301 Oslo is missing from the returned file (it is on the run's shortlist)");
    }

    [Test]
    public void Read_HeaderOnly_IsAnError()
    {
        var s = Osl();
        s.Cells.RemoveAt(1);

        Read(s.Csv()).Lines().Should().Equal($"Error: {Oslo} line 1: the file has no kommune rows, only its header");
    }

    [Test]
    public void Read_WrongRunId_NamesBothRuns()
    {
        var runId = TestRun.Liten.RunId;

        Read(Osl().Set(1, "Kjøring", "0123456789ab").Csv()).Lines().Should().Equal(
            $"Error: {Oslo} line 2, column Kjøring: the file belongs to run 0123456789ab, not to this run {runId}");
    }

    [Test]
    public void Read_EmptyRunId_IsAnError() =>
        Read(Osl().Set(1, "Kjøring", "").Csv()).Lines().Should().Equal(
            $"Error: {Oslo} line 2, column Kjøring: the row has no run id; every row must carry this run's id {TestRun.Liten.RunId}");

    [Test]
    public void Read_UnknownStatsforvalter_IsAnError() =>
        Read(Osl().Set(1, "Statsforvalter", "Statsforvalteren i Agder").Csv(), "agder.csv").Lines().Should().Equal(
            "Error: agder.csv line 2, column Statsforvalter: the file is for 'Statsforvalteren i Agder', which has no shortlist in this run "
            + $"(it has shortlists for Statsforvalteren i Troms og Finnmark, {Sf})");

    [Test]
    public void Read_TwoDifferentFilesForOneStatsforvalter_NamesBoth()
    {
        var answers = new ReturnedFolder()
            .With("a.csv", Osl().Set(1, "Prioritet (fyll inn for rute 2)", "1").Csv())
            .With("b.csv", Osl().Set(1, "Prioritet (fyll inn for rute 2)", "2").Csv())
            .Read(TestRun.Liten);

        answers.Lines().Should().Equal($"Error: a.csv: {Sf} sent 2 different files: 'a.csv', 'b.csv'; keep one in the folder");
        answers.Answers.Should().BeEmpty();
    }

    [Test]
    public void Read_TheSameFileTwice_IsAWarningAndCountedOnce()
    {
        var file = Osl().Set(1, "Prioritet (fyll inn for rute 2)", "1").Csv();

        var answers = new ReturnedFolder().With("a.csv", file).With("kopi av a.csv", file).Read(TestRun.Liten);

        answers.Lines().Should().Equal("Warning: kopi av a.csv: the same file as 'a.csv', byte for byte: counted once");
        answers.Answers.Should().ContainSingle().Which.File.Should().Be("a.csv");
    }

    [TestCase("0", TestName = "Priority 0")]
    [TestCase("-1", TestName = "Priority -1")]
    [TestCase("1,5", TestName = "Priority 1,5")]
    [TestCase("1.", TestName = "Priority 1. (a trailing point)")]
    [TestCase("høy", TestName = "Priority as text")]
    public void Read_BadPriority_IsAnError(string priority) =>
        Read(Osl().Set(1, "Prioritet (fyll inn for rute 2)", priority).Csv()).Lines().Should().Equal(
            $"Error: {Oslo} line 2, column Prioritet (fyll inn for rute 2): the priority must be a whole number, 1 or more (1 = highest), or empty (found '{priority}')");

    [Test]
    public void Read_PriorityOnRoute1_IsIgnoredWithAWarning()
    {
        var troms = Shortlist.Of(TestRun.Liten, Shortlist.Troms).Set(1, "Prioritet (fyll inn for rute 2)", "1");

        var answers = Read(troms.Csv(), Shortlist.Troms);

        answers.Lines().Should().Equal(
            $"Warning: {Shortlist.Troms} line 2, column Prioritet (fyll inn for rute 2): kommune 5501 is on route 1: its priority is ignored (route 1 kommuner are taken in any case) (found '1')");
        answers.Answers.Single().Answers.Single().Priority.Should().BeNull();
        answers.Unanswered.Should().Equal(Sf);
    }

    [Test]
    public void Read_MissingColumn_NamesIt() =>
        Read(Osl().RemoveColumn("Kommunens rang").Csv()).Lines().Should().Equal(
            $"Error: {Oslo} line 1, column Kommunens rang: the file has no column 'Kommunens rang' (the run's shortlist has it); put it back as it was");

    [Test]
    public void Read_MissingRunIdColumn_NamesIt() =>
        Read(Osl().RemoveColumn("Kjøring").Csv()).Lines().Should().Equal(
            $"Error: {Oslo} line 1, column Kjøring: the file has no column 'Kjøring' (the run's shortlist has it); put it back as it was");

    [Test]
    public void Read_ExtraColumnWithText_IsAnError_AnEmptyOneIsNot()
    {
        var s = Osl();
        s.Header.Add("Kommentar");
        s.Cells[1].Add("ring oss");
        s.Header.Add("Tom");
        s.Cells[1].Add("");

        Read(s.Csv()).Lines().Should().Equal(
            $"Error: {Oslo} line 1, column Kommentar: the column 'Kommentar' is not in the run's shortlist and holds text (line 2); write comments in Begrunnelse and remove the column");
    }

    [Test]
    public void Read_ControlCharacterInReason_IsAnError() =>
        Read(Osl().Set(1, "Begrunnelse (fyll inn)", "farlig \u001B[31m tekst").Csv()).Lines().Should().Equal(
            $"Error: {Oslo} line 2, column Begrunnelse (fyll inn): the cell holds the control character U+001B; remove it (found 'farlig \\u001B[31m tekst')");

    [Test]
    public void Read_BinaryFile_IsAnError() =>
        Read([0x50, 0x00, 0x01, 0x02, 0xFF], "svar.csv").Lines().Should().Equal(
            "Error: svar.csv: cannot read the file: the file is not text (it holds binary bytes)");

    [Test]
    public void Read_EmptyFile_IsAnError() =>
        Read([], "svar.csv").Lines().Should().Equal("Error: svar.csv: cannot read the file: the file is empty");

    [Test]
    public void Read_XlsxWithoutReader_IsAnError() =>
        Read("PK\u0003\u0004 not really"u8.ToArray(), "svar.xlsx").Lines().Should().Equal(
            "Error: svar.xlsx: cannot read .xlsx here: save the workbook as CSV (semikolondelt), or read the folder with the xlsx reader");

    [Test]
    public void Read_XlsxSavedAsCsv_IsAnError() =>
        Read("PK\u0003\u0004 not really"u8.ToArray(), "svar.csv").Lines().Should().Equal(
            "Error: svar.csv: cannot read the file: the file is a ZIP archive (an Excel workbook?), not CSV text: save it from Excel as \"CSV (semikolondelt)\"");

    [Test]
    public void Read_OtherFiles_AreListedAsIgnored()
    {
        var folder = new ReturnedFolder().With(Oslo, Osl().Csv()).WithText("README.txt", "svar fra statsforvalteren").WithText("~$svar.xlsx", "lock");
        Directory.CreateDirectory(Path.Combine(folder.Folder, "gamle"));

        folder.Read(TestRun.Liten).Lines().Should().Equal(
            "Warning: README.txt: not a .csv or .xlsx file: ignored",
            "Warning: gamle: a folder: ignored (only the .csv and .xlsx files in the folder itself are read)",
            "Warning: ~$svar.xlsx: Excel's lock file for a workbook that is open: ignored (close the workbook in Excel to be sure its last changes are saved)");
    }

    [Test]
    public void Read_OldExcelWorkbook_IsAnError() =>
        Read([0xD0, 0xCF, 0x11, 0xE0], "svar.xls").Lines().Should().Equal(
            "Error: svar.xls: cannot read the file: a .xls workbook is not read; save it as .xlsx or as CSV (semikolondelt)");

    [Test]
    public void Read_XlsxWithReader_IsCheckedLikeCsv()
    {
        // Given an xlsx reader (the other format's own) that gives the shortlist's cells with a priority
        var s = Osl().Set(1, "Prioritet (fyll inn for rute 2)", "2");
        var table = new ReturnedTable("svar.xlsx", "xlsx", s.Header, [new ReturnedRow(2, s.Cells[1]), new ReturnedRow(3, ["", ""])]);
        var folder = new ReturnedFolder().With("svar.xlsx", [1, 2, 3]);

        var answers = ReturnedShortlists.Read(TestRun.Liten.Folder, folder.Folder, (_, _) => (table, null));

        answers.Lines().Should().BeEmpty();
        answers.Answers.Single().Answers.Single().Priority.Should().Be(2);
    }

    [Test]
    public void Read_NothingSent_ListsTheStatsforvalterWithRoute2AsUnanswered()
    {
        var answers = new ReturnedFolder().Read(TestRun.Liten);

        answers.Problems.Should().BeEmpty();
        answers.Unanswered.Should().Equal(Sf);
    }

    [Test]
    public void Read_MissingFolder_IsAnError()
    {
        var missing = Path.Combine(TestPaths.NewTempFolder("x"), "svar");

        ReturnedShortlists.Read(TestRun.Liten.Folder, missing).Lines().Should().Equal($"Error: {missing}: the folder of returned shortlists does not exist");
    }
}
