using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Capture.Extraction;
using ArticleRevisions.Capture.Fetching;
using ArticleRevisions.Capture.Storage;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Capture.Archives;

/// <summary>
/// Imports the past of a page from a Wayback-style archive: every distinct capture its CDX index lists
/// (<c>collapse=digest</c>), fetched raw (<c>id_</c>), in time order, each extracted like a live capture and
/// appended as a revision observed at its capture time with the archive URL as its source.
/// </summary>
/// <remarks>
/// The revisions go into the history through store batches (one write for up to 32 captures), and the progress kept
/// beside the history moves past a capture only once its revision is written, so a rerun continues after the last
/// capture written and never skips one; a stop (cancellation, or the archive refusing) writes what was fetched
/// first. Requests are spaced to stay under <see cref="WaybackOptions.RequestsPerMinute"/>; a 429 is waited out
/// (Retry-After, or <see cref="WaybackOptions.BackoffAfter429"/>) and retried twice before the import stops. Not
/// thread-safe.
/// </remarks>
public sealed class WaybackImporter
{
    private static readonly LocalDateTimePattern TimestampPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMddHHmmss");
    private readonly PageFetcher fetcher;
    private readonly IClock clock;
    private readonly WaybackOptions options;
    private readonly Stopwatch sinceLast = new();

    /// <summary>Creates an importer.</summary>
    /// <param name="fetcher">Fetches the index and the captures.</param>
    /// <param name="clock">Supplies "now" (only for records that are not capture times).</param>
    /// <param name="options">Which archive and how gently; the Wayback Machine at 20 requests a minute when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fetcher"/> or <paramref name="clock"/> is null.</exception>
    public WaybackImporter(PageFetcher fetcher, IClock clock, WaybackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(clock);
        this.fetcher = fetcher;
        this.clock = clock;
        this.options = options ?? new WaybackOptions();
    }

    /// <summary>Lists the distinct captures of <paramref name="page"/>, oldest first (adjacent captures with the same digest count once).</summary>
    /// <param name="page">The page's URL.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The captures with status 200.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    /// <exception cref="CaptureException">The archive's index could not be fetched or read.</exception>
    public async Task<ImmutableArray<ArchiveCapture>> ListAsync(Uri page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var query = new Uri(options.Archive, $"cdx/search/cdx?url={Uri.EscapeDataString(page.AbsoluteUri)}&output=json&collapse=digest&filter=statuscode:200&fl=timestamp,original,digest");
        var fetch = await FetchPolitelyAsync(query, cancellationToken).ConfigureAwait(false);
        if (fetch.Status != FetchStatus.Ok)
        {
            throw new CaptureException($"{query}: the archive's index could not be read ({fetch.Problem ?? $"HTTP {fetch.StatusCode}"}).");
        }

        return ParseIndex(fetch.Body.AsSpan(), query);
    }

