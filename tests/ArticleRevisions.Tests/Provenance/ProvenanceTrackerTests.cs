using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Provenance;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Tests.Provenance;

public sealed partial class ProvenanceTrackerTests
{
    private static readonly Instant Start = Instant.FromUtc(2025, 3, 1, 9, 0);

    [Fact]
    public void Attributes_every_sentence_and_word_of_the_first_revision_to_it()
    {
        var history = Build("The council met on Monday. It approved the budget.");

        var report = ProvenanceTracker.Compute(history, 1);

        Assert.Same(history.GetRevision(1), report.Revision);
        Assert.Equal(["The council met on Monday.", "It approved the budget."], report.Sentences.Select(s => s.Text));
        Assert.Equal(11, report.Words.Count); // nine words and two full stops: every character but white space
        Assert.All(report.Sentences.Concat(report.Words), s => Assert.Equal(1, s.Origin.Number));
        Assert.All(report.Sentences.Concat(report.Words), s => Assert.Null(s.RestoredIn));
        Assert.Empty(report.Removed);
    }

    [Fact]
    public void Attributes_an_added_sentence_to_the_revision_and_editor_that_added_it()
    {
        var history = Build(
            "The council met on Monday.",
            "The council met on Monday. It approved the budget.");

        var report = ProvenanceTracker.Compute(history, 2);

        Assert.Equal([1, 2], report.Sentences.Select(s => s.Origin.Number));
        Assert.Equal("editor 2", report.Sentences[1].Origin.Editor);
        Assert.Equal(Start + Duration.FromHours(1), report.Sentences[1].Origin.At);
        Assert.Equal([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2], report.Words.Select(w => w.Origin.Number));
        Assert.Empty(report.Removed);
    }

    [Fact]
    public void Attributes_a_changed_word_and_its_sentence_to_the_revision_that_changed_them()
    {
        var history = Build(
            "The council met on Monday. It approved the budget.",
            "The council met on Friday. It approved the budget.");

        var report = ProvenanceTracker.Compute(history, 2);

        Assert.Equal([2, 1], report.Sentences.Select(s => s.Origin.Number));
        Assert.Equal(2, Word(report, "Friday").Origin.Number);
        Assert.All(report.Words.Where(w => w.Text != "Friday"), w => Assert.Equal(1, w.Origin.Number));
    }

    [Fact]
    public void Attributes_a_sentence_to_the_revision_that_last_changed_it()
    {
        var history = Build(
            "The council met on Monday.",
            "The council met on Friday.",
            "The council met on Friday. It approved the budget.",
            "The full council met on Friday. It approved the budget.");

        var report = ProvenanceTracker.Compute(history, 4);

        Assert.Equal([4, 3], report.Sentences.Select(s => s.Origin.Number));
        Assert.Equal(4, Word(report, "full").Origin.Number);
        Assert.Equal(2, Word(report, "Friday").Origin.Number);
        Assert.Equal(1, Word(report, "council").Origin.Number);
    }

    [Fact]
    public void Gives_words_that_a_revert_puts_back_their_first_origin()
    {
        var history = Build(
            "The council met on Monday and voted on Tuesday.",
            "The council met on Friday and voted on Sunday.",
            "The council met on Monday and voted on Sunday.");

        var report = ProvenanceTracker.Compute(history, 3);

        var monday = Word(report, "Monday");
        Assert.Equal(1, monday.Origin.Number);
        Assert.Equal(3, monday.RestoredIn?.Number);
        Assert.Equal(2, Word(report, "Sunday").Origin.Number);
        Assert.Null(Word(report, "Sunday").RestoredIn);
        // The sentence as a whole was never there before, so it belongs to the revision that made it.
        Assert.Equal(3, Assert.Single(report.Sentences).Origin.Number);
    }

    [Fact]
    public void Gives_a_sentence_that_a_revert_puts_back_its_first_origin()
    {
        var history = Build(
            "The bridge will close. Work starts on 3 March. Buses will run.",
            "The bridge will close. Work starts on 10 March. Buses will run.",
            "The bridge will close. Work starts on 3 March. Buses will run.");

        var report = ProvenanceTracker.Compute(history, 3);

        var restored = report.Sentences[1];
        Assert.Equal("Work starts on 3 March.", restored.Text);
        Assert.Equal(1, restored.Origin.Number);
        Assert.Equal(3, restored.RestoredIn?.Number);
        Assert.Equal(1, Word(report, "3").Origin.Number);
        Assert.Equal(3, Word(report, "3").RestoredIn?.Number);
        Assert.All(report.Words, w => Assert.Equal(1, w.Origin.Number));
    }

