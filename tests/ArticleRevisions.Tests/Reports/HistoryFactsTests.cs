using ArticleRevisions.Classification;
using ArticleRevisions.Model;
using ArticleRevisions.Reports;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Tests.Reports;

/// <summary>The facts sidecar behind logs and timelines of history files.</summary>
public class HistoryFactsTests
{
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 7, 8, 0);

    private static readonly string[] RevertedTexts =
    [
        "The bridge opens in March. It cost £4 million.",
        "The bridge opens in April. It cost £4 million.",
        "The bridge opens in April. It cost £4 million. Tolls apply.",
        "The bridge opens in March. It cost £4 million.",
        "The bridge opens in March. It cost £4 million. Tolls apply.",
    ];

    [Fact]
    public void A_log_of_a_history_file_equals_the_log_of_its_history_when_the_facts_are_derived_and_when_they_are_read()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 40);

        var cold = RevisionLog.Create(HistoryFile.Open(path));
        var warm = RevisionLog.Create(HistoryFile.Open(path));
        var expected = RevisionLog.Create(HistoryFile.Read(path));

        Assert.True(File.Exists(path + ".facts"));
        Assert.Equal(expected.Entries, cold.Entries);
        Assert.Equal(expected.Entries, warm.Entries);
        Assert.Equal(expected.Events, warm.Events);
        Assert.Equal(2, warm.Events.Length);
    }

    [Fact]
    public void A_timeline_of_a_history_file_equals_the_timeline_of_its_history()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 12);

        var chart = TimelineChart.Create(HistoryFile.Open(path), width: 30);
        var expected = TimelineChart.Create(HistoryFile.Read(path), width: 30);

        Assert.Equal(expected.Bars, chart.Bars);
        Assert.Equal(expected.Events, chart.Events);
    }

    [Fact]
    public void A_log_of_a_file_reads_its_entries_afresh_on_each_enumeration_in_order_whatever_the_sidecars_line_order()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 30);
        var expected = RevisionLog.Create(HistoryFile.Read(path), new LogFilter { SubstantiveOnly = true });
        RevisionLog.Create(HistoryFile.Open(path));
        var facts = path + ".facts";
        var lines = File.ReadAllLines(facts);
        File.WriteAllLines(facts, lines.Reverse());

        var log = RevisionLog.Create(HistoryFile.Open(path), new LogFilter { SubstantiveOnly = true });
        var first = log.EnumerateEntries().ToList();
        File.WriteAllLines(facts, lines.Skip(10).Concat(lines.Take(10)));
        var second = log.EnumerateEntries().ToList();

        Assert.Equal(expected.Entries, first);
        Assert.Equal(expected.Entries, second);
        Assert.Equal(expected.Entries.Length, log.EntryCount);
        Assert.Equal(expected.Entries, log.Entries);
        Assert.Equal(lines.Length, File.ReadAllLines(facts).Length);
    }

    [Fact]
    public void An_entry_lost_from_the_sidecar_after_the_log_was_made_is_derived_as_it_is_read()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 12);
        var expected = RevisionLog.Create(HistoryFile.Read(path));
        var log = RevisionLog.Create(HistoryFile.Open(path));
        var chart = TimelineChart.Create(HistoryFile.Open(path), width: 30);
        var facts = path + ".facts";
        var lines = File.ReadAllLines(facts);
        lines[5] = lines[5].Replace("\"verdict\":\"", "\"verdict\":\"No", StringComparison.Ordinal);
        File.WriteAllLines(facts, lines.Where((_, i) => i != 8));

        Assert.Equal(expected.Entries, log.EnumerateEntries());
        Assert.Equal(TimelineChart.Create(HistoryFile.Read(path), width: 30).Bars, chart.EnumerateBars());
    }

    [Fact]
    public void A_sidecar_rewritten_between_two_walks_of_one_log_is_read_again_not_derived_again()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 12);
        RevisionLog.Create(HistoryFile.Open(path));
        var facts = path + ".facts";
        var lines = File.ReadAllLines(facts);
        File.WriteAllLines(facts, lines.Reverse());
        var log = RevisionLog.Create(HistoryFile.Open(path));
        _ = log.EnumerateEntries().ToList();

        // The first walk found the reversed lines by where they are; now the same lines sit at other places (as when
        // another process replaces the sidecar), with counts that tell a line read from one derived again.
        File.WriteAllLines(facts, lines.Skip(5).Concat(lines.Take(5)).Select(l => l.Replace("\"counts\":[", "\"counts\":[90", StringComparison.Ordinal)));
        var second = log.EnumerateEntries().ToList();

        Assert.Equal(12, second.Count);
        Assert.All(second, e => Assert.StartsWith("90", e.Classification.Statistics.WordsAdded.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void Once_the_facts_are_kept_a_log_reads_them_from_the_sidecar_and_no_revision_text()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 5);
        RevisionLog.Create(HistoryFile.Open(path));
        var facts = path + ".facts";
        File.WriteAllText(facts, File.ReadAllText(facts).Replace("\"counts\":[", "\"counts\":[90", StringComparison.Ordinal));

        var log = RevisionLog.Create(HistoryFile.Open(path));

        Assert.All(log.Entries, e => Assert.StartsWith("90", e.Classification.Statistics.WordsAdded.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void A_revert_is_told_the_same_from_facts_kept_by_appends_derived_cold_and_read_warm()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var clock = new NodaTime.Testing.FakeClock(Start + Duration.FromDays(1));
        for (var i = 0; i < RevertedTexts.Length; i++)
        {
            AppendReport.AppendTo(file, new RevisionDraft(RevertedTexts[i]) { At = Start + Duration.FromHours(i) }, clock);
        }

        var expected = RevisionLog.Create(HistoryFile.Read(path));
        var kept = RevisionLog.Create(HistoryFile.Open(path));
        File.Delete(path + ".facts");
        var cold = RevisionLog.Create(HistoryFile.Open(path));
        var warm = RevisionLog.Create(HistoryFile.Open(path));

        Assert.Equal([null, null, null, 1, null], expected.Entries.Select(e => e.Classification.RevertsTo));
        Assert.Equal([false, false, false, true, true], expected.Entries.Select(e => e.Classification.Labels.Contains(EditLabel.Revert)));
        Assert.Equal(expected.Entries, kept.Entries);
        Assert.Equal(expected.Entries, cold.Entries);
        Assert.Equal(expected.Entries, warm.Entries);
    }

    [Fact]
    public void Every_walk_of_a_file_hands_out_the_entries_of_its_history_in_one_reused_row()
    {
        using var dir = new TempDirectory();
        var path = MakeRevertingHistory(dir, withEditors: true);

        var expected = RevisionLog.Create(HistoryFile.Read(path)).Entries;
        var walks = HistoryFacts.Walk(HistoryFile.Open(path));

        // The first walk tells reverts from the keys; the later ones reuse its answers and its sidecar offsets.
        for (var pass = 0; pass < 3; pass++)
        {
            using var walk = walks();
            var rows = new List<RevisionEntry>();
            while (walk.MoveNext())
            {
                rows.Add(walk.Row.ToEntry());
            }

            Assert.Equal(expected, rows);
        }

        Assert.Contains(expected, e => e.Classification.RevertsTo is not null);
    }

    [Fact]
    public void The_facts_of_one_revision_told_from_the_entries_that_name_its_revert_equal_those_of_the_whole_log()
    {
        using var dir = new TempDirectory();
        var path = MakeRevertingHistory(dir);

        var expected = RevisionLog.Create(HistoryFile.Read(path)).Entries.Select(e => e.Classification).ToList();
        var count = HistoryFile.Open(path).Count;
        foreach (var sidecar in new[] { "kept", "missing", "partial", "one missing" })
        {
            if (sidecar == "missing")
            {
                File.Delete(path + ".facts");
            }
            else if (sidecar == "partial")
            {
                var lines = File.ReadAllLines(path + ".facts");
                File.WriteAllLines(path + ".facts", lines[..3]);
            }
            else if (sidecar == "one missing")
            {
                File.WriteAllLines(path + ".facts", File.ReadAllLines(path + ".facts").Where((_, i) => i != 1));
            }

            for (var n = 2; n <= count; n++)
            {
                var opened = HistoryFile.Open(path);

                var facts = Comparison.OfRevisions(opened, n - 1, n).Classification;

                Assert.Equal(expected[n - 1], facts);
            }
        }

        Assert.Contains(expected, f => f.RevertsTo is not null);
        Assert.Contains(expected, f => f.RevertsTo is null && f.Labels.Contains(EditLabel.Revert));
    }

    [Fact]
    public void Deleting_the_sidecar_is_safe_the_facts_are_derived_again()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 8);
        var first = RevisionLog.Create(HistoryFile.Open(path));

        File.Delete(path + ".facts");
        var again = RevisionLog.Create(HistoryFile.Open(path));

        Assert.Equal(first.Entries, again.Entries);
        Assert.Equal(8, File.ReadAllLines(path + ".facts").Length);
    }

    [Fact]
    public void Entries_of_another_version_and_damaged_lines_are_derived_again_and_the_sidecar_replaced()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 6);
        var expected = RevisionLog.Create(HistoryFile.Read(path));
        RevisionLog.Create(HistoryFile.Open(path));
        var facts = path + ".facts";
        var lines = File.ReadAllLines(facts);
        lines[0] = lines[0].Replace($"\"v\":\"{HistoryFacts.Version}\"", "\"v\":\"0.0\"", StringComparison.Ordinal);
        lines[1] = "{\"v\":";
        lines[2] = lines[2].Replace("\"verdict\":\"", "\"verdict\":\"No", StringComparison.Ordinal);
        File.WriteAllText(facts, string.Join('\n', lines) + "\n{\"v\":\"" + HistoryFacts.Version + "\",\"sha2");

        var log = RevisionLog.Create(HistoryFile.Open(path));

        Assert.Equal(expected.Entries, log.Entries);
        Assert.All(File.ReadAllLines(facts), l => Assert.Contains($"\"v\":\"{HistoryFacts.Version}\"", l, StringComparison.Ordinal));
        Assert.Equal(6, File.ReadAllLines(facts).Length);
    }

    [Fact]
    public void An_append_adds_the_new_revisions_facts_so_the_next_log_derives_nothing()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 4);
        RevisionLog.Create(HistoryFile.Open(path));

        var report = AppendReport.AppendTo(HistoryFile.Open(path), new RevisionDraft("Revision five, quite different.") { At = Start + Duration.FromDays(1) }, new NodaTime.Testing.FakeClock(Start + Duration.FromDays(1)));
        var lines = File.ReadAllLines(path + ".facts");
        var log = RevisionLog.Create(HistoryFile.Open(path));

        Assert.Equal(5, lines.Length);
        Assert.Contains(report.Result.Revision.Hash, lines[^1], StringComparison.Ordinal);
        Assert.Equal(report.Change, log.Entries[^1].Classification.Statistics);
        Assert.Equal(RevisionLog.Create(HistoryFile.Read(path)).Entries, log.Entries);
        Assert.Equal(5, File.ReadAllLines(path + ".facts").Length);
    }

    [Fact]
    public void A_log_made_while_a_writer_appends_lists_the_history_as_opened_and_the_sidecar_keeps_both()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 4);
        var reader = HistoryFile.Open(path);

        AppendReport.AppendTo(HistoryFile.Open(path), new RevisionDraft("A fifth text.") { At = Start + Duration.FromDays(1) }, new NodaTime.Testing.FakeClock(Start + Duration.FromDays(1)));
        var log = RevisionLog.Create(reader);
        var kept = File.ReadAllLines(path + ".facts").Length;
        var after = RevisionLog.Create(HistoryFile.Open(path));

        Assert.Equal(4, log.Entries.Length);
        Assert.Equal(5, kept);
        Assert.Equal(RevisionLog.Create(HistoryFile.Read(path)).Entries, after.Entries);
        Assert.Equal(5, File.ReadAllLines(path + ".facts").Length);
    }

    [Fact]
    public void A_version_1_file_gets_no_sidecar()
    {
        using var dir = new TempDirectory();
        var path = dir.File("v1.jsonl");
        File.Copy(TestData.FixturePath("harbour-bridge", "history.jsonl"), path);

        var log = RevisionLog.Create(HistoryFile.Open(path));

        Assert.Equal(RevisionLog.Create(HistoryFile.Read(path)).Entries, log.Entries);
        Assert.False(File.Exists(path + ".facts"));
    }

    [Fact]
    public void Reading_revisions_in_order_gives_each_revision_as_reading_it_alone_does()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 30, checkpoint: 7);
        var file = HistoryFile.Open(path);

        var all = file.ReadRevisions(1, file.Count).ToArray();
        var middle = file.ReadRevisions(10, 16).ToArray();

        Assert.Equal(HistoryFile.Read(path).Revisions, all);
        Assert.Equal(Enumerable.Range(10, 7).Select(file.GetRevision), middle);
        Assert.Empty(file.ReadRevisions(5, 4));
    }

    [Fact]
    public void A_revision_and_the_one_before_read_together_are_those_read_alone_across_full_texts_and_events()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 30, checkpoint: 7);
        var file = HistoryFile.Open(path);

        var pairs = Enumerable.Range(2, file.Count - 1).Select(file.GetRevisionPair).ToArray();

        Assert.Equal(Enumerable.Range(2, file.Count - 1).Select(n => (file.GetRevision(n - 1), file.GetRevision(n))), pairs);
        Assert.Throws<ArgumentOutOfRangeException>(() => file.GetRevisionPair(file.Count + 1));
    }

    [Fact]
    public void A_sidecar_cursor_that_has_read_nothing_yet_reads_a_line_by_its_offset()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, 5);
        _ = RevisionLog.Create(HistoryFile.Open(path)).Entries;
        var lines = File.ReadAllLines(path + ".facts");

        using var cursor = FactsCursor.Open(path);
        var first = cursor.TryReadLine(0, out var line) ? System.Text.Encoding.UTF8.GetString(line) : null;

        Assert.Equal(lines[0], first);
    }

    /// <summary>A version 2 history of <paramref name="count"/> revisions with notes, editors, a late observation, cosmetic and substantive edits, and two events.</summary>
    /// <summary>A history of <see cref="RevertedTexts"/> and three more: a whole revert to revision 2 and one to revision 1, and reverts of passages.</summary>
    private static string MakeRevertingHistory(TempDirectory dir, bool withEditors = false)
    {
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var clock = new NodaTime.Testing.FakeClock(Start + Duration.FromDays(1));
        string[] texts = [.. RevertedTexts, RevertedTexts[1], RevertedTexts[2] + " More.", RevertedTexts[0]];
        for (var i = 0; i < texts.Length; i++)
        {
            AppendReport.AppendTo(file, new RevisionDraft(texts[i]) { At = Start + Duration.FromHours(i), Editor = withEditors && i % 2 == 0 ? "Jo" : null }, clock);
        }

        return path;
    }

    private static string MakeHistory(TempDirectory dir, int count, int checkpoint = 100)
    {
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article(), new HistoryFileOptions { CheckpointInterval = checkpoint });
        var text = "The council met on Monday. It approved repairs to the bridge.\n\nThe cost is £4.2 million.";
        var cost = "4.2";
        for (var i = 0; i < count; i++)
        {
            text = (i % 3) switch
            {
                0 => text + $" Sentence {i} was added.",
                1 => text.Replace("council", i % 2 == 0 ? "Council" : "council", StringComparison.Ordinal) + ".",
                _ => text.Replace($"£{cost} ", $"£{cost = $"{i}.2"} ", StringComparison.Ordinal),
            };
            var at = Start + Duration.FromMinutes(30 * i);
            file.Append(new RevisionDraft(text)
            {
                At = at,
                ObservedAt = i == 3 ? at + Duration.FromMinutes(10) : null,
                Editor = i % 2 == 0 ? "Jo" : null,
                Note = i % 4 == 0 ? $"note {i}" : null,
            });
            if (i == 1)
            {
                file.Record(HistoryEvent.SourceGone(at + Duration.FromMinutes(5), 404, new Uri("https://example.org/")));
            }
            else if (i == 2)
            {
                file.Record(HistoryEvent.SourceReturned(at + Duration.FromMinutes(5), 200));
            }
        }

        return path;
    }
}
