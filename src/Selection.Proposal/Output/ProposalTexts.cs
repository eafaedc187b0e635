using Selection.Core.Texts;

namespace Selection.Proposal.Output;

/// <summary>
/// Why a proposal folder cannot be used, and what verify finds wrong in it, from <c>ProposalTexts.resx</c>
/// (bokmål) and <c>ProposalTexts.en.resx</c> (English). JSON keys, file and column names are not translated.
/// </summary>
public static class ProposalTexts
{
    private static readonly Catalog Texts = new("Selection.Proposal.Output.ProposalTexts", typeof(ProposalTexts).Assembly);

    /// <summary><c>key '{0}' is missing or not an object</c></summary>
    public static string KeyNotObject(string key) => Texts.Format(nameof(KeyNotObject), key);

    /// <summary><c>key '{0}' is missing or not a list</c></summary>
    public static string KeyNotList(string key) => Texts.Format(nameof(KeyNotList), key);

    /// <summary><c>key '{0}' is missing</c></summary>
    public static string KeyMissing(string key) => Texts.Format(nameof(KeyMissing), key);

    /// <summary><c>key '{0}' must be a string</c></summary>
    public static string KeyNotText(string key) => Texts.Format(nameof(KeyNotText), key);

    /// <summary><c>key '{0}' must be a whole number</c></summary>
    public static string KeyNotWholeNumber(string key) => Texts.Format(nameof(KeyNotWholeNumber), key);

    /// <summary><c>key '{0}' must be a whole number or null</c></summary>
    public static string KeyNotWholeNumberOrNull(string key) => Texts.Format(nameof(KeyNotWholeNumberOrNull), key);

    /// <summary><c>key '{0}' must be true or false</c></summary>
    public static string KeyNotTrueOrFalse(string key) => Texts.Format(nameof(KeyNotTrueOrFalse), key);

    /// <summary><c>key '{0}' must have a file name, a size and a SHA-256</c></summary>
    public static string KeyNotAFile(string key) => Texts.Format(nameof(KeyNotAFile), key);

    /// <summary><c>key '{0}' names '{1}', which is not a file inside the folder</c></summary>
    public static string KeyFileOutside(string key, string name) => Texts.Format(nameof(KeyFileOutside), key, name);

    /// <summary><c>'{0}' is not the output folder of `selection propose`</c></summary>
    public static string NotAProposalFolder(string path) => Texts.Format(nameof(NotAProposalFolder), path);

    /// <summary><c>the manifest of the proposal folder '{0}' cannot be read: {1}</c></summary>
    public static string ManifestUnreadable(string path, string reason) => Texts.Format(nameof(ManifestUnreadable), path, reason);

    /// <summary><c>edited by the analyst: see the deviations</c>: why a changed forslag.csv counts as unchanged.</summary>
    public static string EditedByAnalyst => Texts.Get(nameof(EditedByAnalyst));

    /// <summary><c>manifest: the recorded proposal leaves out a route-1 kommune, which the proposal always takes</c></summary>
    public static string RecordedLeavesOutRoute1 => Texts.Get(nameof(RecordedLeavesOutRoute1));

    /// <summary><c>manifest: the recorded proposal does not take exactly the route-2 candidates placed 1 to {0} (route2Max)</c></summary>
    public static string RecordedRoute2NotExact(int route2Max) => Texts.Format(nameof(RecordedRoute2NotExact), route2Max);

    /// <summary><c>manifest: counts.{0} does not agree with the recorded proposal ({1})</c></summary>
    public static string RecordedCountDisagrees(string key, int actual) => Texts.Format(nameof(RecordedCountDisagrees), key, actual);

    /// <summary><c>manifest: the recorded proposal takes kommune {0}, but {1} says otherwise</c></summary>
    public static string RecordedTakesLogDisagrees(string kommune, string log) => Texts.Format(nameof(RecordedTakesLogDisagrees), kommune, log);

    /// <summary><c>manifest: the recorded proposal leaves out kommune {0}, but {1} says otherwise</c></summary>
    public static string RecordedLeavesOutLogDisagrees(string kommune, string log) => Texts.Format(nameof(RecordedLeavesOutLogDisagrees), kommune, log);

    /// <summary><c>manifest: the recorded proposal and {0} do not list the same kommuner</c></summary>
    public static string RecordedAndLogDiffer(string log) => Texts.Format(nameof(RecordedAndLogDiffer), log);

    /// <summary><c>{0} cannot be read: {1}</c></summary>
    public static string TableUnreadable(string file, string reason) => Texts.Format(nameof(TableUnreadable), file, reason);

    /// <summary><c>{0} has no column kommunenummer or tatt_med</c></summary>
    public static string TableWithoutColumns(string file) => Texts.Format(nameof(TableWithoutColumns), file);

    /// <summary><c>{0} has changes outside tatt_med: only tatt_med may be changed by hand</c></summary>
    public static string TableChangedOutsideTattMed(string file) => Texts.Format(nameof(TableChangedOutsideTattMed), file);

    /// <summary><c>{0} line {1}: kommune {2} is not in the computed proposal</c></summary>
    public static string TableKommuneNotProposed(string file, int line, string kommune) => Texts.Format(nameof(TableKommuneNotProposed), file, line, kommune);

    /// <summary><c>{0} line {1}, column tatt_med: '{2}' is neither true nor false</c></summary>
    public static string TableTattMedInvalid(string file, int line, string value) => Texts.Format(nameof(TableTattMedInvalid), file, line, value);

    /// <summary><c>{0}: kommune {1} of the computed proposal is missing</c></summary>
    public static string TableKommuneMissing(string file, string kommune) => Texts.Format(nameof(TableKommuneMissing), file, kommune);

    /// <summary><c>the manifest of '{0}' does not record route2.route2Max</c></summary>
    public static string Route2MaxMissing(string path) => Texts.Format(nameof(Route2MaxMissing), path);
}