    [Fact]
    public void Gives_a_sentence_removed_and_put_back_revisions_later_its_first_origin()
    {
        var history = Build(
            "The council met on Monday. Officers presented the survey. The vote was unanimous.",
            "The council met on Monday. The vote was unanimous.",
            "The council met on Monday. The vote was unanimous. Work starts in March.",
            "The council met on Monday. Officers presented the survey. The vote was unanimous. Work starts in March.");

        var report = ProvenanceTracker.Compute(history, 4);

        Assert.Equal([1, 1, 1, 3], report.Sentences.Select(s => s.Origin.Number));
        Assert.Equal([null, 4, null, null], report.Sentences.Select(s => s.RestoredIn?.Number));
        Assert.All(Words(report, "Officers presented the survey"), w => Assert.Equal((1, 4), (w.Origin.Number, w.RestoredIn?.Number)));
    }

    [Fact]
    public void Gives_a_short_sentence_put_back_elsewhere_its_first_origin()
    {
        var history = Build(
            "Glory to Ukraine! The strike was precise.",
            "The strike was precise.",
            "The strike was precise. Glory to Ukraine!");

        var report = ProvenanceTracker.Compute(history, 3);

        Assert.Equal([(1, null), (1, 3)], report.Sentences.Select(s => (s.Origin.Number, s.RestoredIn?.Number)));
        Assert.All(Words(report, "Glory to Ukraine"), w => Assert.Equal((1, 3), (w.Origin.Number, w.RestoredIn?.Number)));
    }

    [Fact]
    public void Keeps_the_origin_of_a_moved_sentence()
    {
        var history = Build(
            "The council met on Monday. It approved the budget. Officers presented the bridge survey.",
            "The council met on Monday. It approved the whole budget. Officers presented the bridge survey.",
            "Officers presented the bridge survey. The council met on Monday. It approved the whole budget.");

        var report = ProvenanceTracker.Compute(history, 3);

        Assert.Equal("Officers presented the bridge survey.", report.Sentences[0].Text);
        Assert.Equal([1, 1, 2], report.Sentences.Select(s => s.Origin.Number));
        Assert.All(report.Sentences, s => Assert.Null(s.RestoredIn));
        Assert.All(Words(report, "Officers presented the bridge survey"), w => Assert.Equal(1, w.Origin.Number));
        Assert.Equal(2, Word(report, "whole").Origin.Number);
        Assert.Empty(report.Removed);
    }

    [Fact]
    public void Keeps_the_origin_of_a_moved_paragraph()
    {
        var history = Build(
            "Council approves repairs\n\nThe council approved the repairs on Monday.\n\nThe bridge opened in 1962 and was last refurbished in 1998.\n",
            "Council approves repairs\n\nThe council approved the repairs on Monday evening.\n\nThe bridge opened in 1962 and was last refurbished in 1998.\n",
            "Council approves repairs\n\nThe bridge opened in 1962 and was last refurbished in 1998.\n\nThe council approved the repairs on Monday evening.\n");

        var report = ProvenanceTracker.Compute(history, 3);

        Assert.Equal([1, 1, 2], report.Sentences.Select(s => s.Origin.Number));
        Assert.All(Words(report, "The bridge opened in 1962 and was last refurbished in 1998"), w => Assert.Equal(1, w.Origin.Number));
        Assert.Equal(2, Word(report, "evening").Origin.Number);
        Assert.Empty(report.Removed);
    }

    [Fact]
    public void Keeps_the_origins_of_a_paragraph_edited_as_it_moved()
    {
        var history = Build(
            "Council approves repairs\n\nThe council approved the repairs on Monday.\n\nThe bridge opened in 1962 and was last refurbished in 1998 by the city.\n",
            "Council approves repairs\n\nThe bridge opened in 1962 and was last refurbished in 2001 by the city.\n\nThe council approved the repairs on Monday.\n");

        var report = ProvenanceTracker.Compute(history, 2);

        Assert.Equal(2, Word(report, "2001").Origin.Number);
        Assert.All(Words(report, "The bridge opened in 1962"), w => Assert.Equal(1, w.Origin.Number));
        Assert.Equal(1, Word(report, "city").Origin.Number);
        var removed = Assert.Single(report.Removed);
        Assert.Equal(("1998", 1, 2), (removed.Text, removed.Origin.Number, removed.RemovedIn.Number));
    }

    [Fact]
    public void Keeps_a_short_sentence_moved_by_a_revision_out_of_what_it_removed()
    {
        // Too short for the diff to call a move: it sees "Yes." deleted at the start and inserted at the end.
        var history = Build(
            "Yes. No. Maybe so.",
            "No. Maybe so. Yes.");

        var report = ProvenanceTracker.Compute(history, 2);

        Assert.Equal(["No.", "Maybe so.", "Yes."], report.Sentences.Select(s => s.Text));
        Assert.All(report.Sentences.Concat(report.Words), s => Assert.Equal((1, null), (s.Origin.Number, s.RestoredIn?.Number)));
        Assert.Empty(report.Removed);
    }