    /// <summary>Imports every distinct capture of <paramref name="page"/> not yet imported into the history at <paramref name="historyPath"/>.</summary>
    /// <param name="historyPath">An existing history file.</param>
    /// <param name="page">The page's URL.</param>
    /// <param name="declaration">How to extract; a shipped declaration for the page's host, else the automatic extractor, when null.</param>
    /// <param name="step">Told what was done with each capture, as it is done.</param>
    /// <param name="cancellationToken">Stops the import between captures; a rerun resumes.</param>
    /// <returns>What was done with each capture handled in this run.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="FileNotFoundException">No file is at <paramref name="historyPath"/>.</exception>
    /// <exception cref="CaptureException">The index could not be read, the archive kept refusing (429), or the history already holds revisions after the first capture to import.</exception>
    /// <exception cref="IOException">The history or the files beside it cannot be read or written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ImmutableArray<ArchiveStep>> ImportAsync(string historyPath, Uri page, SourceDeclaration? declaration, Action<ArchiveStep>? step = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(historyPath);
        ArgumentNullException.ThrowIfNull(page);
        return Import(historyPath, null, page, declaration, step, cancellationToken);
    }

    /// <summary>
    /// Imports every distinct capture of <paramref name="page"/> not yet imported into the history at
    /// <paramref name="historyPath"/>, creating it for <paramref name="article"/> when no file is there: the new
    /// history appears with the first batch of revisions, whole, and an import that records no revision leaves no
    /// file, no progress and no capture state behind.
    /// </summary>
    /// <param name="historyPath">The history file, or where a new one is to be.</param>
    /// <param name="article">The article a new history is about; not used when the history exists.</param>
    /// <param name="page">The page's URL.</param>
    /// <param name="declaration">How to extract; a shipped declaration for the page's host, else the automatic extractor, when null.</param>
    /// <param name="step">Told what was done with each capture, as it is done.</param>
    /// <param name="cancellationToken">Stops the import between captures; a rerun resumes.</param>
    /// <returns>What was done with each capture handled in this run.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="CaptureException">The index could not be read, the archive kept refusing (429), or the history already holds revisions after the first capture to import.</exception>
    /// <exception cref="IOException">The history or the files beside it cannot be read or written, or a file appeared where the new history was being created.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ImmutableArray<ArchiveStep>> ImportAsync(string historyPath, Article article, Uri page, SourceDeclaration? declaration, Action<ArchiveStep>? step = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(historyPath);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(page);
        return Import(historyPath, article, page, declaration, step, cancellationToken);
    }

    private async Task<ImmutableArray<ArchiveStep>> Import(string historyPath, Article? article, Uri page, SourceDeclaration? declaration, Action<ArchiveStep>? step, CancellationToken cancellationToken)
    {
        declaration ??= Declarations.For(page);
        var progressPath = Path.Combine(CaptureStore.FolderFor(historyPath), "wayback.progress");
        var store = CaptureStore.Open(historyPath, article);
        // Progress left by a history that has since been deleted says nothing about a new one.
        var done = store.Exists && File.Exists(progressPath) ? ReadProgress(progressPath) : null;
        var captures = (await ListAsync(page, cancellationToken).ConfigureAwait(false))
            .Where(c => done is null || string.CompareOrdinal(c.Timestamp, done) > 0)
            .ToList();
        if (captures.Count > 0 && store.Latest is { } latest && latest.At >= captures[0].At)
        {
            throw new CaptureException($"{historyPath}: the history already has revision {latest.Number} at {InstantPattern.ExtendedIso.Format(latest.At)}, not before the first capture to import ({InstantPattern.ExtendedIso.Format(captures[0].At)}); import into a new history.");
        }

        var steps = ImmutableArray.CreateBuilder<ArchiveStep>();
        var pending = new Pending(store, progressPath, step, steps);
        try
        {
            foreach (var capture in captures)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pending.Add(await ImportOne(capture, declaration, pending.CurrentText, cancellationToken).ConfigureAwait(false));
                if (pending.IsFull)
                {
                    pending.Flush();
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or CaptureException)
        {
            // What was fetched before the stop is kept, so a rerun resumes after it.
            pending.Flush();
            throw;
        }

        pending.Flush();
        return steps.ToImmutable();
    }

    private async Task<Handled> ImportOne(ArchiveCapture capture, SourceDeclaration? declaration, string? currentText, CancellationToken cancellationToken)
    {
        var raw = new Uri(options.Archive, $"web/{capture.Timestamp}id_/{capture.Original.AbsoluteUri}");
        var fetch = await FetchPolitelyAsync(raw, cancellationToken).ConfigureAwait(false);
        if (fetch.Status != FetchStatus.Ok)
        {
            return new Handled(new ArchiveStep(capture, fetch.Status == FetchStatus.TooLarge ? CaptureOutcome.TooLarge : CaptureOutcome.Failed, null, fetch.Problem ?? $"HTTP {fetch.StatusCode}"));
        }

        ExtractedPage page;
        try
        {
            page = PageExtractor.Extract(fetch.Body.AsSpan(), fetch.HeaderCharset, capture.Original, declaration);
        }
        catch (ExtractionException e)
        {
            return new Handled(new ArchiveStep(capture, CaptureOutcome.Broken, null, e.Message));
        }

        if (string.Equals(page.Text, currentText, StringComparison.Ordinal))
        {
            return new Handled(new ArchiveStep(capture, CaptureOutcome.Unchanged, null, null));
        }

        var attributes = RevisionAttributes.Empty
            .With("capture.extractor", page.Extractor)
            .With("wayback.timestamp", capture.Timestamp)
            .With("wayback.digest", capture.Digest);
        if (page.ClaimedPublished?.Instant is { } published)
        {
            attributes = attributes.With("capture.claimed-published", InstantPattern.ExtendedIso.Format(published));
        }

        if (page.ClaimedModified?.Instant is { } modified)
        {
            attributes = attributes.With("capture.claimed-modified", InstantPattern.ExtendedIso.Format(modified));
        }

        var draft = new RevisionDraft(page.Text)
        {
            At = capture.At,
            ObservedAt = capture.At,
            Title = page.Title,
            Source = new Uri(options.Archive, $"web/{capture.Timestamp}/{capture.Original.AbsoluteUri}"),
            Attributes = attributes,
        };
        return new Handled(new ArchiveStep(capture, CaptureOutcome.Added, null, null), draft, page.Extractor, new RawPage(fetch.Body, fetch.MediaType ?? "text/html"));
    }

    private async Task<FetchResult> FetchPolitelyAsync(Uri uri, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var spacing = TimeSpan.FromMinutes(1) / Math.Max(1, options.RequestsPerMinute);
            if (sinceLast.IsRunning && sinceLast.Elapsed < spacing)
            {
                await Task.Delay(spacing - sinceLast.Elapsed, cancellationToken).ConfigureAwait(false);
            }

            sinceLast.Restart();
            var fetch = await fetcher.FetchAsync(uri, null, cancellationToken).ConfigureAwait(false);
            if (fetch.StatusCode != 429)
            {
                return fetch;
            }

            if (attempt == 2)
            {
                throw new CaptureException($"{uri}: the archive keeps answering 429 Too Many Requests; stopped (run the import again later: it resumes).");
            }

            await Task.Delay(options.BackoffAfter429.ToTimeSpan(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static ImmutableArray<ArchiveCapture> ParseIndex(ReadOnlySpan<byte> body, Uri query)
    {
        var captures = ImmutableArray.CreateBuilder<ArchiveCapture>();
        try
        {
            using var json = JsonDocument.Parse(body.ToArray());
            var rows = json.RootElement.EnumerateArray().ToList();
            if (rows.Count == 0)
            {
                return [];
            }

            var header = rows[0].EnumerateArray().Select(c => c.GetString()).ToList();
            int timestamp = header.IndexOf("timestamp"), original = header.IndexOf("original"), digest = header.IndexOf("digest");
            if (timestamp < 0 || original < 0 || digest < 0)
            {
                throw new CaptureException($"{query}: the archive's index lacks the timestamp, original or digest field.");
            }

            foreach (var row in rows.Skip(1))
            {
                var cells = row.EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList();
                var parsed = TimestampPattern.Parse(cells[timestamp]);
                if (!parsed.Success || !Uri.TryCreate(cells[original], UriKind.Absolute, out var url))
                {
                    throw new CaptureException($"{query}: the archive's index has a bad row ({string.Join(' ', cells)}).");
                }

                // collapse=digest drops only adjacent repeats; an archive that ignores it is collapsed here.
                if (captures.Count > 0 && captures[^1].Digest == cells[digest])
                {
                    continue;
                }

                captures.Add(new ArchiveCapture(cells[timestamp], url, parsed.Value.InUtc().ToInstant(), cells[digest]));
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentOutOfRangeException && e is not CaptureException)
        {
            throw new CaptureException($"{query}: the archive's index is not the CDX JSON expected ({e.Message}).");
        }

        return [.. captures.OrderBy(c => c.Timestamp, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The captures handled since the last write: their revisions go into the history with one store batch every
    /// <see cref="BatchSize"/> captures (or <see cref="BatchTime"/>), and only then are their steps reported and the
    /// progress moved past them, so an interrupted import never skips a capture it did not write. Raw pages go into
    /// the history's raw-source store as they come; while the history does not exist they wait with their revision
    /// for the batch that creates it, which is written as soon as it has one.
    /// </summary>
    private sealed class Pending(CaptureStore store, string progressPath, Action<ArchiveStep>? report, ImmutableArray<ArchiveStep>.Builder steps)
    {
        private const int BatchSize = 32;
        private static readonly TimeSpan BatchTime = TimeSpan.FromSeconds(20);
        private readonly List<Handled> handled = [];
        private readonly Stopwatch sinceFlush = Stopwatch.StartNew();

        public string? CurrentText { get; private set; } = store.CurrentText;

        public bool IsFull => handled.Count >= BatchSize || sinceFlush.Elapsed >= BatchTime || (!store.Exists && handled.Any(h => h.Draft is not null));

        public void Add(Handled one)
        {
            if (one is { Draft: { } draft, Raw: { } raw } && store.Exists)
            {
                one = one with { Draft = draft with { RawSource = store.PutRaw(raw.Bytes.AsSpan(), raw.MediaType) }, Raw = null };
            }

            handled.Add(one);
            CurrentText = one.Draft?.Text ?? CurrentText;
        }

        public void Flush()
        {
            if (handled.Count == 0)
            {
                return;
            }

            var drafts = handled.Where(h => h.Draft is not null).ToList();
            var results = drafts.Count == 0 ? [] : store.Write(batch => drafts.Select(h => Append(batch, h)).ToList());
            var next = 0;
            foreach (var one in handled)
            {
                var done = one.Draft is null ? one.Step
                    : results[next++] is { Outcome: AppendOutcome.Appended } appended ? one.Step with { Revision = appended.Revision }
                    : one.Step with { Outcome = CaptureOutcome.Unchanged };
                steps.Add(done);
                report?.Invoke(done);
            }

            // Progress and state belong to a history: an import that has written none keeps none, so a rerun tries every capture again.
            if (store.Exists)
            {
                if (results.Count > 0 && results[^1].Raw is { } raw && drafts[^1].Extractor is { } extractor)
                {
                    store.SaveState(store.State with { Raw = raw, Extractor = extractor });
                }

                WriteProgress(progressPath, handled[^1].Step.Capture.Timestamp);
            }

            handled.Clear();
            sinceFlush.Restart();
        }

        private static (AppendOutcome Outcome, Revision Revision, RawSourceReference? Raw) Append(HistoryBatch batch, Handled one)
        {
            var draft = one.Draft ?? throw new InvalidOperationException("Only captures with a revision are appended.");
            if (one.Raw is { } raw)
            {
                // A raw page of a history that did not exist: it goes into the batch's store and appears with the history.
                draft = draft with { RawSource = batch.RawSources.Put(raw.Bytes.AsSpan(), raw.MediaType) };
            }

            var outcome = batch.Append(draft);
            return (outcome, batch.Latest ?? throw new InvalidOperationException("A batch has a latest revision after a draft."), draft.RawSource);
        }
    }

    /// <summary>What was done with one capture: its step, and the revision it brings with its extractor and (until it is kept) its raw page.</summary>
    private sealed record Handled(ArchiveStep Step, RevisionDraft? Draft = null, string? Extractor = null, RawPage? Raw = null);

    /// <summary>A raw page as fetched, not yet kept in a raw-source store.</summary>
    private sealed record RawPage(ImmutableArray<byte> Bytes, string MediaType);

    private static string? ReadProgress(string path) => File.ReadAllText(path).Trim() is { Length: 14 } timestamp ? timestamp : null;

    private static void WriteProgress(string path, string timestamp)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, timestamp + "\n");
        File.Move(temporary, path, overwrite: true);
    }
}
