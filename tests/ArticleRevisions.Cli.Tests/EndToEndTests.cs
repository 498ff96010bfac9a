using System.Diagnostics;

namespace ArticleRevisions.Cli.Tests;

/// <summary>Runs the built tool as a separate process, as a user would, through the real console.</summary>
public class EndToEndTests
{
    [Fact]
    public void Show_writes_the_exact_bytes_to_standard_output()
    {
        var (exitCode, stdout, _) = Run("show", Paths.Fixture("harbour-bridge", "history.jsonl"), "--revision", "6");

        Assert.Equal(0, exitCode);
        Assert.Equal(File.ReadAllBytes(Paths.Fixture("harbour-bridge", "r6.txt")), stdout);
    }

    [Fact]
    public void Log_of_the_fixture_exits_0_and_a_bad_file_exits_2_with_one_line()
    {
        var log = Run("log", Paths.Fixture("general-staff-kursk", "history.jsonl"));
        var bad = Run("log", Paths.Fixture("general-staff-kursk", "original.txt"));

        Assert.Equal(0, log.ExitCode);
        Assert.Contains("2025-01-07 13:47:00 +02:00", System.Text.Encoding.UTF8.GetString(log.Stdout));
        Assert.Equal(2, bad.ExitCode);
        Assert.Single(bad.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", bad.Stderr);
    }

    [Fact]
    public void Version_alone_prints_what_System_CommandLine_prints_for_it()
    {
        // `--version` alone is answered before the parser is built; through a response file it goes the parser's way,
        // whose version option prints the entry assembly's informational version.
        using var folder = new TempDirectory();
        var responseFile = folder.Write("version.rsp", "--version\n");

        var direct = Run("--version");
        var parsed = Run("@" + responseFile);

        Assert.Equal(0, direct.ExitCode);
        Assert.Equal(0, parsed.ExitCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(parsed.Stdout), System.Text.Encoding.UTF8.GetString(direct.Stdout));
        Assert.Matches(@"^\d+\.\d+\.\d+\S*\n$", System.Text.Encoding.UTF8.GetString(direct.Stdout));
        Assert.Equal(string.Empty, direct.Stderr);
    }

    [Fact]
    public void Output_to_a_full_disk_is_one_line_and_exit_2_not_a_stack_trace()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // Only Linux has a device that is always full.
        }

        // Both outputs fit the output buffer, so the failure comes when it is flushed at the end.
        foreach (var args in new[] { "--version", $"diff '{Paths.Fixture("general-staff-kursk", "original.txt")}' '{Paths.Fixture("general-staff-kursk", "edited.txt")}'" })
        {
            var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"exec dotnet '{Path.Combine(AppContext.BaseDirectory, "artrev.dll")}' {args} > /dev/full");
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.Equal(2, process.ExitCode);
            Assert.Equal("artrev: standard output: No space left on device\n", stderr);
        }
    }

    private static (int ExitCode, byte[] Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "artrev.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("LANG");
        start.Environment.Remove("LC_ALL");
        using var process = Process.Start(start)!;
        using var stdout = new MemoryStream();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(stdout);
        process.WaitForExit();
        return (process.ExitCode, stdout.ToArray(), stderr.Result);
    }
}
