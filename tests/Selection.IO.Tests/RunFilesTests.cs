using Selection.IO.Runs;

namespace Selection.IO.Tests;

/// <summary>The one safe reader of run files looks at a path before it opens it.</summary>
public class RunFilesTests
{
    [Test]
    public void KindOf_tells_a_file_a_folder_a_device_and_nothing_apart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "selection-io-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "a.txt");
        File.WriteAllText(file, "a");

        RunFiles.KindOf(file).Should().Be(PathKind.RegularFile);
        RunFiles.KindOf(folder).Should().Be(PathKind.Folder);
        RunFiles.KindOf(Path.Combine(folder, "none")).Should().Be(PathKind.Missing);
        if (!OperatingSystem.IsWindows())
            RunFiles.KindOf("/dev/zero").Should().Be(PathKind.Special);
    }

    [Test]
    public void ReadAll_refuses_a_device_and_a_file_over_the_limit_by_name()
    {
        var file = Path.Combine(Path.GetTempPath(), "selection-io-tests", Guid.NewGuid().ToString("N"), "big.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, new byte[2 * 1024 * 1024 + 1]);

        FluentActions.Invoking(() => RunFiles.ReadAll(file, 2 * 1024 * 1024)).Should().Throw<RunFileException>()
            .WithMessage($"'{file}' is 2097153 bytes, more than the 2 MiB such a file can be");
        if (!OperatingSystem.IsWindows())
            FluentActions.Invoking(() => RunFiles.ReadAll("/dev/zero", 1024)).Should().Throw<RunFileException>()
                .WithMessage("'/dev/zero' is not a regular file (a pipe, device or socket); only regular files are read");
    }
}
