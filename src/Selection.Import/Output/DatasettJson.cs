using System.Text.Encodings.Web;
using System.Text.Json;
using Selection.IO.Input;

namespace Selection.Import.Output;

/// <summary>
/// <c>datasett.json</c> (DOMAIN §9) as <c>sample-data/</c> writes it: indented, LF line ends, a final newline,
/// æøå and backticks as they are (the relaxed encoder: the file is data, never embedded in HTML).
/// </summary>
public static class DatasettJson
{
    public static byte[] Bytes(DataSetInfo info)
    {
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            Text(json, "name", info.Name);
            Text(json, "description", info.Description);
            Text(json, "source", info.Source);
            Text(json, "retrieved", info.Retrieved);
            json.WriteBoolean("synthetic", info.Synthetic);
            json.WriteEndObject();
        }
        memory.WriteByte((byte)'\n');
        return memory.ToArray();
    }

    private static void Text(Utf8JsonWriter json, string key, string? value)
    {
        if (value is null)
            json.WriteNull(key);
        else
            json.WriteString(key, value);
    }
}
