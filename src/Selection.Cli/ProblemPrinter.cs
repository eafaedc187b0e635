using Selection.Core;

namespace Selection.Cli;

/// <summary>
/// Prints problems for a person: errors first, then warnings, each group in file and line order, with
/// at most <see cref="PerKind"/> lines of one kind before a count of the rest.
/// </summary>
public static class ProblemPrinter
{
    public const int PerKind = 20;

    public static void Print(IEnumerable<Problem> problems, TextWriter writer)
    {
        var list = problems.ToArray();
        foreach (var severity in new[] { Severity.Error, Severity.Warning })
        {
            var ofSeverity = list.Where(p => p.Severity == severity).ToArray();
            if (ofSeverity.Length == 0)
                continue;
            var word = severity == Severity.Error ? "error" : "warning";
            writer.WriteLine(severity == Severity.Error
                ? $"{ofSeverity.Length} {(ofSeverity.Length == 1 ? "error" : "errors")}:"
                : $"{ofSeverity.Length} {(ofSeverity.Length == 1 ? "warning" : "warnings")}:");
            foreach (var kind in ofSeverity.GroupBy(p => p.Code).OrderBy(g => Order(g.First())))
            {
                var sorted = kind.OrderBy(Order).ToArray();
                foreach (var p in sorted.Take(PerKind))
                    writer.WriteLine($"  {word}: {p}");
                if (sorted.Length > PerKind)
                    writer.WriteLine($"  ... and {sorted.Length - PerKind} more {word}s of this kind ({kind.Key})");
            }
        }
    }

    private static (string, int, string) Order(Problem p) => (p.File ?? "", p.Line ?? 0, p.Column ?? "");
}
