using System.Collections.Immutable;
using ArticleRevisions.Capture.Extraction;
using ArticleRevisions.Capture.Fetching;
using ArticleRevisions.Capture.Storage;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Capture.Capturing;

/// <summary>
/// Captures a source into its history: fetches it (conditionally), extracts the article, and records a revision
/// when the text changed, an event when the page went or came back, and a re-extraction when only the extractor
/// changed. The raw page is kept content-addressed beside the history.
/// </summary>
/// <remarks>
/// Times: a revision's time is when it was observed (the clock's "now" at the response), never a time the page
/// claims for itself; claimed times are kept as attributes. Thread-safe, but one capture of a history at a time.
/// </remarks>
public sealed class PageCapturer
{
    private readonly PageFetcher fetcher;
    private readonly IClock clock;

    /// <summary>Creates a capturer.</summary>
    /// <param name="fetcher">Fetches pages; shared by every capture.</param>
    /// <param name="clock">Supplies "now" for what is not a response time.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PageCapturer(PageFetcher fetcher, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(clock);
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /// <summary>Captures the source of the history at <paramref name="historyPath"/> once.</summary>
    /// <param name="historyPath">
    /// A history file; or, with <see cref="CaptureRequest.Article"/>, where a new one is to be. A new history is created
    /// only together with the first thing the capture records (its first revision, or the event that the page is gone),
    /// whole or not at all: a capture that records nothing leaves no file behind (a watcher still notes when the page is next due).
    /// </param>
    /// <param name="request">The URL and extraction to use; the history's source and the default extraction when null.</param>
    /// <param name="cancellationToken">Stops the fetch; a capture that has begun writing always completes its write.</param>
    /// <returns>What happened.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="historyPath"/> is null.</exception>
    /// <exception cref="FileNotFoundException">No file is at <paramref name="historyPath"/> and the request gives no article to create one for.</exception>
    /// <exception cref="ArticleRevisions.Storage.HistoryFormatException">The history file is malformed.</exception>
    /// <exception cref="CaptureException">No URL was given and the history names no source.</exception>
    /// <exception cref="IOException">The history or the files beside it cannot be read or written, or a file appeared where a new history was being created.</exception>
    /// <exception cref="RevisionOrderException">The clock is at or before the latest revision's time.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before anything was written.</exception>
    public async Task<CaptureResult> CaptureAsync(string historyPath, CaptureRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(historyPath);
        request ??= new CaptureRequest();
        var store = CaptureStore.Open(historyPath, request.Article);
        var source = request.Url ?? store.Article.Source
            ?? throw new CaptureException($"{historyPath}: the history names no source; give the URL to capture.");
        var declaration = request.Declaration ?? (request.Automatic ? null : Declarations.For(source));
        var fetchUri = declaration?.FetchUri(source) ?? source;
        var state = store.State;
        var validators = store.CurrentText is not null && state.FetchedUri == fetchUri && !state.Gone && !state.Broken
            ? new FetchValidators(state.ETag, state.LastModified)
            : null;

        var fetch = await fetcher.FetchAsync(fetchUri, validators, cancellationToken).ConfigureAwait(false);
        var context = new Context(store, source, fetch, declaration, OwnSource: request.Url is null || request.Url == store.Article.Source);
        return fetch.Status switch
        {
            FetchStatus.NotModified => Unchanged(context, CaptureOutcome.NotModified),
            FetchStatus.TooLarge => TooLarge(context),
            FetchStatus.HttpError when fetch.StatusCode is 404 or 410 => Gone(context, $"HTTP {fetch.StatusCode}"),
            FetchStatus.Ok when FrontPageRedirect(fetch) is { } front => Gone(context, $"redirected to the front page {front}"),
            FetchStatus.Ok => Extracted(context, fetch.Body.AsMemory(), fetch.MediaType ?? "application/octet-stream"),
            _ => Failed(context),
        };
    }

