using ArticleRevisions.Diffing;
using ArticleRevisions.Model;

namespace ArticleRevisions.Provenance;

/// <summary>
/// Finds who wrote what: attributes each sentence and word of a revision to the revision that introduced it, and
/// reports the text removed along the way, by whom, and how long it had stood ("blame").
/// </summary>
/// <remarks>
/// <para>
/// The history is walked from its first revision, comparing each revision only with the one before it, so
/// reaching revision <c>n</c> costs <c>n - 1</c> diffs. Unchanged and moved text keeps its origin; inserted text
/// belongs to the revision that inserted it, unless it puts back text removed earlier (a revert), which gets its
/// first origin again, as WikiWho does for Wikipedia. Words put back are recognised by their text and the words
/// that stood beside them; sentences by their whole normalised text.
/// </para>
/// <para>This type is stateless and thread-safe. It never reads the clock or writes anywhere.</para>
/// </remarks>
public static class ProvenanceTracker
{
    /// <summary>
    /// Gets the diff options used when none are given: those of <see cref="DiffOptions.Default"/>, with white
    /// space and typographic variants ignored, so that re-wrapping, line endings or curly quotes do not take text
    /// away from its author.
    /// </summary>
    public static DiffOptions DefaultOptions { get; } =
        DiffOptions.Default with { IgnoreWhitespace = true, NormalizePunctuation = true };

    /// <summary>Attributes the text of revision <paramref name="revisionNumber"/> to the revisions that introduced it.</summary>
    /// <param name="history">The history.</param>
    /// <param name="revisionNumber">The 1-based number of the revision to report on.</param>
    /// <param name="options">
    /// How consecutive revisions are compared, and so which differences count as a change of author;
    /// <see cref="DefaultOptions"/> when null. Sentences are matched by their text normalised by these options.
    /// </param>
    /// <returns>The revision's sentences and words with their origins, and the text removed up to and including it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The history has no revision numbered <paramref name="revisionNumber"/>.</exception>
    /// <remarks>Costs one diff for each revision from 2 to <paramref name="revisionNumber"/>.</remarks>
    public static ProvenanceReport Compute(ArticleHistory history, int revisionNumber, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        // Throws for a number outside the history before any diff is made, naming the numbers there are.
        _ = history.GetRevision(revisionNumber);

        var walker = new ProvenanceWalker(history.GetRevision(1), options ?? DefaultOptions);
        while (walker.Revision.Number < revisionNumber)
        {
            walker.Advance(history.GetRevision(walker.Revision.Number + 1));
        }

        return walker.Report();
    }

    /// <summary>Attributes the text of every revision in turn, walking the history once.</summary>
    /// <param name="history">The history.</param>
    /// <param name="options">How consecutive revisions are compared; <see cref="DefaultOptions"/> when null.</param>
    /// <returns>One report per revision, oldest first; none for an empty history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <remarks>
    /// Each report equals what <see cref="Compute"/> returns for its revision, but all of them together cost only one
    /// diff per revision. The reports are made as the sequence is read, so a long history need not be held in
    /// memory as reports all at once; reading the sequence again walks the history again.
    /// </remarks>
    public static IEnumerable<ProvenanceReport> ComputeAll(ArticleHistory history, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        return Walk(history, options ?? DefaultOptions);
    }

    private static IEnumerable<ProvenanceReport> Walk(ArticleHistory history, DiffOptions options)
    {
        if (history.Count == 0)
        {
            yield break;
        }

        var walker = new ProvenanceWalker(history.GetRevision(1), options);
        yield return walker.Report();
        while (walker.Revision.Number < history.Count)
        {
            walker.Advance(history.GetRevision(walker.Revision.Number + 1));
            yield return walker.Report();
        }
    }
}
