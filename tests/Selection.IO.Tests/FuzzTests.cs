using System.Text;
using Selection.Core;
using Selection.IO.Csv;
using Selection.IO.Input;

namespace Selection.IO.Tests;

/// <summary>
/// Thousands of random mutations of valid input files (bytes flipped, lines cut or doubled, fields
/// swapped, quotes and separators inserted) must never make the reader throw: every outcome is a
/// table, or problems with a file name, or both. Seeded, so a failure can be replayed.
/// </summary>
public class FuzzTests
{
    private const int Mutations = 3000;

    /// <summary>Characters that change how a CSV line splits.</summary>
    private const string Specials = "\";,\t\r\n*-.";

    internal static readonly (string Name, string Text)[] ValidFiles =
    [
        (DataSetReader.Skoler, $"orgnr;skolenavn;kommunenummer;eierform;trinn_fra;trinn_til\r\n{DataFolder.OrgA};Alfa skole;0301;offentlig;1;10\r\n{DataFolder.OrgB};\"Beta; skole\";0301;privat;1;7\r\n{DataFolder.OrgC};Gamma skole;4601;offentlig;8;10\r\n"),
        (DataSetReader.Elevundersokelsen, $"orgnr;skoleaar;trinn;mobbing;stotte_fra_laerer;motivasjon;antall_besvart\n{DataFolder.OrgA};2023-24;7;5,5;4,1;3,9;20\n{DataFolder.OrgA};2022-23;10;7,0;3,8;3,4;1 025\n{DataFolder.OrgB};2023-24;7;*;*;*;4\n"),
        (DataSetReader.NasjonaleProver, $"orgnr,skoleaar,trinn,fag,andel_mestringsniva_1,antall_elever\n{DataFolder.OrgA},2023-24,5,lesing,30,20\n{DataFolder.OrgA},2023-24,5,engelsk,20,20\n{DataFolder.OrgC},2023-24,8,regning,\"12,5\",60\n"),
        (DataSetReader.Grunnskolepoeng, $"orgnr\tskoleaar\tgrunnskolepoeng\tantall_elever\n{DataFolder.OrgA}\t202324\t40.5\t25\n{DataFolder.OrgC}\t2023\t..\t60\n"),
        (DataSetReader.Nasjonalt, "skoleaar;indikator;verdi\n2023-24;GSP;41,8\n2023-24;NP5_LES_MN1;25\n"),
    ];

    internal static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = input.ToList();
        var steps = random.Next(1, 4);
        for (var s = 0; s < steps && bytes.Count > 0; s++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;                      // flip a bit
                case 1: bytes[at] = (byte)random.Next(256); break;                            // any byte, NUL and invalid UTF-8 included
                case 2: bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at)); break; // cut
                case 3: bytes.Insert(at, (byte)Specials[random.Next(Specials.Length)]); break;      // a quote, separator or line break
                case 4: bytes.RemoveRange(at, bytes.Count - at); break;                        // truncate
                default: return SwapOrDoubleLines(bytes.ToArray(), random);
            }
        }
        return bytes.ToArray();
    }

    private static byte[] SwapOrDoubleLines(byte[] input, Random random)
    {
        var lines = Encoding.Latin1.GetString(input).Split('\n').ToList();
        if (lines.Count < 2)
            return input;
        int a = random.Next(lines.Count), b = random.Next(lines.Count);
        if (random.Next(2) == 0)
        {
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }
        else
        {
            var fields = lines[a].Split(';');
            if (fields.Length > 1)
            {
                int i = random.Next(fields.Length), j = random.Next(fields.Length);
                (fields[i], fields[j]) = (fields[j], fields[i]);
                lines[a] = string.Join(';', fields);
            }
            lines.Insert(b, lines[a]);
        }
        return Encoding.Latin1.GetBytes(string.Join('\n', lines));
    }

    [Test]
    public void Random_mutations_never_crash_the_reader([Values(1, 2)] int seed)
    {
        var random = new Random(seed);
        var files = ValidFiles.Select(v => (v.Name, Bytes: Encoding.UTF8.GetBytes(v.Text))).ToArray();
        for (var i = 0; i < Mutations; i++)
        {
            var target = random.Next(files.Length);
            var tables = new Dictionary<string, SourceTable>();
            var problems = new List<Problem>();
            for (var f = 0; f < files.Length; f++)
            {
                var bytes = f == target ? Mutate(files[f].Bytes, random) : files[f].Bytes;
                var name = files[f].Name + ".csv";
                try
                {
                    var (table, found) = CsvTable.Read(bytes, name);
                    problems.AddRange(found);
                    if (table is not null)
                        tables[files[f].Name] = SourceTable.FromCsv(table);
                }
                catch (Exception e)
                {
                    Assert.Fail($"seed {seed}, mutation {i}: CsvTable.Read threw {e.GetType().Name}: {e.Message}\n{Convert.ToBase64String(bytes)}");
                }
            }
            try
            {
                DataSetReader.Parse(tables, problems, out _);
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed}, mutation {i}: DataSetReader.Parse threw {e.GetType().Name}: {e.Message}");
            }
            problems.Where(p => p.File is null || p.Message.Length == 0).Should().BeEmpty($"seed {seed}, mutation {i}");
        }
    }
}
