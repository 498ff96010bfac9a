using ArticleRevisions.Capture.Archives;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Capture.Fetching;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using ArticleRevisions.Testing;
using NodaTime;
using NodaTime.Testing;

namespace ArticleRevisions.Capture.Tests.Archives;

public sealed class WaybackImporterTests : IDisposable
{
    private const string Page = "https://gazette.example/news/bridge";
    private readonly TempDirectory folder = new();
    private readonly FakeClock clock = new(Instant.FromUtc(2026, 1, 1, 0, 0));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Every_distinct_capture_becomes_a_revision_observed_at_its_capture_time_with_the_archive_url_as_source()
    {
        using var archive = Archive();
        var history = NewHistory();

        var steps = await Importer(archive).ImportAsync(history, new Uri(Page), null, cancellationToken: TestContext.Current.CancellationToken);

        var revisions = HistoryFile.Read(history).Revisions;
        Assert.Equal(3, steps.Length);
        Assert.Equal([CaptureOutcome.Added, CaptureOutcome.Added, CaptureOutcome.Unchanged], steps.Select(s => s.Outcome));
        Assert.Equal(2, revisions.Count);
        Assert.Equal(Instant.FromUtc(2025, 2, 11, 21, 0), revisions[0].At);
        Assert.Equal(Instant.FromUtc(2025, 2, 11, 21, 0), revisions[0].ObservedAt);
        Assert.Equal(Instant.FromUtc(2025, 2, 12, 9, 30), revisions[1].At);
        Assert.Equal(archive.Url("/web/20250212093000/" + Page), revisions[1].Source);
        Assert.Contains("6.8", revisions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adjacent_duplicate_digests_are_fetched_once()
    {
        using var archive = Archive();
        var history = NewHistory();

        await Importer(archive).ImportAsync(history, new Uri(Page), null, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, archive.Requests.Count(r => r.PathAndQuery.Contains("id_/", StringComparison.Ordinal)));
        Assert.Contains(archive.Requests, r => r.PathAndQuery.Contains("collapse=digest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_interrupted_import_resumes_after_the_last_capture_it_handled()
    {
        using var archive = Archive();
        var history = NewHistory();
        var importer = Importer(archive);
        using var stop = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => importer.ImportAsync(history, new Uri(Page), null, step => stop.Cancel(), stop.Token));
        var resumed = await Importer(archive).ImportAsync(history, new Uri(Page), null, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, resumed.Length);
        Assert.Equal(2, HistoryFile.Read(history).Count);
    }

    private WaybackImporter Importer(LocalServer archive) =>
        new(new PageFetcher(null, clock), clock, new WaybackOptions { Archive = archive.Url("/"), RequestsPerMinute = 6000 });

    private string NewHistory()
    {
        var path = folder.File("bridge.jsonl");
        HistoryFile.Create(path, new Article("bridge", "Bridge", DateTimeZone.Utc, "en", new Uri(Page)));
        return path;
    }

    private static LocalServer Archive()
    {
        // Four rows, two adjacent with the same digest (as an archive that ignores collapse would send), the last a new digest with the same text.
        var index = $$"""
            [["timestamp","original","digest"],
             ["20250211210000","{{Page}}","AAAA"],
             ["20250211220000","{{Page}}","AAAA"],
             ["20250212093000","{{Page}}","BBBB"],
             ["20250212120000","{{Page}}","CCCC"]]
            """;
        return new LocalServer(c =>
        {
            var path = c.Request.Url!.PathAndQuery;
            if (path.StartsWith("/cdx/search/cdx", StringComparison.Ordinal))
            {
                return LocalServer.Write(c, index, "application/json");
            }

            var amount = path.Contains("/20250211", StringComparison.Ordinal) ? "4.2" : "6.8";
            var ad = path.Contains("/20250212120000", StringComparison.Ordinal) ? "<aside class='ad'>new advert</aside>" : string.Empty;
            return LocalServer.Write(c, Pages.Article("Bridge", Pages.First.Replace("4.2", amount, StringComparison.Ordinal), Pages.Second) + ad);
        });
    }
}
