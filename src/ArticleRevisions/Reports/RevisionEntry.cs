using ArticleRevisions.Classification;
using ArticleRevisions.Model;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Reports;

/// <summary>One revision with when it was current and how it changed the one before it.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record RevisionEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="timing">When the revision was current.</param>
    /// <param name="classification">How it changed the revision before it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The timing and the classification are about different revisions.</exception>
    public RevisionEntry(RevisionTiming timing, RevisionClassification classification)
    {
        ArgumentNullException.ThrowIfNull(timing);
        ArgumentNullException.ThrowIfNull(classification);
        if (timing.Revision != classification.Revision)
        {
            throw new ArgumentException($"The timing is about revision {timing.Revision.Number} but the classification about revision {classification.Revision.Number}.", nameof(classification));
        }

        Timing = timing;
        Classification = classification;
    }

    /// <summary>Gets the revision.</summary>
    public Revision Revision => Timing.Revision;

    /// <summary>Gets when the revision was current, and how long after the one before it came.</summary>
    public RevisionTiming Timing { get; }

    /// <summary>Gets how it changed the revision before it: labels, verdict, counts.</summary>
    public RevisionClassification Classification { get; }

    /// <summary>Gets every revision of a history with its timing and classification, oldest first.</summary>
    /// <param name="history">The history.</param>
    /// <returns>One entry per revision: one diff per revision after the first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static IReadOnlyList<RevisionEntry> ForHistory(ArticleHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var timings = history.GetTimings();
        var classifications = EditClassifier.Classify(history);
        return [.. timings.Zip(classifications, (timing, classification) => new RevisionEntry(timing, classification))];
    }
}
