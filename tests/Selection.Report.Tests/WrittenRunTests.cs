using System.Globalization;
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

    private SelectionResult? _lastResult;

    private (RunFolder Files, RunFolder Known) WrittenSample()
    {
        var folder = Path.Combine(Folders.NewTemp(), "utvalg");
        Directory.CreateDirectory(folder);
        var loaded = RulesReader.Load("illustrativ").Rules!;
        var data = DataSetReader.Read(Folders.SampleData);
        var result = _lastResult = SelectionEngine.Run(data.Input, loaded.Rules, ReferenceTables.History).Result!;
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
    public void The_rows_of_kommuneobservasjoner_in_memory_are_the_rows_its_file_gives_each_decimal_with_the_files_scale()
    {
        var (files, known) = WrittenSample();
        var fromFile = files.Table(RunWriter.KommuneObservationsTable);
        var fromMemory = known.Table(RunWriter.KommuneObservationsTable);
        var columns = Selection.IO.Parquet.ParquetTables.ReadTyped(new MemoryStream(File.ReadAllBytes(files.FilePath(RunWriter.KommuneObservationsTable + ".parquet")))).Columns;

        fromMemory.Should().HaveSameCount(fromFile).And.HaveCountGreaterThan(1000);
        columns.Should().Contain(c => c.Type == Selection.IO.Parquet.ParquetColumnType.Decimal);
        var rescaled = 0;
        for (var row = 0; row < fromFile.Count; row++)
            foreach (var column in columns)
            {
                var (memory, file) = (fromMemory[row][column.Name], fromFile[row][column.Name]);
                // A decimal's text shows its scale (2.5 and 2.50 are equal as numbers): the text must be the file's.
                Convert.ToString(memory, CultureInfo.InvariantCulture).Should().Be(Convert.ToString(file, CultureInfo.InvariantCulture), "row {0} column {1}", row + 1, column.Name);
                memory.Should().Be(file);
            }
        var written = OutputTables.KommuneObservations(_lastResult!);
        for (var row = 0; row < written.Rows.Count; row++)
            for (var c = 0; c < written.Columns.Count; c++)
                if (written.Rows[row][c] is decimal value && value.ToString(CultureInfo.InvariantCulture) != Convert.ToString(fromMemory[row][written.Columns[c].Name], CultureInfo.InvariantCulture))
                    rescaled++;
        rescaled.Should().BeGreaterThan(0, "some values have fewer decimals than their column, and are given its scale");
    }

    [Test]
    public void A_decimal_is_given_the_most_decimals_of_its_column_as_its_file_would_give_it_back()
    {
        var columns = new[] { new Selection.IO.Parquet.ParquetColumn("verdi", Selection.IO.Parquet.ParquetColumnType.Decimal, Nullable: true) };
        object?[][] rows = [[2.5m], [1.125m], [null], [-3m], [0m]];

        var read = Selection.IO.Parquet.ParquetTables.RowsAsRead(columns, rows);

        read.Select(r => Convert.ToString(r[0], CultureInfo.InvariantCulture)).Should().Equal("2.500", "1.125", "", "-3.000", "0.000");
        rows[0][0].Should().Be(2.5m).And.Subject.As<decimal>().Scale.Should().Be(1, "the rows given are not changed");
    }
}
