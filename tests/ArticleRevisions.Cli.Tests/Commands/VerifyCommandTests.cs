namespace ArticleRevisions.Cli.Tests.Commands;

public class VerifyCommandTests
{
    [Fact]
    public void Confirms_an_intact_history()
    {
        var path = Paths.Fixture("harbour-bridge", "history.jsonl");

        var run = CliRun.Invoke("verify", path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"{path}: OK, 8 revisions, hash chain intact; latest sha256 ", run.Output);
    }

    [Fact]
    public void Names_the_line_of_a_tampered_revision()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "launched new offensive operations\n", "two\n");
        File.WriteAllText(path, File.ReadAllText(path).Replace("new offensive operations", "combat operations", StringComparison.Ordinal));

        var run = CliRun.Invoke("verify", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: {path}:2: revision 1 does not match its hash: it was changed after it was written"], run.ErrorLines.Select(l => l[..l.IndexOf(" (stored", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Reports_a_file_that_is_not_a_history()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("notes.txt", "just some notes\n");

        var run = CliRun.Invoke("verify", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: {path}:1: not an artrev history file: the first line is not a JSON header (create a history with 'artrev init')."], run.ErrorLines);
    }
}
