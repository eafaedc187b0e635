using Selection.Core.Texts;

namespace Selection.IO.Runs;

/// <summary>
/// The messages about reading a run folder back (<see cref="RunFolder"/>, <see cref="TableRow"/>,
/// <see cref="RunFiles"/>, <see cref="Verification"/>) and about a school or kommune <c>explain</c> cannot
/// find (<see cref="Explanations"/>), from <c>RunTexts.resx</c> (bokmål) and <c>RunTexts.en.resx</c>, in the
/// language of the command (<see cref="Catalog"/>). File names and JSON keys stay as they are.
/// </summary>
public static class RunTexts
{
    private static readonly Catalog Texts = new("Selection.IO.Runs.RunTexts", typeof(RunTexts).Assembly);

    // A table row
    public static string TableNoColumn(string file, string column) => Texts.Format(nameof(TableNoColumn), file, column);

    /// <summary><c>'{0}': column '{1}' of row {2} {3}: ...</c>, with {3} <see cref="CellHoldsType"/> or <see cref="CellEmpty"/>.</summary>
    public static string CellWrong(string file, string column, int row, string what) => Texts.Format(nameof(CellWrong), file, column, row, what);

    public static string CellHoldsType(string found, string expected) => Texts.Format(nameof(CellHoldsType), found, expected);
    public static string CellEmpty => Texts.Get(nameof(CellEmpty));

    // The manifest
    public static string NoManifest(string folder, string manifest) => Texts.Format(nameof(NoManifest), folder, manifest);

    /// <summary><c>manifest.json in '{1}' cannot be read: {2}</c>, with the reason.</summary>
    public static string ManifestUnreadable(string manifest, string folder, string reason) => Texts.Format(nameof(ManifestUnreadable), manifest, folder, reason);

    /// <summary><c>manifest.json in '{1}' cannot be read: it is not JSON: {2} (line {3})</c>.</summary>
    public static string ManifestNotJson(string manifest, string folder, string sentence, long line) => Texts.Format(nameof(ManifestNotJson), manifest, folder, sentence, line);

    public static string ManifestVersion(int version, int expected) => Texts.Format(nameof(ManifestVersion), version, expected);

    /// <summary>A manifest of another command's folder (its <c>kind</c>): the command that wrote it, by name.</summary>
    public static string ManifestOfAnotherCommand(string kind) =>
        Texts.Format(nameof(ManifestOfAnotherCommand), kind, kind == "proposal" ? "propose" : kind);
    public static string ManifestFileOutside(string key, string name) => Texts.Format(nameof(ManifestFileOutside), key, name);
    public static string ManifestNotObject => Texts.Get(nameof(ManifestNotObject));
    public static string ManifestKeyNotObject(string key) => Texts.Format(nameof(ManifestKeyNotObject), key);
    public static string ManifestKeyMissing(string key) => Texts.Format(nameof(ManifestKeyMissing), key);
    public static string ManifestKeyNotList(string key) => Texts.Format(nameof(ManifestKeyNotList), key);
    public static string ManifestKeyNotString(string key) => Texts.Format(nameof(ManifestKeyNotString), key);
    public static string ManifestKeyNotBoolean(string key) => Texts.Format(nameof(ManifestKeyNotBoolean), key);
    public static string ManifestKeyNotWholeNumber(string key) => Texts.Format(nameof(ManifestKeyNotWholeNumber), key);
    public static string ManifestKeyNotNumber(string key) => Texts.Format(nameof(ManifestKeyNotNumber), key);
    public static string TableUnreadable(string path, string reason) => Texts.Format(nameof(TableUnreadable), path, reason);

    // Files and folders of a run
    public static string IsAFolder(string path) => Texts.Format(nameof(IsAFolder), path);
    public static string NotARegularFile(string path) => Texts.Format(nameof(NotARegularFile), path);

    /// <summary><c>the {0} '{1}' is a link to '{2}', which does not exist</c>; {0} is a folder's name such as <see cref="RunFolderName"/>.</summary>
    public static string FolderIsDanglingLink(string folderName, string path, string target) => Texts.Format(nameof(FolderIsDanglingLink), folderName, path, target);

    /// <summary><c>the {0} '{1}' does not exist</c>; {0} is a folder's name such as <see cref="RunFolderName"/>.</summary>
    public static string FolderMissing(string folderName, string path) => Texts.Format(nameof(FolderMissing), folderName, path);

    /// <summary><c>'{0}' is a file, not a {1}</c>; {1} is a folder's name such as <see cref="RunFolderName"/>.</summary>
    public static string FolderIsAFile(string path, string folderName) => Texts.Format(nameof(FolderIsAFile), path, folderName);

    /// <summary>How <see cref="RunFiles.NotAFolder"/> names a run folder: <c>run folder</c>, <c>kjøringsmappen</c>.</summary>
    public static string RunFolderName => Texts.Get(nameof(RunFolderName));

    /// <summary>How <see cref="RunFiles.NotAFolder"/> names a data folder.</summary>
    public static string DataFolderName => Texts.Get(nameof(DataFolderName));

    /// <summary>How <see cref="RunFiles.NotAFolder"/> names the folder of returned shortlists.</summary>
    public static string ReturnedFolderName => Texts.Get(nameof(ReturnedFolderName));

    /// <summary>How <see cref="RunFiles.NotAFolder"/> names a proposal folder.</summary>
    public static string ProposalFolderName => Texts.Get(nameof(ProposalFolderName));

    public static string DanglingLink(string path, string target) => Texts.Format(nameof(DanglingLink), path, target);
    public static string Missing(string path) => Texts.Format(nameof(Missing), path);
    public static string TooLarge(string path, long bytes, long mebibytes) => Texts.Format(nameof(TooLarge), path, bytes, mebibytes);
    public static string Unreadable(string path, string? reason) => Texts.Format(nameof(Unreadable), path, reason);

    // Why verify cannot hash a file
    public static string UnreadableFolder => Texts.Get(nameof(UnreadableFolder));
    public static string UnreadableSpecial => Texts.Get(nameof(UnreadableSpecial));

    // explain
    public static string SchoolNotInRun(string orgnr) => Texts.Format(nameof(SchoolNotInRun), orgnr);
    public static string KommuneNumberNotInRun(string nummer) => Texts.Format(nameof(KommuneNumberNotInRun), nummer);
    public static string KommuneNameNotInRun(string name) => Texts.Format(nameof(KommuneNameNotInRun), name);
    public static string KommuneNameAmbiguous(string name, int count, string kommuner, string first) => Texts.Format(nameof(KommuneNameAmbiguous), name, count, kommuner, first);
}
