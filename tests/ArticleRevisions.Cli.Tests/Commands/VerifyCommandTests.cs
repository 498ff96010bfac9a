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
    public void Names_line_ends_changed_to_CRLF_and_a_byte_order_mark_which_the_chain_does_not_cover_while_show_still_reads_them()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n", "two\n");
        var lines = File.ReadAllText(path).Split('\n');
        File.WriteAllText(path, string.Join('\n', lines[..2]) + "\n" + lines[2] + "\r\n");
        var crlf = CliRun.Invoke("verify", path);
        var show = CliRun.Invoke("show", path);
        File.WriteAllText(path, string.Join('\n', lines), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var bom = CliRun.Invoke("verify", path);

        Assert.Equal(2, crlf.ExitCode);
        Assert.Equal([$"artrev: {path}:3: the line ends in CR LF, which artrev never writes: an editor changed the file's line ends (its values are intact, and other commands still read it)."], crlf.ErrorLines);
        Assert.Equal((0, "two\n"), (show.ExitCode, show.Output));
        Assert.Equal(2, bom.ExitCode);
        Assert.StartsWith($"artrev: {path}:1: the file starts with a byte order mark", bom.ErrorLines[0]);
    }

    [Fact]
    public void Detects_revisions_cut_off_the_end_against_a_recorded_hash()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n", "two\n");
        var latest = CliRun.Invoke("verify", path).Output.Split("latest sha256 ")[1][..64];
        File.WriteAllLines(path, File.ReadAllLines(path)[..2]);

        var plain = CliRun.Invoke("verify", path);
        var expecting = CliRun.Invoke("verify", path, "--expect-sha256", latest);

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(2, expecting.ExitCode);
        Assert.Equal([$"artrev: {path}: no revision has sha256 {latest}: revisions were cut off or rewritten since that hash was recorded."], expecting.ErrorLines);
    }

    [Fact]
    public void Confirms_a_recorded_hash_that_is_still_there()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n");
        var hash = CliRun.Invoke("verify", path).Output.Split("latest sha256 ")[1][..64];
        CliRun.Invoke("add", path, dir.Write("two.txt", "two\n"), "--at", "2025-01-07T12:00");

        var run = CliRun.Invoke("verify", path, "--expect-sha256", hash);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("holds revision 1 with the expected sha256", run.Output);
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
