using Selection.Core;
using Selection.IO.Input;
using Selection.IO.Output;
using Selection.IO.Reference;
using Selection.IO.Rules;
using Selection.IO.Runs;

namespace Selection.Report.Tests;

/// <summary>
/// Issue 11: the report of a run just written takes skoler, kommuner and the evidence's points from the rows the run
/// wrote them from, not from its files. Those must be the rows the files give back, cell for cell, for any report to be
/// the one <c>selection report</c> writes from the finished folder.
/// </summary>
public class WrittenRunTests
{
    private sealed class Keep : IRunReportWriter
    {
        public WrittenRun? Written { get; private set; }

        public void Write(string folder, Stream output, WrittenRun written) => Written = written;
    }

    private static (RunFolder Files, RunFolder Known) WrittenSample()
    {
        var folder = Path.Combine(Folders.NewTemp(), "utvalg");
        Directory.CreateDirectory(folder);
        var loaded = RulesReader.Load("illustrativ").Rules!;
        var data = DataSetReader.Read(Folders.SampleData);
        var result = SelectionEngine.Run(data.Input, loaded.Rules, ReferenceTables.History).Result!;
        var notices = new RunNotices(loaded.Rules.IsIllustrative, loaded.Rules.Name, loaded.Rules.Provenance, data.Info.Synthetic, data.Info.Name ?? "data");
        var keep = new Keep();
        RunWriter.Write(folder, result, notices, ["test run"], data, loaded, ["run"], reportWriter: keep);
        var (files, problem) = RunFolder.Open(folder);
        files.Should().NotBeNull(problem);
        return (files!, files!.Knowing(keep.Written!));
    }

    [Test]
    public void The_rows_a_run_wrote_skoler_and_kommuner_from_are_the_rows_their_files_give_cell_for_cell()
    {
        var (files, known) = WrittenSample();

        foreach (var table in new[] { RunWriter.SchoolsTable, RunWriter.KommunerTable })
        {
            var fromFile = files.Table(table);
            var fromMemory = known.Table(table);
            fromMemory.Should().HaveSameCount(fromFile);
            var columns = Selection.IO.Parquet.ParquetTables.ReadTyped(new MemoryStream(File.ReadAllBytes(files.FilePath(table + ".parquet")))).Columns;
            columns.Should().NotBeEmpty();
            for (var row = 0; row < fromFile.Count; row++)
                foreach (var column in columns)
                    fromMemory[row][column.Name].Should().Be(fromFile[row][column.Name], "{0} row {1} column {2}", table, row + 1, column.Name);
        }
    }

    [Test]
    public void A_column_left_out_is_missing_from_the_rows_in_memory_as_from_the_file()
    {
        var (files, known) = WrittenSample();
        var only = new HashSet<string>(StringComparer.Ordinal) { "orgnr" };

        FluentActions.Invoking(() => files.Table(RunWriter.SchoolsTable, only)[0]["skolenavn"]).Should().Throw<RunFileException>();
        FluentActions.Invoking(() => known.Table(RunWriter.SchoolsTable, only)[0]["skolenavn"]).Should().Throw<RunFileException>();
        known.Table(RunWriter.SchoolsTable, only)[0].Text("orgnr").Should().Be(files.Table(RunWriter.SchoolsTable, only)[0].Text("orgnr"));
    }

    [Test]
    public void The_evidence_points_a_run_holds_are_those_its_evidence_file_gives_in_the_same_order()
    {
        var (files, known) = WrittenSample();
        var every = files.Table(RunWriter.SchoolsTable).Select(s => s.Text("orgnr")).ToHashSet(StringComparer.Ordinal);
        var some = every.Order(StringComparer.Ordinal).Where((_, i) => i % 7 == 0).ToHashSet(StringComparer.Ordinal);

        var all = files.EvidencePoints(every);
        all.Should().HaveCountGreaterThan(10_000, "the sample's evidence, every school's");
        known.EvidencePoints(every).Should().Equal(all);
        known.EvidencePoints(some).Should().Equal(files.EvidencePoints(some));
        known.EvidencePoints(new HashSet<string>()).Should().BeEmpty();
    }

    [Test]
    public void A_table_with_decimals_is_not_taken_from_memory_its_scale_would_not_be_the_files()
    {
        var result = SelectionEngine.Run(DataSetReader.Read(Folders.SampleData).Input, RulesReader.Load("illustrativ").Rules!.Rules, ReferenceTables.History).Result!;

        FluentActions.Invoking(() => new WrittenRun(result, new Dictionary<string, TypedTable> { [RunWriter.KommuneObservationsTable] = OutputTables.KommuneObservations(result) }))
            .Should().Throw<ArgumentException>().WithMessage("*decimal*");
    }
}
