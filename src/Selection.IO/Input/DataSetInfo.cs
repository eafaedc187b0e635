using System.Text.Json;
using Selection.Core;

namespace Selection.IO.Input;

/// <summary>What <c>datasett.json</c> says about a data set (DOMAIN §9). All fields optional.</summary>
public sealed record DataSetInfo(string? Name, string? Description, string? Source, string? Retrieved, bool Synthetic)
{
    public static DataSetInfo Unnamed(string folderName) => new(folderName, null, null, null, false);

    private static readonly string[] Keys = ["name", "description", "source", "retrieved", "synthetic"];

    /// <summary>Reads <c>datasett.json</c>; problems name the key. Unknown keys are warnings.</summary>
    public static DataSetInfo Read(byte[] json, string file, string folderName, List<Problem> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(Csv.TextDecoding.WithoutUtf8Bom(json), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            problems.Add(Problem.Error("json-syntax", InputTexts.JsonInvalid(JsonMessages.FirstSentence(e)), new Origin(file, (int)(e.LineNumber ?? 0) + 1)));
            return Unnamed(folderName);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add(Problem.Error("json-shape", InputTexts.DatasettNotAnObject, new Origin(file, 1)));
                return Unnamed(folderName);
            }
            string? Text(string key)
            {
                if (!document.RootElement.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
                    return null;
                if (v.ValueKind == JsonValueKind.String)
                    return v.GetString();
                problems.Add(Problem.Error("json-type", InputTexts.KeyMustBeString(key), new Origin(file, 0), key, v.GetRawText()));
                return null;
            }
            foreach (var property in document.RootElement.EnumerateObject())
                if (!Keys.Contains(property.Name))
                    problems.Add(Problem.Warning("json-unknown-key", InputTexts.KeyUnknown(property.Name, string.Join(", ", Keys)), new Origin(file, 0), property.Name));
            var synthetic = false;
            if (document.RootElement.TryGetProperty("synthetic", out var s))
            {
                if (s.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    synthetic = s.GetBoolean();
                else
                    problems.Add(Problem.Error("json-type", InputTexts.SyntheticMustBeBoolean, new Origin(file, 0), "synthetic", s.GetRawText()));
            }
            return new DataSetInfo(Text("name") ?? folderName, Text("description"), Text("source"), Text("retrieved"), synthetic);
        }
    }
}
