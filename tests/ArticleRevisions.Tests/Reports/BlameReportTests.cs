using ArticleRevisions.Reports;
using ArticleRevisions.Rendering;

namespace ArticleRevisions.Tests.Reports;

public class BlameReportTests
{
    [Fact]
    public void Groups_consecutive_words_of_one_origin_into_runs()
    {
        var history = TestData.History("The council voted on Monday.", "The council narrowly voted on Monday.");

        var report = BlameReport.Create(history, granularity: BlameGranularity.Word);

        Assert.Equal(
            [("The council", 1), ("narrowly", 2), ("voted on Monday.", 1)],
            report.Runs.Select(r => (r.Text, r.Origin.Number)));
        Assert.Equal(7, report.Segments.Count); // six words and the full stop
        Assert.Equal(report.Provenance.Words, report.Segments);
    }

    [Fact]
    public void Shows_each_sentence_as_its_own_run_at_sentence_granularity()
    {
        var history = TestData.History("One. Two.", "One. Two. Three.");

        var report = BlameReport.Create(history, revisionNumber: 2);

        Assert.Equal([("One.", 1), ("Two.", 1), ("Three.", 2)], report.Runs.Select(r => (r.Text, r.Origin.Number)));
        Assert.Equal(report.Provenance.Sentences, report.Segments);
        Assert.Equal(2, report.Revision.Number);
    }

    [Fact]
    public void Refuses_a_revision_the_history_does_not_have()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BlameReport.Create(TestData.History("a"), revisionNumber: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => BlameReport.Create(TestData.History()));
    }

    [Fact]
    public void Word_runs_never_reach_across_a_paragraph_break()
    {
        var history = TestData.History("The council voted.\n\nThe bridge will close.", "The council voted.\n\nThe bridge will close. Buses will run.");

        var report = BlameReport.Create(history, granularity: BlameGranularity.Word);

        Assert.Equal(
            [("The council voted.", 1), ("The bridge will close.", 1), ("Buses will run.", 2)],
            report.Runs.Select(r => (r.Text, r.Origin.Number)));
    }

    [Fact]
    public void Word_runs_keep_their_punctuation_the_currency_sign_and_the_final_full_stop()
    {
        var history = TestData.History("The repairs cost £4.2 million.", "The repairs cost £6.8 million.");

        var report = BlameReport.Create(history, granularity: BlameGranularity.Word);

        Assert.Equal([("The repairs cost £", 1), ("6.8", 2), ("million.", 1)], report.Runs.Select(r => (r.Text, r.Origin.Number)));
    }

    [Fact]
    public void Text_a_revert_put_back_is_not_listed_as_removed_and_is_marked_restored_in_its_own_column()
    {
        var history = TestData.History(
            "The bridge will close on 3 March.",
            "The bridge will close on 10 March.",
            "The bridge will close on 3 March.");

        var report = BlameReport.Create(history, granularity: BlameGranularity.Word);
        var text = new TextBlameRenderer().RenderToString(report);
        var markdown = new MarkdownBlameRenderer().RenderToString(report);

        Assert.Equal([("10", 2, 3)], report.Provenance.Removed.Select(r => (r.Text, r.Origin.Number, r.RemovedIn.Number)));
        var restored = Assert.Single(report.Runs, r => r.RestoredIn is not null);
        Assert.Equal(("3", 1, 3), (restored.Text, restored.Origin.Number, restored.RestoredIn!.Number));
        Assert.Contains("  restored in r3  3\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(restored", text, StringComparison.Ordinal);
        Assert.Contains("| revision | introduced | editor | restored in | text |", markdown, StringComparison.Ordinal);
        Assert.Contains("| r3 | 3 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_revert_there_is_no_restored_column()
    {
        var history = TestData.History("One. Two.", "One. Two. Three.");

        var markdown = new MarkdownBlameRenderer().RenderToString(BlameReport.Create(history));

        Assert.Contains("| revision | introduced | editor | text |", markdown, StringComparison.Ordinal);
    }
}
