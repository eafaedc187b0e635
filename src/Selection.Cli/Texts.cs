using System.Globalization;
using System.Resources;
using Selection.IO.Texts;

namespace Selection.Cli;

/// <summary>
/// What the command line itself prints for people (help, descriptions, the lines each command writes,
/// the error wrappers), from <c>Texts.resx</c> (bokmål, the neutral resources) and <c>Texts.en.resx</c>.
/// Each member is named like its resource key; to add a text, add a member here and an entry with the
/// same name to both files (a test checks that the files have the same keys and placeholders).
/// </summary>
public sealed class Texts(CultureInfo language) : ResourceTexts(Manager, language)
{
    private static readonly ResourceManager Manager = new("Selection.Cli.Texts", typeof(Texts).Assembly);

    /// <summary>"1 error", "2 errors" (bokmål: "1 feil", "2 feil").</summary>
    public string Errors(int count) => Count(count, "ErrorsOne", "ErrorsMany");

    /// <summary>"1 warning", "2 warnings".</summary>
    public string Warnings(int count) => Count(count, "WarningsOne", "WarningsMany");

    /// <summary>What an exit code means (key <c>Exit&lt;code&gt;</c>).</summary>
    public string ExitCode(int code) => Get("Exit" + code.ToString(CultureInfo.InvariantCulture));

    /// <summary>A command's examples: title lines, each followed by indented command lines (key <c>&lt;Command&gt;Examples</c>).</summary>
    public string Examples(string command) => Get(char.ToUpperInvariant(command[0]) + command[1..] + "Examples");

