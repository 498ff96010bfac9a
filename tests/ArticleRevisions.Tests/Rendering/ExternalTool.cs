using System.Diagnostics;

namespace ArticleRevisions.Tests.Rendering;

/// <summary>Runs a command-line tool that the tests need from PATH, failing clearly when it is missing.</summary>
internal static class ExternalTool
{
    public static (int ExitCode, string Output) Run(string tool, string workingDirectory, params string[] arguments)
    {
        var path = Find(tool);
        var start = new ProcessStartInfo(path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Keep git from finding a repository above the temporary folder, and from reading the user's settings.
        start.Environment["GIT_CEILING_DIRECTORIES"] = Path.GetDirectoryName(workingDirectory);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment.Remove("POSIXLY_CORRECT");

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static string Find(string tool)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var directory in directories)
        {
            var candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail($"`{tool}` is not on PATH. These tests apply real patches with GNU patch and git; install them (Debian: apt-get install -y patch git).");
        throw new UnreachableException();
    }
}
