using System.Diagnostics;

namespace ArticleRevisions.Import.Tests.Git;

/// <summary>A real git repository in a temporary folder, with commits at fixed author and committer dates.</summary>
internal sealed class GitRepository : IDisposable
{
    private readonly TempDirectory dir = new();

    public GitRepository()
    {
        Run("init", "-q", "-b", "main");
        Run("config", "user.name", "Test");
        Run("config", "user.email", "test@example.org");
        Run("config", "commit.gpgsign", "false");
    }

    public string Path => dir.Path;

    public TempDirectory Folder => dir;

    /// <summary>Writes <paramref name="file"/> and commits it with the given ISO-8601 date (offset included) as author and committer date.</summary>
    public string Commit(string file, string text, string date, string message, string author = "Test")
    {
        dir.Write(file, text);
        Run("add", "--", file);
        return CommitStaged(date, message, author);
    }

    public string CommitStaged(string date, string message, string author = "Test")
    {
        Run(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date, ["GIT_AUTHOR_NAME"] = author }, "commit", "-q", "--allow-empty", "-m", message);
        return Run("rev-parse", "HEAD").Trim();
    }

    public string Run(params string[] arguments) => Run(new Dictionary<string, string>(), arguments);

    public string Run(Dictionary<string, string> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error}");
        return output;
    }

    public void Dispose() => dir.Dispose();
}
