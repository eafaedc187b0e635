using Selection.IO.Parquet;

namespace Selection.IO.Tests.Parquet;

/// <summary>
/// A table written one row group and one column at a time from a <see cref="RowGroupSource"/> is the very file the
/// whole table writes, over several row groups (the evidence of a 100× country has seven), though the columns of a type
/// share one array: the text columns orgnr and navn are filled into the same one, the last group short.
/// </summary>
public class RowGroupSourceTests
{
    private static readonly ParquetColumn[] Columns =
    [
        new("orgnr", ParquetColumnType.String, false),
        new("trinn", ParquetColumnType.Int32, false),
        new("antall", ParquetColumnType.Int32),
        new("verdi", ParquetColumnType.Decimal, false),
        new("navn", ParquetColumnType.String),
    ];

    // Just over two row groups, so the last one is short; the largest whole part and the finest scale come late.
    private const int Rows = 2 * 1_000_000 + 1_234;

    private static string Orgnr(int row) => (970_000_000 + (row / 20)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Name(int row) => row % 11 == 0 ? null : row % 13 == 0 ? "" : $"skole {row % 101}";

    private static decimal Value(int row) => row == Rows - 3 ? 1234.5m : row == Rows - 1 ? 0.125m : (row % 997) / 10m;

    /// <summary>Makes each cell from its row's number, a column of a group at a time, and counts what it was asked for.</summary>
    private sealed class Generated : RowGroupSource
    {
        public List<(int Column, int Start, int Count)> Asked { get; } = [];

        public override IReadOnlyList<ParquetColumn> Columns => RowGroupSourceTests.Columns;

        public override int RowCount => Rows;

        public override IEnumerable<decimal> Decimals(int column) => Enumerable.Range(0, Rows).Select(Value);

        public override void Fill(int column, Array into, int start, int count)
        {
            Asked.Add((column, start, count));
            for (var i = 0; i < count; i++)
            {
                var row = start + i;
                switch (column)
                {
                    case 0: ((string?[])into)[i] = Orgnr(row); break;
                    case 1: ((int[])into)[i] = 5 + (row % 2 * 3); break;
                    case 2: ((int?[])into)[i] = row % 7 == 0 ? null : row % 50; break;
                    case 3: ((decimal[])into)[i] = Value(row); break;
                    default: ((string?[])into)[i] = Name(row); break;
                }
            }
        }
    }

    [Test]
    public void A_table_written_a_row_group_at_a_time_is_the_file_the_whole_table_writes()
    {
        var whole = new ColumnTable(Columns, Rows);
        for (var row = 0; row < Rows; row++)
        {
            whole.Strings(0)[row] = Orgnr(row);
            whole.Ints(1)[row] = 5 + (row % 2 * 3);
            whole.NullableInts(2)[row] = row % 7 == 0 ? null : row % 50;
            whole.Decimals(3)[row] = Value(row);
            whole.Strings(4)[row] = Name(row);
        }
        var folder = Directory.CreateTempSubdirectory("selection-rowgroups-").FullName;
        try
        {
            var source = new Generated();
            ParquetTables.Write(Path.Combine(folder, "whole.parquet"), whole);
            ParquetTables.Write(Path.Combine(folder, "groups.parquet"), source);

            source.Asked.Should().Equal(
                [.. new[] { (0, 1_000_000), (1_000_000, 1_000_000), (2_000_000, 1_234) }.SelectMany(g => Enumerable.Range(0, Columns.Length).Select(c => (c, g.Item1, g.Item2)))],
                "each column of each row group in turn, the groups in order");
            File.ReadAllBytes(Path.Combine(folder, "groups.parquet")).Should().Equal(File.ReadAllBytes(Path.Combine(folder, "whole.parquet")));
            var names = ParquetTables.ReadColumns(File.ReadAllBytes(Path.Combine(folder, "groups.parquet")), new HashSet<string> { "navn" })["navn"];
            names.Should().Equal(Enumerable.Range(0, Rows).Select(Name), "a null text stays null in every row group, apart from an empty one");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
