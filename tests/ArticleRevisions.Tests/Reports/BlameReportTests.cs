using ArticleRevisions.Reports;

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
}
