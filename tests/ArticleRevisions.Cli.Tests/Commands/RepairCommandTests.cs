namespace ArticleRevisions.Cli.Tests.Commands;

public class RepairCommandTests
{
    [Fact]
    public void The_torn_line_error_names_repair_which_removes_exactly_that_line_and_keeps_a_backup()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n", "two\n");
        var complete = File.ReadAllBytes(path);
        File.AppendAllText(path, "{\"type\":\"revision\",\"number\":3,\"at\":");

        var log = CliRun.Invoke("log", path);
        var run = CliRun.Invoke("repair", path);
        var again = CliRun.Invoke("repair", path);

        Assert.Equal(2, log.ExitCode);
        Assert.Equal([$"artrev: {path}:4: the last line is incomplete (no newline at its end), as when an append is interrupted; the last complete revision is 2. Run 'artrev repair {path}' to remove it (a backup is kept); nothing was changed."], log.ErrorLines);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{path}: removed a torn last line of 35 bytes starting “{{\"type\":\"revision\",\"number\":3,\"at\":”; what is left reads back with its hash chain intact (2 revisions). The file as it was is kept as {path}.torn-backup.\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Equal(complete, File.ReadAllBytes(path));
        Assert.Equal(0, CliRun.Invoke("verify", path).ExitCode);
        Assert.Equal($"{path}: the last line is complete; nothing to repair (2 revisions).\n", again.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Repairs_a_torn_line_after_a_line_respelt_with_its_values_intact_and_verify_still_names_the_respelling()
    {
        // "\u0041" for "A", as Python's json.dumps writes: the values and the chain are intact, so every command reads
        // the file and repair removes the torn line as the other commands' errors say; verify answers for the bytes.
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "A one\n", "A two\n");
        var lines = File.ReadAllLines(path);
        lines[1] = lines[1].Replace("\"text\":\"A one", "\"text\":\"\\u0041 one", StringComparison.Ordinal);
        File.WriteAllText(path, string.Join('\n', lines) + "\n{\"type\":\"revision\",\"number\":3,\"at\":");

        var log = CliRun.Invoke("log", path);
        var repair = CliRun.Invoke("repair", path);
        var show = CliRun.Invoke("show", path, "-r", "1");
        var verify = CliRun.Invoke("verify", path);

        Assert.Contains($"Run 'artrev repair {path}'", log.ErrorLines.Single());
        Assert.Equal(0, repair.ExitCode);
        Assert.Contains("removed a torn last line of 35 bytes", repair.Output, StringComparison.Ordinal);
        Assert.Equal("A one\n", show.Output.ReplaceLineEndings("\n"));
        Assert.Equal(2, verify.ExitCode);
        Assert.Contains($"{path}:2: ", verify.ErrorLines.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Says_a_torn_line_of_one_byte_in_the_singular()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n");
        File.AppendAllText(path, "{");

        var run = CliRun.Invoke("repair", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("removed a torn last line of 1 byte starting", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_line()
    {
        using var dir = new TempDirectory();

        var run = CliRun.Invoke("repair", dir.File("none.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: {dir.File("none.jsonl")}: no such file."], run.ErrorLines);
    }
}
