using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Import.Tests;

public class HistoryStagingTests
{
    private static readonly Article Article = new("a", "A", DateTimeZone.Utc);

    private static ImportedRevision Revision(string text, int day) =>
        new(new RevisionDraft(text) { At = Instant.FromUtc(2025, 1, day, 0, 0) }, ImportedRevision.NoAttributes);

    [Fact]
    public void A_new_history_appears_with_its_index_only_when_committed()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        using var staging = HistoryStaging.Begin(path, () => Article);
        staging.Add(Revision("one", 1));
        staging.Add(Revision("two", 2));

        Assert.False(File.Exists(path));
        var outcome = staging.Commit();

        Assert.Equal(["one", "two"], HistoryFile.Read(path).Revisions.Select(r => r.Text));
        Assert.Equal((2, 2, true), (outcome.Added, outcome.Total, outcome.Created));
        Assert.Equal(TempDirectory.History("h.jsonl"), dir.Files());
    }

    [Fact]
    public void An_abandoned_staging_leaves_no_file_anywhere()
    {
        using var dir = new TempDirectory();
        using (var staging = HistoryStaging.Begin(dir.File("h.jsonl"), () => Article))
        {
            staging.Add(Revision("one", 1));
            Assert.NotEmpty(dir.Files());
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void An_existing_history_gets_only_newer_revisions_in_one_write()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, Article).Append(new RevisionDraft("one") { At = Instant.FromUtc(2025, 1, 2, 0, 0) });
        using var staging = HistoryStaging.Begin(path, () => throw new InvalidOperationException("the history exists"));
        staging.Add(Revision("zero", 1));
        staging.Add(Revision("one again", 2));
        staging.Add(Revision("two", 3));
        staging.Add(Revision("two", 4));

        var outcome = staging.Commit();

        Assert.Equal((4, 1, 2, 1), (outcome.Read, outcome.Added, outcome.AlreadyPresent, outcome.Unchanged));
        Assert.Equal(["one", "two"], HistoryFile.Read(path).Revisions.Select(r => r.Text));
    }

    [Fact]
    public void An_existing_history_with_nothing_new_is_not_touched()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, Article).Append(new RevisionDraft("one") { At = Instant.FromUtc(2025, 1, 2, 0, 0) });
        var before = dir.Snapshot();
        var written = File.GetLastWriteTimeUtc(path);
        using var staging = HistoryStaging.Begin(path, () => Article);
        staging.Add(Revision("one", 2));

        var outcome = staging.Commit();

        Assert.Equal((0, 1), (outcome.Added, outcome.AlreadyPresent));
        Assert.Equal(before, dir.Snapshot());
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_history_changed_by_another_writer_during_the_import_is_not_written_over()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, Article).Append(new RevisionDraft("one") { At = Instant.FromUtc(2025, 1, 1, 0, 0) });
        using var staging = HistoryStaging.Begin(path, () => Article);
        staging.Add(Revision("two", 2));
        HistoryFile.Open(path).Append(new RevisionDraft("other writer") { At = Instant.FromUtc(2025, 1, 3, 0, 0) });
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<IOException>(() => staging.Commit());

        Assert.Contains("another writer added to the history", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }
}