    public string RootDescription => Get();
    public string LanguageDescription => Get();
    public string LanguageDefault => Get();
    public string LanguageFromEnvironmentInvalid(object? arg0) => Format([arg0]);
    public string HelpDescription => Get();
    public string VersionDescription => Get();
    public string Error(object? arg0) => Format([arg0]);
    public string Warning(object? arg0) => Format([arg0]);
    public string SeeHelp => Get();
    public string OptionEmpty(object? arg0) => Format([arg0]);
    // System.CommandLine's own parse errors, in bokmål (ParseErrors). In English the parser's own message is
    // printed as it is; the .en texts are its English counterparts, kept for the pair.
    public string ParseOptionRequired(object? arg0) => Format([arg0]);
    public string ParseOptionNeedsValue(object? arg0) => Format([arg0]);
    public string ParseOptionOneValue(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ParseValueNotAllowed(object? arg0, object? arg1, object? arg2) => Format([arg0, arg1, arg2]);
    public string ParseNotAWholeNumber(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ParseValueInvalid(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ParseUnrecognized(object? arg0) => Format([arg0]);
    public string ParseArgumentMissing(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ParseCommandMissing(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ParseVersionAlone(object? arg0) => Format([arg0]);
    public string InternalError(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string InternalErrorHint => Get();
    public string CannotWriteOut(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string SummaryNotPrinted(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string Interrupted(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string HelpUsage => Get();
    public string HelpOptions => Get();
    public string HelpArguments => Get();
    public string HelpCommands => Get();
    public string HelpRound => Get();
    public string HelpOtherCommands => Get();
    public string HelpGlobalOptions => Get();
    public string HelpExamples => Get();
    public string HelpExitCodes => Get();
    public string HelpRequired => Get();
    public string HelpDefault(object? arg0) => Format([arg0]);
    public string HelpOff => Get();
    public string HelpNone => Get();
    public string HelpOptionsPlaceholder => Get();
    public string HelpCommandPlaceholder => Get();
    public string HelpCommandHint => Get();
    public string NoCommand => Get();
    public string FolderName => Get();
    public string RulesName => Get();
    public string RulesFileName => Get();
    public string SchoolYearName => Get();
    public string OrgnrName => Get();
    public string KommuneName => Get();
    public string RunFolderName => Get();
    public string RunOrProposalName => Get();
    public string ProposalFolderName => Get();
    public string ReturnedFolderName => Get();
    public string NumberName => Get();
    public string PresetName => Get();
    public string ForceDescription(object? arg0) => Format([arg0]);
    public string VerboseDescription => Get();
    public string OutputLine(object? arg0) => Format([arg0]);
    public string PhaseReadRules => Get();
    public string PhaseReadData => Get();
    public string PhaseCheckData => Get();
    public string PhaseScore => Get();
    public string PhaseWriteOutput => Get();
    public string PhaseReadReturned => Get();
    public string PhaseWriteProposal => Get();
    public string PhaseTotal => Get();
    public string RunDescription => Get();
    public string RunData => Get();
    public string RunRules => Get();
    public string RunOut => Get();
    public string RunTo => Get();
    public string RunToDefault => Get();
    public string RunRulesCannotBeUsed(object? arg0) => Format([arg0]);
    public string RunDataHasErrors(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RunCannotBeMade => Get();
    public string RunWarnings(object? arg0) => Format([arg0]);
    public string RunOutputTables(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RunOutputEvidence(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RunOutputWorkbook(object? arg0) => Format([arg0]);
    public string RunOutputManifest(object? arg0) => Format([arg0]);
    public string RunOutputShortlists(object? arg0) => Format([arg0]);
    public string ValidateDescription => Get();
    public string ValidateData => Get();
    public string ValidateRules => Get();
    public string ValidateRulesDefault => Get();
    public string ValidateFormat => Get();
    public string ExplainDescription => Get();
    public string ExplainRun => Get();
    public string ExplainSchool => Get();
    public string ExplainKommune => Get();
    public string ExplainOneOfDefault => Get();
    public string ExplainFormat => Get();
    public string ExplainProposal => Get();
    public string ExplainOneOf => Get();
    public string ExplainProposalNeedsKommune => Get();
    public string ExplainIsProposal(object? arg0) => Format([arg0]);
    public string ExplainProposalNeedsText => Get();
    public string ExplainProposalOtherRun(object? arg0, object? arg1, object? arg2) => Format([arg0, arg1, arg2]);
    public string ProposeDescription => Get();
    public string ProposeRun => Get();
    public string ProposeReturned => Get();
    public string ProposeOut => Get();
    public string ProposeRequireAll => Get();
    public string ProposeUnansweredProblem(object? arg0) => Format([arg0]);
    public string ProposeHasErrors(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ProposeWarnings(object? arg0) => Format([arg0]);
    public string ProposeUnanswered(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ProposeIllustrative(object? arg0) => Format([arg0]);
    public string ProposeSynthetic(object? arg0) => Format([arg0]);
    public string ProposeRunLine(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ProposeReturnedLine(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ProposeRoute1(object? arg0) => Format([arg0]);
    public string ProposeRoute2(object? arg0, object? arg1, object? arg2, object? arg3) => Format([arg0, arg1, arg2, arg3]);
    public string ProposeProposal(object? arg0) => Format([arg0]);
    public string ProposeOutputTables(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ProposeOutputLog(object? arg0) => Format([arg0]);
    public string ProposeOutputManifest(object? arg0) => Format([arg0]);
    public string VerifyDescription => Get();
    public string VerifyRun => Get();
    public string VerifyData => Get();
    public string VerifyReturned => Get();
    public string VerifyReturnedNotProposal(object? arg0) => Format([arg0]);
    public string VerifyDataForProposal(object? arg0) => Format([arg0]);
    public string RulesDescription => Get();
    public string RulesListDescription => Get();
    public string RulesShowDescription => Get();
    public string RulesShowArgument => Get();
    public string RulesCheckDescription => Get();
    public string RulesCheckArgument => Get();
    public string RulesNoPreset(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RulesValidIllustrative(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RulesValidOfficial(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RulesKeyDefault(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RulesIndicators(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RulesIndicator(object? arg0, object? arg1, object? arg2) => Format([arg0, arg1, arg2]);
    public string RulesLastSchoolYear(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RulesFloorUntil(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RulesFloorFrom(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RulesFloorBetween(object? arg0, object? arg1, object? arg2) => Format([arg0, arg1, arg2]);
    public string RulesUpgradeDescription => Get();
    public string PanelDescription => Get();
    public string PanelRules(object? arg0) => Format([arg0]);
    public string PanelFrom => Get();
    public string StabilityDescription => Get();
    public string StabilityOut => Get();
    public string StabilityReplicates => Get();
    public string StabilityReplicatesRange(object? arg0) => Format([arg0]);
    public string StabilitySeed => Get();
    public string StabilityPhase(object? arg0) => Format([arg0]);
    public string StabilityOutputTables(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ExplainHistoryKommuneOnly(object? arg0) => Format([arg0]);
    public string SweepDescription => Get();
    public string SweepVary => Get();
    public string SweepVaryName => Get();
    public string SweepOut => Get();
    public string SweepPhase(object? arg0) => Format([arg0]);
    public string SweepPointCannotBeMade(object? arg0) => Format([arg0]);
    public string SweepOutputTables(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ExplainSweepFolder(object? arg0) => Format([arg0]);
    public string PanelCarry => Get();
    public string PanelTo => Get();
    public string PanelOut => Get();
    public string PanelFromAfterTo(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string PanelNoRoundPreset(object? arg0, object? arg1, object? arg2) => Format([arg0, arg1, arg2]);
    public string PanelPhaseScore(object? arg0) => Format([arg0]);
    public string PanelRoundCannotBeMade(object? arg0) => Format([arg0]);
    public string PanelOutputRounds(object? arg0) => Format([arg0]);
    public string PanelOutputTables(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RulesSchemaDescription => Get();
    public string RulesUpgradeArgument => Get();
    public string RulesUpgradeOut => Get();
    public string RulesUpgradeExists(object? arg0) => Format([arg0]);
    public string RulesUpgradeCannot(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string RulesUpgradeWrote(object? arg0, object? arg1, object? arg2) => Format([arg0, arg1, arg2]);
    public string ConvertDescription => Get();
    public string ConvertData => Get();
    public string ConvertOut => Get();
    public string ConvertHasErrors(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ConvertCannot(object? arg0) => Format([arg0]);
    public string ConvertWrote(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string ConvertLeftOut(object? arg0) => Format([arg0]);
    public string SampleDescription => Get();
    public string SampleOut => Get();
    public string SampleSeed => Get();
    public string SampleScale => Get();
    public string SampleScaleOutOfRange(int value, int max) => Format([value, max]);
    public string SampleFrom => Get();
    public string SampleTo => Get();
    public string SampleYearOutOfRange(string option, object? value, object? earliest, object? latest) => Format([option, value, earliest, latest]);
    public string SampleFromAfterTo(object? from, object? to, object? defaultFrom, object? defaultTo) => Format([from, to, defaultFrom, defaultTo]);
    public string SampleWrote(object? arg0, object? arg1, object? arg2) => Format([arg0, arg1, arg2]);

    // verify
    public string VerifyRunLine(object? arg0, object? arg1, object? arg2) => Format([arg0, arg1, arg2]);
    public string VerifyProposalLine(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string VerifyOutputsLabel => Get();
    public string VerifyDataLabel => Get();
    public string VerifyReturnedLabel => Get();
    public string VerifyOutputsUnchangedRun => Get();
    public string VerifyOutputsUnchangedProposal => Get();
    public string VerifySameDataFiles(object? arg0) => Format([arg0]);
    public string VerifySameReturnedFiles(object? arg0) => Format([arg0]);
    public string VerifyFilesChecked(object? arg0, object? arg1, object? arg2) => Format([arg0, arg1, arg2]);
    public string VerifyFilesDiffer(object? arg0) => Format([arg0]);
    public string VerifyManifestAgrees(object? arg0) => Format([arg0]);
    public string VerifyManifestFailed(object? arg0, object? arg1) => Format([arg0, arg1]);
    public string VerifyFailedLine(object? arg0) => Format([arg0]);
    public string VerifyVerified => Get();
    public string VerifyNotVerified => Get();
    public string VerifyNotComputedProposal => Get();
    public string VerifyLimits => Get();
    public string VerifyDecisionsNotCompared => Get();
    public string VerifyDecisionsSame => Get();
    public string VerifyDecisionsDiffer(object? arg0) => Format([arg0]);
    public string VerifyDeviationKommuneOne => Get();
    public string VerifyDeviationKommuneMany(object? arg0) => Format([arg0]);
    public string VerifyDeviationLine(object? arg0, object? arg1, object? arg2, object? arg3, object? arg4) => Format([arg0, arg1, arg2, arg3, arg4]);
    public string VerifyTakesIt => Get();
    public string VerifyLeavesItOut => Get();
    public string VerifyNotInManifest => Get();
    public string VerdictChanged => Get();
    public string VerdictMissing => Get();
    public string VerdictExtra => Get();
    public string VerdictUnreadable => Get();

    // compare
    public string CompareDescription => Get();
    public string CompareA => Get();
    public string CompareB => Get();
    public string CompareARun => Get();
    public string CompareBRun => Get();
    public string CompareRunDefault => Get();
    public string CompareOut => Get();
    public string CompareOutDefault => Get();
    public string CompareOutputFiles(object? arg0, object? arg1, object? arg2, object? arg3) => Format([arg0, arg1, arg2, arg3]);
}
