using System.Globalization;
using Parquet;
using Parquet.Schema;
using Selection.Core;
using Selection.IO.Input;
using Selection.IO.Parquet;

namespace Selection.IO.Tests;

/// <summary>Reading input tables from Parquet and writing the engine's Parquet outputs (DOMAIN §9, §10).</summary>
public class ParquetTablesTests
{
    private static readonly ParquetColumn[] EveryType =
    [
        new("navn", ParquetColumnType.String),
        new("antall", ParquetColumnType.Int32),
        new("stor", ParquetColumnType.Int64),
        new("verdi", ParquetColumnType.Double),
        new("andel", ParquetColumnType.Decimal),
        new("flagget", ParquetColumnType.Boolean),
        new("orgnr", ParquetColumnType.String, Nullable: false),
        new("rang", ParquetColumnType.Int32, Nullable: false),
        new("sum", ParquetColumnType.Int64, Nullable: false),
        new("snitt", ParquetColumnType.Double, Nullable: false),
        new("poeng", ParquetColumnType.Decimal, Nullable: false),
        new("ok", ParquetColumnType.Boolean, Nullable: false),
    ];

    private static readonly object?[][] EveryTypeRows =
    [
        ["Skoleår ø", 7, 5_000_000_000L, 4.1, 0.333333m, true, "974589095", 1, 0L, 0.1, 40.5m, false],
        [null, null, null, null, null, null, "", -1, long.MaxValue, double.NaN, -12.25m, true],
        ["", int.MinValue, long.MinValue, double.NegativeInfinity, -0.000001m, false, "x", int.MaxValue, -1L, 1e21, 4.10m, true],
    ];

    private static byte[] Write(IReadOnlyList<ParquetColumn> columns, IReadOnlyList<object?[]> rows)
    {
        using var stream = new MemoryStream();
        ParquetTables.Write(stream, columns, rows);
        return stream.ToArray();
    }

    private static (IReadOnlyList<ParquetColumn> Columns, IReadOnlyList<object?[]> Rows) ReadTyped(byte[] bytes) =>
        ParquetTables.ReadTyped(new MemoryStream(bytes));

    private static SourceTable ReadText(byte[] bytes)
    {
        var (table, problems) = ParquetTables.Read(bytes, "t.parquet");
        problems.Should().BeEmpty();
        return table!;
    }

