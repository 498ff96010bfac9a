using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Capture.Fetching;
using ArticleRevisions.Capture.Rendering;
using ArticleRevisions.Capture.Watching;
using ArticleRevisions.Model;
using ArticleRevisions.Rendering;
using ArticleRevisions.Storage;
using ArticleRevisions.Testing;
using NodaTime;
using NodaTime.Testing;

namespace ArticleRevisions.Capture.Tests.Watching;

public sealed class WatchListingTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_listing_reads_each_pages_revisions_and_state_from_its_history_and_a_feed_has_neither()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 2, 12, 10, 0));
        var status = 200;
        using var server = new LocalServer(c => status == 200 ? LocalServer.Write(c, Pages.Article("Bridge", Pages.First)) : Task.Run(() => LocalServer.Status(c, status)));
        WatchListFile.Update(folder.Path, l => l
            .Add(new WatchSource("gazette", server.Url("/feed.xml"), WatchSourceKind.Feed, Duration.FromHours(1)))
            .Add(new WatchSource("bridge", server.Url("/bridge"), WatchSourceKind.Page, Duration.FromMinutes(15)))
            .Add(new WatchSource("ferry", server.Url("/ferry"), WatchSourceKind.Page, Duration.FromMinutes(15))));
        var bridge = folder.File("bridge.jsonl");
        HistoryFile.Create(bridge, new Article("bridge", "Bridge", DateTimeZone.Utc, "en", server.Url("/bridge")));
        using var fetcher = new PageFetcher(null, clock);
        await new PageCapturer(fetcher, clock).CaptureAsync(bridge, cancellationToken: TestContext.Current.CancellationToken);
        status = 410;
        clock.Advance(Duration.FromHours(1));
        await new PageCapturer(fetcher, clock).CaptureAsync(bridge, cancellationToken: TestContext.Current.CancellationToken);

        var listing = WatchListing.Read(folder.Path);
        var text = new WatchListTextRenderer().RenderToString(listing);

        Assert.Equal([(null, false), (1, true), (0, false)], listing.Entries.Select(e => (e.Revisions, e.State?.Gone ?? false)));
        Assert.Null(listing.Entries[0].State);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id       kind  every  revisions  state          url", lines[0]);
        Assert.Equal($"gazette  feed  1h     -          feed           {server.Url("/feed.xml")}", lines[1]);
        Assert.Equal($"bridge   page  15m    1          gone           {server.Url("/bridge")}", lines[2]);
        Assert.Equal($"ferry    page  15m    0          never checked  {server.Url("/ferry")}", lines[3]);
    }
}
