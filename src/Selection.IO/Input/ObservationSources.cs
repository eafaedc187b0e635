using Selection.Core;
using Selection.Core.Data;
using Selection.IO.Csv;

namespace Selection.IO.Input;

/// <summary>
/// Reads the three indicator sources and the national rows. A row becomes one observation per
/// indicator it carries; suppressed cells become observations without a value (missing, not zero).
/// Rows for grades or subjects that are not indicators (Elevundersøkelsen 9th grade, English tests)
/// are counted and left out.
/// </summary>
internal static class ObservationSources
{
    /// <summary>The most observations one row of the source <paramref name="file"/> (a name of <see cref="DataSetReader.DataFiles"/>) can give.</summary>
    public static int MostPerRow(string file) => file switch
    {
        DataSetReader.Elevundersokelsen => Indicator.All.Where(i => i.Source == DataSource.Elevundersokelsen).Select(ColumnOf).Distinct().Count(),
        _ => 1,
    };

    public static void Elevundersokelsen(TableRows table, ObservationTable.Builder observations, List<Problem> problems, List<SourceSummary> summaries)
    {
        var valueColumns = new[] { "mobbing", "stotte_fra_laerer", "motivasjon" };
        var columns = ColumnBinding.Bind(table.File, table.Headers, ["orgnr", "skoleaar", "trinn"], [.. valueColumns, "antall_besvart", .. SpreadColumns(DataSource.Elevundersokelsen)], problems);
        if (columns is null)
            return;
        if (!valueColumns.Any(columns.Has))
        {
            problems.Add(Problem.Error("column-missing", InputTexts.NoIndicatorColumn(string.Join(", ", valueColumns)), new Origin(table.File, 1)));
            return;
        }
        var absent = Indicator.All
            .Where(i => i.Source == DataSource.Elevundersokelsen)
            .GroupBy(ColumnOf)
            .Where(g => !columns.Has(g.Key))
            .Select(g => new AbsentColumn(g.Key, g.ToArray()))
            .ToArray();
        ReadRows(table, columns, observations, problems, summaries, DataSource.Elevundersokelsen, absent, "antall_besvart", (trinn, _) => trinn switch
        {
            7 => RowUse.Of(("mobbing", Indicator.EU7_MOBBING), ("stotte_fra_laerer", Indicator.EU7_STOTTE), ("motivasjon", Indicator.EU7_MOTIVASJON)),
            10 => RowUse.Of(("mobbing", Indicator.EU10_MOBBING), ("stotte_fra_laerer", Indicator.EU10_STOTTE), ("motivasjon", Indicator.EU10_MOTIVASJON)),
            >= 5 => RowUse.Ignore(InputTexts.TrinnNotAnIndicatorGrade(trinn)),
            _ => RowUse.Refuse("trinn", InputTexts.ElevundersokelsenNotInTrinn(trinn)),
        }, subjectColumn: null);
    }

    /// <summary>The input column an indicator is read from (DOMAIN §9).</summary>
    public static string ColumnOf(Indicator indicator) => indicator.Source switch
    {
        DataSource.Elevundersokelsen when indicator == Indicator.EU7_MOBBING || indicator == Indicator.EU10_MOBBING => "mobbing",
        DataSource.Elevundersokelsen when indicator == Indicator.EU7_STOTTE || indicator == Indicator.EU10_STOTTE => "stotte_fra_laerer",
        DataSource.Elevundersokelsen => "motivasjon",
        DataSource.NasjonaleProver => "andel_mestringsniva_1",
        _ => "grunnskolepoeng",
    };

    /// <summary>
    /// The optional column with the spread of the individual pupils' values behind an index or grunnskolepoeng
    /// (Udir's exports give it as <c>Standardavvik</c>): the stability analysis draws around the value with it.
    /// None for a percentage: its spread follows from the value and the pupils.
    /// </summary>
    public static string? SpreadColumnOf(Indicator indicator) => indicator.IsPercentage ? null : indicator.Source switch
    {
        DataSource.Grunnskolepoeng => "standardavvik",
        _ => "standardavvik_" + ColumnOf(indicator),
    };

    private static string[] SpreadColumns(DataSource source) =>
        [.. Indicator.All.Where(i => i.Source == source).Select(SpreadColumnOf).OfType<string>().Distinct()];

