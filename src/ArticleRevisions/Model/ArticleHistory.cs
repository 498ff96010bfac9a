using System.Collections.Immutable;
using NodaTime;

namespace ArticleRevisions.Model;

/// <summary>
/// An article and every dated version of its text, in the order they became current.
/// </summary>
/// <remarks>
/// This type is immutable and thread-safe: appending returns a new history. Revisions are numbered from 1 without
/// gaps and their instants strictly increase; the constructor enforces both, so no history breaks them.
/// </remarks>
public sealed class ArticleHistory
{
    private readonly ImmutableArray<Revision> revisions;

    private ArticleHistory(Article article, ImmutableArray<Revision> revisions)
    {
        Article = article;
        this.revisions = revisions;
    }

    /// <summary>Gets the article this history belongs to.</summary>
    public Article Article { get; }

    /// <summary>Gets the revisions, oldest first; revision <c>n</c> is at index <c>n - 1</c>.</summary>
    public IReadOnlyList<Revision> Revisions => revisions;

    /// <summary>Gets the number of revisions.</summary>
    public int Count => revisions.Length;

    /// <summary>Gets the latest revision, or null when the history is empty.</summary>
    public Revision? Latest => revisions.IsEmpty ? null : revisions[^1];

    /// <summary>Creates an empty history for <paramref name="article"/>.</summary>
    /// <param name="article">The article.</param>
    /// <returns>A history with no revisions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ArticleHistory Create(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleHistory(article, []);
    }

    /// <summary>Creates a history from revisions already made, such as ones read from storage.</summary>
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
        var list = revisions.ToImmutableArray();
        for (var i = 0; i < list.Length; i++)
        {
            var revision = list[i] ?? throw new ArgumentNullException(nameof(revisions), $"Revision at index {i} is null.");
            if (revision.Number != i + 1)
            {
                throw new ArgumentException($"Revision at position {i + 1} is numbered {revision.Number}; revisions must be numbered 1, 2, 3, … in order.", nameof(revisions));
            }

            if (i > 0 && revision.At <= list[i - 1].At)
            {
                throw new RevisionOrderException(i, list[i - 1].At, revision.At);
            }
        }

        return new ArticleHistory(article, list);
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
    /// <param name="draft">The version to append.</param>
    /// <param name="clock">Supplies "now" when the draft has no <see cref="RevisionDraft.At"/>.</param>
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
        var next = CreateNext(Latest, draft, clock);
        return next is null
            ? new AppendResult(this, AppendOutcome.UnchangedText, Latest!)
            : new AppendResult(new ArticleHistory(Article, revisions.Add(next)), AppendOutcome.Appended, next);
    }

    /// <summary>Checks every revision's hash against its content and its predecessor's hash.</summary>
    /// <returns>The result, naming the first revision whose hash does not match, if any.</returns>
    public HistoryVerification Verify()
    {
        string? previous = null;
        foreach (var revision in revisions)
        {
            var expected = revision.ComputeHash(previous);
            if (!string.Equals(expected, revision.Hash, StringComparison.Ordinal))
            {
                return HistoryVerification.Mismatch(revisions.Length, revision, expected);
            }

            previous = revision.Hash;
        }

        return HistoryVerification.Valid(revisions.Length);
    }

    /// <summary>
    /// Makes the revision that <paramref name="draft"/> becomes after <paramref name="latest"/>, or null when its text
    /// is unchanged. Shared with the history file, which knows only its last revision when it appends.
    /// </summary>
    internal static Revision? CreateNext(Revision? latest, RevisionDraft draft, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(clock);
        if (latest is not null && string.Equals(latest.Text, draft.Text, StringComparison.Ordinal))
        {
            return null;
        }

        var at = draft.At ?? clock.GetCurrentInstant();
        if (latest is not null && at <= latest.At)
        {
            throw new RevisionOrderException(latest.Number, latest.At, at);
        }

        var number = (latest?.Number ?? 0) + 1;
        RevisionHasher.CheckText(draft.Text, nameof(draft));
        RevisionHasher.CheckText(draft.Title ?? string.Empty, nameof(draft));
        RevisionHasher.CheckText(draft.Editor ?? string.Empty, nameof(draft));
        RevisionHasher.CheckText(draft.Note ?? string.Empty, nameof(draft));
        var hash = RevisionHasher.Compute(latest?.Hash, number, at, draft.ObservedAt, draft.Title, draft.Editor, draft.Note, draft.Source, draft.Text);
        return new Revision(number, at, draft.Text, hash, draft.ObservedAt, draft.Title, draft.Editor, draft.Note, draft.Source);
    }
}
