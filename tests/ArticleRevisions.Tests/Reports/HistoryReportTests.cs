using ArticleRevisions.Reports;
using ArticleRevisions.Storage;
using ArticleRevisions.Tests.Publishing;
using NodaTime;

namespace ArticleRevisions.Tests.Reports;

public class HistoryReportTests
{
    [Fact]
    public void Finds_the_stealth_edit_the_revert_and_the_outage()
    {
        using var temp = new TempDirectory();
        var history = HistoryFile.Open(ShowcaseHistory.Write(temp.Path)).History;

        var report = HistoryReport.Create(history);

        Assert.Equal(5, report.Revisions.Length);
        Assert.Equal([3], report.Revisions.Where(r => r.IsStealthEdit).Select(r => r.Revision.Number));
        Assert.Equal(2, report.Revisions[3].Restores);
        Assert.Equal(3, report.SubstantiveCount);
        Assert.Equal(1, report.CosmeticCount);
        Assert.Equal(1, report.RevertCount);
        var outage = Assert.Single(report.Outages);
        Assert.Equal(report.Events[1].Event, outage.Returned);
        Assert.Equal(new Interval(Instant.FromUtc(2025, 3, 1, 9, 0), Instant.FromUtc(2025, 3, 3, 10, 0)), report.Span);
    }

    [Fact]
    public void Orders_a_collection_by_its_latest_substantive_edit()
    {
        using var temp = new TempDirectory();
        var later = HistoryReport.Create(HistoryFile.Open(ShowcaseHistory.Write(temp.Path, "later")).History);
        var quiet = HistoryReport.Create(HistoryFile.Open(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "fixtures", "harbour-bridge", "history.jsonl")).History);

        var index = CollectionIndex.Create("news", [CollectionEntry.From("quiet", quiet), CollectionEntry.From("later", later)]);

        Assert.Equal(["later", "quiet"], index.Entries.Select(e => e.Name));
        Assert.Equal(later.LastSubstantiveEdit, index.Entries[0].LastSubstantiveEdit);
    }
}