    /// <summary>Reruns extraction on the raw page the current text came from, without fetching, and records a re-extraction if the text differs.</summary>
    /// <param name="historyPath">An existing history file with a captured revision.</param>
    /// <param name="request">The extraction to use.</param>
    /// <returns>What happened: <see cref="CaptureOutcome.ReExtracted"/>, <see cref="CaptureOutcome.Unchanged"/> or <see cref="CaptureOutcome.Broken"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="historyPath"/> is null.</exception>
    /// <exception cref="CaptureException">No raw page is kept for the history's current text.</exception>
    /// <exception cref="IOException">The history or the files beside it cannot be read or written.</exception>
    public CaptureResult ReExtract(string historyPath, CaptureRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(historyPath);
        request ??= new CaptureRequest();
        var store = CaptureStore.Open(historyPath);
        var source = request.Url ?? store.Article.Source
            ?? throw new CaptureException($"{historyPath}: the history names no source.");
        var reference = store.State.Raw ?? throw new CaptureException($"{historyPath}: no raw page is kept for the current text (it was not captured by artrev).");
        var raw = store.GetRaw(reference);
        var declaration = request.Declaration ?? (request.Automatic ? null : Declarations.For(source));
        var context = new Context(store, source, null, declaration) { Now = clock.GetCurrentInstant() };
        return Extracted(context, raw, "text/html");
    }

    /// <summary>Reads what capture knows about a history's source: validators, broken, schedule from its state file, and gone or not from the history's events.</summary>
    /// <param name="historyPath">The history file.</param>
    /// <returns>The state; <see cref="CaptureState.Empty"/> for a source never captured.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="historyPath"/> is null.</exception>
    /// <exception cref="InvalidDataException">The state file beside the history is malformed.</exception>
    /// <exception cref="ArticleRevisions.Storage.HistoryFormatException">The history file is malformed.</exception>
    public static CaptureState ReadState(string historyPath)
    {
        ArgumentNullException.ThrowIfNull(historyPath);
        return CaptureStore.ReadState(historyPath);
    }

    private static string? FrontPageRedirect(FetchResult fetch)
    {
        if (fetch.Redirects.IsEmpty)
        {
            return null;
        }

        var requested = fetch.RequestedUri.AbsolutePath.TrimEnd('/');
        var final = fetch.FinalUri.AbsolutePath.TrimEnd('/');
        return requested.Length > 0 && final.Length == 0 && string.IsNullOrEmpty(fetch.FinalUri.Query.TrimStart('?')) ? fetch.FinalUri.AbsoluteUri : null;
    }

    private static CaptureResult Extracted(Context context, ReadOnlyMemory<byte> body, string mediaType)
    {
        var store = context.Store;
        var state = store.State;
        ExtractedPage page;
        try
        {
            page = mediaType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)
                ? PlainText(body.Span, context)
                : PageExtractor.Extract(body.Span, context.Fetch?.HeaderCharset, context.Fetch?.FinalUri ?? context.Source, context.Declaration);
        }
        catch (ExtractionException e)
        {
            // A broken source is the capture's trouble, not the article's: reported and kept in the state, never recorded as text.
            Save(context, state with { Broken = true, Gone = false, TooLarge = false });
            return context.Result(CaptureOutcome.Broken) with { Extractor = e.Extractor, Detail = e.Message };
        }

        try
        {
            return Record(context, page, body, mediaType);
        }
        catch (ArgumentException e) when (e.ParamName == "mediaType")
        {
            // The server's media type is not one a raw-source reference can hold: nothing was written (a new history's batch went with it).
            Save(context, state);
            return context.Result(CaptureOutcome.Failed) with { Extractor = page.Extractor, Detail = $"the raw page cannot be kept: {e.Message.Split(" (Parameter", 2)[0]}" };
        }
    }

