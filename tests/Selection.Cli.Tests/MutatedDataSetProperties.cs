using System.Text;
using CsCheck;

namespace Selection.Cli.Tests;

/// <summary>
/// Issue 8: a property over random damage to a valid data set. Whatever is done to Fixtures/liten
/// (cells replaced by hostile tokens, lines cut, doubled, dropped or swapped, headers renamed),
/// <c>selection run</c> either exits 0 with an output that verifies, or exits 1 with a message that
/// names a file of the data set; never 70, never a hang, and the input folder is never changed.
/// CsCheck shrinks a failing case to the fewest, simplest mutations and prints its seed.
/// </summary>
public class MutatedDataSetProperties
{
    private static readonly string[] Files = ["skoler.csv", "elevundersokelsen.csv", "nasjonale_prover.csv", "grunnskolepoeng.csv", "nasjonalt.csv"];

    /// <summary>Cells a careless or hostile edit leaves: other scales, typos, marks, control characters, huge text.</summary>
    private static readonly string[] Tokens =
    [
        "", "*", ".", "-", "0", "0,42", "0.1", "4 5.0", "1 234", "42", "4,2", "100", "101", "-3", "1e5", "NaN", "∞",
        "205253", "2052-53", "1900", "2023/25", "20232024", "2023", "9", "trinn", "engelsk", "privat",
        "981000005", "123456789", "0301", "1507", "2100", "=HYPERLINK(\"x\")", "\"", "\"\"", ";", ",", "\t",
        "\u001B[31m", "\u0007", "Ã¸", "ø", "\u00A0", "\uFEFF", new string('x', 5000),
    ];

    /// <summary>One edit to one file: what, where, and with which token.</summary>
    public sealed record Mutation(int Kind, int File, int Line, int Field, int Token)
    {
        public override string ToString() => $"{Kinds[Kind % Kinds.Length]} {Files[File]} line {Line} field {Field} token {Token}";
    }

    private static readonly string[] Kinds = ["replace cell", "cut line", "drop line", "double line", "swap lines", "rename column", "truncate file"];

    private static readonly Gen<Mutation[]> Mutations =
        Gen.Select(Gen.Int[0, Kinds.Length - 1], Gen.Int[0, Files.Length - 1], Gen.Int[0, 24], Gen.Int[0, 8], Gen.Int[0, Tokens.Length - 1])
            .Select((kind, file, line, field, token) => new Mutation(kind, file, line, field, token))
            .Array[1, 3];

    private static void Apply(string folder, Mutation m)
    {
        var path = Path.Combine(folder, Files[m.File]);
        var bytes = File.ReadAllBytes(path);
        var latin = Encoding.Latin1.GetString(bytes); // one char per byte: an edit keeps any encoding intact
        var newline = latin.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = latin.Split(newline).ToList();
        var at = m.Line % lines.Count;
        var separator = lines[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var token = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(Tokens[m.Token]));
        switch (m.Kind)
        {
            case 0:
            case 5:
                var row = m.Kind == 5 ? 0 : at;
                var fields = lines[row].Split(separator);
                fields[m.Field % fields.Length] = m.Kind == 5 ? fields[m.Field % fields.Length] + "_x" : token;
                lines[row] = string.Join(separator, fields);
                break;
            case 1:
                lines[at] = lines[at][..(lines[at].Length * m.Field / 9)];
                break;
            case 2:
                lines.RemoveAt(at);
                break;
            case 3:
                lines.Insert(at, lines[at]);
                break;
            case 4:
                var other = (at + m.Field + 1) % lines.Count;
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            default:
                File.WriteAllBytes(path, bytes[..(bytes.Length * m.Field / 9)]);
                return;
        }
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(string.Join(newline, lines)));
    }

    [Test]
    public void Any_damage_to_a_data_set_gives_exit_0_with_a_verified_output_or_exit_1_naming_a_file_never_70_never_a_hang()
    {
        int accepted = 0, refused = 0;
        Mutations.Sample(mutations =>
        {
            var data = Liten.Copy();
            foreach (var m in mutations)
                Apply(data, m);
            var before = Liten.Hashes(data);
            var outFolder = TestPaths.NewTempPath("out");

            var task = Task.Run(() => CliRun.Of("run", "--data", data, "--rules", Liten.Rules, "--out", outFolder));
            task.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue("a run never hangs");
            var run = task.Result;

            run.ExitCode.Should().BeOneOf([ExitCodes.Success, ExitCodes.InputError], run.Error);
            if (run.ExitCode == ExitCodes.Success)
            {
                Interlocked.Increment(ref accepted);
                CliRun.Of("verify", "--run", outFolder, "--data", data).ExitCode.Should().Be(ExitCodes.Success);
            }
            else
            {
                Interlocked.Increment(ref refused);
                Directory.Exists(outFolder).Should().BeFalse("a refused run writes nothing");
                run.Error.Should().ContainAny(Files.Append("datasett.json"), "a refusal names the file");
            }
            Liten.Hashes(data).Should().Equal(before, "a run never changes what it read");
            Directory.Delete(data, recursive: true);
        }, iter: 300, threads: 1);

        TestContext.Progress.WriteLine($"{accepted} damaged data sets ran, {refused} were refused");
        (accepted, refused).Should().Match<(int A, int R)>(x => x.A > 0 && x.R > 0, "the mutations reach both outcomes, so the property tests both");
    }
}
