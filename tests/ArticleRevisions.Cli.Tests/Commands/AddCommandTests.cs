namespace ArticleRevisions.Cli.Tests.Commands;

public class AddCommandTests
{
    [Fact]
    public void Adds_a_revision_at_a_local_time_read_in_the_articles_zone()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);
        var text = dir.Write("v1.txt", "launched new offensive operations\n");

        var run = CliRun.Invoke("add", path, text, "--at", "2025-01-07T10:12", "--editor", "General Staff", "--note", "first");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Added revision 1 at 2025-01-07 10:12:00 +02:00 (2025-01-07T08:12:00Z): +4 -0 words.\n", run.Output);
        var line = File.ReadAllLines(path)[1];
        Assert.Contains("\"at\":\"2025-01-07T08:12:00Z\"", line);
        Assert.Contains("\"editor\":\"General Staff\"", line);
        Assert.Contains("\"note\":\"first\"", line);
    }

    [Fact]
    public void Defaults_the_time_to_now_from_the_clock()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);

        var run = CliRun.Invoke("add", path, dir.Write("v.txt", "x"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"at\":\"2025-03-01T12:00:00Z\"", File.ReadAllText(path));
    }

    [Fact]
    public void Reads_the_text_from_standard_input_with_a_dash()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);

        var run = CliRun.InvokeWithInput("from stdin\r\n", "add", path, "-", "--at", "2025-01-07T08:00:00Z");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("from stdin\r\n", CliRun.Invoke("show", path).Output);
    }

    [Fact]
    public void Records_observed_time_title_and_source()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);

        var run = CliRun.Invoke("add", path, dir.Write("v.txt", "x"), "--at", "2025-01-07T13:47+02:00", "--observed", "2025-01-07T14:05", "--title", "T2", "--source", "https://t.me/x/2");

        Assert.Equal(0, run.ExitCode);
        var line = File.ReadAllLines(path)[1];
        Assert.Contains("\"observedAt\":\"2025-01-07T12:05:00Z\"", line);
        Assert.Contains("\"title\":\"T2\"", line);
        Assert.Contains("\"source\":\"https://t.me/x/2\"", line);
    }

    [Fact]
    public void Says_so_when_the_text_is_unchanged_and_adds_nothing()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "same\n");
        var before = File.ReadAllBytes(path);

        var run = CliRun.Invoke("add", path, dir.Write("again.txt", "same\n"), "--at", "2025-01-07T18:00");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Unchanged: the text equals revision 1; nothing was added.\n", run.Output);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("2025-03-30T03:30", "--at: '2025-03-30T03:30' does not exist in Europe/Kyiv")]
    [InlineData("2025-10-26T03:30", "--at: '2025-10-26T03:30' happens twice in Europe/Kyiv")]
    [InlineData("tomorrow", "--at: 'tomorrow' is not a time")]
    public void Rejects_times_it_cannot_place(string at, string message)
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);
        var before = File.ReadAllBytes(path);

        var run = CliRun.Invoke("add", path, dir.Write("v.txt", "x"), "--at", at);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith($"artrev: {message}", run.Error);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Rejects_a_revision_not_after_the_latest()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one");
        var before = File.ReadAllBytes(path);

        var run = CliRun.Invoke("add", path, dir.Write("v.txt", "two"), "--at", "2025-01-07T09:00");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("is not after revision 1 at 2025-01-07T08:00:00Z", run.Error);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("--at", "2030-01-01", "artrev: --at: 2030-01-01 00:00:00 +02:00 is in the future (now is 2025-03-01 14:00:00 +02:00); a version cannot be dated more than 5 minutes ahead of the clock.")]
    [InlineData("--observed", "2025-03-01T12:06Z", "artrev: --observed: 2025-03-01 14:06:00 +02:00 is in the future (now is 2025-03-01 14:00:00 +02:00); a version cannot be dated more than 5 minutes ahead of the clock.")]
    public void Refuses_a_time_in_the_future_so_a_typo_cannot_block_every_later_capture(string option, string value, string message)
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n");
        var before = File.ReadAllBytes(path);

        var run = CliRun.Invoke("add", path, dir.Write("v.txt", "two\n"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([message], run.ErrorLines);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Accepts_a_time_a_few_minutes_ahead_for_clock_skew()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n");

        var run = CliRun.Invoke("add", path, dir.Write("v.txt", "two\n"), "--at", "2025-03-01T12:04:59Z");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Keeps_an_exact_change_time_with_a_later_observation()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n");

        var run = CliRun.Invoke("add", path, dir.Write("v.txt", "two\n"), "--at", "2025-01-07T13:47", "--observed", "2025-01-07T14:05");
        var log = CliRun.Invoke("log", path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(log.Output);
        var second = json.RootElement.GetProperty("revisions")[1];
        Assert.Equal("2025-01-07T11:47:00Z", second.GetProperty("at").GetString());
        Assert.Equal("2025-01-07T12:05:00Z", second.GetProperty("observedAt").GetString());
        Assert.True(second.GetProperty("changeWindow").GetProperty("exact").GetBoolean());
        Assert.Equal("2025-01-07T11:47:00Z", second.GetProperty("changeWindow").GetProperty("start").GetString());
        Assert.Contains("(observed 2025-01-07 14:05:00 +02:00)", CliRun.Invoke("log", path, "--format", "markdown").Output);
    }

    [Fact]
    public void An_observation_alone_gives_the_window_since_the_previous_capture()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n");

        var run = CliRun.Invoke("add", path, dir.Write("v.txt", "two\n"), "--observed", "2025-01-07T14:05");
        var log = CliRun.Invoke("log", path, "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(observed 2025-01-07 14:05:00 +02:00; changed between 2025-01-07 10:00:00 +02:00 and 2025-01-07 14:05:00 +02:00)", log.Output);
    }

    [Fact]
    public void The_same_time_for_at_and_observed_is_an_exact_change()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n");

        var run = CliRun.Invoke("add", path, dir.Write("v.txt", "two\n"), "--at", "2025-01-07T14:05", "--observed", "2025-01-07T14:05");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("observedAt", File.ReadAllLines(path)[2]);
    }

    [Fact]
    public void Rejects_an_observed_time_before_the_revision_time()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);

        var run = CliRun.Invoke("add", path, dir.Write("v.txt", "x"), "--at", "2025-01-07T10:00", "--observed", "2025-01-07T09:00");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["artrev: --observed is earlier than --at: a version cannot be captured before it became current."], run.ErrorLines);
    }

    [Fact]
    public void Rejects_missing_binary_and_non_UTF8_text_files()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);
        var binary = dir.File("photo.jpg");
        File.WriteAllBytes(binary, [0xFF, 0xD8, 0x00, 0x10]);
        var latin1 = dir.File("latin1.txt");
        File.WriteAllBytes(latin1, [(byte)'c', (byte)'a', (byte)'f', 0xE9]);

        var missing = CliRun.Invoke("add", path, dir.File("nope.txt"));
        var isBinary = CliRun.Invoke("add", path, binary);
        var notUtf8 = CliRun.Invoke("add", path, latin1);
        var folder = CliRun.Invoke("add", path, dir.Path);

        Assert.Equal($"artrev: {dir.File("nope.txt")}: no such file.\n", missing.Error);
        Assert.Equal($"artrev: {binary}: cannot be added: binary file (NUL byte at offset 2), not text.\n", isBinary.Error);
        Assert.StartsWith($"artrev: {latin1}: cannot be added: not valid UTF-8", notUtf8.Error);
        Assert.Equal($"artrev: {dir.Path}: is a directory, not a file.\n", folder.Error);
        Assert.All([missing, isBinary, notUtf8, folder], r => Assert.Equal(2, r.ExitCode));
        Assert.Single(File.ReadAllLines(path));
    }

    [Fact]
    public void Refuses_a_text_over_the_size_limit_and_leaves_the_history_as_it_was()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n");
        var before = File.ReadAllBytes(path);
        var big = dir.Write("big.txt", new string('a', (1024 * 1024) + 10));

        var run = CliRun.InvokeIn(new Dictionary<string, string?> { ["ARTREV_MAX_TEXT_MIB"] = "1" }, terminal: false, string.Empty, "add", path, big);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith($"artrev: {big}: 1048586 bytes (1.0 MiB) is larger than the limit of 1 MiB for one text; set ARTREV_MAX_TEXT_MIB", run.Error);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Rejects_a_history_that_does_not_exist_or_is_broken()
    {
        using var dir = new TempDirectory();
        var broken = dir.Write("broken.jsonl", "{\"format\":\"artrev-history\"\n");
        var text = dir.Write("v.txt", "x");

        var missing = CliRun.Invoke("add", dir.File("none.jsonl"), text);
        var bad = CliRun.Invoke("add", broken, text);

        Assert.Equal((2, $"artrev: {dir.File("none.jsonl")}: no such file.\n"), (missing.ExitCode, missing.Error));
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith($"artrev: {broken}:1: not a valid header line", bad.Error);
        Assert.Single(bad.ErrorLines);
        Assert.Equal("{\"format\":\"artrev-history\"\n", File.ReadAllText(broken));
    }
}
