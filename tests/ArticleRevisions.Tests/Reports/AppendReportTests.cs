using ArticleRevisions.Model;
using ArticleRevisions.Reports;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Tests.Reports;

public class AppendReportTests
{
    [Fact]
    public void Appends_and_counts_the_words_the_revision_changed()
    {
        using var dir = new TempDirectory();
        var file = HistoryFile.Create(Path.Combine(dir.Path, "h.jsonl"), TestData.Article());
        var clock = TestData.Clock();
        AppendReport.AppendTo(file, new RevisionDraft("Ukraine launched new offensive operations."), clock);
        clock.Advance(NodaTime.Duration.FromHours(1));

        var report = AppendReport.AppendTo(file, new RevisionDraft("Ukraine conducts combat operations."), clock);

        Assert.Equal(AppendOutcome.Appended, report.Result.Outcome);
        Assert.Equal(2, HistoryFile.Read(file.Path).Count);
        Assert.Equal((2, 3), (report.Change!.WordsAdded, report.Change.WordsRemoved));
    }

    [Fact]
    public void Says_nothing_changed_when_the_text_equals_the_latest()
    {
        using var dir = new TempDirectory();
        var file = HistoryFile.Create(Path.Combine(dir.Path, "h.jsonl"), TestData.Article());
        AppendReport.AppendTo(file, new RevisionDraft("Same."), TestData.Clock());

        var report = AppendReport.AppendTo(file, new RevisionDraft("Same."), TestData.Clock());

        Assert.Equal(AppendOutcome.UnchangedText, report.Result.Outcome);
        Assert.Null(report.Change);
    }

    [Fact]
    public void Refuses_a_draft_dated_in_the_future_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var file = HistoryFile.Create(Path.Combine(dir.Path, "h.jsonl"), TestData.Article());
        var clock = TestData.Clock();
        var before = File.ReadAllBytes(file.Path);
        var draft = new RevisionDraft("From the future.") { At = clock.GetCurrentInstant() + NodaTime.Duration.FromDays(365 * 5) };

        var e = Assert.Throws<FutureTimeException>(() => AppendReport.AppendTo(file, draft, clock));

        Assert.Equal(nameof(RevisionDraft.At), e.PropertyName);
        Assert.Equal(clock.GetCurrentInstant(), e.Now);
        Assert.Equal(before, File.ReadAllBytes(file.Path));
    }
}
