using System.Text.Json;

namespace Selection.IO;

/// <summary>What a person needs of a JSON parser's error: its first sentence (the rest repeats the position).</summary>
public static class JsonMessages
{
    /// <summary>
    /// The first sentence of the parser's message, in the command's language when it is one of the
    /// sentences <see cref="JsonTexts"/> knows (a missing comma, a trailing comma, an unclosed object, ...);
    /// otherwise in the runtime's own words (English), which the caller's frame then carries.
    /// </summary>
    public static string FirstSentence(JsonException e)
    {
        var cut = e.Message.IndexOf(". ", StringComparison.Ordinal);
        return JsonTexts.Say(cut < 0 ? e.Message : e.Message[..(cut + 1)]);
    }
}
