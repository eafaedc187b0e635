using Selection.IO.Output;

namespace Selection.IO.Tests;

/// <summary>
/// <see cref="OutputFolder"/>: what <c>--force</c> may replace, overlap with inputs, the lock, staging and
/// the swap, and the leftovers of killed commands.
/// </summary>
public class OutputFolderTests
{
    private string _root = null!;

    [SetUp]
    public void MakeRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "selection-output-folder-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    private string At(string name) => Path.Combine(_root, name);

    private static OutputRequest Request(string @out, bool force = false, params OutputInput[] inputs) => new("sample", @out, force, inputs);

    private static string MakeOutput(string folder, string command = "sample", string file = "old.txt")
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, file), "old");
        File.WriteAllText(Path.Combine(folder, OutputFolder.MarkerFile), OutputFolder.MarkerText(command));
        return folder;
    }

    private string[] Entries() => Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Test]
    public void Begin_refuses_a_folder_that_is_not_empty_without_force()
    {
        var target = MakeOutput(At("out"));

        var (folder, problem) = OutputFolder.Begin(Request(target));

        folder.Should().BeNull();
        problem!.Code.Should().Be("out-exists");
        problem.Message.Should().Be($"--out '{target}' already exists and is not empty; choose another folder, or pass --force to replace an earlier output of `selection sample`; nothing was written");
        Entries().Should().Equal("out");
    }

    [Test]
    public void Commit_with_force_replaces_an_earlier_output_only_when_the_new_one_is_complete()
    {
        var target = MakeOutput(At("out"));

        var (folder, _) = OutputFolder.Begin(Request(target, force: true));
        using (folder)
        {
            File.ReadAllText(Path.Combine(folder!.Staging, OutputFolder.MarkerFile)).Should().Be("selection sample\n", "the staging folder carries the marker from the start");
            File.WriteAllText(Path.Combine(folder.Staging, "new.txt"), "new");
            File.Exists(Path.Combine(target, "old.txt")).Should().BeTrue("nothing changes before the commit");
            folder.Commit().Should().BeEmpty();
        }

        Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(OutputFolder.MarkerFile, "new.txt");
        Entries().Should().Equal(["out"], "no staging folder, old folder or lock file is left");
    }

    [Test]
    public void Begin_with_force_refuses_a_folder_without_the_marker()
    {
        var target = At("data");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "skoler.csv"), "orgnr");

        var (folder, problem) = OutputFolder.Begin(Request(target, force: true));

        folder.Should().BeNull();
        problem!.Code.Should().Be("out-not-ours");
        problem.Message.Should().Be($"--out '{target}' holds files that are not an earlier output of `selection sample` (no marker .selection-output); --force replaces only an earlier output; nothing was written");
        File.ReadAllText(Path.Combine(target, "skoler.csv")).Should().Be("orgnr");
        Entries().Should().Equal("data");
    }

    [Test]
    public void Begin_with_force_refuses_the_output_of_another_command()
    {
        var target = MakeOutput(At("out"), command: "convert");

        var (_, problem) = OutputFolder.Begin(Request(target, force: true));

        problem!.Message.Should().Be($"--out '{target}' holds an output of `selection convert`, not of `selection sample`; --force replaces only an earlier output of `selection sample`; nothing was written");
    }

    [Test]
    public void Begin_with_force_takes_an_output_the_request_recognises_without_a_marker()
    {
        var target = At("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "manifest.json"), "{}");

        var (folder, problem) = OutputFolder.Begin(Request(target, force: true) with { RecognisesEarlierOutput = f => File.Exists(Path.Combine(f, "manifest.json")) });
        using (folder)
            problem.Should().BeNull();
    }

    [TestCase("data", "is", TestName = "Out is the input")]
    [TestCase("data/sub/out", "lies inside", TestName = "Out lies inside the input")]
    [TestCase("", "contains", TestName = "Out contains the input")]
    public void Begin_refuses_an_out_that_overlaps_an_input(string outRelative, string relation)
    {
        var data = MakeOutput(At("data"));
        var target = outRelative.Length == 0 ? _root : At(outRelative);

        var (folder, problem) = OutputFolder.Begin(Request(target, force: true, new OutputInput("the data folder", data)));

        folder.Should().BeNull();
        problem!.Code.Should().Be("out-overlaps-input");
        problem.Message.Should().Be($"--out '{target}' {relation} the data folder '{data}'; choose an output folder outside the input; nothing was written");
        Entries().Should().Equal("data");
        Directory.GetFiles(data).Should().HaveCount(2);
    }

    [Test]
    public void Begin_sees_through_symbolic_links_and_trailing_separators()
    {
        var data = MakeOutput(At("data"));
        var link = At("link");
        Directory.CreateSymbolicLink(link, data);

        var (_, problem) = OutputFolder.Begin(Request(link + Path.DirectorySeparatorChar, force: true, new OutputInput("the data folder", data + "/./")));

        problem!.Code.Should().Be("out-overlaps-input");
    }

    [Test]
    public void Begin_accepts_a_trailing_separator()
    {
        var target = At("out") + Path.DirectorySeparatorChar;

        var (folder, problem) = OutputFolder.Begin(Request(target));
        using (folder)
        {
            problem.Should().BeNull();
            folder!.Target.Should().Be(At("out"));
            Path.GetFileName(folder.Staging).Should().StartWith(".out.tmp-");
            folder.Commit();
        }
        Directory.Exists(At("out")).Should().BeTrue();
    }

    [Test]
    public void A_second_Begin_on_the_same_folder_is_refused_while_the_first_holds_the_lock()
    {
        var target = At("out");

        var (first, _) = OutputFolder.Begin(Request(target));
        using (first)
        {
            var (second, problem) = OutputFolder.Begin(Request(target, force: true));
            second.Should().BeNull();
            problem!.Code.Should().Be("out-locked");
            problem.Message.Should().Be($"another selection is writing to --out '{target}' (lock file '{At(".out.lock")}' is held); try again when it has finished");
            Directory.Exists(first!.Staging).Should().BeTrue("the refused one leaves the first one's staging alone");
            first.Commit();
        }

        File.Exists(At(".out.lock")).Should().BeFalse("the lock file goes with the lock");
        var (third, thirdProblem) = OutputFolder.Begin(Request(target, force: true));
        using (third)
            thirdProblem.Should().BeNull();
    }

    [Test]
    public void Begin_removes_what_killed_commands_left_and_nothing_else()
    {
        var target = MakeOutput(At("out"));
        MakeOutput(At($".out.tmp-999999-{Guid.NewGuid():N}"));
        MakeOutput(At($".out.old-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(At($".out.tmp-1-{Guid.NewGuid():N}"));
        var foreign = At($".out.tmp-2-{Guid.NewGuid():N}");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "mine.txt"), "not a selection output");
        var otherOut = MakeOutput(At($".other.tmp-3-{Guid.NewGuid():N}"));

        var (folder, problem) = OutputFolder.Begin(Request(target, force: true));
        using (folder)
        {
            problem.Should().BeNull();
            folder!.Commit();
        }

        Entries().Should().BeEquivalentTo("out", Path.GetFileName(foreign), Path.GetFileName(otherOut));
    }

    [Test]
    public void Begin_puts_an_old_output_back_when_a_kill_left_the_target_missing()
    {
        var old = MakeOutput(At($".out.old-{Guid.NewGuid():N}"));

        var (folder, problem) = OutputFolder.Begin(Request(At("out"), force: true));
        using (folder)
            problem.Should().BeNull();

        Entries().Should().Equal("out");
        File.ReadAllText(At("out/old.txt")).Should().Be("old");
        Directory.Exists(old).Should().BeFalse();
    }

    [Test]
    public void An_output_that_is_not_committed_leaves_nothing_behind_not_even_the_folders_made_for_it()
    {
        var target = At("a/b/out");

        var (folder, _) = OutputFolder.Begin(Request(target));
        using (folder)
            File.WriteAllText(Path.Combine(folder!.Staging, "half.txt"), "half");

        Entries().Should().BeEmpty();
    }

    [Test]
    public void Abandon_removes_the_staging_folder_before_the_commit_and_nothing_after_it()
    {
        var (interrupted, _) = OutputFolder.Begin(Request(At("first")));
        using (interrupted)
        {
            interrupted!.Abandon().Should().BeTrue();
            Entries().Should().BeEmpty("the staging folder and the lock file are gone at once");
        }

        var (finished, _) = OutputFolder.Begin(Request(At("second")));
        using (finished)
        {
            finished!.Commit();
            finished.Abandon().Should().BeFalse();
        }
        Entries().Should().Equal("second");
    }

    [Test]
    public void Begin_refuses_an_out_under_a_file()
    {
        File.WriteAllText(At("file"), "x");
        var target = At("file/out");

        var (_, problem) = OutputFolder.Begin(Request(target));

        problem!.Code.Should().Be("out-under-file");
        problem.Message.Should().Be($"--out '{target}' cannot be made: '{At("file")}' is a file, not a folder; nothing was written");
    }

    [Test]
    public void Begin_refuses_an_out_that_is_a_file()
    {
        File.WriteAllText(At("file"), "x");

        var (_, problem) = OutputFolder.Begin(Request(At("file"), force: true));

        problem!.Message.Should().Be($"--out '{At("file")}' is a file, not a folder; nothing was written");
    }

    [Test]
    public void Begin_refuses_an_empty_out_as_a_usage_error()
    {
        var (_, problem) = OutputFolder.Begin(Request(" "));

        problem!.Code.Should().Be(OutputFolder.EmptyCode);
        problem.Message.Should().Be("--out is empty; give the folder to write the output into");
    }

    [Test]
    public void Begin_refuses_paths_that_are_too_long()
    {
        var longPath = At(string.Join('/', Enumerable.Repeat(new string('a', 100), 50)));
        var longName = At(new string('ø', 130));
        var longOutName = At(new string('a', 201));

        OutputFolder.Begin(Request(longPath)).Problem!.Message.Should().StartWith($"--out '{longPath}' is too long: ").And.EndWith($" bytes, at most {OutputFolder.MaxOutBytes} are possible; nothing was written");
        OutputFolder.Begin(Request(longName)).Problem!.Message.Should().Be($"--out '{longName}' has a name of 260 bytes, at most 255 are possible: '{new string('ø', 130)}'; nothing was written");
        OutputFolder.Begin(Request(longOutName)).Problem!.Message.Should().Be($"--out '{longOutName}' has a folder name of 201 bytes; at most 200 are possible, since the temporary folder beside it needs the rest; nothing was written");
        Entries().Should().BeEmpty();
    }

    [Test]
    public void On_Linux_two_folders_are_exchanged_in_one_step()
    {
        Assume.That(OperatingSystem.IsLinux(), "renameat2 is Linux's");
        var a = MakeOutput(At("a"), file: "a.txt");
        var b = MakeOutput(At("b"), file: "b.txt");

        AtomicExchange.TryExchange(a, b).Should().BeTrue();

        File.Exists(Path.Combine(a, "b.txt")).Should().BeTrue();
        File.Exists(Path.Combine(b, "a.txt")).Should().BeTrue();
    }
}
