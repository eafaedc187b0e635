using Selection.IO.Parquet;

namespace Selection.IO.Tests.Parquet;

/// <summary>The column form of a table (<see cref="ColumnTable"/>) writes the very bytes the row form writes.</summary>
public class ColumnTableTests
{
    private static readonly ParquetColumn[] Columns =
    [
        new("orgnr", ParquetColumnType.String, false),
        new("merknad", ParquetColumnType.String),
        new("trinn", ParquetColumnType.Int32, false),
        new("antall", ParquetColumnType.Int32),
        new("elever", ParquetColumnType.Int64, false),
        new("verdi", ParquetColumnType.Decimal, false),
        new("grense", ParquetColumnType.Decimal),
        new("andel", ParquetColumnType.Double),
        new("flagget", ParquetColumnType.Boolean, false),
    ];

    private static readonly object?[][] Rows =
    [
        ["974760673", null, 7, 12, 120L, 4.10m, 3.95m, 0.25, true],
        ["974760681", "tynt", 10, null, 0L, 37m, null, null, false],
        ["974760703", "", 5, 3, 9_000_000_000L, 0.005m, 100m, 1.0, true],
    ];

    private static ColumnTable AsColumns(object?[][] rows)
    {
        var table = new ColumnTable(Columns, rows.Length);
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < Columns.Length; c++)
                table.Data(c).SetValue(rows[r][c], r);
        return table;
    }

    [Test]
    public void The_column_form_writes_the_same_bytes_as_the_row_form()
    {
        using var rows = new MemoryStream();
        ParquetTables.Write(rows, Columns, Rows);
        var path = Path.GetTempFileName();
        try
        {
            ParquetTables.Write(path, AsColumns(Rows));

            File.ReadAllBytes(path).Should().Equal(rows.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void An_empty_table_writes_the_same_bytes_as_no_rows()
    {
        using var rows = new MemoryStream();
        ParquetTables.Write(rows, Columns, []);
        var path = Path.GetTempFileName();
        try
        {
            ParquetTables.Write(path, AsColumns([]));

            File.ReadAllBytes(path).Should().Equal(rows.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_null_in_a_text_column_that_may_not_hold_one_is_refused()
    {
        var table = AsColumns(Rows);
        table.Strings(0)[1] = null;

        FluentActions.Invoking(() => ParquetTables.Write(Path.Combine(Path.GetTempPath(), "never.parquet"), table))
            .Should().Throw<ArgumentException>().WithMessage("*row 1, column 'orgnr': null*");
    }

    [Test]
    public void A_column_is_read_as_its_own_type_only()
    {
        var table = new ColumnTable(Columns, 1);

        table.Ints(2).Should().HaveCount(1);
        FluentActions.Invoking(() => table.Ints(3)).Should().Throw<InvalidOperationException>().WithMessage("*antall*");
    }
}
