using System.Collections.Immutable;
using NodaTime;

namespace ArticleRevisions.Model;

/// <summary>
/// An article, every dated version of its text in the order they became current, and the events around them
/// (metadata changes, a source gone or back, a re-run extraction), all in one hash chain.
/// </summary>
/// <remarks>
/// <para>
/// This type is immutable and thread-safe: appending returns a new history. Revisions are numbered from 1 without
/// gaps and their instants strictly increase; each event is at or after the line before it in the chain. The
/// constructors enforce both, so no history breaks them.
/// </para>
/// <para>
/// A sealed history (every history made by <see cref="Create"/>, and version 2 files) starts its chain with the
/// article's metadata (<see cref="HeaderHash"/>), so a change to the metadata breaks the chain like a change to a
/// revision. An unsealed history (<see cref="FromRevisions"/>, version 1 files) chains its revisions only.
/// </para>
/// </remarks>
public sealed class ArticleHistory
{
    private readonly ImmutableArray<Revision> revisions;
    private readonly ImmutableArray<RecordedEvent> events;

    private ArticleHistory(Article header, string? headerHash, ImmutableArray<Revision> revisions, ImmutableArray<RecordedEvent> events)
    {
        Header = header;
        HeaderHash = headerHash;
        this.revisions = revisions;
        this.events = events;
        Article = events.LastOrDefault(e => e.Event.Kind == HistoryEventKind.MetadataChanged)?.Event.Article ?? header;
    }

    /// <summary>Gets the article as it is now: the header's metadata, or the latest metadata change's.</summary>
    public Article Article { get; }

    /// <summary>Gets the article's metadata as the history began (its header).</summary>
    public Article Header { get; }

    /// <summary>Gets the hash that seals the header into the chain, or null for an unsealed (version 1) history.</summary>
    public string? HeaderHash { get; }

    /// <summary>Gets the revisions, oldest first; revision <c>n</c> is at index <c>n - 1</c>.</summary>
    public IReadOnlyList<Revision> Revisions => revisions;

    /// <summary>Gets the events, in chain order, which is also time order.</summary>
    public IReadOnlyList<RecordedEvent> Events => events;

    /// <summary>Gets the number of revisions.</summary>
    public int Count => revisions.Length;

    /// <summary>Gets the latest revision, or null when the history is empty.</summary>
    public Revision? Latest => revisions.IsEmpty ? null : revisions[^1];

    /// <summary>Gets the hash of the last line of the chain (a revision or an event), or <see cref="HeaderHash"/> when there is none.</summary>
    public string? LastHash => LastLine(revisions, events) switch
    {
        Revision r => r.Hash,
        RecordedEvent e => e.Hash,
        _ => HeaderHash,
    };

