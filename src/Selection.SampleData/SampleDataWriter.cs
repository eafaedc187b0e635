using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Selection.Core.Data;

namespace Selection.SampleData;

/// <summary>
/// Writes a <see cref="SampleDataSet"/> in the dialect of a Udir export opened and saved in Norwegian
/// Excel: UTF-8 with a byte order mark, <c>;</c> separated, decimal comma, CRLF line ends, <c>*</c> for
/// a suppressed value. Numbers are formatted with the invariant culture and the point replaced by a
/// comma, so the output never depends on the machine's culture.
/// </summary>
internal static class SampleDataWriter
{
    public const string SuppressedMark = "*";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ';',
        WriteByteOrderMark = true,
        NewLine = "\r\n",
    };

    public static void Write(SampleDataSet data, string folder)
    {
        Directory.CreateDirectory(folder);

        WriteCsv(
            Path.Combine(folder, "skoler.csv"),
            ["orgnr", "skolenavn", "kommunenummer", "eierform", "trinn_fra", "trinn_til"],
            data.Schools.Select(s => new[]
            {
                s.OrgNr.Value, s.Skolenavn, s.Kommunenummer.Value, s.Eierform == Eierform.Privat ? "privat" : "offentlig",
                Integer(s.TrinnFra), Integer(s.TrinnTil),
            }));

        WriteCsv(
            Path.Combine(folder, "elevundersokelsen.csv"),
            ["orgnr", "skoleaar", "trinn", "mobbing", "stotte_fra_laerer", "motivasjon", "antall_besvart"],
            data.Elevundersokelsen.Select(r => new[]
            {
                r.OrgNr.Value, r.Skoleaar.ToString(), Integer(r.Trinn),
                Value(r.Mobbing, 1, r.Suppressed), Value(r.StotteFraLaerer, 2, r.Suppressed), Value(r.Motivasjon, 2, r.Suppressed),
                Integer(r.AntallBesvart),
            }));

        WriteCsv(
            Path.Combine(folder, "nasjonale_prover.csv"),
            ["orgnr", "skoleaar", "trinn", "fag", "andel_mestringsniva_1", "antall_elever"],
            data.NasjonaleProver.Select(r => new[]
            {
                r.OrgNr.Value, r.Skoleaar.ToString(), Integer(r.Trinn), r.Fag,
                Value(r.AndelMestringsniva1, 1, r.Suppressed), Integer(r.AntallElever),
            }));

        WriteCsv(
            Path.Combine(folder, "grunnskolepoeng.csv"),
            ["orgnr", "skoleaar", "grunnskolepoeng", "antall_elever"],
            data.Grunnskolepoeng.Select(r => new[]
            {
                r.OrgNr.Value, r.Skoleaar.ToString(), Value(r.Grunnskolepoeng, 1, r.Suppressed), Integer(r.AntallElever),
            }));

        WriteCsv(
            Path.Combine(folder, "nasjonalt.csv"),
            ["skoleaar", "indikator", "verdi"],
            data.Nasjonalt.Select(r => new[]
            {
                r.Skoleaar.ToString(), r.Indikator.Code, Value(r.Verdi, r.Indikator.Maximum == 5 ? 2 : 1, suppressed: false),
            }));

        File.WriteAllBytes(Path.Combine(folder, "datasett.json"), Json(data.Metadata));
    }

    private static void WriteCsv(string path, string[] header, IEnumerable<string[]> rows)
    {
        using var stream = File.Create(path);
        using var writer = CsvWriter.Create(stream, Options, leaveOpen: false);
        foreach (var name in header)
            writer.WriteField(name);
        writer.EndRecord();
        foreach (var row in rows)
        {
            foreach (var field in row)
                writer.WriteField(field);
            writer.EndRecord();
        }
    }

    /// <summary>A number with a fixed count of decimals and a decimal comma, or <c>*</c> when suppressed.</summary>
    private static string Value(decimal value, int decimals, bool suppressed) =>
        suppressed ? SuppressedMark : value.ToString(decimals == 1 ? "0.0" : "0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>datasett.json</c>: indented, LF line ends, a final newline. The relaxed encoder keeps the
    /// backticks of the source line and any æøå readable instead of <c>\u0060</c>; the file is data, never
    /// embedded in HTML.
    /// </summary>
    private static byte[] Json(DataSetMetadata metadata)
    {
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", metadata.Name);
            json.WriteString("description", metadata.Description);
            json.WriteString("source", metadata.Source);
            if (metadata.Retrieved is null)
                json.WriteNull("retrieved");
            else
                json.WriteString("retrieved", metadata.Retrieved);
            json.WriteBoolean("synthetic", metadata.Synthetic);
            json.WriteEndObject();
        }
        memory.WriteByte((byte)'\n');
        return memory.ToArray();
    }
}
