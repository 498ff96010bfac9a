namespace ArticleRevisions.Cli.Tests.Commands;

public class BundleCommandTests
{
    private static readonly string History = Paths.Fixture("harbour-bridge", "history.jsonl");

    [Fact]
    public void Bundles_the_latest_edit_and_verify_accepts_it()
    {
        using var dir = new TempDirectory();
        var bundle = dir.File("evidence");

        var made = CliRun.Invoke("bundle", History, "-o", bundle);
        var verified = CliRun.Invoke("verify", "--bundle", bundle);

        Assert.Equal(0, made.ExitCode);
        Assert.StartsWith($"Wrote {bundle}: revision 7 → 8, 5 files and manifest.json (sha256 ", made.Output, StringComparison.Ordinal);
        Assert.Equal(0, verified.ExitCode);
        Assert.StartsWith($"{bundle}: OK, 5 files match manifest.json (sha256 ", verified.Output, StringComparison.Ordinal);
        Assert.Equal(made.Output.Split("sha256 ")[1][..64], verified.Output.Split("sha256 ")[1][..64]);
    }

    [Fact]
    public void Names_the_edit_by_one_revision_or_two()
    {
        using var dir = new TempDirectory();

        var one = CliRun.Invoke("bundle", History, "3", "-o", dir.File("one"));
        var two = CliRun.Invoke("bundle", History, "2", "5", "-o", dir.File("two"));

        Assert.Contains("revision 2 → 3", one.Output, StringComparison.Ordinal);
        Assert.Contains("revision 2 → 5", two.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_patch_turns_the_earlier_text_into_the_later_one()
    {
        using var dir = new TempDirectory();
        var bundle = dir.File("evidence");
        CliRun.Invoke("bundle", History, "1", "8", "-o", bundle);
        var from = Path.Combine(bundle, "from.txt");
        var patched = dir.File("patched.txt");
        File.Copy(from, patched);

        var patch = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("patch", ["-s", patched, Path.Combine(bundle, "diff.patch")]) { RedirectStandardError = true })!;
        patch.WaitForExit();

        Assert.Equal(0, patch.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(bundle, "to.txt")), File.ReadAllText(patched));
    }

    [Fact]
    public void A_tampered_bundle_fails_verify_with_one_line_and_exit_2()
    {
        using var dir = new TempDirectory();
        var bundle = dir.File("evidence");
        CliRun.Invoke("bundle", History, "-o", bundle);
        var to = Path.Combine(bundle, "to.txt");
        File.WriteAllText(to, File.ReadAllText(to).Replace("Council", "Counsel", StringComparison.Ordinal));

        var run = CliRun.Invoke("verify", "--bundle", bundle);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"artrev: {to}: changed: its SHA-256 is ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "5", "3" }, "5: revision 5 is not earlier than revision 3.")]
    [InlineData(new[] { "1" }, "1: revision 1 is the first version; name an earlier and a later revision to compare.")]
    [InlineData(new[] { "99" }, "99: ")]
    public void A_bad_revision_is_one_line_and_exit_2_and_writes_nothing(string[] revisions, string error)
    {
        using var dir = new TempDirectory();

        var run = CliRun.Invoke(["bundle", History, .. revisions, "-o", dir.File("evidence")]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"artrev: {error}", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Verify_needs_a_history_or_a_bundle_but_not_both()
    {
        var neither = CliRun.Invoke("verify");
        var both = CliRun.Invoke("verify", History, "--bundle", "x");

        Assert.Equal(2, neither.ExitCode);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("give either a history FILE or --bundle DIR.", neither.Error, StringComparison.Ordinal);
    }
}
