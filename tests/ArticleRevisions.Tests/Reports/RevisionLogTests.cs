using ArticleRevisions.Classification;
using ArticleRevisions.Reports;
using NodaTime;

namespace ArticleRevisions.Tests.Reports;

public class RevisionLogTests
{
    [Fact]
    public void Joins_each_revision_with_its_own_timing_and_classification()
    {
        var history = TestData.History("The council met.", "The council met on Monday.", "The council met on Monday!");

        var log = RevisionLog.Create(history);

        Assert.Equal(3, log.RevisionCount);
        Assert.Equal(history.Revisions.Select(RevisionSummary.Of), log.Entries.Select(e => e.Revision));
        Assert.Equal([EditVerdict.Original, EditVerdict.Substantive, EditVerdict.Cosmetic], log.Entries.Select(e => e.Classification.Verdict));
        Assert.Equal(Duration.FromMinutes(30), log.Entries[1].Timing.SincePrevious);
    }

    [Fact]
    public void Lists_only_the_revisions_the_filter_lets_through_keeping_the_whole_history_count()
    {
        var history = TestData.History("The council met.", "The council met on Monday.", "The council met on Monday!");
        var second = history.GetRevision(2).At;

        var since = RevisionLog.Create(history, new LogFilter { Since = second });
        var until = RevisionLog.Create(history, new LogFilter { Until = second });
        var substantive = RevisionLog.Create(history, new LogFilter { SubstantiveOnly = true });

        Assert.Equal([2, 3], since.Entries.Select(e => e.Revision.Number));
        Assert.Equal([1, 2], until.Entries.Select(e => e.Revision.Number));
        Assert.Equal([2], substantive.Entries.Select(e => e.Revision.Number));
        Assert.Equal(3, substantive.RevisionCount);
    }

    [Fact]
    public void Refuses_a_filter_that_ends_before_it_starts()
    {
        var history = TestData.History("The council met.", "The council met on Monday.");
        var filter = new LogFilter { Since = history.GetRevision(2).At, Until = history.GetRevision(1).At };

        var e = Assert.Throws<ArticleRevisions.Timeline.TimeRangeException>(() => RevisionLog.Create(history, filter));

        Assert.Equal((filter.Since, filter.Until), (e.Start, e.End));
    }

    [Fact]
    public void An_entry_describes_its_revision_without_its_text()
    {
        var history = TestData.History("The council met.", "The council met on Monday.");
        var second = history.GetRevision(2);

        var entry = RevisionEntry.ForHistory(history)[1];

        Assert.Equal(new RevisionSummary(2, second.At, second.ObservedAt, second.Title, second.Editor, second.Note, second.Hash), entry.Revision);
        Assert.Equal(RevisionFacts.Of(EditClassifier.Classify(history.GetRevision(1), second)), entry.Classification);
    }
}
