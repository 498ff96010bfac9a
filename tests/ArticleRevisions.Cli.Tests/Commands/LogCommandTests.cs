namespace ArticleRevisions.Cli.Tests.Commands;

public class LogCommandTests
{
    [Fact]
    public void Lists_the_kursk_statement_with_local_and_UTC_times_and_word_counts()
    {
        var run = CliRun.Invoke("log", Paths.Fixture("general-staff-kursk", "history.jsonl"));

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.StartsWith("General Staff statement", lines[0]);
        Assert.Contains("2 revisions, times in Europe/Kyiv and UTC", lines[0]);
        Assert.Equal(["#", "Europe/Kyiv", "UTC", "words", "editor", "note"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("1  2025-01-07 10:12:00 +02:00  2025-01-07T08:12:00Z  +176 -0", lines[2]);
        Assert.StartsWith("2  2025-01-07 13:47:00 +02:00  2025-01-07T11:47:00Z  +8 -4", lines[3]);
        Assert.EndsWith("(observed 2025-01-07 14:05:00 +02:00)", lines[3]);
    }

    [Fact]
    public void Shows_editors_and_notes()
    {
        var run = CliRun.Invoke("log", Paths.Fixture("harbour-bridge", "history.jsonl"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Jo Pritchard  Typo", run.Output);
        Assert.Equal(10, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Lists_an_empty_history()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);

        var run = CliRun.Invoke("log", path);

        Assert.Equal((0, "Statement (kursk), 0 revisions, times in Europe/Kyiv and UTC\n"), (run.ExitCode, run.Output));
    }

    [Fact]
    public void Reports_a_torn_history_in_one_line()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n", "two\n");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^10]);

        var run = CliRun.Invoke("log", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith($"artrev: {path}:3: the last line is incomplete", run.Error);
    }
}
