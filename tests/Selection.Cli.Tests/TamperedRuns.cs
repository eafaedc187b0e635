using System.Text.Json.Nodes;

namespace Selection.Cli.Tests;

/// <summary>Copies of a run folder with something changed by hand, for verify's tests.</summary>
internal static class TamperedRuns
{
    /// <summary>A copy of <paramref name="run"/> with its manifest edited by <paramref name="edit"/>.</summary>
    public static string WithManifestEdited(string run, Action<JsonObject> edit)
    {
        var copy = TestPaths.NewTempPath("tampered");
        foreach (var file in Directory.GetFiles(run, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(run, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var path = Path.Combine(copy, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return copy;
    }
}