    private static string Invariant(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    [Test]
    public void Every_type_round_trips_with_nulls_through_ReadTyped()
    {
        var (columns, rows) = ReadTyped(Write(EveryType, EveryTypeRows));

        columns.Should().Equal(EveryType);
        rows.Should().HaveCount(EveryTypeRows.Length);
        for (var r = 0; r < rows.Count; r++)
        {
            rows[r].Should().HaveCount(EveryType.Length);
            for (var c = 0; c < EveryType.Length; c++)
            {
                var expected = EveryTypeRows[r][c];
                var actual = rows[r][c];
                if (expected is null)
                {
                    actual.Should().BeNull($"row {r}, column {EveryType[c].Name}");
                    continue;
                }
                actual.Should().BeOfType(expected.GetType(), $"row {r}, column {EveryType[c].Name}");
                actual.Should().Be(expected, $"row {r}, column {EveryType[c].Name}");
            }
        }
    }

    [Test]
    public void Read_gives_the_header_and_invariant_text_cells_with_lines_from_2()
    {
        var table = ReadText(Write(EveryType, EveryTypeRows));

        table.File.Should().Be("t.parquet");
        table.Format.Should().Be("Parquet");
        table.Headers.Should().Equal(EveryType.Select(c => c.Name));
        table.Rows.Select(r => r.Line).Should().Equal(2, 3, 4);
        // The decimal columns share a scale: 6 for andel (0.333333), 2 for poeng (4.10, -12.25).
        table.Rows[0].Fields.Should().Equal("Skoleår ø", "7", "5000000000", "4.1", "0.333333", "true", "974589095", "1", "0", "0.1", "40.50", "false");
        table.Rows[1].Fields.Should().Equal("", "", "", "", "", "", "", "-1", "9223372036854775807", "NaN", "-12.25", "true");
        table.Rows[2].Fields.Should().Equal("", "-2147483648", "-9223372036854775808", "-Infinity", "-0.000001", "false", "x", "2147483647", "-1", "1E+21", "4.10", "true");
    }

    [Test]
    public void Doubles_read_as_their_shortest_round_trip_text()
    {
        double[] values = [4.1, 0.1 + 0.2, 1.0 / 3, 100, -0.5, 1e-7, double.PositiveInfinity, double.NaN];
        var table = ReadText(Write([new("x", ParquetColumnType.Double)], values.Select(v => new object?[] { v }).ToList()));

        table.Rows.Select(r => r[0]).Should().Equal("4.1", "0.30000000000000004", "0.3333333333333333", "100", "-0.5", "1E-07", "Infinity", "NaN");
        table.Rows.Select(r => double.Parse(r[0], CultureInfo.InvariantCulture)).Should().Equal(values);
    }

    [Test]
    public void Text_cells_are_trimmed_like_csv_fields()
    {
        var table = ReadText(Write([new("navn", ParquetColumnType.String)], [["  Nordre skole\u00A0"], ["\tA B\t"], ["   "]]));

        table.Rows.Select(r => r[0]).Should().Equal("Nordre skole", "A B", "");
    }

    [TestCase("40.5")]
    [TestCase("4.10")]
    [TestCase("0.333333")]
    [TestCase("12.25")]
    [TestCase("-7")]
    [TestCase("79228162514264337593543950335")]
    [TestCase("-0.0000000000000000000000000001")]
    [TestCase("12345678901234567890.123456")]
    [TestCase("999999999999999999")]
    [TestCase("0.00")]
    [TestCase("9223372036854775807")]
    [TestCase("-9223372036854775807")]
    [TestCase("-9223372036854775808")]
    [TestCase("18446744073709551615")]
    [TestCase("-922337203.6854775809")]
    public void A_decimal_round_trips_exactly_with_its_scale(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        var bytes = Write([new("x", ParquetColumnType.Decimal, Nullable: false)], [[value]]);

        var typed = (decimal)ReadTyped(bytes).Rows[0][0]!;
        typed.Should().Be(value);
        Invariant(typed).Should().Be(text);
        ReadText(bytes).Rows[0][0].Should().Be(text);
    }

    [Test]
    public void Decimals_in_one_column_round_trip_exactly_at_the_column_scale()
    {
        decimal[] values = [40.5m, 4.10m, 0.333333m, 12.25m];
        var bytes = Write([new("andel", ParquetColumnType.Decimal)], values.Select(v => new object?[] { v }).Append([null]).ToList());

        var typed = ReadTyped(bytes).Rows.Select(r => r[0]).ToList();
        typed.Should().Equal(40.5m, 4.10m, 0.333333m, 12.25m, null);
        typed.Take(4).Select(v => Invariant((decimal)v!)).Should().Equal("40.500000", "4.100000", "0.333333", "12.250000");
        ReadText(bytes).Rows.Select(r => r[0]).Should().Equal("40.500000", "4.100000", "0.333333", "12.250000", "");
    }

    [Test]
    public void A_decimal_column_that_needs_more_than_38_digits_is_refused()
    {
        var act = () => Write([new("x", ParquetColumnType.Decimal)], [[79228162514264337593543950335m], [0.0000000000000000000000000001m]]);

        act.Should().Throw<ArgumentException>().WithMessage("*'x'*38*");
    }

    [Test]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = Write(EveryType, EveryTypeRows);
        var second = Write(EveryType, EveryTypeRows.Select(r => (object?[])r.Clone()).ToList());
        second.Should().Equal(first);

        var path = Path.Combine(Path.GetTempPath(), $"selection-parquet-{Guid.NewGuid():N}.parquet");
        try
        {
            ParquetTables.Write(path, EveryType, EveryTypeRows);
            File.ReadAllBytes(path).Should().Equal(first);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void The_file_is_snappy_compressed_and_has_a_fixed_created_by()
    {
        using var reader = new MemoryStream(Write(EveryType, EveryTypeRows));
        var parquet = ParquetReader.CreateAsync(reader).GetAwaiter().GetResult();

        parquet.Metadata!.CreatedBy.Should().StartWith("Parquet.Net version ");
        parquet.Metadata.RowGroups.Should().ContainSingle();
        parquet.Metadata.RowGroups[0].Columns.Select(c => c.MetaData!.Codec).Should().AllBeEquivalentTo(global::Parquet.Meta.CompressionCodec.SNAPPY);
        parquet.CustomMetadata.Should().BeEmpty();
    }

    [Test]
    public void A_file_with_no_rows_reads_as_a_table_with_the_header_and_no_rows()
    {
        var bytes = Write(EveryType, []);

        var table = ReadText(bytes);
        table.Headers.Should().Equal(EveryType.Select(c => c.Name));
        table.Rows.Should().BeEmpty();
        var (columns, rows) = ReadTyped(bytes);
        columns.Should().Equal(EveryType);
        rows.Should().BeEmpty();
    }

    [Test]
    public async Task Every_row_group_is_read()
    {
        var schema = new ParquetSchema(new DataField<int>("id"), new DataField<string>("navn"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream))
        {
            foreach (var part in new[] { new[] { 1, 2, 3 }, new[] { 4, 5 } })
            {
                using var group = writer.CreateRowGroup();
                await group.WriteAsync<int>(schema.DataFields[0], part);
                await group.WriteAsync(schema.DataFields[1], part.Select(i => i == 4 ? null : $"s{i}").ToArray());
            }
        }

        var table = ReadText(stream.ToArray());
        table.Rows.Select(r => r.Line).Should().Equal(2, 3, 4, 5, 6);
        table.Rows.Select(r => string.Join("|", r.Fields)).Should().Equal("1|s1", "2|s2", "3|s3", "4|", "5|s5");
    }

    /// <summary>
    /// Three int columns in two row groups, with the page headers of the named (row group, column) chunks overwritten.
    /// Large, the table has more than a million cells, which are read side by side; small, one piece after another.
    /// </summary>
    private static async Task<byte[]> TwoGroupsDamagedAt(bool large, params (int Group, int Column)[] damaged)
    {
        var schema = new ParquetSchema(new DataField<int>("a"), new DataField<int>("b"), new DataField<int>("c"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream))
        {
            var size = large ? 200_000 : 3;
            foreach (var part in new[] { Enumerable.Range(1, size).ToArray(), Enumerable.Range(size + 1, size - 1).ToArray() })
            {
                using var group = writer.CreateRowGroup();
                foreach (var field in schema.DataFields)
                    await group.WriteAsync<int>(field, part);
            }
        }
        var bytes = stream.ToArray();
        using var read = new MemoryStream(bytes);
        var parquet = await ParquetReader.CreateAsync(read);
        foreach (var (g, c) in damaged)
            bytes.AsSpan((int)parquet.Metadata!.RowGroups[g].Columns[c].MetaData!.DataPageOffset, 6).Fill(0xFF);
        return bytes;
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Every_column_named_is_read_through_every_row_group(bool large)
    {
        var columns = ParquetTables.ReadColumns(await TwoGroupsDamagedAt(large), new HashSet<string> { "a", "b", "c" });

        var expected = Enumerable.Range(1, large ? 399_999 : 5).Cast<object?>();
        columns.Keys.Should().BeEquivalentTo("a", "b", "c");
        foreach (var column in columns.Values)
            column.Should().Equal(expected);
    }

    [TestCase(false, new[] { 0, 2, 1, 0 }, "c", TestName = "An earlier row group's damage is the one reported, whatever its column")]
    [TestCase(false, new[] { 0, 2, 0, 1 }, "b", TestName = "In one row group the first damaged column is the one reported")]
    [TestCase(true, new[] { 0, 2, 1, 0 }, "c", TestName = "Read side by side, an earlier row group's damage is the one reported")]
    [TestCase(true, new[] { 0, 2, 0, 1 }, "b", TestName = "Read side by side, in one row group the first damaged column is the one reported")]
    public async Task A_damaged_file_reports_what_reading_it_group_by_group_meets_first(bool large, int[] damage, string column)
    {
        var bytes = await TwoGroupsDamagedAt(large, (damage[0], damage[1]), (damage[2], damage[3]));

        FluentActions.Invoking(() => ParquetTables.ReadColumns(bytes, new HashSet<string> { "a", "b", "c" }))
            .Should().Throw<InvalidDataException>().Which.Message.Should().Contain($"'{column}'");
    }

    [Test]
    public void More_than_a_million_rows_are_written_in_row_groups_of_a_million()
    {
        const int RowGroupSize = 1_000_000;
        var rows = Enumerable.Range(0, RowGroupSize + 3).Select(i => new object?[] { i }).ToList();
        var bytes = Write([new("i", ParquetColumnType.Int32, Nullable: false)], rows);

        using (var stream = new MemoryStream(bytes))
        {
            var parquet = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
            parquet.Metadata!.RowGroups.Select(g => g.NumRows).Should().Equal(RowGroupSize, 3);
        }
        var typed = ReadTyped(bytes).Rows;
        typed.Should().HaveCount(rows.Count);
        typed[^1][0].Should().Be(RowGroupSize + 2);
    }

    [Test]
    public void Write_refuses_cells_that_do_not_match_the_columns()
    {
        ParquetColumn[] columns = [new("a", ParquetColumnType.Int32, Nullable: false)];

        FluentActions.Invoking(() => Write(columns, [[5L]])).Should().Throw<ArgumentException>().WithMessage("*'a'*Int64*");
        FluentActions.Invoking(() => Write(columns, [[null]])).Should().Throw<ArgumentException>().WithMessage("*'a'*null*");
        FluentActions.Invoking(() => Write(columns, [[1, 2]])).Should().Throw<ArgumentException>().WithMessage("*2 cells*1 columns*");
        FluentActions.Invoking(() => Write([columns[0], columns[0]], [])).Should().Throw<ArgumentException>().WithMessage("*'a'*twice*");
    }

    /// <summary>Read, failing the test (instead of hanging it) if it takes more than a minute.</summary>
    private static (SourceTable? Table, IReadOnlyList<Problem> Problems) ReadWithin(byte[] bytes)
    {
        var reading = Task.Run(() => ParquetTables.Read(bytes, "bad.parquet"));
        reading.Wait(TimeSpan.FromMinutes(1)).Should().BeTrue("reading a damaged file must end");
        return reading.Result;
    }

    private static void ShouldBeUnreadable(byte[] bytes, string because)
    {
        (SourceTable? Table, IReadOnlyList<Problem> Problems) result = default;
        FluentActions.Invoking(() => result = ReadWithin(bytes)).Should().NotThrow();

        result.Table.Should().BeNull();
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be("file-unreadable");
        problem.IsError.Should().BeTrue();
        problem.File.Should().Be("bad.parquet");
        problem.Line.Should().BeNull();
        problem.Message.Should().StartWith("cannot read the Parquet file: ").And.Contain(because);
    }

    [Test]
    public void Bytes_that_are_not_parquet_are_a_problem_not_an_exception()
    {
        ShouldBeUnreadable("orgnr;skolenavn\n974589095;Nordre\n"u8.ToArray(), "not a Parquet file");
        ShouldBeUnreadable([], "not a Parquet file");
        ShouldBeUnreadable(Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 251)).ToArray(), "not a Parquet file");
    }

    [Test]
    public void A_truncated_file_is_a_problem_not_an_exception()
    {
        var bytes = Write(EveryType, EveryTypeRows);

        ShouldBeUnreadable(bytes[..(bytes.Length / 2)], "truncated");
        ShouldBeUnreadable(bytes[..^1], "truncated");
        ShouldBeUnreadable("PAR1"u8.ToArray(), "truncated");
    }

    [Test]
    public void A_file_that_starts_with_PAR1_but_is_corrupt_is_a_problem_not_an_exception()
    {
        var garbage = new byte[2000];
        new Random(7).NextBytes(garbage);
        ShouldBeUnreadable([.. "PAR1"u8, .. garbage, .. "PAR1"u8], "corrupt");
        ShouldBeUnreadable([.. "PAR1"u8, .. garbage, 100, 0, 0, 0, .. "PAR1"u8], "corrupt");

        // A valid file whose footer (the schema and offsets) is overwritten.
        var bytes = Write(EveryType, EveryTypeRows);
        var footerLength = BitConverter.ToInt32(bytes, bytes.Length - 8);
        var broken = (byte[])bytes.Clone();
        Array.Fill(broken, (byte)0xFF, bytes.Length - 8 - footerLength, footerLength);
        ShouldBeUnreadable(broken, "corrupt");

        // A valid file whose column data is overwritten.
        broken = (byte[])bytes.Clone();
        Array.Fill(broken, (byte)0xA5, 4, (bytes.Length - 8 - footerLength - 4) / 2);
        ShouldBeUnreadable(broken, "corrupt");
    }

    [Test]
    public void A_footer_that_runs_past_its_end_is_a_problem_not_a_hang()
    {
        // The footer's last byte ends the file metadata; 0x55 starts another field instead, whose value
        // would be read past the end of the footer. Parquet.Net alone loops forever on this.
        var bytes = Write(EveryType, EveryTypeRows);
        bytes[^9].Should().Be(0);
        bytes[^9] = 0x55;

        ShouldBeUnreadable(bytes, "runs past the end");
    }

    /// <summary>A file of no data whose footer is <paramref name="footer"/>: PAR1, the footer, its length, PAR1.</summary>
    private static byte[] WithFooter(params byte[] footer) =>
        [.. "PAR1"u8, .. footer, .. BitConverter.GetBytes(footer.Length), .. "PAR1"u8];

    [Test]
    public void A_footer_nested_too_deep_is_a_problem_not_a_stack_overflow()
    {
        // Field 15 of FileMetaData (unknown: skipped) is a list of one list of one list ...: Parquet.Net
        // would recurse once per byte.
        byte[] footer = [0xF9, .. Enumerable.Repeat((byte)0x19, 100_000), 0x00];

        ShouldBeUnreadable(WithFooter(footer), "nests more than 64 levels deep");
    }

    [TestCase(new byte[] { 0x36, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0x00 }, "longer than 10 bytes", TestName = "A 64-bit varint of 11 bytes")]
    [TestCase(new byte[] { 0x15, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0x00 }, "longer than 5 bytes", TestName = "A 32-bit varint of 6 bytes")]
    [TestCase(new byte[] { 0x29, 0xFC, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x00 }, "runs past the end", TestName = "A list longer than the footer")]
    [TestCase(new byte[] { 0x68, 0x64, 0x41, 0x42, 0x00 }, "runs past the end", TestName = "A string longer than the footer")]
    [TestCase(new byte[] { 0x15, 0x02 }, "runs past the end", TestName = "A footer without its stop byte")]
    [TestCase(new byte[] { 0xFB, 0x00, 0x00 }, "Thrift type 11", TestName = "A map, which Parquet.Net cannot skip")]
    [TestCase(new byte[] { 0xFC, 0x15, 0x02, 0x00, 0x00 }, "runs past the end", TestName = "An unknown struct, skipped header by header as Parquet.Net does")]
    public void A_footer_that_breaks_a_bound_is_a_problem_not_a_hang(byte[] footer, string because)
    {
        ShouldBeUnreadable(WithFooter(footer), because);
    }

    [Test]
    public void Random_damage_to_a_valid_file_never_throws()
    {
        var valid = Write(EveryType, Enumerable.Range(0, 300).SelectMany(_ => EveryTypeRows).ToList());
        var random = new Random(20240601);
        for (var i = 0; i < 300; i++)
        {
            var damaged = (byte[])valid.Clone();
            for (var k = random.Next(1, 6); k > 0; k--)
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            var (table, problems) = ReadWithin(damaged);
            (table is null).Should().Be(problems.Count == 1, $"damage {i}");
            if (table is null)
                problems[0].Code.Should().Be("file-unreadable");
        }
    }

    [Test]
    public async Task A_list_column_is_a_problem_that_names_the_column()
    {
        var schema = new ParquetSchema(new DataField<int>("orgnr"), new ListField("trinn", new DataField<int>("element")));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(schema.DataFields[0], new[] { 1, 2 });
            // Two rows: [5, 6, 7] and [8, 9]; a repetition level of 0 starts a new row.
            await group.WriteAsync<int>(schema.DataFields[1], new int?[] { 5, 6, 7, 8, 9 }, new[] { 0, 1, 1, 0, 1 });
        }

        ShouldBeUnreadable(stream.ToArray(), "column 'trinn' is a list");
    }