    /// <summary>Records what an extraction found: nothing but the state when the text is unchanged, else a revision (and the events before it) in one batch.</summary>
    private static CaptureResult Record(Context context, ExtractedPage page, ReadOnlyMemory<byte> body, string mediaType)
    {
        var store = context.Store;
        var state = store.State;
        var wasGone = state.Gone;
        var current = store.CurrentText;
        var healthy = state with { Gone = false, Broken = false, TooLarge = false };
        var moved = context.Moved(store.Article);
        if (string.Equals(page.Text, current, StringComparison.Ordinal))
        {
            // The text is the history's, so the history exists: the raw page goes into its store for a later re-extraction.
            var raw = store.PutRaw(body.Span, mediaType);
            var events = wasGone || moved is not null ? store.Write(batch => Events(batch, context, wasGone, moved)) : [];
            Save(context, healthy with { Raw = raw, Extractor = page.Extractor, LastSeenUnchanged = context.Now, UnchangedStreak = state.UnchangedStreak + 1 });
            return context.Result(wasGone ? CaptureOutcome.Back : CaptureOutcome.Unchanged) with { Extractor = page.Extractor, Events = events, Recorded = !events.IsEmpty };
        }

        var attributes = Attributes(context, page, state);
        var previous = store.Latest;
        var (revision, recorded, reextracted) = store.Write(batch =>
        {
            // The raw page goes into the batch's store: for a new history it appears with the history, or not at all.
            var raw = batch.RawSources.Put(body.Span, mediaType);

            // The same raw page with another extractor: a new revision that says it is an extraction, not an edit by the publisher.
            var reextracted = current is not null && raw.Sha256 == state.Raw?.Sha256 && page.Extractor != state.Extractor;
            var events = Events(batch, context, wasGone, moved);
            batch.Append(new RevisionDraft(page.Text)
            {
                // Observed now; not known to have changed earlier. The log reports the window since the previous capture.
                At = context.Now,
                ObservedAt = context.Now,
                Title = page.Title,
                Source = context.Source,
                Attributes = RevisionAttributes.Create(attributes),
                RawSource = raw,
            });

            // A batch's latest revision is set once a draft was added.
            var added = batch.Latest!;
            return (added, reextracted
                ? events.Add(batch.Record(HistoryEvent.ExtractionRerun(context.Now, added.Number, $"re-extracted with {page.Extractor} (was {state.Extractor ?? "unknown"}); the page itself did not change")))
                : events, reextracted);
        });
        Save(context, healthy with { Raw = revision.RawSource, Extractor = page.Extractor, LastSeenUnchanged = context.Now, UnchangedStreak = reextracted ? state.UnchangedStreak : 0 });
        var statistics = TextDiffer.Compare(previous?.Text ?? string.Empty, revision.Text).Statistics;
        return context.Result(reextracted ? CaptureOutcome.ReExtracted : wasGone ? CaptureOutcome.Back : CaptureOutcome.Added) with
        {
            Revision = revision,
            Previous = previous,
            WordsAdded = statistics.WordsAdded,
            WordsRemoved = statistics.WordsRemoved,
            Extractor = page.Extractor,
            Attributes = attributes,
            Events = recorded,
            Detail = reextracted ? $"was {state.Extractor ?? "unknown"}" : null,
            Recorded = true,
        };
    }

    /// <summary>The events that come before what a capture found: the page is back, the article moved.</summary>
    private static ImmutableArray<RecordedEvent> Events(HistoryBatch batch, Context context, bool back, Article? moved)
    {
        var events = ImmutableArray.CreateBuilder<RecordedEvent>();
        if (back)
        {
            events.Add(batch.Record(HistoryEvent.SourceReturned(context.Now, context.Fetch?.StatusCode, context.Fetch?.FinalUri, "the page is back")));
        }

        if (moved is not null)
        {
            var redirect = context.Fetch!.Redirects[0];
            events.Add(batch.Record(HistoryEvent.MetadataChanged(context.Now, moved, $"moved permanently (HTTP {redirect.StatusCode}) from {redirect.From.AbsoluteUri}")));
        }

        return events.ToImmutable();
    }

    private static ExtractedPage PlainText(ReadOnlySpan<byte> body, Context context)
    {
        var decoded = PageDecoder.Decode(body, context.Fetch?.HeaderCharset);
        var text = decoded.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return text.Length == 0
            ? throw new ExtractionException("text/plain", null, "broken source: the page holds no text.")
            : new ExtractedPage { Text = text + "\n", Extractor = $"text/plain/{PageExtractor.RulesVersion}", Charset = decoded.Charset };
    }

