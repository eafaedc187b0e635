using System.Globalization;
using System.Text.Json;
using Selection.Core;
using Selection.Core.Rules;

namespace Selection.IO.Validation;

/// <summary>
/// Writes problems and validation reports: as text for a person (grouped by kind, errors first) and as
/// JSON for machines (every problem, nothing capped).
/// </summary>
public static class ValidationReportWriter
{
    /// <summary>
    /// Problems grouped by kind under a heading, errors before warnings, each kind in file and line
    /// order. With <paramref name="perKind"/>, at most that many lines of one kind, then a count.
    /// </summary>
    public static void WriteProblems(TextWriter writer, IEnumerable<Problem> problems, int? perKind = null)
    {
        var list = problems.ToArray();
        foreach (var severity in new[] { Severity.Error, Severity.Warning })
        {
            var error = severity == Severity.Error;
            foreach (var kind in list.Where(p => p.Severity == severity).GroupBy(p => p.Code).OrderBy(g => Order(g.First())))
            {
                var sorted = kind.OrderBy(Order).ToArray();
                var title = ProblemKinds.Title(kind.Key);
                writer.WriteLine(error ? ValidationTexts.KindErrors(sorted.Length, title) : ValidationTexts.KindWarnings(sorted.Length, title));
                foreach (var p in sorted.Take(perKind ?? int.MaxValue))
                    writer.WriteLine(error ? ValidationTexts.ErrorLine(p.ToString()) : ValidationTexts.WarningLine(p.ToString()));
                if (sorted.Length > perKind)
                    writer.WriteLine(ValidationTexts.AndMore(sorted.Length - perKind.Value));
            }
        }
    }

    private static (string, int, string) Order(Problem p) => (p.File ?? "", p.Line ?? 0, p.Column ?? "");

    public static void WriteText(TextWriter w, ValidationReport report, SelectionRules? rules, int? perKind)
    {
        var s = report.Summary;
        var info = report.Data.Info;
        w.WriteLine(ValidationTexts.DataFolder(report.Data.Folder, info.Name, info.Synthetic ? ValidationTexts.Synthetic : ""));
        w.WriteLine(rules is null ? ValidationTexts.CheckedInNoRules(s.StructureYear) : ValidationTexts.CheckedInRules(s.StructureYear, rules.Name));
        w.WriteLine(ValidationTexts.Files);
        foreach (var f in s.Files)
            w.WriteLine("  " + f.Describe());

        var years = s.BySourceAndYear.Select(y => y.Year).Concat(s.NationalRows.Select(n => n.Year)).Distinct().Order().ToArray();
        if (years.Length > 0)
        {
            w.WriteLine(ValidationTexts.SourcesHeading);
            w.WriteLine("  " + "".PadRight(20) + string.Concat(years.Select(y => y.ToString().PadLeft(18))));
            foreach (var source in s.BySourceAndYear.GroupBy(y => y.Source))
            {
                w.Write("  " + source.Key.PadRight(20));
                foreach (var year in years)
                {
                    var cell = source.FirstOrDefault(y => y.Year == year);
                    w.Write((cell is null ? "–" : $"{cell.Schools} ({Percent(cell.SuppressedShare)})").PadLeft(18));
                }
                w.WriteLine();
            }
            if (s.NationalRows.Count > 0)
            {
                w.Write("  " + "nasjonalt".PadRight(20));
                foreach (var year in years)
                {
                    var n = s.NationalRows.FirstOrDefault(r => r.Year == year);
                    w.Write((n.Indicators == 0 ? "–" : ValidationTexts.NationalIndicators(n.Indicators)).PadLeft(18));
                }
                w.WriteLine();
            }
        }

        var c = s.Schools;
        w.WriteLine(ValidationTexts.Schools(
            c.InRegister, c.Private, c.PrivateIncluded ? ValidationTexts.PrivateIncluded : ValidationTexts.PrivateLeftOut, c.OutsideKommune, c.Mapped, c.WithoutData));

        w.WriteLine(ValidationTexts.Problems(report.Errors, report.Warnings));
        WriteProblems(w, report.Problems, perKind);
        w.WriteLine(report.HasErrors
            ? ValidationTexts.ResultNotUsable
            : report.Warnings > 0 ? ValidationTexts.ResultUsableWithWarnings : ValidationTexts.ResultUsable);
    }

    public static void WriteJson(Stream stream, ValidationReport report, SelectionRules? rules)
    {
        using var j = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var s = report.Summary;
        j.WriteStartObject();
        j.WriteString("dataFolder", report.Data.Folder);
        j.WriteString("dataSet", report.Data.Info.Name);
        j.WriteBoolean("synthetic", report.Data.Info.Synthetic);
        j.WriteNumber("kommuneStructure", s.StructureYear);
        if (rules is null) j.WriteNull("rules"); else j.WriteString("rules", rules.Name);
        j.WriteBoolean("usable", !report.HasErrors);
        j.WriteNumber("errors", report.Errors);
        j.WriteNumber("warnings", report.Warnings);
        j.WriteStartArray("files");
        foreach (var f in s.Files)
        {
            j.WriteStartObject();
            j.WriteString("file", f.File);
            j.WriteString("format", f.Format);
            j.WriteNumber("rows", f.Rows);
            j.WriteNumber("rowsUsed", f.RowsUsed);
            j.WriteStartArray("ignored");
            foreach (var i in f.Ignored)
            {
                j.WriteStartObject();
                j.WriteString("reason", i.Reason);
                j.WriteNumber("rows", i.Count);
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteStartArray("sourceYears");
        foreach (var y in s.BySourceAndYear)
        {
            j.WriteStartObject();
            j.WriteString("source", y.Source);
            j.WriteString("schoolYear", y.Year.ToString());
            j.WriteNumber("schools", y.Schools);
            j.WriteNumber("values", y.Values);
            j.WriteNumber("suppressed", y.Suppressed);
            j.WriteNumber("suppressedShare", Math.Round(y.SuppressedShare, 6));
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteStartArray("nationalRows");
        foreach (var (year, indicators) in s.NationalRows)
        {
            j.WriteStartObject();
            j.WriteString("schoolYear", year.ToString());
            j.WriteNumber("indicators", indicators);
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteStartObject("schools");
        j.WriteNumber("inRegister", s.Schools.InRegister);
        j.WriteNumber("private", s.Schools.Private);
        j.WriteBoolean("privateIncluded", s.Schools.PrivateIncluded);
        j.WriteNumber("outsideKommune", s.Schools.OutsideKommune);
        j.WriteNumber("mapped", s.Schools.Mapped);
        j.WriteNumber("withoutData", s.Schools.WithoutData);
        j.WriteEndObject();
        j.WriteStartArray("problems");
        foreach (var p in report.Problems.OrderBy(p => p.Severity).ThenBy(p => p.Code, StringComparer.Ordinal).ThenBy(Order))
        {
            j.WriteStartObject();
            j.WriteString("severity", p.Severity == Severity.Error ? "error" : "warning");
            j.WriteString("code", p.Code);
            j.WriteString("kind", ProblemKinds.Title(p.Code));
            j.WriteString("message", p.Message);
            if (p.File is null) j.WriteNull("file"); else j.WriteString("file", p.File);
            if (p.Line is null) j.WriteNull("line"); else j.WriteNumber("line", p.Line.Value);
            if (p.Column is null) j.WriteNull("column"); else j.WriteString("column", p.Column);
            if (p.Found is null) j.WriteNull("found"); else j.WriteString("found", p.Found);
            j.WriteString("text", p.ToString());
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteEndObject();
    }

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
