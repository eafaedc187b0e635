using System.CommandLine;
using System.Text;
using Selection.IO.Runs;
using Selection.Proposal.Output;

namespace Selection.Cli.Commands;

/// <summary>
/// <c>selection explain --run &lt;out&gt; --school &lt;orgnr&gt; | --kommune &lt;nr&gt;</c>: why a school or kommune
/// got its result, read from the run's own files. Norwegian text by default (for a letter to the
/// kommune); <c>--format json</c> gives everything, <c>--format csv</c> the table of observations.
/// </summary>
public static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error, Texts texts)
    {
        var run = new Option<string>("--run") { Description = texts.ExplainRun, HelpName = texts.RunFolderName, Required = true };
        var school = new Option<string?>("--school") { Description = texts.ExplainSchool, HelpName = texts.OrgnrName }.WithDefault(texts.ExplainOneOfDefault);
        var kommune = new Option<string?>("--kommune") { Description = texts.ExplainKommune, HelpName = texts.KommuneName }.WithDefault(texts.ExplainOneOfDefault);
        var format = new Option<string>("--format") { Description = texts.ExplainFormat, HelpName = "text|json|csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var proposal = new Option<string?>("--proposal") { Description = texts.ExplainProposal, HelpName = texts.ProposalFolderName };
        var command = new Command("explain", texts.ExplainDescription) { run, school, kommune, format, proposal };
        // Presence, not values: reading the value of an option given twice throws while parsing.
        command.Validators.Add(result =>
        {
            if ((result.GetResult(school) is null) == (result.GetResult(kommune) is null))
                result.AddError(texts.ExplainOneOf);
            if (result.GetResult(proposal) is not null && result.GetResult(kommune) is null)
                result.AddError(texts.ExplainProposalNeedsKommune);
        });
        command.SetAction(parsed => Execute(parsed.GetRequiredValue(run), parsed.GetValue(school), parsed.GetValue(kommune), parsed.GetValue(format) ?? "text", parsed.GetValue(proposal), output, error, texts));
        return command;
    }

    /// <summary>Explains from the run folder; a run file that is missing or corrupt is an input error (exit 1) naming it.</summary>
    public static int Execute(string runFolder, string? school, string? kommune, string format, string? proposalFolder, TextWriter output, TextWriter error, Texts texts)
    {
        // A panel or a comparison folder: the kommune's history across its rounds, or run A against run B.
        if (Panel.FolderHistory.KindOf(runFolder) is { } kind && (kind == Panel.PanelWriter.ManifestKind || kind == Compare.CompareWriter.ManifestKind))
        {
            if (kommune is null || format != "text" || proposalFolder is not null)
            {
                error.WriteLine(texts.Error(texts.ExplainHistoryKommuneOnly(runFolder)));
                return ExitCodes.UsageError;
            }
            var (text, missing) = kind == Panel.PanelWriter.ManifestKind ? Panel.FolderHistory.Panel(runFolder, kommune) : Panel.FolderHistory.Compare(runFolder, kommune);
            if (text is null)
            {
                error.WriteLine(texts.Error(missing!));
                return ExitCodes.InputError;
            }
            output.Write(text);
            return ExitCodes.Success;
        }

        if (Panel.FolderHistory.KindOf(runFolder) == Sweep.SweepWriter.ManifestKind)
        {
            error.WriteLine(texts.Error(texts.ExplainSweepFolder(runFolder)));
            return ExitCodes.UsageError;
        }

        if (ProposalFolder.IsProposal(runFolder))
        {
            error.WriteLine(texts.Error(texts.ExplainIsProposal(runFolder)));
            return ExitCodes.UsageError;
        }
        var (run, problem) = RunFolder.Open(runFolder);
        if (run is null)
        {
            error.WriteLine(texts.Error(problem));
            return ExitCodes.InputError;
        }
        ProposalFolder? proposal = null;
        if (proposalFolder is not null)
        {
            if (format != "text")
            {
                error.WriteLine(texts.Error(texts.ExplainProposalNeedsText));
                return ExitCodes.UsageError;
            }
            (proposal, problem) = ProposalFolder.Open(proposalFolder);
            if (proposal is null)
            {
                error.WriteLine(texts.Error(problem));
                return ExitCodes.InputError;
            }
            if (proposal.RunId != run.Manifest.RunId)
            {
                error.WriteLine(texts.Error(texts.ExplainProposalOtherRun(proposalFolder, proposal.RunId, run.Manifest.RunId)));
                return ExitCodes.InputError;
            }
        }
        try
        {
            var code = Explain(run, school, kommune, format, output, error, texts, out var number);
            if (code == ExitCodes.Success && proposal is not null && number is not null)
            {
                // The kommune as explain found it (a name resolves to its number).
                var decision = proposal.Decision(number);
                output.WriteLine();
                foreach (var line in decision ?? ["Endelig forslag:", "  Kommunen er verken på rute 1 eller rute 2-kandidat, og er ikke med i forslaget."])
                    output.WriteLine(line);
            }
            return code;
        }
        catch (RunFileException e)
        {
            error.WriteLine(texts.Error(e.Message));
            return ExitCodes.InputError;
        }
    }

    private static int Explain(RunFolder run, string? school, string? kommune, string format, TextWriter output, TextWriter error, Texts texts, out string? kommuneNumber)
    {
        kommuneNumber = null;
        using var buffer = new MemoryStream();
        if (school is not null)
        {
            var (row, observations, missing) = Explanations.FindSchool(run, school);
            if (row is null)
            {
                error.WriteLine(texts.Error(missing));
                return ExitCodes.InputError;
            }
            switch (format)
            {
                case "json": Explanations.SchoolJson(buffer, run, row, observations); break;
                case "csv": Explanations.SchoolCsv(buffer, observations); break;
                default: output.Write(Explanations.SchoolText(run, row, observations)); return ExitCodes.Success;
            }
        }
        else
        {
            var (row, values, schools, missing) = Explanations.FindKommune(run, kommune!);
            if (row is null)
            {
                error.WriteLine(texts.Error(missing));
                return ExitCodes.InputError;
            }
            kommuneNumber = row.Text("kommunenummer");
            switch (format)
            {
                case "json": Explanations.KommuneJson(buffer, run, row, values, schools); break;
                case "csv": Explanations.KommuneCsv(buffer, values); break;
                default: output.Write(Explanations.KommuneText(run, row, values, schools)); return ExitCodes.Success;
            }
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        if (format == "json")
            output.WriteLine();
        return ExitCodes.Success;
    }
}
