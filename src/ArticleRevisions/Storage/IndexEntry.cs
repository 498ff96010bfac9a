using NodaTime;

namespace ArticleRevisions.Storage;

/// <summary>Where one line of a history is and what it holds, as the sidecar index keeps it.</summary>
/// <param name="Offset">The line's first byte in the history file.</param>
/// <param name="Length">The line's length in bytes, its newline included.</param>
/// <param name="Kind">What the line holds.</param>
/// <param name="Number">For a revision, its number; for an event, how many revisions come before it.</param>
/// <param name="Base">For a revision, the number of the revision whose full text its deltas start from (itself when it holds its text); 0 for an event.</param>
/// <param name="At">The line's time.</param>
/// <param name="ObservedAt">For a revision, when it was observed, if that differs.</param>
/// <param name="Hash">The line's chain hash.</param>
internal readonly record struct IndexEntry(long Offset, int Length, IndexEntryKind Kind, int Number, int Base, Instant At, Instant? ObservedAt, string Hash)
{
    public long End => Offset + Length;

    public bool IsRevision => Kind is IndexEntryKind.FullText or IndexEntryKind.Delta;
}
