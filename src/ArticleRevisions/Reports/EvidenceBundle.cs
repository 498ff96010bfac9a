using System.Collections.Immutable;
using ArticleRevisions.Classification;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>
/// The evidence for one edit: two revisions of an article with everything needed to show and check the change
/// (their texts and metadata, the hashes that tie them to the history, their raw sources, the comparison and its
/// verdict), and when the bundle was made.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class EvidenceBundle
{
    private EvidenceBundle(Article article, BundledRevision from, BundledRevision to, Comparison comparison, RevisionClassification classification, Instant createdAt)
    {
        Article = article;
        From = from;
        To = to;
        Comparison = comparison;
        Classification = classification;
        CreatedAt = createdAt;
    }

    /// <summary>Gets the article.</summary>
    public Article Article { get; }

    /// <summary>Gets the earlier revision.</summary>
    public BundledRevision From { get; }

    /// <summary>Gets the later revision.</summary>
    public BundledRevision To { get; }

    /// <summary>Gets the comparison from the earlier text to the later one.</summary>
    public Comparison Comparison { get; }

    /// <summary>Gets the edit's labels and verdict, judged as if the later revision came straight after the earlier one.</summary>
    public RevisionClassification Classification { get; }

    /// <summary>Gets when the bundle was made.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gathers the evidence for the change from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="history">The history.</param>
    /// <param name="from">The earlier revision; the one before <paramref name="to"/> when null.</param>
    /// <param name="to">The later revision; the latest when null.</param>
    /// <param name="rawSources">The history's raw-source store, read for revisions that name a raw source; null when there is none.</param>
    /// <param name="createdAt">When the bundle is made (from the caller's clock).</param>
    /// <param name="options">How to compare; <see cref="DiffOptions.Default"/> when null.</param>
    /// <returns>The bundle. A raw source the store does not hold is kept as a reference without bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The history has fewer than two revisions and a revision was left to default, a revision is not one of this
    /// history's, or <paramref name="from"/> is not earlier than <paramref name="to"/>.
    /// </exception>
    /// <exception cref="InvalidDataException">A stored raw source is damaged.</exception>
    /// <exception cref="IOException">A stored raw source cannot be read.</exception>
    public static EvidenceBundle Create(ArticleHistory history, Revision? from, Revision? to, RawSourceStore? rawSources, Instant createdAt, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        to ??= history.Latest ?? throw new ArgumentException("The history has no revisions to compare.", nameof(history));
        from ??= to.Number > 1
            ? history.GetRevision(to.Number - 1)
            : throw new ArgumentException("Revision 1 has no revision before it to compare with.", nameof(from));
        var comparison = Comparison.OfRevisions(history, from, to, options);
        if (from.Number >= to.Number)
        {
            throw new ArgumentException($"Revision {from.Number} is not earlier than revision {to.Number}: a bundle shows one change, from an earlier revision to a later one.", nameof(from));
        }

        return new EvidenceBundle(
            history.Article,
            Bundle(history, from, rawSources),
            Bundle(history, to, rawSources),
            comparison,
            EditClassifier.Classify(from, to),
            createdAt);
    }

    private static BundledRevision Bundle(ArticleHistory history, Revision revision, RawSourceStore? store)
    {
        RawSourceCopy? raw = null;
        if (revision.RawSource is { } reference)
        {
            raw = new RawSourceCopy(reference, store is not null && store.Contains(reference) ? [.. store.Get(reference)] : null);
        }

        return new BundledRevision(revision, PreviousHash(history, revision), raw);
    }

    /// <summary>The hash of the line before <paramref name="revision"/> in the chain: the last event recorded after the revision before it, or that revision, or the header.</summary>
    private static string? PreviousHash(ArticleHistory history, Revision revision)
    {
        var eventBefore = history.Events.LastOrDefault(e => e.AfterRevision == revision.Number - 1);
        return eventBefore?.Hash ?? (revision.Number > 1 ? history.GetRevision(revision.Number - 1).Hash : history.HeaderHash);
    }
}