    [Fact]
    public void Keeps_each_part_of_a_moved_word_with_its_own_restoring_revision()
    {
        // By character, "twofold" is "two" (written in 1, put back in 3) and "fold" (written in 4). Revision 5 moves
        // it by deleting and inserting it, so it comes back through the removed words; it must not tell "fold" that
        // revision 3 put it back, before revision 4 wrote it. Revision 6 splits the word to show each part's own origin.
        var history = Build(
            "one two three. one three.",
            "one three. one three.",
            "one two three. one three.",
            "one twofold three. one three.",
            "one three. one twofold three.",
            "one three. one two fold three.");
        var options = ProvenanceTracker.DefaultOptions with { Granularity = DiffGranularity.Character };

        var reports = ProvenanceTracker.ComputeAll(history, options).ToList();

        Assert.Equal((1, 3), (Word(reports[4], "twofold").Origin.Number, Word(reports[4], "twofold").RestoredIn?.Number));
        Assert.Equal((1, 3), (Word(reports[5], "two").Origin.Number, Word(reports[5], "two").RestoredIn?.Number));
        Assert.Equal((4, null), (Word(reports[5], "fold").Origin.Number, Word(reports[5], "fold").RestoredIn?.Number));
        Assert.All(reports, r => AssertConsistent(history, r));
    }

    [Fact]
    public void Matches_repeated_sentences_as_a_multiset()
    {
        var history = Build(
            "The vote was close. The mayor spoke. The vote was close.",
            "The vote was close. The mayor spoke. The vote was close. The vote was close.",
            "The mayor spoke. The vote was close. The vote was close.");

        var second = ProvenanceTracker.Compute(history, 2);
        var third = ProvenanceTracker.Compute(history, 3);

        Assert.Equal([1, 1, 1, 2], second.Sentences.Select(s => s.Origin.Number));
        Assert.Equal([.. Enumerable.Repeat(1, 14), 2, 2, 2, 2, 2], second.Words.Select(w => w.Origin.Number));
        Assert.Equal(2, third.Sentences.Count(s => s.Origin.Number == 1));
        Assert.Equal(1, third.Sentences.Count(s => s.Origin.Number == 2));
    }

    [Fact]
    public void Restores_each_copy_of_a_repeated_sentence_once()
    {
        var history = Build(
            "We agree. The vote was close. We agree.",
            "The vote was close.",
            "We agree. The vote was close. We agree. We agree.");

        var report = ProvenanceTracker.Compute(history, 3);

        Assert.Equal([1, 1, 1, 3], report.Sentences.Select(s => s.Origin.Number));
        Assert.Equal([3, null, 3, null], report.Sentences.Select(s => s.RestoredIn?.Number));
    }

    [Fact]
    public void Keeps_the_origin_of_each_copy_of_a_repeated_phrase()
    {
        var history = Build(
            "The red car passed the red bus.",
            "The red car passed the blue bus.",
            "The red car passed the blue bus and the red tram.");

        var report = ProvenanceTracker.Compute(history, 3);

        var reds = report.Words.Where(w => w.Text == "red").ToList();
        Assert.Equal([1, 3], reds.Select(w => w.Origin.Number));
        Assert.Equal(2, Word(report, "blue").Origin.Number);
        Assert.All(report.Words, w => Assert.Null(w.RestoredIn));
    }

    [Fact]
    public void Reports_removed_text_with_its_origin_its_remover_and_how_long_it_stood()
    {
        var history = ArticleHistory.Create(TestData.Article())
            .Append(new RevisionDraft("This strike is part of the new offensive operations.") { At = Instant.FromUtc(2025, 1, 7, 8, 12), Editor = "General Staff" }, TestData.Clock()).History
            .Append(new RevisionDraft("This strike is part of the operations.") { At = Instant.FromUtc(2025, 1, 7, 11, 47), Editor = "Press office" }, TestData.Clock()).History
            .Append(new RevisionDraft("This strike is part of the combat operations.") { At = Instant.FromUtc(2025, 1, 7, 12, 0) }, TestData.Clock()).History;

        var before = ProvenanceTracker.Compute(history, 1);
        var after = ProvenanceTracker.Compute(history, 3);

        Assert.Empty(before.Removed);
        var removed = Assert.Single(after.Removed);
        Assert.Equal("new offensive", removed.Text);
        Assert.Equal(27, removed.Start);
        Assert.Equal(1, removed.Origin.Number);
        Assert.Equal("General Staff", removed.Origin.Editor);
        Assert.Equal(2, removed.RemovedIn.Number);
        Assert.Equal("Press office", removed.RemovedIn.Editor);
        Assert.Equal(Duration.FromHours(3) + Duration.FromMinutes(35), removed.Survived);
        Assert.Equal(3, Word(after, "combat").Origin.Number);
    }

