using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Tests.Storage;

/// <summary>Batches: AppendRange, BeginBatch and BeginCreate write all or nothing, keep the index right and leave no stray file.</summary>
public class HistoryBatchTests
{
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 7, 8, 0);

    [Fact]
    public void AppendRange_appends_every_changed_draft_and_reports_each_outcome()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, TestData.Article()).Append(Draft("zero", 0));
        var file = HistoryFile.Open(path);

        var results = file.AppendRange([Draft("one", 1), Draft("one", 2), Draft("two", 3)]);

        Assert.Equal([AppendOutcome.Appended, AppendOutcome.UnchangedText, AppendOutcome.Appended], results.Select(r => r.Outcome));
        Assert.Equal([2, 2, 3], results.Select(r => r.Revision.Number));
        Assert.Equal(["zero", "one", "two"], HistoryFile.Read(path).Revisions.Select(r => r.Text));
        Assert.Equal(3, file.Count);
        Assert.Equal("two", HistoryFile.Open(path).GetRevision(3).Text);
        Assert.Equal(3, results[2].History.Count);
    }

    [Fact]
    public void AppendRange_of_a_thousand_drafts_gives_the_same_file_as_a_thousand_appends()
    {
        using var dir = new TempDirectory();
        var texts = Enumerable.Range(0, 1000).Select(i => $"paragraph one\n\nversion {i} of the second paragraph\n").ToList();
        var one = HistoryFile.Create(dir.File("one.jsonl"), TestData.Article());
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
        {
            one.Append(Draft(text, i));
        }

        HistoryFile.Create(dir.File("batch.jsonl"), TestData.Article()).AppendRange(texts.Select((t, i) => Draft(t, i)));

        Assert.Equal(File.ReadAllBytes(dir.File("one.jsonl")), File.ReadAllBytes(dir.File("batch.jsonl")));
        Assert.Equal(File.ReadAllBytes(dir.File("one.jsonl.idx")), File.ReadAllBytes(dir.File("batch.jsonl.idx")));
    }

    [Fact]
    public void AppendRange_with_a_draft_out_of_time_order_writes_nothing_at_all()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, TestData.Article()).Append(Draft("zero", 5));
        var before = Snapshot(dir);

        Assert.Throws<RevisionOrderException>(() => HistoryFile.Open(path).AppendRange([Draft("six", 6), Draft("seven", 7), Draft("early", 1)]));

        Assert.Equal(before, Snapshot(dir));
        Assert.Equal(["zero"], HistoryFile.Read(path).Revisions.Select(r => r.Text));
    }

    [Fact]
    public void AppendRange_whose_drafts_fail_to_arrive_writes_nothing_at_all()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, TestData.Article()).Append(Draft("zero", 0));
        var before = Snapshot(dir);

        Assert.Throws<IOException>(() => HistoryFile.Open(path).AppendRange(Failing()));

        Assert.Equal(before, Snapshot(dir));

        static IEnumerable<RevisionDraft> Failing()
        {
            yield return Draft("one", 1);
            throw new IOException("the source went away");
        }
    }

    [Fact]
    public void A_write_that_fails_half_way_is_cut_back_and_the_index_still_describes_the_file()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        file.Append(Draft("zero", 0));
        var before = Snapshot(dir);

        Assert.Throws<IOException>(() => file.WriteLines(
            stream =>
            {
                stream.Write("{\"type\":\"revision\",\"number\":2,"u8);
                throw new IOException("No space left on device");
            },
            100,
            [new IndexEntry(0, 100, IndexEntryKind.FullText, 2, 2, Start, null, new string('0', 64))],
            null,
            file.Article));

        Assert.Equal(before, Snapshot(dir));
        Assert.Equal("one", file.Append(Draft("one", 1)).Revision.Text);
        Assert.Equal(["zero", "one"], HistoryFile.Read(path).Revisions.Select(r => r.Text));
    }

    [Fact]
    public void A_batch_of_revisions_and_events_is_written_in_its_order_and_verifies()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, TestData.Article()).Append(Draft("zero", 0));
        using var batch = HistoryFile.Open(path).BeginBatch();
        batch.Record(HistoryEvent.SourceGone(At(1), 404));
        batch.Record(HistoryEvent.SourceReturned(At(2), 200));
        batch.Append(Draft("back again", 2));
        batch.Record(HistoryEvent.ExtractionRerun(At(3), 2, "extractor 2"));

        Assert.False(File.ReadAllText(path).Contains("back again", StringComparison.Ordinal));
        var file = batch.Commit();

        var history = HistoryFile.Read(path);
        Assert.Equal(2, file.Count);
        Assert.Equal([HistoryEventKind.SourceGone, HistoryEventKind.SourceReturned, HistoryEventKind.ExtractionRerun], history.Events.Select(e => e.Event.Kind));
        Assert.Equal([1, 1, 2], history.Events.Select(e => e.AfterRevision));
        Assert.True(history.Verify().IsValid);
        Assert.Equal(history.Events, HistoryFile.Open(path).Events);
    }

    [Fact]
    public void A_batch_refuses_to_commit_over_lines_another_writer_added_meanwhile()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, TestData.Article()).Append(Draft("zero", 0));
        using var batch = HistoryFile.Open(path).BeginBatch();
        batch.Append(Draft("mine", 2));
        HistoryFile.Open(path).Append(Draft("theirs", 1));
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<IOException>(() => batch.Commit());

        Assert.Contains("another writer added to the history", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["zero", "theirs"], HistoryFile.Read(path).Revisions.Select(r => r.Text));
    }

    [Fact]
    public void A_batch_larger_than_memory_allows_waits_in_a_file_that_goes_with_it()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, TestData.Article());
        var random = new Random(3);
        var texts = Enumerable.Range(0, 10).Select(_ => new string([.. Enumerable.Range(0, 1_000_000).Select(_ => (char)('a' + random.Next(26)))])).ToList();
        using var batch = HistoryFile.Open(path).BeginBatch();
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
        {
            batch.Append(Draft(text, i));
        }

        Assert.Single(Directory.GetFiles(dir.Path, ".h.jsonl.*.batch.tmp"));
        batch.Commit();

        Assert.Equal(texts, HistoryFile.Read(path).Revisions.Select(r => r.Text));
        Assert.Equal(["h.jsonl", "h.jsonl.idx", "h.jsonl.lock"], dir.Files());
    }

    [Fact]
    public void A_new_history_appears_whole_with_its_index_only_when_committed()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        using var batch = HistoryFile.BeginCreate(path, TestData.Article());
        batch.Append(Draft("one", 1));
        batch.Append(Draft("two", 2));

        Assert.False(File.Exists(path));
        var file = batch.Commit();

        Assert.Equal(["h.jsonl", "h.jsonl.idx"], dir.Files());
        Assert.Equal(2, file.Count);
        Assert.Equal(["one", "two"], HistoryFile.Read(path).Revisions.Select(r => r.Text));
        Assert.Equal("two", file.Append(Draft("two", 3)).Revision.Text);
    }

    [Fact]
    public void An_abandoned_new_history_leaves_no_file_no_index_and_no_raw_source()
    {
        using var dir = new TempDirectory();
        using (var batch = HistoryFile.BeginCreate(dir.File("h.jsonl"), TestData.Article()))
        {
            var raw = batch.RawSources.Put("<p>one</p>"u8, "text/html");
            batch.Append(Draft("one", 1) with { RawSource = raw });
            Assert.NotEmpty(dir.Files());
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void A_new_history_keeps_its_raw_sources_beside_it_once_committed()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        using var batch = HistoryFile.BeginCreate(path, TestData.Article());
        var raw = batch.RawSources.Put("<p>one</p>"u8, "text/html");
        batch.Append(Draft("one", 1) with { RawSource = raw });

        var file = batch.Commit();

        Assert.Equal("<p>one</p>"u8.ToArray(), file.RawSources.Get(file.GetRevision(1).RawSource!));
        Assert.Equal(["h.jsonl", $"h.jsonl.idx", $"h.jsonl.sources/{raw.Sha256[..2]}/{raw.Sha256}.br"], dir.Files());
    }

    [Fact]
    public void A_new_history_is_never_written_over_a_file_that_appeared_at_its_path()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        using var batch = HistoryFile.BeginCreate(path, TestData.Article());
        batch.Append(Draft("one", 1));
        File.WriteAllText(path, "someone else's");

        var error = Assert.Throws<IOException>(() => batch.Commit());

        Assert.Contains("appeared there", error.Message);
        Assert.Equal("someone else's", File.ReadAllText(path));
        Assert.Equal(["h.jsonl"], dir.Files());
    }

    [Fact]
    public void A_new_history_cannot_begin_where_a_file_is()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        File.WriteAllText(path, "x");

        Assert.Throws<IOException>(() => HistoryFile.BeginCreate(path, TestData.Article()));
        Assert.Equal(["h.jsonl"], dir.Files());
    }

    [Fact]
    public void A_version_1_history_takes_no_batch()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        File.Copy(TestData.FixturePath("harbour-bridge", "history.jsonl"), path);

        var error = Assert.Throws<HistoryFormatException>(() => HistoryFile.Open(path).BeginBatch());

        Assert.Contains("artrev upgrade", error.Message);
    }

    private static Instant At(int minutes) => Start + Duration.FromMinutes(minutes);

    private static RevisionDraft Draft(string text, int minutes) => new(text) { At = At(minutes) };

    /// <summary>Every file in the folder with its bytes, to show that nothing changed.</summary>
    private static string Snapshot(TempDirectory dir) =>
        string.Join("\n", dir.Files().Select(f => $"{f} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(dir.File(f))))}"));
}
