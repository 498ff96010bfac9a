using ArticleRevisions.Classification;
using ArticleRevisions.Model;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Reports;

/// <summary>One revision as a log or a timeline lists it: the revision without its text, when it was current, and how it changed the one before.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record RevisionEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="timing">When it was current.</param>
    /// <param name="classification">How it changed the revision before it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RevisionEntry(RevisionSummary revision, EntryTiming timing, RevisionFacts classification)
    {
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(timing);
        ArgumentNullException.ThrowIfNull(classification);
        Revision = revision;
        Timing = timing;
        Classification = classification;
    }

    /// <summary>Gets the revision, without its text.</summary>
    public RevisionSummary Revision { get; }

    /// <summary>Gets when the revision was current, and how long after the one before it came.</summary>
    public EntryTiming Timing { get; }

    /// <summary>Gets how it changed the revision before it: counts, verdict, labels.</summary>
    public RevisionFacts Classification { get; }

    /// <summary>Gets every revision of a history with its timing and classification, oldest first.</summary>
    /// <param name="history">The history.</param>
    /// <returns>One entry per revision: one diff per revision after the first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static IReadOnlyList<RevisionEntry> ForHistory(ArticleHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var classifications = EditClassifier.Classify(history);
        return Join([.. history.Revisions.Select(RevisionSummary.Of)], [.. classifications.Select(RevisionFacts.Of)]);
    }

    /// <summary>Joins revisions, oldest first, with their facts, computing their timings from their times.</summary>
    internal static RevisionEntry[] Join(IReadOnlyList<RevisionSummary> revisions, IReadOnlyList<RevisionFacts> facts)
    {
        var times = TimingRules.Compute([.. revisions.Select(r => (r.At, r.ObservedAt))]);
        var entries = new RevisionEntry[revisions.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var (validity, sincePrevious, sinceFirst, window) = times[i];
            entries[i] = new RevisionEntry(revisions[i], new EntryTiming(validity, sincePrevious, sinceFirst, window), facts[i]);
        }

        return entries;
    }
}
