namespace ArticleRevisions.Cli.Tests.Commands;

public class ShowCommandTests
{
    [Fact]
    public void Prints_the_latest_revision_byte_for_byte()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n", "two\r\nno final newline");

        var run = CliRun.Invoke("show", path);

        Assert.Equal((0, "two\r\nno final newline", string.Empty), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void Prints_a_chosen_revision()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n", "two\n");

        Assert.Equal("one\n", CliRun.Invoke("show", path, "--revision", "1").Output);
        Assert.Equal("one\n", CliRun.Invoke("show", path, "-r", "1").Output);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("-1")]
    public void Rejects_a_revision_outside_the_history(string number)
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n", "two\n");

        var run = CliRun.Invoke("show", path, "--revision", number);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: --revision {number}: {path} has revisions 1 to 2."], run.ErrorLines);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Rejects_a_revision_that_is_not_a_number()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n");

        var run = CliRun.Invoke("show", path, "--revision", "first");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("first", run.Error);
    }

    [Fact]
    public void Says_when_there_is_nothing_to_show()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);

        var run = CliRun.Invoke("show", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: {path}: the history has no revisions yet; add one with 'artrev add'."], run.ErrorLines);
    }

    [Theory]
    [InlineData("2025-01-07T12:00", "original.txt")]
    [InlineData("2025-01-07T13:47", "edited.txt")]
    [InlineData("2025-01-07T11:46:59Z", "original.txt")]
    [InlineData("2025-01-08", "edited.txt")]
    public void Shows_the_revision_current_at_a_time(string at, string file)
    {
        var run = CliRun.Invoke("show", Paths.Fixture("general-staff-kursk", "history.jsonl"), "--at", at);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Paths.Fixture("general-staff-kursk", file)), run.Output);
    }

    [Fact]
    public void Says_when_nothing_was_current_yet()
    {
        var path = Paths.Fixture("general-staff-kursk", "history.jsonl");

        var run = CliRun.Invoke("show", path, "--at", "2025-01-07T09:00");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["artrev: --at: no revision was current at 2025-01-07 09:00:00 +02:00; revision 1 became current at 2025-01-07 10:12:00 +02:00."], run.ErrorLines);
    }

    [Fact]
    public void Refuses_revision_and_at_together()
    {
        var run = CliRun.Invoke("show", Paths.Fixture("general-staff-kursk", "history.jsonl"), "--at", "2025-01-08", "--revision", "1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--revision and --at cannot be used together.", run.Error);
    }

    [Theory]
    [InlineData("general-staff-kursk", 1, "original.txt")]
    [InlineData("general-staff-kursk", 2, "edited.txt")]
    [InlineData("general-staff-kursk-uk", 1, "original.txt")]
    [InlineData("general-staff-kursk-uk", 2, "edited.txt")]
    [InlineData("harbour-bridge", 6, "r6.txt")]
    [InlineData("harbour-bridge", 7, "r7.txt")]
    [InlineData("harbour-bridge", 8, "r8.txt")]
    public void Fixture_histories_hold_their_text_files_exactly(string fixture, int revision, string file)
    {
        var run = CliRun.Invoke("show", Paths.Fixture(fixture, "history.jsonl"), "--revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Paths.Fixture(fixture, file)), run.Output);
    }
}
