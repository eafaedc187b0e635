using Selection.Core.Texts;

namespace Selection.IO.Output;

/// <summary>
/// Why an output folder cannot be used, and what could not be tidied beside it (<see cref="OutputFolder"/>),
/// from <c>OutputTexts.resx</c> (bokmål) and <c>OutputTexts.en.resx</c>, in the language of the command
/// (<see cref="Catalog"/>). Option names, paths and file names stay as they are.
/// </summary>
public static class OutputTexts
{
    private static readonly Catalog Texts = new("Selection.IO.Output.OutputTexts", typeof(OutputTexts).Assembly);

    public static string OutEmpty => Texts.Get(nameof(OutEmpty));
    public static string OutInvalid(string given, string reason) => Texts.Format(nameof(OutInvalid), given, reason);
    public static string OutRoot(string given) => Texts.Format(nameof(OutRoot), given);

    /// <summary><c>--out '{0}' is {1} '{2}'; ...</c>, {1} the input as <see cref="OutputInput.What"/> names it.</summary>
    public static string OutIsInput(string given, string what, string input) => Texts.Format(nameof(OutIsInput), given, what, input);

    /// <summary><c>--out '{0}' lies inside {1} '{2}'; ...</c></summary>
    public static string OutInsideInput(string given, string what, string input) => Texts.Format(nameof(OutInsideInput), given, what, input);

    /// <summary><c>--out '{0}' contains {1} '{2}'; ...</c></summary>
    public static string OutContainsInput(string given, string what, string input) => Texts.Format(nameof(OutContainsInput), given, what, input);

    /// <summary>How a refusal names the data folder of a command: <c>the data folder</c>, <c>datamappen</c>.</summary>
    public static string TheDataFolder => Texts.Get(nameof(TheDataFolder));

    /// <summary>How a refusal names the rules file of a command.</summary>
    public static string TheRulesFile => Texts.Get(nameof(TheRulesFile));

    /// <summary>How a refusal names the run folder <c>propose</c> reads.</summary>
    public static string TheRunFolder => Texts.Get(nameof(TheRunFolder));

    /// <summary>How a refusal names the folder of returned shortlists <c>propose</c> reads.</summary>
    public static string TheReturnedFolder => Texts.Get(nameof(TheReturnedFolder));

    public static string OutIsFile(string given) => Texts.Format(nameof(OutIsFile), given);
    public static string OutUnderFile(string given, string file) => Texts.Format(nameof(OutUnderFile), given, file);
    public static string OutUnwritable(string given, string parent, string reason) => Texts.Format(nameof(OutUnwritable), given, parent, reason);
    public static string OutLocked(string given, string lockFile) => Texts.Format(nameof(OutLocked), given, lockFile);
    public static string OutStagingUnwritable(string given, string staging, string reason) => Texts.Format(nameof(OutStagingUnwritable), given, staging, reason);
    public static string OldNotRemoved(string target, string old, string reason, string given) => Texts.Format(nameof(OldNotRemoved), target, old, reason, given);
    public static string OutTooLong(string given, int bytes, int maximum) => Texts.Format(nameof(OutTooLong), given, bytes, maximum);
    public static string OutPartTooLong(string given, int bytes, int maximum, string part) => Texts.Format(nameof(OutPartTooLong), given, bytes, maximum, part);
    public static string OutNameTooLong(string given, int bytes, int maximum) => Texts.Format(nameof(OutNameTooLong), given, bytes, maximum);
    public static string OutExists(string given, string command) => Texts.Format(nameof(OutExists), given, command);
    public static string OutOfOtherCommand(string given, string marker, string command) => Texts.Format(nameof(OutOfOtherCommand), given, marker, command);

    /// <summary><c>--out '{0}' holds files that are not an earlier output of `selection {1}` (no {2}); ...</c>, {2} the <see cref="OutputRequest.EvidenceName"/>.</summary>
    public static string OutNotOurs(string given, string command, string evidence) => Texts.Format(nameof(OutNotOurs), given, command, evidence);

    /// <summary>What marks an earlier output: <c>marker .selection-output</c>.</summary>
    public static string EvidenceMarker(string marker) => Texts.Format(nameof(EvidenceMarker), marker);

    /// <summary>What marks an earlier run, also one written before outputs carried a marker: <c>manifest.json or marker .selection-output</c>.</summary>
    public static string EvidenceManifestOrMarker(string manifest, string marker) => Texts.Format(nameof(EvidenceManifestOrMarker), manifest, marker);

    public static string CouldNotRestore(string folder, string reason) => Texts.Format(nameof(CouldNotRestore), folder, reason);
    public static string CouldNotRemoveLeftover(string folder, string reason) => Texts.Format(nameof(CouldNotRemoveLeftover), folder, reason);
}
