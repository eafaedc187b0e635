using System.Text.Json;

namespace Selection.IO;

/// <summary>What a person needs of a JSON parser's error: its first sentence (the rest repeats the position).</summary>
internal static class JsonMessages
{
    public static string FirstSentence(JsonException e)
    {
        var cut = e.Message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? e.Message : e.Message[..(cut + 1)];
    }
}