    public static void NasjonaleProver(TableRows table, ObservationTable.Builder observations, List<Problem> problems, List<SourceSummary> summaries)
    {
        var columns = ColumnBinding.Bind(table.File, table.Headers, ["orgnr", "skoleaar", "trinn", "fag", "andel_mestringsniva_1"], ["antall_elever"], problems);
        if (columns is null)
            return;
        ReadRows(table, columns, observations, problems, summaries, DataSource.NasjonaleProver, [], "antall_elever", (trinn, fag) => (trinn, fag) switch
        {
            (not (5 or 8 or 9), _) => RowUse.Refuse("trinn", InputTexts.NasjonaleProverNotInTrinn(trinn)),
            (_, not ("lesing" or "regning" or "engelsk")) => RowUse.Refuse("fag", InputTexts.NotASubject(fag)),
            (_, "engelsk") => RowUse.Ignore(InputTexts.EngelskNotAnIndicatorSubject),
            (9, _) => RowUse.Ignore(InputTexts.TrinnNotAnIndicatorGrade(9)),
            (5, "lesing") => RowUse.Of(("andel_mestringsniva_1", Indicator.NP5_LES_MN1)),
            (5, _) => RowUse.Of(("andel_mestringsniva_1", Indicator.NP5_REG_MN1)),
            (_, "lesing") => RowUse.Of(("andel_mestringsniva_1", Indicator.NP8_LES_MN1)),
            _ => RowUse.Of(("andel_mestringsniva_1", Indicator.NP8_REG_MN1)),
        }, subjectColumn: "fag");
    }

    public static void Grunnskolepoeng(TableRows table, ObservationTable.Builder observations, List<Problem> problems, List<SourceSummary> summaries)
    {
        var columns = ColumnBinding.Bind(table.File, table.Headers, ["orgnr", "skoleaar", "grunnskolepoeng"], ["antall_elever", .. SpreadColumns(DataSource.Grunnskolepoeng)], problems);
        if (columns is null)
            return;
        ReadRows(table, columns, observations, problems, summaries, DataSource.Grunnskolepoeng, [], "antall_elever", (_, _) => RowUse.Of(("grunnskolepoeng", Indicator.GSP)), subjectColumn: null, hasTrinn: false);
    }

    /// <summary>
    /// <c>deltakere</c> (issue 12, item 5): a kommune already in the scheme and the round (year) it was selected
    /// in. The kommunenummer may be of any structure; the engine places it. A kommune listed twice keeps both
    /// rows (it may have been selected twice); a round outside 2000–2100 is refused.
    /// </summary>
    public static IReadOnlyList<Participant> Deltakere(TableRows table, List<Problem> problems, List<SourceSummary> summaries)
    {
        var columns = ColumnBinding.Bind(table.File, table.Headers, ["kommunenummer", "runde"], [], problems);
        if (columns is null)
            return [];
        var participants = new List<Participant>();
        var row = table;
        while (row.Next())
        {
            var origin = new Origin(table.File, row.Line);
            var ok = true;
            var kommune = RowParsing.Cell(KommuneNr.Parse(columns.Cell(row, "kommunenummer")), "kommunenummer", columns, row, origin, problems, ref ok);
            var roundText = columns.Cell(row, "runde");
            if (!int.TryParse(roundText.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var round) || round is < 2000 or > 2100)
            {
                problems.Add(Problem.Error("participant-round", InputTexts.ParticipantRound, origin, columns.HeaderOf("runde"), roundText));
                ok = false;
            }
            if (ok)
                participants.Add(new Participant(kommune, round, origin));
        }
        summaries.Add(new SourceSummary(table.File, table.Format, table.RowCount, participants.Count, [], 0, 0));
        return participants;
    }