    [Fact]
    public void Reports_each_origin_of_removed_text_apart()
    {
        var history = Build(
            "The council met on Monday evening at the hall.",
            "The council met on Monday evening late at the hall.",
            "The council met at the hall.");

        var report = ProvenanceTracker.Compute(history, 3);

        Assert.Equal(
            [("on Monday evening", 1, 3), ("late", 2, 3)],
            report.Removed.Select(r => (r.Text, r.Origin.Number, r.RemovedIn.Number)));
        Assert.Equal([Duration.FromHours(2), Duration.FromHours(1)], report.Removed.Select(r => r.Survived));
    }

    [Fact]
    public void Keeps_origins_across_line_endings_and_curly_quotes_by_default()
    {
        var history = Build(
            "Council approves repairs\n\n\"We cannot wait,\" said the mayor. The council's vote was close.\n",
            "Council approves repairs\r\n\r\n“We cannot wait,” said the mayor. The council’s vote was close.\r\n");

        var report = ProvenanceTracker.Compute(history, 2);

        Assert.All(report.Sentences.Concat(report.Words), s => Assert.Equal(1, s.Origin.Number));
        Assert.Empty(report.Removed);
    }

    [Fact]
    public void Counts_curly_quotes_as_a_change_when_the_options_do()
    {
        var history = Build(
            "\"We cannot wait,\" said the mayor. The vote was close.",
            "“We cannot wait,” said the mayor. The vote was close.");

        var report = ProvenanceTracker.Compute(history, 2, DiffOptions.Default);

        Assert.Equal([2, 1], report.Sentences.Select(s => s.Origin.Number));
        Assert.All(report.Words.Where(w => w.Segment.Kind == SegmentKind.Word), w => Assert.Equal(1, w.Origin.Number));
        Assert.Equal(["“", "”"], report.Words.Where(w => w.Origin.Number == 2).Select(w => w.Text));
        Assert.Equal(["\"", "\""], report.Removed.Select(r => r.Text));
    }

    [Fact]
    public void Reports_on_every_revision_as_compute_does_for_each()
    {
        var history = Build(
            "The council met on Monday. It approved the budget.",
            "The council met on Friday. It approved the budget.",
            "It approved the budget. The council met on Monday.");

        var all = ProvenanceTracker.ComputeAll(history).ToList();

        Assert.Equal([1, 2, 3], all.Select(r => r.Revision.Number));
        foreach (var report in all)
        {
            var single = ProvenanceTracker.Compute(history, report.Revision.Number);
            Assert.Equal(single.Sentences, report.Sentences);
            Assert.Equal(single.Words, report.Words);
            Assert.Equal(single.Removed, report.Removed);
        }
    }

    [Fact]
    public void Reports_nothing_for_an_empty_history()
    {
        var history = ArticleHistory.Create(TestData.Article());

        var all = ProvenanceTracker.ComputeAll(history);

        Assert.Empty(all);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Rejects_a_revision_number_outside_the_history(int number)
    {
        var history = Build("One.", "Two.");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ProvenanceTracker.Compute(history, number));

        Assert.Equal("number", error.ParamName);
    }

    [Fact]
    public void Rejects_a_null_history()
    {
        // The null-forgiving operator is the point: callers without nullable analysis can still pass null.
        Assert.Throws<ArgumentNullException>(() => ProvenanceTracker.Compute(null!, 1));
        Assert.Throws<ArgumentNullException>(() => ProvenanceTracker.ComputeAll(null!));
    }

    /// <summary>A history of <paramref name="texts"/>, one an hour from <see cref="Start"/>, revision n by "editor n".</summary>
    private static ArticleHistory Build(params string[] texts)
    {
        var history = ArticleHistory.Create(TestData.Article());
        var clock = TestData.Clock();
        for (var i = 0; i < texts.Length; i++)
        {
            var draft = new RevisionDraft(texts[i]) { At = Start + Duration.FromHours(i), Editor = $"editor {i + 1}" };
            history = history.Append(draft, clock).History;
        }

        return history;
    }

    private static AttributedSegment Word(ProvenanceReport report, string text) =>
        Assert.Single(report.Words, w => w.Text == text);

    /// <summary>The words of the first place <paramref name="phrase"/> occurs in the report's revision.</summary>
    private static List<AttributedSegment> Words(ProvenanceReport report, string phrase)
    {
        var start = report.Revision.Text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{phrase}' is not in revision {report.Revision.Number}.");
        var words = report.Words.Where(w => w.Segment.Start >= start && w.Segment.End <= start + phrase.Length).ToList();
        Assert.NotEmpty(words);
        return words;
    }
}
