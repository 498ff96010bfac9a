namespace ArticleRevisions.Cli.Tests;

/// <summary>Builds history files through the CLI itself, as a user would.</summary>
internal static class HistoryBuilder
{
    public static string Create(TempDirectory dir, params string[] texts)
    {
        var path = dir.File("h.jsonl");
        Assert.Equal(0, CliRun.Invoke("init", path, "--id", "kursk", "--title", "Statement", "--zone", "Europe/Kyiv").ExitCode);
        for (var i = 0; i < texts.Length; i++)
        {
            var text = dir.Write($"v{i + 1}.txt", texts[i]);
            var run = CliRun.Invoke("add", path, text, "--at", $"2025-01-07T{10 + i:00}:00");
            Assert.Equal(0, run.ExitCode);
        }

        return path;
    }
}
