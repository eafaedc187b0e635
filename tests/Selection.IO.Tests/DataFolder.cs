using System.Text;

namespace Selection.IO.Tests;

/// <summary>A temporary data folder, written file by file, removed afterwards.</summary>
public sealed class DataFolder : IDisposable
{
    public DataFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "selection-io-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Valid orgnrs for tests (mod-11 checked).</summary>
    public const string OrgA = "974760673";
    public const string OrgB = "971524960";
    public const string OrgC = "970000143";

    public DataFolder Text(string name, string content, Encoding? encoding = null)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Path, name), (encoding ?? new UTF8Encoding(false)).GetPreamble().Concat((encoding ?? new UTF8Encoding(false)).GetBytes(content)).ToArray());
        return this;
    }

    public DataFolder Bytes(string name, byte[] content)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Path, name), content);
        return this;
    }

    /// <summary>A small valid data set: two Oslo schools and one Bergen school, one school year.</summary>
    public static DataFolder Valid() => new DataFolder()
        .Text("skoler.csv", $"orgnr;skolenavn;kommunenummer;eierform;trinn_fra;trinn_til\n{OrgA};Alfa skole;0301;offentlig;1;10\n{OrgB};Beta skole;0301;offentlig;1;7\n{OrgC};Gamma skole;4601;offentlig;8;10\n")
        .Text("elevundersokelsen.csv", $"orgnr;skoleaar;trinn;mobbing;stotte_fra_laerer;motivasjon;antall_besvart\n{OrgA};2023-24;7;5,5;4,1;3,9;20\n{OrgA};2023-24;10;7,0;3,8;3,4;25\n{OrgB};2023-24;7;*;*;*;4\n{OrgC};2023-24;10;9,5;3,6;3,2;1025\n")
        .Text("nasjonale_prover.csv", $"orgnr;skoleaar;trinn;fag;andel_mestringsniva_1;antall_elever\n{OrgA};2023-24;5;lesing;30;20\n{OrgA};2023-24;5;regning;25;20\n{OrgA};2023-24;5;engelsk;20;20\n{OrgB};2023-24;5;lesing;22;30\n{OrgC};2023-24;8;lesing;12;60\n")
        .Text("grunnskolepoeng.csv", $"orgnr;skoleaar;grunnskolepoeng;antall_elever\n{OrgA};2023-24;40,5;25\n{OrgC};2023-24;43,0;60\n");

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