    /// <summary>Creates an empty, sealed history for <paramref name="article"/>.</summary>
    /// <param name="article">The article.</param>
    /// <returns>A history with no revisions, whose chain starts with the article's metadata.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ArticleHistory Create(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleHistory(article, RevisionHasher.ComputeHeader(article), [], []);
    }

    /// <summary>Creates an unsealed history from revisions already made, such as ones read from a version 1 file.</summary>
    /// <param name="article">The article.</param>
    /// <param name="revisions">The revisions, oldest first.</param>
    /// <returns>The history; its hash chain is not checked here (see <see cref="Verify"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the revisions is null.</exception>
    /// <exception cref="ArgumentException">The revisions are not numbered 1, 2, 3, … in order.</exception>
    /// <exception cref="RevisionOrderException">A revision is not strictly later than the one before it.</exception>
    public static ArticleHistory FromRevisions(Article article, IEnumerable<Revision> revisions)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(revisions);
        return FromChain(article, null, revisions.ToImmutableArray(), []);
    }

    /// <summary>Creates a history from stored lines: header, revisions and events, checking their numbering and order (not their hashes).</summary>
    internal static ArticleHistory FromChain(Article header, string? headerHash, ImmutableArray<Revision> revisions, ImmutableArray<RecordedEvent> events)
    {
        for (var i = 0; i < revisions.Length; i++)
        {
            var revision = revisions[i] ?? throw new ArgumentNullException(nameof(revisions), $"Revision at index {i} is null.");
            if (revision.Number != i + 1)
            {
                throw new ArgumentException($"Revision at position {i + 1} is numbered {revision.Number}; revisions must be numbered 1, 2, 3, … in order.", nameof(revisions));
            }

            if (i > 0 && revision.At <= revisions[i - 1].At)
            {
                throw new RevisionOrderException(i, revisions[i - 1].At, revision.At);
            }
        }

        for (var i = 0; i < events.Length; i++)
        {
            var recorded = events[i];
            var previousTime = i > 0 && events[i - 1].AfterRevision == recorded.AfterRevision
                ? events[i - 1].Event.At
                : recorded.AfterRevision > 0 ? revisions[recorded.AfterRevision - 1].At : (Instant?)null;
            CheckEvent(header, recorded.Event, recorded.AfterRevision, revisions.Length, previousTime, i > 0 ? events[i - 1].AfterRevision : 0);
        }

        return new ArticleHistory(header, headerHash, revisions, events);
    }

    /// <summary>Gets revision <paramref name="number"/>.</summary>
    /// <param name="number">The 1-based revision number.</param>
    /// <returns>The revision.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No revision has that number.</exception>
    public Revision GetRevision(int number)
    {
        if (number < 1 || number > revisions.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(number),
                number,
                revisions.IsEmpty ? "The history has no revisions." : $"The history has revisions 1 to {revisions.Length}.");
        }

        return revisions[number - 1];
    }

    /// <summary>Gets the revision that was current at <paramref name="instant"/>: the latest that became current at or before it.</summary>
    /// <param name="instant">The instant to look at.</param>
    /// <returns>The revision, or null when <paramref name="instant"/> is before the first revision (or the history is empty).</returns>
    /// <remarks>A revision is current from its own instant (inclusive) until the next revision's (exclusive).</remarks>
    public Revision? AsOf(Instant instant)
    {
        int lo = 0, hi = revisions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (revisions[mid].At <= instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0 ? null : revisions[lo - 1];
    }

    /// <summary>Appends <paramref name="draft"/> as the next revision, unless its text equals the latest text.</summary>
    /// <param name="draft">The version to append; its <see cref="RevisionDraft.At"/> must be set.</param>
    /// <returns>
    /// The new history and the added revision; or, when the text equals the latest revision's text, this history
    /// unchanged with <see cref="AppendOutcome.UnchangedText"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="ArgumentException">The draft has no time (pass a clock to <see cref="Append(RevisionDraft, IClock)"/>), its text holds an unpaired surrogate, or its source is relative.</exception>
    /// <exception cref="RevisionOrderException">The draft's time is at or before the latest revision's.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The draft was observed before it became current.</exception>
    public AppendResult Append(RevisionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Append(draft, draft.At ?? throw new ArgumentException("The draft has no time: set RevisionDraft.At, or pass a clock that says when 'now' is.", nameof(draft)));
    }

    /// <summary>Appends <paramref name="draft"/> as the next revision, unless its text equals the latest text.</summary>
    /// <param name="draft">The version to append.</param>
    /// <param name="clock">Supplies "now", read only when the draft has no <see cref="RevisionDraft.At"/>.</param>
    /// <returns>
    /// The new history and the added revision; or, when the text equals the latest revision's text, this history
    /// unchanged with <see cref="AppendOutcome.UnchangedText"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="RevisionOrderException">The draft's time is at or before the latest revision's.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The draft was observed before it became current.</exception>
    /// <exception cref="ArgumentException">The draft's text holds an unpaired surrogate, or its source is relative.</exception>
    public AppendResult Append(RevisionDraft draft, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(clock);
        return Append(draft, draft.At ?? clock.GetCurrentInstant());
    }

    /// <summary>Records <paramref name="event"/> at the end of the chain.</summary>
    /// <param name="event">What happened.</param>
    /// <returns>The new history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The event is before the last line of the chain, or names a revision the history does not have.</exception>
    /// <exception cref="ArgumentException">A metadata change gives the article another id.</exception>
    public ArticleHistory Record(HistoryEvent @event)
    {
        var recorded = CreateEvent(@event, revisions.Length, LastTime, LastHash, Article, events.IsEmpty ? 0 : events[^1].AfterRevision);
        return new ArticleHistory(Header, HeaderHash, revisions, events.Add(recorded));
    }

    /// <summary>
    /// Finds the revision whose chain hash is <paramref name="sha256"/>: its hash in this history or, for a sealed
    /// history, the hash it had in an unsealed version 1 chain before an upgrade recomputed the chain.
    /// </summary>
    /// <param name="sha256">A revision hash recorded earlier, 64 hexadecimal digits in either case.</param>
    /// <returns>The revision and whether the hash is its version 1 hash, or null when no revision has it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sha256"/> is null.</exception>
    /// <remarks>Hashes are compared as the history holds them; call <see cref="Verify"/> to know they match the content.</remarks>
    public (Revision Revision, bool BeforeUpgrade)? FindByHash(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        var wanted = sha256.Trim().ToLowerInvariant();
        if (revisions.FirstOrDefault(r => r.Hash == wanted) is { } current)
        {
            return (current, false);
        }

        if (HeaderHash is null)
        {
            return null;
        }

        string? previous = null;
        foreach (var revision in revisions)
        {
            previous = revision.ComputeHash(previous);
            if (previous == wanted)
            {
                return (revision, true);
            }
        }

        return null;
    }

    /// <summary>Checks the header, every revision's hash and every event's hash against their content and the line before them.</summary>
    /// <returns>The result, naming the first revision or event whose hash does not match, if any.</returns>
    public HistoryVerification Verify()
    {
        if (HeaderHash is not null && !string.Equals(HeaderHash, RevisionHasher.ComputeHeader(Header), StringComparison.Ordinal))
        {
            return HistoryVerification.HeaderMismatched(revisions.Length, RevisionHasher.ComputeHeader(Header), HeaderHash);
        }

        var previous = HeaderHash;
        var next = 0;
        foreach (var revision in revisions)
        {
            for (; next < events.Length && events[next].AfterRevision < revision.Number; next++)
            {
                if (Check(events[next], ref previous) is { } bad)
                {
                    return bad;
                }
            }

            var expected = revision.ComputeHash(previous);
            if (!string.Equals(expected, revision.Hash, StringComparison.Ordinal))
            {
                return HistoryVerification.Mismatch(revisions.Length, revision, expected);
            }

            previous = revision.Hash;
        }

        for (; next < events.Length; next++)
        {
            if (Check(events[next], ref previous) is { } bad)
            {
                return bad;
            }
        }

        return HistoryVerification.Valid(revisions.Length);
    }

    /// <summary>The instant of the last line of the chain, or null when there is none.</summary>
    internal Instant? LastTime => LastLine(revisions, events) switch
    {
        Revision r => r.At,
        RecordedEvent e => e.Event.At,
        _ => null,
    };

    /// <summary>
    /// Makes the revision that <paramref name="draft"/> becomes after <paramref name="latest"/>, chained to
    /// <paramref name="previousHash"/>, or null when its text is unchanged. Shared with the history file, which
    /// knows only the tail of its chain when it appends.
    /// </summary>
    internal static Revision? CreateNext(Revision? latest, string? previousHash, RevisionDraft draft, Instant at)
    {
        if (latest is not null && string.Equals(latest.Text, draft.Text, StringComparison.Ordinal))
        {
            return null;
        }

        if (latest is not null && at <= latest.At)
        {
            throw new RevisionOrderException(latest.Number, latest.At, at);
        }

        var number = (latest?.Number ?? 0) + 1;
        RevisionHasher.CheckText(draft.Text, nameof(draft));
        RevisionHasher.CheckText(draft.Title ?? string.Empty, nameof(draft));
        RevisionHasher.CheckText(draft.Editor ?? string.Empty, nameof(draft));
        RevisionHasher.CheckText(draft.Note ?? string.Empty, nameof(draft));
        var hash = RevisionHasher.Compute(previousHash, number, at, draft.ObservedAt, draft.Title, draft.Editor, draft.Note, draft.Source, draft.Text, draft.Attributes, draft.RawSource);
        return new Revision(number, at, draft.Text, hash, draft.ObservedAt, draft.Title, draft.Editor, draft.Note, draft.Source, draft.Attributes, draft.RawSource);
    }

    /// <summary>Checks <paramref name="event"/> against the tail of the chain and gives it its hash. Shared with the history file.</summary>
    internal static RecordedEvent CreateEvent(HistoryEvent @event, int revisionCount, Instant? lastTime, string? previousHash, Article current, int lastEventAfter)
    {
        ArgumentNullException.ThrowIfNull(@event);
        CheckEvent(current, @event, revisionCount, revisionCount, lastTime, lastEventAfter);
        return new RecordedEvent(@event, revisionCount, RevisionHasher.ComputeEvent(previousHash, @event));
    }

    private static void CheckEvent(Article header, HistoryEvent @event, int afterRevision, int revisionCount, Instant? previousTime, int previousEventAfter)
    {
        if (afterRevision > revisionCount || afterRevision < previousEventAfter)
        {
            throw new ArgumentOutOfRangeException(nameof(@event), afterRevision, $"An event placed after revision {afterRevision} is out of the chain's order.");
        }

        if (previousTime is { } before && @event.At < before)
        {
            throw new ArgumentOutOfRangeException(nameof(@event), @event.At, $"The event at {RevisionHasher.EncodeInstant(@event.At)} is before the last line of the history at {RevisionHasher.EncodeInstant(before)}; events are recorded in time order.");
        }

        if (@event.Kind == HistoryEventKind.ExtractionRerun && @event.RevisionNumber > afterRevision)
        {
            throw new ArgumentOutOfRangeException(nameof(@event), @event.RevisionNumber, $"The extraction re-run names revision {@event.RevisionNumber}, which is not in the history yet (it has {afterRevision}).");
        }

        if (@event.Kind == HistoryEventKind.MetadataChanged && @event.Article!.Id != header.Id)
        {
            throw new ArgumentException($"A metadata change cannot give article '{header.Id}' another id ('{@event.Article.Id}'): an article's id never changes.", nameof(@event));
        }
    }

    private static object? LastLine(ImmutableArray<Revision> revisions, ImmutableArray<RecordedEvent> events) =>
        !events.IsEmpty && events[^1].AfterRevision == revisions.Length ? events[^1] : revisions.IsEmpty ? null : revisions[^1];

    private static HistoryVerification? Check(RecordedEvent recorded, ref string? previous)
    {
        var expected = recorded.ComputeHash(previous);
        if (!string.Equals(expected, recorded.Hash, StringComparison.Ordinal))
        {
            return HistoryVerification.EventMismatch(recorded, expected);
        }

        previous = recorded.Hash;
        return null;
    }

    private AppendResult Append(RevisionDraft draft, Instant at)
    {
        var next = CreateNext(Latest, LastHash, draft, at);
        return next is null
            ? new AppendResult(this, AppendOutcome.UnchangedText, Latest!)
            : new AppendResult(new ArticleHistory(Header, HeaderHash, revisions.Add(next), events), AppendOutcome.Appended, next);
    }
}
