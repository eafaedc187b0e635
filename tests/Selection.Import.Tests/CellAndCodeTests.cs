using Selection.Import.Reading;
using Selection.Import.Recognition;
using Selection.Import.Sources;

namespace Selection.Import.Tests;

/// <summary>The small readers every shape relies on: cells, year codes, grades, names, measures.</summary>
public class CellAndCodeTests
{
    [TestCase("*", CellState.Suppressed, "*", TestName = "A star is suppressed")]
    [TestCase(".", CellState.Suppressed, "*", TestName = "A dot is suppressed")]
    [TestCase(":", CellState.Suppressed, "*", TestName = "A colon is suppressed")]
    [TestCase("", CellState.NoData, "", TestName = "An empty cell is no data")]
    [TestCase(" - ", CellState.NoData, "", TestName = "A dash is no data")]
    [TestCase("..", CellState.NoData, "", TestName = "Two dots are no data")]
    [TestCase("4,50", CellState.Value, "4,50", TestName = "The decimals are kept")]
    [TestCase("4.5", CellState.Value, "4,5", TestName = "A decimal point becomes a comma")]
    [TestCase("12,3 %", CellState.Value, "12,3", TestName = "A percent sign is dropped")]
    [TestCase("0,0", CellState.Value, "0,0", TestName = "Zero is a value")]
    public void A_value_cell_is_a_number_suppressed_or_no_data(string text, CellState state, string canonical)
    {
        var cell = ExportCells.Value(text);

        cell.Success.Should().BeTrue();
        cell.Value.Should().Be(new ExportCell(state, canonical));
    }

    [TestCase("1\u00A0234", "1234", TestName = "Non-breaking space between thousands")]
    [TestCase("61 234", "61234", TestName = "Space between thousands")]
    [TestCase("25", "25", TestName = "A plain count")]
    [TestCase("*", "*", TestName = "A suppressed count")]
    public void A_count_reads_thousands_separators(string text, string canonical) =>
        ExportCells.Count(text).Value.Text.Should().Be(canonical);

    [TestCase("4 5,0", TestName = "A space inside a value")]
    [TestCase("fire", TestName = "Words")]
    public void A_value_that_is_no_number_is_refused(string text) =>
        ExportCells.Value(text).Success.Should().BeFalse();

    [TestCase("2024-25", 2024, TestName = "The school year")]
    [TestCase("2024-2025", 2024, TestName = "Both years")]
    [TestCase("20242025", 2024, TestName = "Eight digits")]
    [TestCase("202425", 2024, TestName = "Six digits of a school year")]
    [TestCase("202412", 2024, TestName = "December is the autumn of 2024-25")]
    [TestCase("202408", 2024, TestName = "August is the autumn of 2024-25")]
    [TestCase("202506", 2024, TestName = "June is the end of 2024-25")]
    public void Year_codes_are_school_years(string code, int startYear) =>
        YearCodes.Parse(code, TestFolders.English).Value.StartYear.Should().Be(startYear);

    [Test]
    public void A_year_code_from_January_to_May_is_refused_not_guessed() =>
        YearCodes.Parse("202501", TestFolders.English).Error.Should()
            .Be("the year code '202501' is a year and a month from January to May, which can belong to two school years; write the school year (2024-25) or the eight-digit code (20242025)");

    [TestCase("7", 7)]
    [TestCase("10", 10)]
    [TestCase("7. trinn", 7)]
    [TestCase("10. årstrinn", 10)]
    [TestCase("Trinn 5", 5)]
    [TestCase("-10", null)]
    [TestCase("Alle trinn", null)]
    [TestCase("Vg1", null)]
    public void Grades_are_read_from_codes_and_names(string text, int? grade) =>
        Grades.Parse(text).Should().Be(grade);

    [TestCase("Støtte fra lærer", EuGroup.Stotte)]
    [TestCase("Støtte fra lærerne", EuGroup.Stotte)]
    [TestCase("STOTTE FRA LAERER", EuGroup.Stotte)]
    [TestCase("Stoette fra laerer", EuGroup.Stotte)]
    [TestCase("motivasjon", EuGroup.Motivasjon)]
    [TestCase("Mobbing på skolen", EuGroup.Mobbing)]
    [TestCase("Mobbing paa skolen", EuGroup.Mobbing)]
    [TestCase("Trivsel", null)]
    public void Question_groups_match_their_names_in_any_spelling(string name, EuGroup? group) =>
        QuestionGroups.ByName(name).Should().Be(group);

    [Test]
    public void A_code_mapped_by_its_name_keeps_that_meaning_when_the_name_drifts()
    {
        var groups = new QuestionGroups();

        groups.Resolve("X1", "Støtte fra lærer", "a.csv", 2, out _).Should().Be((EuGroup.Stotte, GroupMapping.Name));
        groups.Resolve("X1", "Noe helt annet", "b.csv", 9, out var learnedAt).Should().Be((EuGroup.Stotte, GroupMapping.LearnedCode));
        learnedAt.Should().Be(("a.csv", 2));
        groups.Resolve("EUIndeks_1398", "Mobbing", "a.csv", 3, out _).Should().Be((EuGroup.Mobbing, GroupMapping.KnownCode));
        groups.Resolve("euindeks_1379", "Trivsel", "a.csv", 4, out _).Should().Be(((EuGroup?)null, GroupMapping.None));
    }

    [TestCase("Andel mestringsnivå 1", Measure.ShareAtLevel1)]
    [TestCase("Andel på mestringsnivå 1", Measure.ShareAtLevel1)]
    [TestCase("Andel mestringsnivå 2", Measure.Other)]
    [TestCase("Antall elever deltatt", Measure.Pupils)]
    [TestCase("Grunnskolepoeng", Measure.Grunnskolepoeng)]
    [TestCase("Standardavvik", Measure.StandardDeviation)]
    [TestCase("Skalapoeng", Measure.Other)]
    public void Report_measures_are_read_from_their_names(string name, Measure measure) =>
        WideReport.MeasureOf(name).Should().Be(measure);

    [TestCase("KjoennKode", "A", true, TestName = "KjoennKode A is all")]
    [TestCase("KjoennKode", "-10", true, TestName = "KjoennKode -10 is all")]
    [TestCase("KjoennKode", "2", false, TestName = "KjoennKode 2 is not all")]
    [TestCase("Kjønn", "Begge kjønn", true, TestName = "Begge kjønn is all")]
    [TestCase("Kjønn", "Alle kjønn", true, TestName = "Alle kjønn is all")]
    [TestCase("Kjønn", "Jente", false, TestName = "Jente is not all")]
    [TestCase("EierformNavn", "Alle eierformer", true, TestName = "Alle eierformer is all")]
    [TestCase("EierformNavn", "Privat eiet", false, TestName = "Privat eiet is not all")]
    public void The_all_row_of_a_filter_is_known_by_its_code_or_name(string column, string value, bool all)
    {
        var table = new ExportTable("f.csv", "", [column], [new ExportRow(2, [value])], isJson: false);
        var filter = column.StartsWith("Eierform", StringComparison.Ordinal) ? FilterColumn.Owner(table)! : FilterColumn.Gender(table)!;

        filter.Selects(table.Rows[0]).Should().Be(all);
    }

    [TestCase("true", true)]
    [TestCase("True", true)]
    [TestCase("Ja", true)]
    [TestCase("false", false)]
    [TestCase("nei", false)]
    [TestCase("kanskje", null)]
    public void Register_flags_are_read_as_NSR_writes_them(string text, bool? value) =>
        SchoolRegister.Bool(text).Should().Be(value);
}
