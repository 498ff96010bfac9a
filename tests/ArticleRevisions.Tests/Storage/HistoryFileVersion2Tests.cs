using System.Text;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Tests.Storage;

/// <summary>Format version 2: deltas and full texts, events, attributes, the index, upgrade, repair and the writers' lock.</summary>
public class HistoryFileVersion2Tests
{
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 7, 8, 0);

    [Fact]
    public void Stores_deltas_with_a_full_text_every_checkpoint_interval_and_reads_every_revision_back_exactly()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var texts = Texts(250);
        var file = HistoryFile.Create(path, TestData.Article(), new HistoryFileOptions { CheckpointInterval = 100 });
        for (var i = 0; i < texts.Count; i++)
        {
            file.Append(new RevisionDraft(texts[i]) { At = Start + Duration.FromMinutes(i) });
        }

        var lines = File.ReadAllLines(path);
        var reopened = HistoryFile.Open(path);

        Assert.Equal(3, lines.Count(l => l.Contains("\"text\":", StringComparison.Ordinal)));
        Assert.Equal(247, lines.Count(l => l.Contains("\"delta\":", StringComparison.Ordinal)));
        Assert.True(new FileInfo(path).Length < texts.Sum(t => t.Length) / 20);
        Assert.All(Enumerable.Range(1, texts.Count), n => Assert.Equal(texts[n - 1], reopened.GetRevision(n).Text));
        Assert.Equal(texts, HistoryFile.Read(path).Revisions.Select(r => r.Text));
    }

    [Fact]
    public void Deltas_keep_characters_outside_the_basic_plane_and_line_endings()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        string[] texts = ["a 😀 b\r\nsecond line\r\n", "a 😀😀 b\r\nsecond line\r\n", "😀 b\r\nsecond\r\nthird", string.Empty, "x"];
        var file = HistoryFile.Create(path, TestData.Article());
        for (var i = 0; i < texts.Length; i++)
        {
            file.Append(new RevisionDraft(texts[i]) { At = Start + Duration.FromMinutes(i) });
        }

        Assert.Equal(texts, HistoryFile.Read(path).Revisions.Select(r => r.Text));
        Assert.Equal(texts[2], HistoryFile.Open(path).GetRevision(3).Text);
    }

    [Fact]
    public void Events_attributes_and_raw_sources_round_trip_and_a_metadata_change_becomes_the_current_article()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var raw = file.RawSources.Put("<html><p>one</p></html>"u8, "text/html; charset=utf-8");
        var attributes = RevisionAttributes.Empty.With("capture.etag", "\"abc\"").WithSuppressed(SuppressedFields.Editor);
        file.Append(new RevisionDraft("one") { At = Start, Attributes = attributes, RawSource = raw });
        file.Record(HistoryEvent.SourceGone(Start + Duration.FromHours(1), 404, new Uri("https://example.org/")));
        var renamed = new Article(TestData.Article().Id, "Renamed", DateTimeZone.Utc, "uk");
        file.Record(HistoryEvent.MetadataChanged(Start + Duration.FromHours(2), renamed, "title corrected"));
        file.Append(new RevisionDraft("two") { At = Start + Duration.FromHours(3) });

        var reopened = HistoryFile.Open(path);
        var history = HistoryFile.Read(path);

        Assert.Equal(renamed, reopened.Article);
        Assert.Equal(renamed, history.Article);
        Assert.Equal(TestData.Article(), history.Header);
        Assert.Equal([HistoryEventKind.SourceGone, HistoryEventKind.MetadataChanged], reopened.Events.Select(e => e.Event.Kind));
        Assert.Equal(history.Events, reopened.Events);
        Assert.Equal(attributes, history.GetRevision(1).Attributes);
        Assert.Equal(raw, reopened.GetRevision(1).RawSource);
        Assert.True(history.Verify().IsValid);
    }

    [Fact]
    public void A_missing_or_stale_index_is_rebuilt_and_reads_the_same()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var texts = Texts(30);
        var file = HistoryFile.Create(path, TestData.Article(), new HistoryFileOptions { CheckpointInterval = 7 });
        for (var i = 0; i < texts.Count; i++)
        {
            file.Append(new RevisionDraft(texts[i]) { At = Start + Duration.FromMinutes(i) });
        }

        var index = path + ".idx";
        var complete = File.ReadAllBytes(index);
        File.Delete(index);
        Assert.Equal(texts[17], HistoryFile.Open(path).GetRevision(18).Text);
        Assert.Equal(complete, File.ReadAllBytes(index));

        File.WriteAllBytes(index, complete[..^(96 * 5)]);
        Assert.Equal(texts[^1], HistoryFile.Open(path).Latest!.Text);
        Assert.Equal(complete, File.ReadAllBytes(index));

        var damaged = complete.ToArray();
        damaged[64 + 10] ^= 0x40;
        File.WriteAllBytes(index, damaged);
        Assert.Equal(texts[20], HistoryFile.Open(path).GetRevision(21).Text);
    }

    [Fact]
    public void Revisions_times_events_and_the_current_article_are_found_across_index_blocks_and_a_damaged_block_is_rebuilt()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var texts = Texts(200);
        var file = HistoryFile.Create(path, TestData.Article(), new HistoryFileOptions { CheckpointInterval = 30 });
        var renamed = new Article(TestData.Article().Id, "Renamed", DateTimeZone.Utc, "uk");
        for (var i = 0; i < texts.Count; i++)
        {
            file.Append(new RevisionDraft(texts[i]) { At = Start + Duration.FromMinutes(10 * i) });
            if (i % 37 == 5)
            {
                // Events in several of the index's 64-entry blocks, one of them a metadata change, and one later than the next revision.
                file.Record(i == 79
                    ? HistoryEvent.MetadataChanged(Start + Duration.FromMinutes((10 * i) + 1), renamed, "renamed")
                    : HistoryEvent.SourceGone(Start + Duration.FromMinutes((10 * i) + 15), 404, new Uri("https://example.org/")));
            }
        }

        var history = HistoryFile.Read(path);
        var index = File.ReadAllBytes(path + ".idx");
        var reopened = HistoryFile.Open(path);

        Assert.Equal(200, reopened.Count);
        Assert.Equal(renamed, reopened.Article);
        Assert.Equal(history.Events, reopened.Events);
        foreach (var n in new[] { 1, 30, 31, 63, 64, 65, 80, 81, 127, 128, 150, 199, 200 })
        {
            Assert.Equal(texts[n - 1], reopened.GetRevision(n).Text);
            Assert.Equal(n, reopened.AsOf(Start + Duration.FromMinutes((10 * (n - 1)) + 9))!.Number);
        }

        Assert.Null(reopened.AsOf(Start - Duration.FromMinutes(1)));

        var damaged = index.ToArray();
        damaged[64 + (96 * 100) + 20] ^= 0x01;
        File.WriteAllBytes(path + ".idx", damaged);
        var rebuilt = HistoryFile.Open(path);

        Assert.Equal(texts[110], rebuilt.GetRevision(111).Text);
        Assert.Equal(texts[199], rebuilt.Latest!.Text);
        Assert.Equal(index, File.ReadAllBytes(path + ".idx"));
    }

    [Fact]
    public void A_changed_delta_between_the_full_text_and_the_revision_read_fails_that_revision()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var paragraph = "A long paragraph that stays the same in every revision, so the later ones are stored as deltas.\n";
        file.Append(new RevisionDraft(paragraph + "The minister said no.\n" + paragraph) { At = Start });
        file.Append(new RevisionDraft(paragraph + "The minister said yes.\n" + paragraph) { At = Start + Duration.FromMinutes(1) });
        file.Append(new RevisionDraft(paragraph + "The minister said yes.\n" + paragraph + "A closing line.\n") { At = Start + Duration.FromMinutes(2) });
        var lines = File.ReadAllLines(path);
        Assert.Contains("\"delta\":", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"delta\":", lines[3], StringComparison.Ordinal);
        Assert.Contains("yes", lines[2], StringComparison.Ordinal);
        lines[2] = lines[2].Replace("yes", "yet", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var reopened = HistoryFile.Open(path);
        var e = Assert.Throws<HistoryFormatException>(() => reopened.GetRevision(3));

        Assert.Equal(HistoryFileFault.HashMismatch, e.Fault);
        Assert.Equal(4, e.LineNumber);
        Assert.Equal(paragraph + "The minister said no.\n" + paragraph, reopened.GetRevision(1).Text);
    }

    [Fact]
    public void A_changed_line_is_caught_when_a_revision_rebuilt_from_it_is_read()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var paragraph = "A long paragraph that stays the same in both revisions, so the second is stored as a delta.\n";
        file.Append(new RevisionDraft(paragraph + "The minister said no.\n" + paragraph) { At = Start });
        file.Append(new RevisionDraft(paragraph + "The minister said yes.\n" + paragraph) { At = Start + Duration.FromMinutes(1) });
        Assert.Contains("\"delta\":", File.ReadAllLines(path)[2], StringComparison.Ordinal);
        var content = File.ReadAllText(path);
        File.WriteAllText(path, content.Replace("said no", "said so", StringComparison.Ordinal));

        var e = Assert.Throws<HistoryFormatException>(() => HistoryFile.Open(path).GetRevision(2));

        Assert.Equal(HistoryFileFault.HashMismatch, e.Fault);
        Assert.Equal(2, e.LineNumber);
    }

    [Fact]
    public void A_version_one_file_is_read_only_and_upgrade_converts_it_keeping_a_backup()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        File.Copy(TestData.FixturePath("harbour-bridge", "history.jsonl"), path);
        var original = File.ReadAllBytes(path);
        var before = HistoryFile.Read(path);

        var refused = Assert.Throws<HistoryFormatException>(() => HistoryFile.Open(path).Append(new RevisionDraft("x") { At = Start + Duration.FromDays(3650) }));
        var result = HistoryFile.Upgrade(path);
        var after = HistoryFile.Read(path);
        var again = HistoryFile.Upgrade(path);

        Assert.Contains($"artrev upgrade {path}", refused.Message, StringComparison.Ordinal);
        Assert.Equal((1, 2, before.Count), (result.FromVersion, result.ToVersion, result.Revisions));
        Assert.Equal(original, File.ReadAllBytes(result.BackupPath!));
        Assert.Equal(before.Revisions.Select(r => (r.At, r.Text, r.Editor, r.Note)), after.Revisions.Select(r => (r.At, r.Text, r.Editor, r.Note)));
        Assert.NotNull(after.HeaderHash);
        Assert.Null(again.BackupPath);
        Assert.Equal(2, HistoryFile.Open(path).Version);
    }

    [Fact]
    public void A_torn_last_line_names_the_repair_command_and_repair_removes_exactly_it()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        file.Append(new RevisionDraft("one") { At = Start });
        var complete = File.ReadAllBytes(path);
        const string Torn = "{\"type\":\"revision\",\"number\":2,\"at\":\"2025-";
        File.AppendAllText(path, Torn);

        var e = Assert.Throws<HistoryFormatException>(() => HistoryFile.Open(path));
        var result = HistoryFile.Repair(path);
        var nothing = HistoryFile.Repair(path);

        Assert.Equal(HistoryFileFault.TornLastLine, e.Fault);
        Assert.Contains($"artrev repair {path}", e.Message, StringComparison.Ordinal);
        Assert.Equal(complete, File.ReadAllBytes(path));
        Assert.Equal(Torn.Length, result.RemovedBytes);
        Assert.StartsWith("{\"type\":\"revision\"", result.RemovedText, StringComparison.Ordinal);
        Assert.Equal(complete.Length + Torn.Length, new FileInfo(result.BackupPath!).Length);
        Assert.Equal(1, result.Revisions);
        Assert.Equal(0, nothing.RemovedBytes);
    }

    [Fact]
    public void A_reader_sees_every_complete_line_while_a_writer_is_still_writing_the_next()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        file.Append(new RevisionDraft("one") { At = Start });

        using (new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            File.AppendAllText(path, "{\"type\":\"revision\",\"number\":2,");

            Assert.Equal(1, HistoryFile.Open(path).Count);
            Assert.Equal(1, HistoryFile.Read(path).Count);
        }
    }

    [Fact]
    public void A_writer_waits_for_the_lock_up_to_its_timeout_then_fails_clearly_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Open(HistoryFile.Create(path, TestData.Article()).Path, new HistoryFileOptions { LockTimeout = TimeSpan.FromMilliseconds(300) });
        var before = File.ReadAllBytes(path);
        var waited = System.Diagnostics.Stopwatch.StartNew();

        HistoryLockedException e;
        using (new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            e = Assert.Throws<HistoryLockedException>(() => file.Append(new RevisionDraft("mine") { At = Start }));
        }

        Assert.True(waited.Elapsed >= TimeSpan.FromMilliseconds(300));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Two_writers_appending_at_once_lose_nothing()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, TestData.Article());
        var clock = new NodaTime.Testing.FakeClock(Start, Duration.FromMilliseconds(1));
        var gate = new object();
        IClock shared = new LockedClock(clock, gate);

        Parallel.For(0, 2, writer =>
        {
            var file = HistoryFile.Open(path);
            for (var i = 0; i < 60; i++)
            {
                file.Append(new RevisionDraft($"writer {writer}, revision {i}\n"), shared);
            }
        });

        var history = HistoryFile.Read(path);
        Assert.Equal(120, history.Count);
        Assert.Equal(60, history.Revisions.Count(r => r.Text.StartsWith("writer 0,", StringComparison.Ordinal)));
        Assert.True(history.Verify().IsValid);
    }

    [Fact]
    public void Every_byte_flip_anywhere_in_a_fixture_history_header_included_is_detected()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        File.Copy(TestData.FixturePath("harbour-bridge", "history.jsonl"), path);
        HistoryFile.Upgrade(path);
        var original = File.ReadAllBytes(path);
        var random = new Random(11);
        var missed = new List<string>();

        for (var i = 0; i < 1_000; i++)
        {
            var flipped = original.ToArray();
            var at = i < 100 ? random.Next(Array.IndexOf(original, (byte)'\n') + 1) : random.Next(original.Length);
            flipped[at] ^= (byte)random.Next(1, 256);
            File.WriteAllBytes(path, flipped);
            File.Delete(path + ".idx");
            try
            {
                HistoryFile.Read(path);
                missed.Add($"offset {at}: 0x{original[at]:x2} → 0x{flipped[at]:x2}");
            }
            catch (HistoryFormatException)
            {
                // Detected, as it must be.
            }
        }

        Assert.Empty(missed);
    }

    private static List<string> Texts(int count)
    {
        var random = new Random(5);
        var words = Enumerable.Range(0, 3000).Select(i => $"w{random.Next(5000)}").ToArray();
        var texts = new List<string>();
        for (var n = 0; n < count; n++)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < words.Length; i++)
            {
                builder.Append(words[i]).Append(i % 40 == 39 ? "\n" : " ");
            }

            texts.Add(builder.ToString());
            words[random.Next(words.Length)] = $"edit{n}";
        }

        return texts;
    }

    private sealed class LockedClock(IClock inner, object gate) : IClock
    {
        public Instant GetCurrentInstant()
        {
            lock (gate)
            {
                return inner.GetCurrentInstant();
            }
        }
    }
}
