using System.Collections.Concurrent;
using System.Text.Json;
using ArticleRevisions.Capture.Alerts;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Capture.Extraction;
using ArticleRevisions.Capture.Feeds;
using ArticleRevisions.Capture.Fetching;
using ArticleRevisions.Capture.Rendering;
using ArticleRevisions.Capture.Storage;
using ArticleRevisions.Model;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Capture.Watching;

/// <summary>
/// Keeps watch over a collection: checks each due source, at most one request at a time per host and a bounded
/// number in total; adds feeds' new entries as new articles; raises alerts for substantive and stealth edits.
/// </summary>
/// <remarks>
/// A source is due when it was never checked or its next check time has come. After each check the next one is
/// scheduled by <see cref="WatchOptions.NextDue"/>, so pages that stopped changing are checked less and less often.
/// Events are reported one at a time (never concurrently) through the callback. Not thread-safe: one round at a time.
/// </remarks>
public sealed class Watcher
{
    private readonly string directory;
    private readonly PageFetcher fetcher;
    private readonly IClock clock;
    private readonly WatchOptions options;
    private readonly PageCapturer capturer;
    private readonly WebhookSender? webhook;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock reporting = new();

    /// <summary>Creates a watcher for the collection in <paramref name="directory"/>.</summary>
    /// <param name="directory">The collection's folder, holding <c>watch.json</c>.</param>
    /// <param name="fetcher">Fetches pages and feeds.</param>
    /// <param name="clock">Supplies "now".</param>
    /// <param name="options">Concurrency, back-off and alert options; <see cref="WatchOptions.Default"/> when null.</param>
    /// <param name="webhookClient">Sends webhook POSTs; a new client when null and a webhook is configured.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public Watcher(string directory, PageFetcher fetcher, IClock clock, WatchOptions? options = null, HttpClient? webhookClient = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(clock);
        this.directory = directory;
        this.fetcher = fetcher;
        this.clock = clock;
        this.options = options ?? WatchOptions.Default;
        capturer = new PageCapturer(fetcher, clock);
        webhook = new WebhookSender(webhookClient ?? new HttpClient(), FetchOptions.DefaultUserAgent);
    }

    /// <summary>Runs rounds until <paramref name="cancellationToken"/> is cancelled, sleeping until the next source is due (re-reading the watch list at least every minute).</summary>
    /// <param name="report">Receives each event, one at a time, and each finished round.</param>
    /// <param name="cancellationToken">Stops the watch: no new request starts, requests in flight are abandoned, and no write is left half done.</param>
    /// <returns>A task that completes when the watch has stopped.</returns>
    /// <exception cref="WatchListException">The watch list is malformed.</exception>
    public async Task RunAsync(IWatchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        while (!cancellationToken.IsCancellationRequested)
        {
            var round = await RunOnceAsync(report, cancellationToken).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            var wait = round.NextDue is { } next ? next - clock.GetCurrentInstant() : Duration.FromMinutes(1);
            wait = Duration.Min(Duration.Max(wait, Duration.FromSeconds(1)), Duration.FromMinutes(1));
            try
            {
                await Task.Delay(wait.ToTimeSpan(), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Checks every source that is due once: feeds first (their new entries are captured in the same round), then pages.</summary>
    /// <param name="report">Receives each event, one at a time, and the finished round.</param>
    /// <param name="cancellationToken">Stops the round early; what was written stays whole.</param>
    /// <returns>What the round did.</returns>
    /// <exception cref="WatchListException">The watch list is malformed.</exception>
    public async Task<WatchRound> RunOnceAsync(IWatchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var started = clock.GetCurrentInstant();
        var list = WatchListFile.Load(directory);
        var alerts = options.Alerts ?? list.Alerts;
        var tally = new Tally();

        var feeds = list.Sources.Where(s => s.Kind == WatchSourceKind.Feed && IsDue(FeedDue(s), started)).ToList();
        lock (reporting)
        {
            report.RoundStarted(started, feeds.Count + list.Sources.Count(s => s.Kind == WatchSourceKind.Page && IsDue(CaptureStore.LoadState(HistoryPath(s)).NextDue, started)));
        }

        await ForEachLimited(feeds, s => CheckFeed(s, report, tally, cancellationToken), cancellationToken).ConfigureAwait(false);

        list = WatchListFile.Load(directory);
        var pages = list.Sources.Where(s => s.Kind == WatchSourceKind.Page && IsDue(CaptureStore.LoadState(HistoryPath(s)).NextDue, started)).ToList();
        await ForEachLimited(pages, s => CheckPage(s, alerts, report, tally, cancellationToken), cancellationToken).ConfigureAwait(false);

        var nextDue = list.Sources
            .Select(s => s.Kind == WatchSourceKind.Feed ? FeedDue(s) : CaptureStore.LoadState(HistoryPath(s)).NextDue)
            .Select(d => d ?? started)
            .DefaultIfEmpty()
            .Min();
        var round = new WatchRound(started, tally.Checked, tally.Changed, tally.Gone, tally.Failed, tally.NewArticles, tally.Alerts, list.Sources.IsEmpty ? null : nextDue);
        lock (reporting)
        {
            report.RoundFinished(round);
        }

        return round;
    }

    private bool IsDue(Instant? nextDue, Instant now) => options.IgnoreSchedule || nextDue is null || nextDue <= now;

    private string HistoryPath(WatchSource source) => Path.Combine(directory, source.HistoryFileName);

    private async Task ForEachLimited(IReadOnlyList<WatchSource> sources, Func<WatchSource, Task> check, CancellationToken cancellationToken)
    {
        using var total = new SemaphoreSlim(Math.Max(1, options.MaxConcurrent));
        var tasks = sources.Select(async source =>
        {
            // The host first, then a slot: a source waiting for its host never holds a slot another host could use.
            var host = hosts.GetOrAdd(source.Url.Authority, _ => new SemaphoreSlim(1));
            await host.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await total.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    await check(source).ConfigureAwait(false);
                }
                finally
                {
                    total.Release();
                }
            }
            finally
            {
                host.Release();
            }
        }).ToList();
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the sources not yet checked stay due for the next run.
        }
    }

    private async Task CheckPage(WatchSource source, AlertSettings alerts, IWatchReport report, Tally tally, CancellationToken cancellationToken)
    {
        var path = HistoryPath(source);
        var request = new CaptureRequest
        {
            Declaration = source.Declaration is { } d ? Declarations.Resolve(File.Exists(Path.Combine(directory, d)) ? Path.Combine(directory, d) : d) : null,

            // A page not captured yet gets its history with the first thing recorded; until then only its schedule is kept.
            Article = new Article(source.Id, source.Title ?? source.Url.AbsoluteUri, source.Zone, source.Language, source.Url),
        };
        var result = await capturer.CaptureAsync(path, request, cancellationToken).ConfigureAwait(false);
        CaptureStore.Schedule(path, result.At, state => result.Outcome == CaptureOutcome.Failed ? result.At + source.Interval : options.NextDue(result.At, source.Interval, state.UnchangedStreak));
        Interlocked.Increment(ref tally.Checked);
        if (result.Revision is not null && result.Outcome != CaptureOutcome.ReExtracted)
        {
            Interlocked.Increment(ref tally.Changed);
        }

        if (result.Outcome is CaptureOutcome.Gone or CaptureOutcome.StillGone)
        {
            Interlocked.Increment(ref tally.Gone);
        }

        if (result.Outcome is CaptureOutcome.Failed or CaptureOutcome.Broken or CaptureOutcome.TooLarge)
        {
            Interlocked.Increment(ref tally.Failed);
        }

        Report(report, new WatchEvent(result.At, source.Id, WatchEventKind.Captured, CaptureText.What(result, source.Zone), result));
        if (AlertBuilder.For(result, alerts) is { } alert)
        {
            lock (reporting)
            {
                AlertLog.Append(directory, alert, clock.GetCurrentInstant());
            }

            Interlocked.Increment(ref tally.Alerts);
            Report(report, new WatchEvent(clock.GetCurrentInstant(), source.Id, WatchEventKind.Alert, $"alert: {(alert.Stealth ? "stealth" : "substantive")} edit in revision {alert.Revision}: {alert.Summary}"));
            if (alerts.Webhook is { } url && webhook is not null && await webhook.SendAsync(url, alert, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                Report(report, new WatchEvent(clock.GetCurrentInstant(), source.Id, WatchEventKind.WebhookFailed, problem));
            }
        }
    }

    private async Task CheckFeed(WatchSource feed, IWatchReport report, Tally tally, CancellationToken cancellationToken)
    {
        var state = LoadFeedState(feed);
        var fetch = await fetcher.FetchAsync(feed.Url, new FetchValidators(state.ETag, state.LastModified), cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref tally.Checked);
        if (fetch.Status == FetchStatus.NotModified)
        {
            SaveFeedState(feed, state with { NextDue = Format(options.NextDue(fetch.FetchedAt, feed.Interval, state.UnchangedStreak + 1)), UnchangedStreak = state.UnchangedStreak + 1 });
            Report(report, new WatchEvent(fetch.FetchedAt, feed.Id, WatchEventKind.FeedUnchanged, "feed not modified (HTTP 304)"));
            return;
        }

        System.Collections.Immutable.ImmutableArray<FeedEntry> entries;
        try
        {
            entries = fetch.Status == FetchStatus.Ok
                ? FeedReader.Read(fetch.Body.AsSpan(), fetch.FinalUri)
                : throw new FormatException(fetch.Problem ?? $"HTTP {fetch.StatusCode}");
        }
        catch (FormatException e)
        {
            Interlocked.Increment(ref tally.Failed);
            SaveFeedState(feed, state with { NextDue = Format(fetch.FetchedAt + feed.Interval) });
            Report(report, new WatchEvent(fetch.FetchedAt, feed.Id, WatchEventKind.FeedFailed, $"feed failed: {e.Message}"));
            return;
        }

        var seen = new HashSet<string>(state.Seen ?? [], StringComparer.Ordinal);
        var fresh = entries.Where(e => !seen.Contains(e.Link.AbsoluteUri)).ToList();
        var added = new List<WatchSource>();
        if (fresh.Count > 0)
        {
            WatchListFile.Update(directory, list =>
            {
                foreach (var entry in fresh)
                {
                    if (list.Sources.Any(s => s.Kind == WatchSourceKind.Page && s.Url == entry.Link))
                    {
                        continue;
                    }

                    var source = new WatchSource(list.FreeIdFor(entry.Link), entry.Link, WatchSourceKind.Page, feed.Interval)
                    {
                        Zone = feed.Zone,
                        Language = feed.Language,
                        Declaration = feed.Declaration,
                        Title = string.IsNullOrWhiteSpace(entry.Title) ? null : entry.Title.Trim(),
                        Feed = feed.Id,
                    };
                    list = list.Add(source);
                    added.Add(source);
                }

                return list;
            });
        }

        var streak = fresh.Count == 0 ? state.UnchangedStreak + 1 : 0;
        SaveFeedState(feed, state with
        {
            ETag = fetch.ETag,
            LastModified = fetch.LastModified,
            NextDue = Format(options.NextDue(fetch.FetchedAt, feed.Interval, streak)),
            UnchangedStreak = streak,
            Seen = [.. seen.Concat(fresh.Select(e => e.Link.AbsoluteUri)).Order(StringComparer.Ordinal)],
        });
        foreach (var source in added)
        {
            Interlocked.Increment(ref tally.NewArticles);
            Report(report, new WatchEvent(fetch.FetchedAt, source.Id, WatchEventKind.NewArticle, $"new article from feed {feed.Id}: {source.Url}"));
        }

        if (added.Count == 0)
        {
            Report(report, new WatchEvent(fetch.FetchedAt, feed.Id, WatchEventKind.FeedUnchanged, "feed has no new entries"));
        }
    }

    private void Report(IWatchReport report, WatchEvent watchEvent)
    {
        lock (reporting)
        {
            report.Happened(watchEvent);
        }
    }

    private Instant? FeedDue(WatchSource feed) => LoadFeedState(feed).NextDue is { } due ? InstantPattern.ExtendedIso.Parse(due).GetValueOrThrow() : null;

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private string FeedStatePath(WatchSource feed) => Path.Combine(directory, ".artrev", "feeds", feed.Id + ".json");

    private FeedStateRecord LoadFeedState(WatchSource feed)
    {
        var path = FeedStatePath(feed);
        if (!File.Exists(path))
        {
            return new FeedStateRecord(null, null, null, 0, null);
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), FeedJsonContext.Default.FeedStateRecord) ?? new FeedStateRecord(null, null, null, 0, null);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: the feed state is not valid JSON ({e.Message}); delete it to start afresh (its entries would be taken again).");
        }
    }

    private void SaveFeedState(WatchSource feed, FeedStateRecord state)
    {
        var path = FeedStatePath(feed);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? directory);
        var temporary = path + $".{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(state, FeedJsonContext.Default.FeedStateRecord));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private sealed class Tally
    {
        public int Checked;
        public int Changed;
        public int Gone;
        public int Failed;
        public int NewArticles;
        public int Alerts;
    }
}
