namespace ArticleRevisions.Cli.Tests.Commands;

public class UpgradeCommandTests
{
    [Fact]
    public void Upgrades_a_version_one_history_keeping_the_original_and_the_result_verifies()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        File.Copy(Paths.Fixture("harbour-bridge", "history.jsonl"), path);
        var original = File.ReadAllBytes(path);

        var refused = CliRun.Invoke("add", path, dir.Write("v.txt", "new\n"), "--at", "2025-02-20");
        var run = CliRun.Invoke("upgrade", path);
        var again = CliRun.Invoke("upgrade", path);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal([$"artrev: {path}:1: format version 1 is read-only in this build: run 'artrev upgrade {path}' to convert it to version 2 (the original is kept as a backup)."], refused.ErrorLines);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"{path}: upgraded from format version 1 to 2, 8 revisions checked, ", run.Output);
        Assert.Equal(original, File.ReadAllBytes(path + ".v1-backup"));
        Assert.Equal(0, CliRun.Invoke("verify", path).ExitCode);
        Assert.Equal($"{path}: already format version 2; nothing to do.\n", again.Output.ReplaceLineEndings("\n"));
        Assert.Equal(0, CliRun.Invoke("add", path, dir.File("v.txt"), "--at", "2025-02-20").ExitCode);
    }

    [Fact]
    public void A_hash_recorded_before_the_upgrade_is_still_found_by_verify()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        File.Copy(Paths.Fixture("general-staff-kursk", "history.jsonl"), path);
        var recorded = CliRun.Invoke("verify", path).Output.Split("latest sha256 ")[1][..64];
        CliRun.Invoke("upgrade", path);

        var run = CliRun.Invoke("verify", path, "--expect-sha256", recorded);

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("; holds revision 2 with the expected sha256 (its hash in format version 1, before the upgrade).\n", run.Output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain(recorded, run.Output.Split("; holds")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_history_is_one_line_naming_it_and_is_left_alone()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("notes.txt", "just notes\n");

        var run = CliRun.Invoke("upgrade", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith($"artrev: {path}:1: ", run.Error);
        Assert.Equal("just notes\n", File.ReadAllText(path));
    }
}
