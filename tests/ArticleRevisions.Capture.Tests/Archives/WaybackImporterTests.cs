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
    public async Task An_interrupted_import_keeps_what_it_fetched_and_resumes_after_it()
    {
        using var stop = new CancellationTokenSource();
        // The stop comes while the second capture is being fetched: the first is written, the rest is left for later.
        using var archive = Archive(path => path.Contains("/20250212093000id_/", StringComparison.Ordinal), stop.Cancel);
        var history = NewHistory();
        var reported = new List<ArchiveStep>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Importer(archive).ImportAsync(history, new Uri(Page), null, reported.Add, stop.Token));
        var afterStop = HistoryFile.Read(history);
        var resumed = await Importer(archive).ImportAsync(history, new Uri(Page), null, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([CaptureOutcome.Added], reported.Select(s => s.Outcome));
        Assert.Equal(1, afterStop.Count);
        Assert.Equal("20250211210000", afterStop.GetRevision(1).Attributes["wayback.timestamp"]);
        Assert.Equal([CaptureOutcome.Added, CaptureOutcome.Unchanged], resumed.Select(s => s.Outcome));
        Assert.Equal(2, HistoryFile.Read(history).Count);
    }

    [Fact]
    public async Task The_revisions_of_an_import_are_written_with_their_archive_facts_and_raw_pages()
    {
        using var archive = Archive();
        var history = NewHistory();

        await Importer(archive).ImportAsync(history, new Uri(Page), null, cancellationToken: TestContext.Current.CancellationToken);

        var file = HistoryFile.Open(history);
        var second = file.GetRevision(2);
        Assert.Equal(("20250212093000", "BBBB"), (second.Attributes["wayback.timestamp"], second.Attributes["wayback.digest"]));
        Assert.Contains("6.8", System.Text.Encoding.UTF8.GetString(file.RawSources.Get(second.RawSource!)), StringComparison.Ordinal);
        Assert.True(file.History.Verify().IsValid);
    }

    [Fact]
    public async Task An_import_into_a_new_history_creates_it_with_its_first_revision_and_keeps_every_raw_page()
    {
        using var archive = Archive();
        var history = folder.File("bridge.jsonl");

        var steps = await Importer(archive).ImportAsync(history, Article, new Uri(Page), null, cancellationToken: TestContext.Current.CancellationToken);

        var file = HistoryFile.Open(history);
        Assert.Equal([CaptureOutcome.Added, CaptureOutcome.Added, CaptureOutcome.Unchanged], steps.Select(s => s.Outcome));
        Assert.Equal("bridge", file.Article.Id);
        Assert.Equal(2, file.Count);
        Assert.Contains("4.2", System.Text.Encoding.UTF8.GetString(file.RawSources.Get(file.GetRevision(1).RawSource!)), StringComparison.Ordinal);
        Assert.Contains("6.8", System.Text.Encoding.UTF8.GetString(file.RawSources.Get(file.GetRevision(2).RawSource!)), StringComparison.Ordinal);
        Assert.Equal(file.GetRevision(2).RawSource, PageCapturer.ReadState(history).Raw);
        Assert.True(file.History.Verify().IsValid);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_import_into_a_new_history_ignores_the_progress_left_by_a_deleted_one()
    {
        using var archive = Archive();
        var history = folder.File("bridge.jsonl");
        await Importer(archive).ImportAsync(history, Article, new Uri(Page), null, cancellationToken: TestContext.Current.CancellationToken);
        File.Delete(history); // the user deletes the history; the capture folder beside it, with its progress, stays

        var steps = await Importer(archive).ImportAsync(history, Article, new Uri(Page), null, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([CaptureOutcome.Added, CaptureOutcome.Added, CaptureOutcome.Unchanged], steps.Select(s => s.Outcome));
        Assert.Equal(2, HistoryFile.Open(history).Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(200)]
    public async Task An_import_into_a_new_history_whose_only_capture_fails_leaves_nothing_behind(int status)
    {
        // 500: the capture cannot be fetched; 200: it holds no article text.
        using var archive = new LocalServer(c =>
        {
            if (c.Request.Url!.AbsolutePath.StartsWith("/cdx/", StringComparison.Ordinal))
            {
                return LocalServer.Write(c, $"[[\"timestamp\",\"original\",\"digest\"],[\"20250211210000\",\"{Page}\",\"AAAA\"]]", "application/json");
            }

            if (status != 200)
            {
                LocalServer.Status(c, status);
                return Task.CompletedTask;
            }

            return LocalServer.Write(c, "<html><body></body></html>");
        });
        var history = folder.File("bridge.jsonl");

        var steps = await Importer(archive).ImportAsync(history, Article, new Uri(Page), null, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(status == 200 ? CaptureOutcome.Broken : CaptureOutcome.Failed, Assert.Single(steps).Outcome);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task An_import_into_a_new_history_whose_first_capture_fails_creates_it_with_the_next_and_resumes_after_both()
    {
        using var archive = Archive(path => path.Contains("/20250211210000id_/", StringComparison.Ordinal), fail: true);
        var history = folder.File("bridge.jsonl");

        var steps = await Importer(archive).ImportAsync(history, Article, new Uri(Page), null, cancellationToken: TestContext.Current.CancellationToken);
        var again = await Importer(archive).ImportAsync(history, new Uri(Page), null, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([CaptureOutcome.Failed, CaptureOutcome.Added, CaptureOutcome.Unchanged], steps.Select(s => s.Outcome));
        var revision = Assert.Single(HistoryFile.Read(history).Revisions);
        Assert.Equal("20250212093000", revision.Attributes["wayback.timestamp"]);
        Assert.Empty(again);
    }

    private WaybackImporter Importer(LocalServer archive) =>
        new(new PageFetcher(null, clock), clock, new WaybackOptions { Archive = archive.Url("/"), RequestsPerMinute = 6000 });

    private static Article Article => new("bridge", "Bridge", DateTimeZone.Utc, "en", new Uri(Page));

    private string NewHistory()
    {
        var path = folder.File("bridge.jsonl");
        HistoryFile.Create(path, Article);
        return path;
    }

    private static LocalServer Archive(Func<string, bool>? when = null, Action? then = null, bool fail = false)
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

            if (when?.Invoke(path) == true)
            {
                then?.Invoke();
                if (fail)
                {
                    LocalServer.Status(c, 500);
                    return Task.CompletedTask;
                }
            }

            var amount = path.Contains("/20250211", StringComparison.Ordinal) ? "4.2" : "6.8";
            var ad = path.Contains("/20250212120000", StringComparison.Ordinal) ? "<aside class='ad'>new advert</aside>" : string.Empty;
            return LocalServer.Write(c, Pages.Article("Bridge", Pages.First.Replace("4.2", amount, StringComparison.Ordinal), Pages.Second) + ad);
        });
    }
}
