using System.Globalization;
using Selection.Compare;
using Selection.IO.Output;
using Selection.IO.Runs;
using Selection.Panel;
using Selection.Proposal.Output;
using Selection.Stability;
using Selection.Sweep;

namespace Selection.Report;

/// <summary>
/// The report of one kind of folder, recognised by its manifest's <c>kind</c>. The seam for a new kind of folder
/// (a sweep, say): a class that builds its page, added to <see cref="Reports.Kinds"/>. Such a class lives in this
/// assembly, where the page, its charts and its tables are made (<c>ReportPage</c>, <c>Figure</c>, <c>Html</c>).
/// </summary>
public interface IFolderReport
{
    /// <summary>The manifest <c>kind</c> it reads (<c>stability</c>); <c>null</c> for a run, whose manifest has none.</summary>
    string? Kind { get; }

    /// <summary>The page, as UTF-8 bytes.</summary>
    /// <exception cref="RunFileException">A file the report needs is missing, unreadable or not what it should be.</exception>
    /// <exception cref="ReportException">The folder cannot be reported on (a proposal without its run, say).</exception>
    byte[] Build(FolderManifest folder, ReportTexts texts);
}

/// <summary>A folder that cannot be reported on, with a message for the person who gave it.</summary>
public sealed class ReportException(string message) : Exception(message);

/// <summary>
/// <c>selection report</c> (issue 14): one self-contained HTML page from a run, proposal, stability or compare
/// folder, made from the folder's own files. The page depends only on those files, the language and the engine's
/// version: no time, no path, no random id, so the same folder gives the same bytes (Native AOT included).
/// </summary>
public static class Reports
{
    /// <summary>The page's default name, in the folder reported on; <c>run</c> writes it too.</summary>
    public const string FileName = RunWriter.ReportFile;

    /// <summary>The kinds of folder a report is made of, by manifest kind. A new kind is added here.</summary>
    public static IReadOnlyList<IFolderReport> Kinds { get; } =
    [
        new RunKind(),
        new ProposalKind(),
        new StabilityKind(),
        new CompareKind(),
        new SweepKind(),
    ];

    /// <summary>The page for <paramref name="folder"/>, or why there is none (in the language of <paramref name="texts"/>).</summary>
    public static (byte[]? Page, string? Problem) Make(string folder, ReportTexts texts)
    {
        var (manifest, problem) = FolderManifest.Open(folder, texts);
        if (manifest is null)
            return (null, problem);
        var kind = manifest.Kind;
        if (Kinds.FirstOrDefault(k => k.Kind == kind) is not { } report)
            return (null, kind == PanelWriter.ManifestKind ? texts.PanelFolder(folder) : texts.UnknownKind(folder, kind ?? ""));
        try
        {
            return (report.Build(manifest, texts), null);
        }
        catch (Exception e) when (e is RunFileException or ReportException)
        {
            return (null, e.Message);
        }
    }

    /// <summary>
    /// The files of a folder that <c>report --out</c> may never be: its manifest, its marker and every file the
    /// manifest lists (a run's own <c>rapport.html</c> among them), full paths.
    /// </summary>
    public static IReadOnlyList<string> FilesOf(string folder)
    {
        var files = new List<string> { Manifest.FileName, OutputFolder.MarkerFile };
        if (FolderManifest.Open(folder, new ReportTexts(CultureInfo.InvariantCulture)).Folder is { } manifest
            && manifest.Document.TryGetProperty("outputs", out var outputs) && outputs.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            files.AddRange(outputs.EnumerateArray()
                .Select(o => o.TryGetProperty("file", out var f) && f.ValueKind == System.Text.Json.JsonValueKind.String ? f.GetString() : null)
                .OfType<string>());
        }
        return files.Select(f => Path.GetFullPath(Path.Combine(folder, f))).ToArray();
    }

    private sealed class RunKind : IFolderReport
    {
        public string? Kind => null;

        public byte[] Build(FolderManifest folder, ReportTexts texts)
        {
            var (run, problem) = RunFolder.Open(folder.Path);
            return run is null ? throw new ReportException(problem!) : RunReport.Build(run, texts).Render();
        }
    }

    private sealed class ProposalKind : IFolderReport
    {
        public string? Kind => ProposalWriter.ManifestKind;

        public byte[] Build(FolderManifest folder, ReportTexts texts)
        {
            var (proposal, problem) = ProposalFolder.Open(folder.Path);
            if (proposal is null)
                throw new ReportException(problem!);
            if (CompareInput.RunBeside(folder.Path) is not { } beside || !Directory.Exists(beside))
                throw new ReportException(texts.ProposalRunMissing(folder.Path));
            var (run, runProblem) = RunFolder.Open(beside);
            if (run is null)
                throw new ReportException(runProblem!);
            if (run.Manifest.RunId != proposal.RunId)
                throw new ReportException(texts.ProposalOtherRun(folder.Path, proposal.RunId, beside, run.Manifest.RunId));
            return RunReport.Build(run, texts, ProposalView.Read(proposal, texts)).Render();
        }
    }

    private sealed class StabilityKind : IFolderReport
    {
        public string? Kind => StabilityWriter.ManifestKind;

        public byte[] Build(FolderManifest folder, ReportTexts texts) => StabilityReport.Build(folder, texts).Render();
    }

    private sealed class SweepKind : IFolderReport
    {
        public string? Kind => SweepWriter.ManifestKind;

        public byte[] Build(FolderManifest folder, ReportTexts texts) => SweepReport.Build(folder, texts).Render();
    }

    private sealed class CompareKind : IFolderReport
    {
        public string? Kind => CompareWriter.ManifestKind;

        public byte[] Build(FolderManifest folder, ReportTexts texts) => CompareFolderReport.Build(folder, texts).Render();
    }
}

/// <summary>Writes a run's report into its folder while <c>run</c> writes the folder (<see cref="IRunReportWriter"/>).</summary>
public sealed class RunReportWriter(CultureInfo language) : IRunReportWriter
{
    public void Write(string folder, Stream output, WrittenRun written)
    {
        var (run, problem) = RunFolder.Open(folder);
        if (run is null)
            throw new InvalidOperationException("The run just written cannot be read back: " + problem);
        RunReport.Build(run.Knowing(written), new ReportTexts(language)).Render(output);
    }
}
