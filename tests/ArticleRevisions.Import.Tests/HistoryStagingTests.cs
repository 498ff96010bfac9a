using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Import.Tests;

public class HistoryStagingTests
{
    private static readonly Article Article = new("a", "A", DateTimeZone.Utc);

    private static ImportedRevision Revision(string text, int day) =>
        new(new RevisionDraft(text) { At = Instant.FromUtc(2025, 1, day, 0, 0) }, ImportedRevision.NoAttributes);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_staged_history_appears_only_when_committed(bool useScratch)
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        using var staging = HistoryStaging.Begin(path, () => Article, useScratch: useScratch);
        staging.Add(Revision("one", 1));
        staging.Add(Revision("two", 2));

        Assert.False(File.Exists(path));
        var outcome = staging.Commit();

        Assert.Equal(["one", "two"], HistoryFile.Read(path).Revisions.Select(r => r.Text));
        Assert.Equal(2, outcome.Total);
        Assert.Equal(["h.jsonl"], dir.Files());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_abandoned_staging_leaves_no_file_anywhere(bool useScratch)
    {
        using var dir = new TempDirectory();
        string name;
        using (var staging = HistoryStaging.Begin(dir.File("h.jsonl"), () => Article, useScratch: useScratch))
        {
            staging.Add(Revision("one", 1));
            staging.Seal();
            name = Path.GetFileName(Directory.GetFiles(dir.Path, ".h.jsonl.*").Single());
        }

        Assert.Empty(dir.Files());
        Assert.False(HistoryStaging.ScratchFolder is { } scratch && File.Exists(Path.Combine(scratch, name)));
    }

    [Fact]
    public void A_history_changed_by_another_writer_during_the_import_is_not_overwritten()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, Article).Append(new RevisionDraft("one") { At = Instant.FromUtc(2025, 1, 1, 0, 0) }, NoClock.Instance);
        using var staging = HistoryStaging.Begin(path, () => Article);
        staging.Add(Revision("two", 2));
        HistoryFile.Open(path).Append(new RevisionDraft("other writer") { At = Instant.FromUtc(2025, 1, 3, 0, 0) }, NoClock.Instance);
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<IOException>(() => staging.Commit());

        Assert.Contains("changed during the import", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }
}