    [Test]
    public async Task Struct_and_repeated_columns_are_problems_that_name_the_columns()
    {
        var schema = new ParquetSchema(
            new DataField<int>("orgnr"),
            new StructField("adresse", new DataField<string>("gate"), new DataField<string>("sted")),
            new DataField<int[]>("trinn"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(schema.DataFields[0], new[] { 1 });
            await group.WriteAsync(schema.DataFields[1], new[] { "Storgata 1" });
            await group.WriteAsync(schema.DataFields[2], new[] { "Oslo" });
            await group.WriteAsync<int>(schema.DataFields[3], new int?[] { 5, 6 }, new[] { 0, 1 });
        }

        ShouldBeUnreadable(stream.ToArray(), "'adresse' is a struct");
        ShouldBeUnreadable(stream.ToArray(), "'trinn' is a repeated column");
    }

    [Test]
    public async Task Other_flat_types_read_as_invariant_text()
    {
        var schema = new ParquetSchema(
            new DateTimeDataField("dato", DateTimeFormat.Date),
            new DateTimeDataField("tid", DateTimeFormat.Timestamp),
            new DataField<float>("f"),
            new DataField<short>("kort"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<DateTime>(schema.DataFields[0], new[] { new DateTime(2024, 8, 15) });
            await group.WriteAsync<DateTime>(schema.DataFields[1], new[] { new DateTime(2024, 8, 15, 13, 5, 0) });
            await group.WriteAsync<float>(schema.DataFields[2], new[] { 4.1f });
            await group.WriteAsync<short>(schema.DataFields[3], new short[] { -3 });
        }

        ReadText(stream.ToArray()).Rows[0].Fields.Should().Equal("2024-08-15", "2024-08-15T13:05:00", "4.1", "-3");
    }
}
