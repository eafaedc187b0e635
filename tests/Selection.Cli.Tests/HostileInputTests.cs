namespace Selection.Cli.Tests;

/// <summary>
/// Issue 8, item 4 (the input side): a hostile --to, rules file or table is an ordinary input or
/// usage problem with a message naming it, never exit 70, an abort or a hang; and nothing read changes.
/// </summary>
public class HostileInputTests
{
    private static CliRun Run(string data, string rules, params string[] extra)
    {
        var outFolder = TestPaths.NewTempPath("out");
        var run = CliRun.Of(["run", "--data", data, "--rules", rules, "--out", outFolder, .. extra]);
        Directory.Exists(outFolder).Should().BeFalse("a refused run writes nothing");
        return run;
    }

    [Test]
    public void To_1900_is_an_input_error_naming_the_years_with_data()
    {
        var run = Run(Liten.Data, Liten.Rules, "--to", "1900");

        run.ExitCode.Should().Be(ExitCodes.InputError, run.Error);
        run.Error.Should().Contain("The window cannot end in 1900-01: the data has values that count in 2022-23 – 2023-24");
    }

    [Test]
    public void To_after_the_data_is_an_input_error()
    {
        var run = Run(Liten.Data, Liten.Rules, "--to", "2030-31");

        run.ExitCode.Should().Be(ExitCodes.InputError, run.Error);
        run.Error.Should().Contain("The window cannot end in 2030-31: the data has values that count in 2022-23 – 2023-24");
    }

    [Test]
    public void To_before_1900_is_a_usage_error()
    {
        var run = Run(Liten.Data, Liten.Rules, "--to", "1899");

        run.ExitCode.Should().Be(ExitCodes.UsageError, run.Error);
        run.Error.Should().Contain("error: --to: '1899' is not a plausible school year");
    }

    [Test]
    public void A_rules_file_that_is_a_dangling_symbolic_link_is_named()
    {
        var link = TestPaths.NewTempPath("regler.json");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, "/no/such/regler.json");

        var run = Run(Liten.Data, link);

        run.ExitCode.Should().Be(ExitCodes.InputError, run.Error);
        run.Error.Should().Contain($"the rules file '{link}' cannot be read: the file is a symbolic link to '/no/such/regler.json', which does not exist");
    }

    [Test]
    public void A_rules_file_that_is_a_folder_is_named()
    {
        var folder = TestPaths.NewTempPath("regler.json");
        Directory.CreateDirectory(folder);

        var run = Run(Liten.Data, folder);

        run.ExitCode.Should().Be(ExitCodes.InputError, run.Error);
        run.Error.Should().Contain($"the rules file '{folder}' cannot be read: it is a folder, not a file");
    }

    [TestCase("run", "--data", "", "--rules", "illustrativ", "--out", "x")]
    [TestCase("run", "--data", "d", "--rules", "", "--out", "x")]
    [TestCase("run", "--data", "d", "--rules", " ", "--out", "x")]
    [TestCase("validate", "--data", "")]
    [TestCase("convert", "--data", "", "--out", "x")]
    [TestCase("explain", "--run", "", "--school", "974760673")]
    [TestCase("verify", "--run", "")]
    [TestCase("verify", "--run", "r", "--data", "")]
    public void An_empty_path_is_a_usage_error_naming_the_option_not_a_fault(params string[] args)
    {
        var empty = args[Array.FindIndex(args, a => string.IsNullOrWhiteSpace(a)) - 1];

        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(ExitCodes.UsageError, run.Error);
        run.Error.Should().StartWith($"error: {empty} is empty; give it a value");
    }

    [Test]
    public void A_rules_file_with_an_absurd_weight_is_refused_by_key()
    {
        var rules = TestPaths.NewTempPath("regler.json");
        Directory.CreateDirectory(Path.GetDirectoryName(rules)!);
        File.WriteAllText(rules, File.ReadAllText(Liten.Rules).Replace("\"weight\": 3", "\"weight\": 700000000", StringComparison.Ordinal));

        var run = Run(Liten.Data, rules);

        run.ExitCode.Should().Be(ExitCodes.InputError, run.Error);
        run.Error.Should().Contain("key 'indicators[10].weight': must be at most 100");
    }

    [Test]
    public void Convert_refuses_two_columns_of_one_name_that_run_accepts_naming_file_and_columns()
    {
        var data = Liten.Copy();
        var path = Path.Combine(data, "grunnskolepoeng.csv");
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0] + ",merknad,Merknad", .. lines[1..].Select(l => l + ",a,b")]);
        var before = Liten.Hashes(data);
        var outFolder = TestPaths.NewTempPath("parquet");

        CliRun.Of("run", "--data", data, "--rules", Liten.Rules, "--out", TestPaths.NewTempPath("out")).ExitCode.Should().Be(0, "run reads only the columns it knows");
        var convert = CliRun.Of("convert", "--data", data, "--out", outFolder);

        convert.ExitCode.Should().Be(ExitCodes.InputError, convert.Error);
        convert.Error.Should().Contain(
            "error: grunnskolepoeng.csv line 1, column merknad: the column 'merknad' appears 2 times in the header (columns 5 and 6); rename one (Parquet needs distinct column names)");
        Directory.Exists(outFolder).Should().BeFalse();
        Liten.Hashes(data).Should().Equal(before);
    }

    [Test]
    public void Convert_refuses_an_unnamed_column_with_values_and_leaves_out_an_empty_one_saying_so()
    {
        var data = Liten.Copy();
        var path = Path.Combine(data, "grunnskolepoeng.csv");
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0] + ",", .. lines[1..].Select(l => l + ",")]);
        var outFolder = TestPaths.NewTempPath("parquet");

        var convert = CliRun.Of("convert", "--data", data, "--out", outFolder);

        convert.ExitCode.Should().Be(0, convert.Error);
        convert.Output.Should().Contain("Left out     grunnskolepoeng.csv: column 5 (no name, no values)");

        File.WriteAllLines(path, [lines[0] + ",", lines[1] + ",x", .. lines[2..].Select(l => l + ",")]);
        var again = CliRun.Of("convert", "--data", data, "--out", TestPaths.NewTempPath("parquet"));

        again.ExitCode.Should().Be(ExitCodes.InputError, again.Error);
        again.Error.Should().Contain(
            "error: grunnskolepoeng.csv line 2, column 5: column 5 has no name in the header but holds values; name it (Parquet needs a name for every column) (found 'x')");
    }

    [Test]
    public void Rules_check_says_when_a_later_key_is_left_out_and_its_default_applies()
    {
        var rules = TestPaths.NewTempPath("regler.json");
        Directory.CreateDirectory(Path.GetDirectoryName(rules)!);
        File.WriteAllText(rules, File.ReadAllText(Liten.Rules).Replace("\"minKommunePossiblePoints\": 1,", "", StringComparison.Ordinal));

        var check = CliRun.Of("rules", "check", rules);

        check.ExitCode.Should().Be(0, check.Error);
        check.Output.Should().Contain("  minKommunePossiblePoints: not in the file; the default 30 applies (a key added to format 1 later)");
    }
}