    /// <summary>
    /// <c>kommunalt</c> (issue 15): Udir's own kommune values, one row per kommune, school year and indicator; a
    /// suppressed value stays missing. The kommunenummer may be of any structure; the engine places it. A row
    /// listed twice with the same value is counted once; with another value it is an error.
    /// </summary>
    public static IReadOnlyList<KommuneRow> Kommunalt(TableRows table, List<Problem> problems, List<SourceSummary> summaries)
    {
        var columns = ColumnBinding.Bind(table.File, table.Headers, ["kommunenummer", "skoleaar", "indikator", "verdi"], ["antall"], problems);
        if (columns is null)
            return [];
        var rows = new Dictionary<(KommuneNr, Indicator, SchoolYear), KommuneRow>();
        var inOrder = new List<KommuneRow>();
        int suppressed = 0;
        var row = table;
        while (row.Next())
        {
            var origin = new Origin(table.File, row.Line);
            var ok = true;
            var kommune = RowParsing.Cell(KommuneNr.Parse(columns.Cell(row, "kommunenummer")), "kommunenummer", columns, row, origin, problems, ref ok);
            var year = RowParsing.Cell(SchoolYear.Parse(columns.Cell(row, "skoleaar")), "skoleaar", columns, row, origin, problems, ref ok);
            var indicator = RowParsing.Cell(Indicator.Parse(columns.Cell(row, "indikator")), "indikator", columns, row, origin, problems, ref ok);
            var valueText = columns.Cell(row, "verdi");
            var value = RowParsing.Cell(Cells.Value(valueText), "verdi", columns, row, origin, problems, ref ok);
            var pupils = RowParsing.Cell(Cells.Count(columns.Cell(row, "antall")), "antall", columns, row, origin, problems, ref ok);
            if (!ok)
                continue;
            if (value is not null && !InRange(indicator, value.Value, origin, columns.HeaderOf("verdi"), valueText, problems))
                continue;
            var kommuneRow = new KommuneRow(kommune, year, indicator, value, pupils, origin);
            if (rows.TryGetValue((kommune, indicator, year), out var earlier))
            {
                var what = $"{kommune} {indicator} {year}";
                if (earlier with { Origin = origin } == kommuneRow)
                    problems.Add(Problem.Warning("duplicate-row", InputTexts.RowDuplicate(what, earlier.Origin.Line), origin, columns.HeaderOf("kommunenummer"), kommune.Value));
                else
                    problems.Add(Problem.Error("duplicate-conflict", InputTexts.RowConflict(what, earlier.Origin.Line), origin, columns.HeaderOf("verdi"), valueText));
                continue;
            }
            rows.Add((kommune, indicator, year), kommuneRow);
            inOrder.Add(kommuneRow);
            if (value is null)
                suppressed++;
        }
        summaries.Add(new SourceSummary(table.File, table.Format, table.RowCount, inOrder.Count, [], inOrder.Count, suppressed));
        return inOrder;
    }

    public static IReadOnlyList<NationalValue> Nasjonalt(TableRows table, List<Problem> problems, List<SourceSummary> summaries)
    {
        var columns = ColumnBinding.Bind(table.File, table.Headers, ["skoleaar", "indikator", "verdi"], [], problems);
        if (columns is null)
            return [];
        var values = new Dictionary<(Indicator, SchoolYear), NationalValue>();
        var row = table;
        while (row.Next())
        {
            var origin = new Origin(table.File, row.Line);
            var ok = true;
            var year = RowParsing.Cell(SchoolYear.Parse(columns.Cell(row, "skoleaar")), "skoleaar", columns, row, origin, problems, ref ok);
            var indicator = RowParsing.Cell(Indicator.Parse(columns.Cell(row, "indikator")), "indikator", columns, row, origin, problems, ref ok);
            var valueText = columns.Cell(row, "verdi");
            var value = RowParsing.Cell(Cells.Value(valueText), "verdi", columns, row, origin, problems, ref ok);
            if (!ok)
                continue;
            if (value is null)
            {
                problems.Add(Problem.Error("value-missing", InputTexts.NationalValueMissing, origin, columns.HeaderOf("verdi"), valueText));
                continue;
            }
            if (!InRange(indicator, value.Value, origin, columns.HeaderOf("verdi"), valueText, problems))
                continue;
            var national = new NationalValue(year, indicator, value.Value, origin);
            if (values.TryGetValue((indicator, year), out var earlier))
            {
                if (earlier.Value == national.Value)
                    problems.Add(Problem.Warning("duplicate-row", InputTexts.NationalDuplicate(indicator, year, earlier.Origin.Line), origin, columns.HeaderOf("indikator"), indicator.Code));
                else
                    problems.Add(Problem.Error("duplicate-conflict", InputTexts.NationalConflict(indicator, year, earlier.Origin.Line), origin, columns.HeaderOf("verdi"), valueText));
                continue;
            }
            values.Add((indicator, year), national);
        }
        summaries.Add(new SourceSummary(table.File, table.Format, table.RowCount, values.Count, [], values.Count, 0));
        return values.Values.ToArray();
    }

    /// <summary>What a row is for: its indicators (column and code), or a reason to leave it out, or a refusal.</summary>
    private sealed record RowUse((string Column, Indicator Indicator)[] Indicators, string? IgnoreReason, (string Column, string Message)? Refusal)
    {
        public static RowUse Of(params (string Column, Indicator Indicator)[] indicators) => new(indicators, null, null);

        public static RowUse Ignore(string reason) => new([], reason, null);

        public static RowUse Refuse(string column, string message) => new([], null, (column, message));
    }

    private delegate RowUse IndicatorsOf(int trinn, string fag);

