using System.Collections.Concurrent;
using System.Text;
using System.Xml.Linq;
using ArticleRevisions.Capture.Alerts;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Capture.Fetching;
using ArticleRevisions.Capture.Watching;
using ArticleRevisions.Storage;
using ArticleRevisions.Testing;
using NodaTime;
using NodaTime.Testing;

namespace ArticleRevisions.Capture.Tests.Watching;

public sealed class WatcherTests : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly FakeClock clock = new(Instant.FromUtc(2025, 2, 12, 10, 0));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_feed_that_gains_entries_adds_each_new_page_as_an_article_and_captures_it()
    {
        var entries = new List<string> { "/news/bridge" };
        using var server = new LocalServer(c => c.Request.Url!.AbsolutePath switch
        {
            "/feed.xml" => LocalServer.Write(c, Rss(entries), "application/rss+xml"),
            var path => LocalServer.Write(c, Pages.Article(path, Pages.First, Pages.Second)),
        });
        WatchListFile.Update(folder.Path, l => l.Add(new WatchSource("gazette", server.Url("/feed.xml"), WatchSourceKind.Feed, Duration.FromMinutes(15))));
        var report = new Recorder();

        var first = await Watcher(server).RunOnceAsync(report, TestContext.Current.CancellationToken);
        entries.Add("/news/ferry");
        clock.Advance(Duration.FromMinutes(20));
        var second = await Watcher(server).RunOnceAsync(report, TestContext.Current.CancellationToken);

        Assert.Equal(1, first.NewArticles);
        Assert.Equal(1, second.NewArticles);
        var list = WatchListFile.Load(folder.Path);
        Assert.Equal(["gazette", "bridge", "ferry"], list.Sources.Select(s => s.Id));
        Assert.Equal("gazette", list.Find("ferry")!.Feed);
        Assert.Single(HistoryFile.Read(folder.File("ferry.jsonl")).Revisions);
        Assert.Single(HistoryFile.Read(folder.File("bridge.jsonl")).Revisions);
    }

    [Fact]
    public async Task A_substantive_edit_raises_an_alert_in_the_atom_feed_and_at_the_webhook_with_the_same_json()
    {
        var amount = "4.2";
        var posted = new ConcurrentQueue<string>();
        using var server = new LocalServer(async c =>
        {
            if (c.Request.HttpMethod == "POST")
            {
                posted.Enqueue(await new StreamReader(c.Request.InputStream, Encoding.UTF8).ReadToEndAsync());
                LocalServer.Status(c, 204);
                return;
            }

            await LocalServer.Write(c, Pages.Article("Bridge", Pages.First.Replace("4.2", amount, StringComparison.Ordinal), Pages.Second));
        });
        WatchListFile.Update(folder.Path, l => l.Add(new WatchSource("bridge", server.Url("/a"), WatchSourceKind.Page, Duration.FromMinutes(15))) with
        {
            Alerts = new AlertSettings { Webhook = server.Url("/hook") },
        });
        await Watcher(server).RunOnceAsync(new Recorder(), TestContext.Current.CancellationToken);
        amount = "6.8";
        clock.Advance(Duration.FromMinutes(15));

        var round = await Watcher(server).RunOnceAsync(new Recorder(), TestContext.Current.CancellationToken);

        Assert.Equal(1, round.Alerts);
        var feed = XDocument.Load(folder.File(AlertLog.FeedFileName));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.StartsWith("Stealth edit: Bridge", entry.Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains("[-4.2-]{+6.8+}", entry.Element(atom + "content")!.Value, StringComparison.Ordinal);
        var json = Assert.Single(posted);
        Assert.Contains("\"schema\":\"artrev-alert\"", json, StringComparison.Ordinal);
        Assert.Contains("\"stealth\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"revision\":2", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phrase_filter_keeps_quiet_about_edits_that_do_not_touch_the_phrase()
    {
        var amount = "4.2";
        using var server = new LocalServer(c => LocalServer.Write(c, Pages.Article("Bridge", Pages.First.Replace("4.2", amount, StringComparison.Ordinal), Pages.Second)));
        WatchListFile.Update(folder.Path, l => l.Add(new WatchSource("bridge", server.Url("/a"), WatchSourceKind.Page, Duration.FromMinutes(15))) with
        {
            Alerts = new AlertSettings { Phrases = ["shuttle bus"] },
        });
        await Watcher(server).RunOnceAsync(new Recorder(), TestContext.Current.CancellationToken);
        amount = "6.8";
        clock.Advance(Duration.FromMinutes(15));

        var round = await Watcher(server).RunOnceAsync(new Recorder(), TestContext.Current.CancellationToken);

        Assert.Equal(1, round.Changed);
        Assert.Equal(0, round.Alerts);
        Assert.False(File.Exists(folder.File(AlertLog.FeedFileName)));
    }

    [Fact]
    public async Task A_page_that_stopped_changing_is_checked_less_and_less_often()
    {
        using var server = new LocalServer(c => LocalServer.Write(c, Pages.Article("Bridge", Pages.First, Pages.Second)));
        WatchListFile.Update(folder.Path, l => l.Add(new WatchSource("bridge", server.Url("/a"), WatchSourceKind.Page, Duration.FromMinutes(15))));
        var gaps = new List<Duration>();

        for (var i = 0; i < 6; i++)
        {
            var round = await Watcher(server).RunOnceAsync(new Recorder(), TestContext.Current.CancellationToken);
            gaps.Add(round.NextDue!.Value - clock.GetCurrentInstant());
            clock.Reset(round.NextDue!.Value);
        }

        Assert.Equal([15, 15, 30, 30, 60, 60], gaps.Select(g => (int)g.TotalMinutes));
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task Never_more_than_one_request_at_a_time_to_one_host()
    {
        var inFlight = 0;
        var most = 0;
        using var server = new LocalServer(async c =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(30);
            Interlocked.Decrement(ref inFlight);
            await LocalServer.Write(c, Pages.Article(c.Request.Url!.AbsolutePath, Pages.First, Pages.Second));
        });
        WatchListFile.Update(folder.Path, l => Enumerable.Range(1, 8).Aggregate(l, (list, n) => list.Add(new WatchSource($"p{n}", server.Url($"/p{n}"), WatchSourceKind.Page, Duration.FromMinutes(15)))));

        var round = await Watcher(server).RunOnceAsync(new Recorder(), TestContext.Current.CancellationToken);

        Assert.Equal(8, round.Checked);
        Assert.Equal(1, most);
    }

    [Fact]
    public async Task A_feed_that_fails_is_reported_counted_and_tried_again_after_its_interval_without_touching_the_watch_list()
    {
        using var server = new LocalServer(c => c.Request.Url!.AbsolutePath switch
        {
            "/down.xml" => Task.Run(() => LocalServer.Status(c, 500)),
            _ => LocalServer.Write(c, "<rss version=\"2.0\"><channel><item><link>/news/a</link>", "application/rss+xml"),
        });
        WatchListFile.Update(folder.Path, l => l
            .Add(new WatchSource("down", server.Url("/down.xml"), WatchSourceKind.Feed, Duration.FromMinutes(15)))
            .Add(new WatchSource("torn", server.Url("/torn.xml"), WatchSourceKind.Feed, Duration.FromMinutes(15))));
        var before = File.ReadAllBytes(folder.File(WatchListFile.FileName));
        var report = new Recorder();

        var round = await Watcher(server).RunOnceAsync(report, TestContext.Current.CancellationToken);
        var again = await Watcher(server).RunOnceAsync(new Recorder(), TestContext.Current.CancellationToken);

        Assert.Equal((2, 2, 0), (round.Checked, round.Failed, round.NewArticles));
        Assert.All(report.Events, e => Assert.Equal(WatchEventKind.FeedFailed, e.Kind));
        Assert.Equal("feed failed: HTTP 500 Internal Server Error", Assert.Single(report.Events, e => e.SourceId == "down").Message);
        Assert.StartsWith("feed failed: " + server.Url("/torn.xml") + ": not an RSS or Atom feed (", Assert.Single(report.Events, e => e.SourceId == "torn").Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(folder.File(WatchListFile.FileName)));
        Assert.Equal(clock.GetCurrentInstant() + Duration.FromMinutes(15), round.NextDue);
        Assert.Equal(0, again.Checked);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_page_whose_first_check_fails_gets_no_history_only_its_schedule_and_its_history_comes_with_its_first_revision()
    {
        var up = false;
        using var server = new LocalServer(c =>
        {
            if (!up)
            {
                LocalServer.Status(c, 500);
                return Task.CompletedTask;
            }

            return LocalServer.Write(c, Pages.Article("Bridge", Pages.First));
        });
        WatchListFile.Update(folder.Path, l => l.Add(new WatchSource("bridge", server.Url("/a"), WatchSourceKind.Page, Duration.FromMinutes(15))));
        var history = folder.File("bridge.jsonl");
        var start = clock.GetCurrentInstant();

        var failed = await Watcher(server).RunOnceAsync(new Recorder(), TestContext.Current.CancellationToken);
        var notYetDue = await Watcher(server).RunOnceAsync(new Recorder(), TestContext.Current.CancellationToken);
        var listed = Assert.Single(WatchListing.Read(folder.Path).Entries);
        Assert.All(HistoryFile.SidecarPaths(history).Append(history), p => Assert.False(Path.Exists(p), p));
        up = true;
        clock.Advance(Duration.FromMinutes(15));
        var recovered = await Watcher(server).RunOnceAsync(new Recorder(), TestContext.Current.CancellationToken);

        Assert.Equal((1, 1), (failed.Checked, failed.Failed));
        Assert.Equal(start + Duration.FromMinutes(15), failed.NextDue);
        Assert.Equal(0, notYetDue.Checked);
        Assert.Equal(0, listed.Revisions);
        Assert.Equal(start, listed.State?.LastCheck);
        Assert.Equal((1, 1), (recovered.Checked, recovered.Changed));
        Assert.Single(HistoryFile.Read(history).Revisions);
    }

    [Fact]
    public async Task A_webhook_that_fails_is_reported_and_the_alert_stays_in_the_atom_feed()
    {
        var amount = "4.2";
        using var server = new LocalServer(c => c.Request.HttpMethod == "POST"
            ? Task.Run(() => LocalServer.Status(c, 503))
            : LocalServer.Write(c, Pages.Article("Bridge", Pages.First.Replace("4.2", amount, StringComparison.Ordinal), Pages.Second)));
        var closedPort = new Uri($"http://127.0.0.1:{ClosedPort()}/hook");
        WatchListFile.Update(folder.Path, l => l
            .Add(new WatchSource("bridge", server.Url("/bridge"), WatchSourceKind.Page, Duration.FromMinutes(15)))
            .Add(new WatchSource("ferry", server.Url("/ferry"), WatchSourceKind.Page, Duration.FromMinutes(15))) with
        {
            Alerts = new AlertSettings { Webhook = server.Url("/hook") },
        });
        await Watcher(server).RunOnceAsync(new Recorder(), TestContext.Current.CancellationToken);
        amount = "6.8";
        clock.Advance(Duration.FromMinutes(15));
        var refused = new Recorder();
        var unreachable = new Recorder();

        var round = await Watcher(server).RunOnceAsync(refused, TestContext.Current.CancellationToken);
        amount = "9.1";
        clock.Advance(Duration.FromMinutes(15));
        var options = new WatchOptions { MaxConcurrent = 4, Alerts = new AlertSettings { Webhook = closedPort } };
        await new Watcher(folder.Path, new PageFetcher(null, clock), clock, options).RunOnceAsync(unreachable, TestContext.Current.CancellationToken);

        Assert.Equal(2, round.Alerts);
        Assert.Equal(
            ["the webhook answered HTTP 503", "the webhook answered HTTP 503"],
            refused.Events.Where(e => e.Kind == WatchEventKind.WebhookFailed).Select(e => e.Message));
        Assert.StartsWith("the webhook could not be reached (", unreachable.Events.First(e => e.Kind == WatchEventKind.WebhookFailed).Message, StringComparison.Ordinal);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(4, XDocument.Load(folder.File(AlertLog.FeedFileName)).Root!.Elements(atom + "entry").Count());
        Assert.Equal(3, HistoryFile.Read(folder.File("bridge.jsonl")).Count);
    }

    [Fact]
    public async Task A_watch_stopped_in_the_middle_of_a_round_leaves_every_history_whole_and_the_unchecked_sources_due()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var server = new LocalServer(async c =>
        {
            if (c.Request.Url!.AbsolutePath != "/p1")
            {
                // Every page but the first answers only after the watch was told to stop.
                await Task.Delay(TimeSpan.FromSeconds(3), CancellationToken.None);
            }

            await LocalServer.Write(c, Pages.Article(c.Request.Url.AbsolutePath, Pages.First, Pages.Second));
        });
        WatchListFile.Update(folder.Path, l => Enumerable.Range(1, 4).Aggregate(l, (list, n) => list.Add(new WatchSource($"p{n}", server.Url($"/p{n}"), WatchSourceKind.Page, Duration.FromMinutes(15)))));
        var report = new Recorder { OnEvent = _ => stop.CancelAfter(TimeSpan.FromMilliseconds(200)) };
        var watcher = new Watcher(folder.Path, new PageFetcher(null, clock), clock, new WatchOptions { MaxConcurrent = 4 });

        var watch = watcher.RunAsync(report, stop.Token);
        var finished = await Task.WhenAny(watch, Task.Delay(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));

        Assert.Same(watch, finished);
        await watch;
        Assert.Equal(["p1"], report.Events.Select(e => e.SourceId));
        Assert.Single(HistoryFile.Read(folder.File("p1.jsonl")).Revisions);
        foreach (var id in new[] { "p2", "p3", "p4" })
        {
            // One host, one request at a time: p2 was being fetched (its empty history made), p3 and p4 were waiting.
            var history = folder.File(id + ".jsonl");
            Assert.True(!File.Exists(history) || HistoryFile.Read(history).Count == 0, id);
            Assert.Null(PageCapturer.ReadState(history).NextDue);
        }

        Assert.All(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories), f => Assert.DoesNotContain(".tmp", f, StringComparison.Ordinal));
    }

    private static int ClosedPort()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static string Rss(IEnumerable<string> paths) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Gazette</title><link>http://127.0.0.1/</link><description>News</description>
        {string.Concat(paths.Select(p => $"<item><title>Story {p}</title><link>{p}</link><guid isPermaLink=\"false\">{p}</guid></item>"))}
        </channel></rss>
        """;

    private Watcher Watcher(LocalServer server) => new(folder.Path, new PageFetcher(null, clock), clock, new WatchOptions { MaxConcurrent = 4 });

    private sealed class Recorder : IWatchReport
    {
        public List<WatchEvent> Events { get; } = [];

        public void RoundStarted(Instant at, int due)
        {
        }

        public Action<WatchEvent>? OnEvent { get; init; }

        public void Happened(WatchEvent watchEvent)
        {
            Events.Add(watchEvent);
            OnEvent?.Invoke(watchEvent);
        }

        public void RoundFinished(WatchRound round)
        {
        }
    }
}
