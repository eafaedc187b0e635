using Selection.IO.Output;
using Selection.IO.Parquet;

namespace Selection.IO.Tests;

/// <summary>
/// Issue 11: a typed table's machine CSV is formatted straight from its values. It must be the CSV of its text
/// cells (<see cref="TypedTable.ToText"/>) byte for byte, quoting, signs, long numbers and nulls included.
/// </summary>
public class TypedTableCsvTests
{
    private static readonly TypedTable Table = new(
        [
            new ParquetColumn("navn", ParquetColumnType.String),
            new ParquetColumn("poeng", ParquetColumnType.Int32),
            new ParquetColumn("mulige", ParquetColumnType.Int64),
            new ParquetColumn("andel", ParquetColumnType.Double),
            new ParquetColumn("verdi", ParquetColumnType.Decimal),
            new ParquetColumn("flagget", ParquetColumnType.Boolean),
        ],
        [
            ["Skole, \"den gamle\"", 3, 21L, 0.41666666666, 45.30m, true],
            ["=SUM(A1)", -2, long.MaxValue, -0.0000004, -0.5m, false],
            ["linje\r\nbrudd", int.MinValue, long.MinValue, 1e300, 79228162514264337593543950335m, null],
            [null, null, null, double.NaN, 0.000000000000000000000000001m, null],
            ["", 0, 0L, -1e-300, decimal.MinValue, true],
        ]);

    [Test]
    public void The_machine_csv_of_a_typed_table_is_the_csv_of_its_text_cells_byte_for_byte()
    {
        var text = Table.ToText();
        using var expected = new MemoryStream();
        CsvFiles.Write(expected, CsvFiles.Machine, text.Header, text.Rows);
        using var written = new MemoryStream();

        Table.WriteCsv(written, CsvFiles.Machine);

        written.ToArray().Should().Equal(expected.ToArray());
        System.Text.Encoding.UTF8.GetString(written.ToArray()).Should().Contain("0.416667,45.30,true");
    }

    [Test]
    public void A_row_of_another_width_is_refused_as_the_text_writer_refuses_it()
    {
        var table = Table with { Rows = [["a", 1]] };
        using var stream = new MemoryStream();

        FluentActions.Invoking(() => table.WriteCsv(stream, CsvFiles.Machine)).Should().Throw<InvalidOperationException>().WithMessage("A row has 2 cells for 6 columns.");
    }
}
