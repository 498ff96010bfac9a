namespace ArticleRevisions.Model;

/// <summary>The result of appending a draft: the history afterwards, what happened, and the revision concerned.</summary>
/// <remarks>This type is immutable and thread-safe (a file's history is read once, on first use).</remarks>
public sealed record AppendResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="history">The history after the append (the same history when nothing was added).</param>
    /// <param name="outcome">Whether a revision was added.</param>
    /// <param name="revision">The added revision, or the latest one when its text was unchanged.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="revision"/> is null.</exception>
    public AppendResult(ArticleHistory history, AppendOutcome outcome, Revision revision)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(revision);
        this.history = new Lazy<ArticleHistory>(() => history);
        Outcome = outcome;
        Revision = revision;
    }

    /// <summary>Creates a result whose history is read only when asked for (a file does not hold its whole history in memory).</summary>
    internal AppendResult(Func<ArticleHistory> history, AppendOutcome outcome, Revision revision)
    {
        this.history = new Lazy<ArticleHistory>(history);
        Outcome = outcome;
        Revision = revision;
    }

    private readonly Lazy<ArticleHistory> history;

    /// <summary>Gets the history after the append; for a file, it is read and checked on first use.</summary>
    public ArticleHistory History => history.Value;

    /// <summary>Gets whether a revision was added.</summary>
    public AppendOutcome Outcome { get; }

    /// <summary>Gets the added revision, or the latest revision when the text was unchanged.</summary>
    public Revision Revision { get; }
}