    private static ImmutableSortedDictionary<string, string> Attributes(Context context, ExtractedPage page, CaptureState state)
    {
        var attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        attributes["capture.extractor"] = page.Extractor;
        if (context.Fetch is { } fetch)
        {
            attributes["capture.status"] = (fetch.StatusCode ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Put(attributes, "capture.etag", fetch.ETag);
            Put(attributes, "capture.last-modified", fetch.LastModified);
            if (fetch.FinalUri != context.Source)
            {
                attributes["capture.final-url"] = fetch.FinalUri.AbsoluteUri;
            }

            if (!fetch.Redirects.IsEmpty)
            {
                attributes["capture.redirects"] = string.Join(" ", fetch.Redirects.Select(r => $"{r.StatusCode}:{r.To.AbsoluteUri}"));
            }
        }

        Put(attributes, "capture.charset", page.Charset);
        Put(attributes, "capture.claimed-published", Claimed(page.ClaimedPublished));
        Put(attributes, "capture.claimed-modified", Claimed(page.ClaimedModified));
        if (page.EditedMark is { } edited)
        {
            attributes["capture.edited-mark"] = edited ? "true" : "false";
        }

        if (state.LastSeenUnchanged is { } seen)
        {
            // The previous text was still there at this instant: the change happened after it.
            attributes["capture.previous-seen"] = InstantPattern.ExtendedIso.Format(seen);
        }

        return attributes.ToImmutable();
    }

    private static string? Claimed(ClaimedTime? claimed) =>
        claimed is null ? null : claimed.Instant is { } instant ? InstantPattern.ExtendedIso.Format(instant) : claimed.Text;

    private static void Put(ImmutableSortedDictionary<string, string>.Builder attributes, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            attributes[key] = value;
        }
    }

    private static CaptureResult Unchanged(Context context, CaptureOutcome outcome)
    {
        var state = context.Store.State;
        Save(context, state with { LastSeenUnchanged = context.Now, UnchangedStreak = state.UnchangedStreak + 1 });
        return context.Result(outcome);
    }

    private static CaptureResult TooLarge(Context context)
    {
        var state = context.Store.State;
        Save(context, state with { TooLarge = true });
        return context.Result(CaptureOutcome.TooLarge) with { Detail = context.Fetch?.Problem ?? "too large" };
    }

    private static CaptureResult Gone(Context context, string detail)
    {
        var state = context.Store.State;
        if (state.Gone)
        {
            Save(context, state);
            return context.Result(CaptureOutcome.StillGone) with { Detail = detail };
        }

        var recorded = context.Store.Write(batch => batch.Record(HistoryEvent.SourceGone(context.Now, context.Fetch?.StatusCode, context.Fetch?.FinalUri, detail)));
        Save(context, state with { Gone = true, ETag = null, LastModified = null });
        return context.Result(CaptureOutcome.Gone) with { Detail = detail, Events = [recorded], Recorded = true };
    }

    private static CaptureResult Failed(Context context)
    {
        Save(context, context.Store.State);
        return context.Result(CaptureOutcome.Failed) with { Detail = context.Fetch?.Problem ?? "failed" };
    }

    private static void Save(Context context, CaptureState state)
    {
        var fetch = context.Fetch;
        context.Store.SaveState(state with
        {
            LastCheck = context.Now,
            LastStatus = fetch?.StatusCode ?? state.LastStatus,
            FetchedUri = fetch?.RequestedUri ?? state.FetchedUri,
            ETag = fetch is { Status: FetchStatus.Ok } ? fetch.ETag : state.ETag,
            LastModified = fetch is { Status: FetchStatus.Ok } ? fetch.LastModified : state.LastModified,
        });
    }

    private sealed record Context(CaptureStore Store, Uri Source, FetchResult? Fetch, SourceDeclaration? Declaration, bool OwnSource = false)
    {
        public Instant Now { get; init; } = Fetch?.FetchedAt ?? default;

        /// <summary>
        /// The article with its new source when the page moved for good: the history's own source answered with a
        /// permanent redirect (301 or 308) to another page, not to a front page.
        /// </summary>
        public Article? Moved(Article article) =>
            OwnSource && Fetch is { Redirects: [{ StatusCode: 301 or 308 } first, ..] } fetch && first.From == article.Source
            && fetch.FinalUri != article.Source && FrontPageRedirect(fetch) is null
                ? new Article(article.Id, article.Title, article.Zone, article.Language, fetch.FinalUri)
                : null;

        public CaptureResult Result(CaptureOutcome outcome) => new()
        {
            Outcome = outcome,
            HistoryPath = Store.Path,
            Article = Store.Article,
            Source = Source,
            At = Now,
            Fetch = Fetch,
        };
    }
}