    /// <summary>Reads the rows of an indicator source into <paramref name="observations"/>, which the caller builds.</summary>
    private static void ReadRows(
        TableRows table,
        ColumnBinding columns,
        ObservationTable.Builder observations,
        List<Problem> problems,
        List<SourceSummary> summaries,
        DataSource source,
        IReadOnlyList<AbsentColumn> absent,
        string pupilsColumn,
        IndicatorsOf indicatorsOf,
        string? subjectColumn,
        bool hasTrinn = true)
    {
        // Cells are parsed by CellParser (the text of a plain cell never made; the same text parsed once),
        // each grade and subject looked up once, a row's columns found by position. The outcome and every
        // message are those of the parsers in Cells, OrgNr and SchoolYear.
        var orgnrs = new CellParser<OrgNr>(OrgNr.Parse, PlainCells.OrgNr, parseOnce: false);
        var years = new CellParser<SchoolYear>(SchoolYear.Parse);
        var grades = new CellParser<int>(Cells.Trinn, PlainCells.Trinn);
        var counts = new CellParser<int?>(Cells.Count, PlainCells.Count, remember: false);
        var numbers = new CellParser<decimal?>(Cells.Value, PlainCells.Value, remember: false);
        var subjects = new CellParser<string>(text => ParseResult<string>.Ok(text.ToLowerInvariant()));
        // Per grade and subject: what the row is for, with each indicator's column position (-1 when absent).
        var uses = new Dictionary<(int, string), (RowUse Use, (string Column, int At, Indicator Indicator, int SpreadAt)[] Columns)>();
        int orgnrAt = columns.IndexOf("orgnr"), yearAt = columns.IndexOf("skoleaar"), trinnAt = columns.IndexOf("trinn");
        var subjectAt = subjectColumn is null ? -1 : columns.IndexOf(subjectColumn);
        var pupilsAt = columns.IndexOf(pupilsColumn);
        var fromParquet = table.Format == SourceTable.ParquetFormat;

        // The observations' columns are sized by the caller for the whole file (MostPerRow): they never grow by copying.
        var expected = table.ExpectedRows;
        // A row's key (orgnr, and school year, grade and subject packed in 23 bits): no text hashed per row. Only
        // the subjects of indicator rows reach the key (lesing, regning, or none), so their index stays small.
        var seen = new RowKeys(expected);
        var subjectKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignored = new Dictionary<string, int>(StringComparer.Ordinal);
        int used = 0, values = 0, suppressed = 0;
        var (lastTrinn, lastFag, keyFag, subjectKey) = (-1, (string?)null, (string?)null, -1);
        (RowUse Use, (string Column, int At, Indicator Indicator, int SpreadAt)[] Columns) found = default;
        var row = table;
        while (row.Next())
        {
            var origin = new Origin(table.File, row.Line);
            var ok = true;
            var orgnr = RowParsing.Cell(orgnrs.Parse(row, orgnrAt), "orgnr", columns, row, origin, problems, ref ok);
            var year = RowParsing.Cell(years.Parse(row, yearAt), "skoleaar", columns, row, origin, problems, ref ok);
            var trinn = hasTrinn ? RowParsing.Cell(grades.Parse(row, trinnAt), "trinn", columns, row, origin, problems, ref ok) : 10;
            var fag = subjectColumn is null ? "" : subjects.Parse(row, subjectAt).Value;
            if (subjectColumn is not null && fag.Length == 0)
            {
                problems.Add(Problem.Error("value-missing", InputTexts.FagEmpty, origin, columns.HeaderOf(subjectColumn), ""));
                ok = false;
            }
            var pupils = RowParsing.Cell(counts.Parse(row, pupilsAt), pupilsColumn, columns, row, origin, problems, ref ok);
            if (!ok)
                continue;

            // The grade and subject looked up when they change (the same subject text is the same string).
            if (trinn != lastTrinn || !ReferenceEquals(fag, lastFag))
            {
                if (!uses.TryGetValue((trinn, fag), out found))
                {
                    var made = indicatorsOf(trinn, fag);
                    uses.Add((trinn, fag), found = (made, made.Indicators.Select(i => (i.Column, columns.IndexOf(i.Column), i.Indicator, SpreadColumnOf(i.Indicator) is { } spread ? columns.IndexOf(spread) : -1)).ToArray()));
                }
                (lastTrinn, lastFag) = (trinn, fag);
            }
            var use = found.Use!;
            if (use.Refusal is { } refusal)
            {
                problems.Add(Problem.Error("value-invalid", refusal.Message, origin, columns.HeaderOf(refusal.Column), columns.Cell(row, refusal.Column)));
                continue;
            }
            if (use.IgnoreReason is { } reason)
            {
                ignored[reason] = ignored.GetValueOrDefault(reason) + 1;
                continue;
            }

            var rowStart = observations.Count;
            foreach (var (column, at, indicator, spreadAt) in found.Columns!)
            {
                if (at < 0)
                    continue;
                var value = RowParsing.Cell(numbers.Parse(row, at), column, columns, row, origin, problems, ref ok);
                if (value is not null && !InRange(indicator, value.Value, origin, columns.HeaderOf(column), row.Cell(at), problems))
                    ok = false;
                decimal? spread = null;
                if (spreadAt >= 0)
                {
                    var spreadColumn = SpreadColumnOf(indicator)!;
                    spread = RowParsing.Cell(numbers.Parse(row, spreadAt), spreadColumn, columns, row, origin, problems, ref ok);
                    if (spread is { } sd && (sd < 0 || sd > indicator.Maximum - indicator.Minimum))
                    {
                        problems.Add(Problem.Error("value-out-of-range", InputTexts.StandardavvikOutOfRange(indicator, indicator.Maximum - indicator.Minimum), origin, columns.HeaderOf(spreadColumn), row.Cell(spreadAt)));
                        ok = false;
                    }
                }
                values++;
                if (value is null)
                    suppressed++;
                // *, . and : are suppressed; an empty cell, .., - and – no data (as the import reads Udir's exports).
                // Parquet has no marks: its null counts as suppressed.
                var missing = value is not null ? MissingValue.None
                    : !fromParquet && IsNoDataMark(row.Cell(at).AsSpan().Trim()) ? MissingValue.NoData
                    : MissingValue.Suppressed;
                observations.Add(orgnr, indicator, year, value, pupils, origin, spread, missing);
            }
            var rowCount = observations.Count - rowStart;
            if (!ok)
            {
                observations.Truncate(rowStart);
                continue;
            }

            if (!ReferenceEquals(fag, keyFag))
            {
                if (!subjectKeys.TryGetValue(fag, out subjectKey))
                    subjectKeys.Add(fag, subjectKey = subjectKeys.Count);
                keyFag = fag;
            }
            var key = ((year.StartYear - SchoolYear.Earliest) << 12) | (trinn << 8) | subjectKey;
            if (subjectKey > byte.MaxValue)
                throw new InvalidOperationException($"More than {byte.MaxValue + 1} subjects reached the row key: '{fag}'.");
            if (seen.Earlier(orgnr.Number, key, row.Line, rowStart, rowCount) is { } earlier)
            {
                var what = $"{orgnr} {year}" + (hasTrinn ? InputTexts.RowKeyTrinn(trinn) : "") + (fag.Length > 0 ? $" {fag}" : "");
                var same = earlier.Count == rowCount && observations.SameButOrigin(earlier.Start, rowStart, rowCount);
                observations.Truncate(rowStart);
                if (same)
                    problems.Add(Problem.Warning("duplicate-row", InputTexts.RowDuplicate(what, earlier.Line), origin, columns.HeaderOf("orgnr"), orgnr.Value));
                else
                    problems.Add(Problem.Error("duplicate-conflict", InputTexts.RowConflict(what, earlier.Line), origin, columns.HeaderOf("orgnr"), orgnr.Value));
                continue;
            }
            used++;
        }
        summaries.Add(new SourceSummary(
            table.File,
            table.Format,
            table.RowCount,
            used,
            ignored.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => new IgnoredRows(i.Key, i.Value)).ToArray(),
            values,
            suppressed,
            source,
            table.Headers,
            absent));
    }

    /// <summary>The marks of a missing value that mean "no data" rather than "suppressed": empty, <c>..</c>, <c>-</c>, <c>–</c>.</summary>
    private static bool IsNoDataMark(ReadOnlySpan<char> mark) => mark is "" or ".." or "-" or "\u2013";

    private static bool InRange(Indicator indicator, decimal value, Origin origin, string column, string text, List<Problem> problems)
    {
        if (value >= indicator.Minimum && value <= indicator.Maximum)
            return true;
        var message = indicator.Maximum == 100 ? InputTexts.OutOfRangePercentage(indicator, indicator.Minimum, indicator.Maximum)
            : indicator == Indicator.GSP ? InputTexts.OutOfRangeGrunnskolepoeng(indicator, indicator.Minimum, indicator.Maximum)
            : InputTexts.OutOfRangeIndex(indicator, indicator.Minimum, indicator.Maximum);
        problems.Add(Problem.Error("value-out-of-range", message, origin, column, text));
        return false;
    }
}
