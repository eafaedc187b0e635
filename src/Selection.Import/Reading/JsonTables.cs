using System.Text.Json;
using Selection.IO.Csv;

namespace Selection.Import.Reading;

/// <summary>
/// Reads JSON as Udir's APIs return it into an <see cref="ExportTable"/>: a bare array of objects (the
/// statistics bank's <c>Eksport/{id}/data?format=0</c>, NSR's old <c>/enheter</c>), an object that wraps the array
/// (NSR's paged list <c>EnhetListe</c>, its v3 list <c>Enheter</c>, the statistics bank's <c>filterVerdier</c> with
/// its unit list <c>EnhetID</c>, or <c>data</c>), or one object (NSR's <c>/enhet/{orgnr}</c>). Each property is a
/// column; a nested object's properties are columns named <c>Parent.Child</c>; arrays inside an object are left
/// out. Strings are read as they are, numbers as written, <c>true</c>/<c>false</c> as text and <c>null</c> as an
/// empty cell. A row's line is the line its object starts on.
/// </summary>
public static class JsonTables
{
    /// <summary>The properties that wrap the array of rows, tried in this order.</summary>
    public static readonly IReadOnlyList<string> Wrappers = ["EnhetListe", "Enheter", "EnhetID", "data"];

    /// <summary>The table in <paramref name="bytes"/>, or why the JSON is not one the import reads.</summary>
    public static (ExportTable? Table, string? Error) Read(byte[] bytes, string file, string format, ImportTexts texts)
    {
        var json = TextDecoding.WithoutUtf8Bom(bytes);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return (null, texts.JsonInvalid(IO.JsonMessages.FirstSentence(e), (e.LineNumber ?? 0) + 1));
        }
        using (document)
        {
            var root = document.RootElement;
            string? wrapper = null;
            IReadOnlyList<JsonElement> elements;
            if (root.ValueKind == JsonValueKind.Array)
            {
                elements = root.EnumerateArray().ToArray();
            }
            else if (root.ValueKind == JsonValueKind.Object
                     && Wrappers.FirstOrDefault(w => root.TryGetProperty(w, out var inner) && inner.ValueKind == JsonValueKind.Array) is { } name)
            {
                wrapper = name;
                elements = root.GetProperty(name).EnumerateArray().ToArray();
            }
            else if (root.ValueKind == JsonValueKind.Object)
            {
                elements = [root];
            }
            else
            {
                return (null, texts.JsonNotATable);
            }
            if (elements.Any(e => e.ValueKind != JsonValueKind.Object))
                return (null, texts.JsonNotObjects);

            var lines = ElementLines(json.Span, wrapper, elements.Count);
            var headers = new List<string>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var flat = new List<List<(string Name, string Value)>>(elements.Count);
            foreach (var element in elements)
            {
                var cells = new List<(string, string)>();
                Flatten(element, "", cells);
                foreach (var (name, _) in cells)
                {
                    if (!index.ContainsKey(name))
                    {
                        index[name] = headers.Count;
                        headers.Add(name);
                    }
                }
                flat.Add(cells);
            }
            var rows = new List<ExportRow>(flat.Count);
            for (var i = 0; i < flat.Count; i++)
            {
                var cells = new string[headers.Count];
                Array.Fill(cells, "");
                foreach (var (name, value) in flat[i])
                    cells[index[name]] = value;
                rows.Add(new ExportRow(lines[i], cells));
            }
            return (new ExportTable(file, format, headers, rows, isJson: true), null);
        }
    }

    private static void Flatten(JsonElement element, string prefix, List<(string, string)> cells)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Flatten(property.Value, name + ".", cells);
                    break;
                case JsonValueKind.Array:
                    break;
                case JsonValueKind.String:
                    cells.Add((name, property.Value.GetString() ?? ""));
                    break;
                case JsonValueKind.Null or JsonValueKind.Undefined:
                    cells.Add((name, ""));
                    break;
                case JsonValueKind.True:
                    cells.Add((name, "true"));
                    break;
                case JsonValueKind.False:
                    cells.Add((name, "false"));
                    break;
                default:
                    cells.Add((name, property.Value.GetRawText()));
                    break;
            }
        }
    }

    /// <summary>
    /// The 1-based line each row object starts on: the elements of the root array, of the wrapper's array, or
    /// the root object itself.
    /// </summary>
    private static int[] ElementLines(ReadOnlySpan<byte> json, string? wrapper, int count)
    {
        var lines = new int[count];
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var found = 0;
        var line = 1;
        var counted = 0;
        var rootIsArray = false;
        var inWrapper = false;
        while (found < count && reader.Read())
        {
            if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.StartArray)
                rootIsArray = true;
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && wrapper is not null)
                inWrapper = reader.ValueTextEquals(wrapper);
            if (reader.TokenType != JsonTokenType.StartObject)
                continue;
            var isElement = wrapper is not null ? inWrapper && reader.CurrentDepth == 2
                : rootIsArray ? reader.CurrentDepth == 1
                : reader.CurrentDepth == 0;
            if (!isElement)
                continue;
            var start = (int)reader.TokenStartIndex;
            line += json[counted..start].Count((byte)'\n');
            counted = start;
            lines[found++] = line;
            if (reader.CurrentDepth > 0)
                reader.Skip();
        }
        return lines;
    }
}
