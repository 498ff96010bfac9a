namespace ArticleRevisions.Model;

/// <summary>The outcome of checking a history's hash chain.</summary>
/// <remarks>This type is immutable and thread-safe. At most one of <see cref="HeaderMismatch"/>, <see cref="FirstMismatch"/> and <see cref="MismatchedEvent"/> is set.</remarks>
public sealed record HistoryVerification
{
    private HistoryVerification(int revisionCount, int? firstMismatch, string? expectedHash, string? actualHash, RecordedEvent? mismatchedEvent = null, bool headerMismatch = false)
    {
        RevisionCount = revisionCount;
        FirstMismatch = firstMismatch;
        ExpectedHash = expectedHash;
        ActualHash = actualHash;
        MismatchedEvent = mismatchedEvent;
        HeaderMismatch = headerMismatch;
    }

    /// <summary>Gets the number of revisions checked.</summary>
    public int RevisionCount { get; }

    /// <summary>Gets whether the header and every revision's and event's hash match their content and predecessor.</summary>
    public bool IsValid => FirstMismatch is null && MismatchedEvent is null && !HeaderMismatch;

    /// <summary>Gets whether the sealed header's hash does not match the article's metadata.</summary>
    public bool HeaderMismatch { get; }

    /// <summary>Gets the number of the first revision whose stored hash does not match, or null when none is found.</summary>
    public int? FirstMismatch { get; }

    /// <summary>Gets the first event whose stored hash does not match, when that comes before any mismatching revision.</summary>
    public RecordedEvent? MismatchedEvent { get; }

    /// <summary>Gets the hash the first mismatching line should carry, or null when all match.</summary>
    public string? ExpectedHash { get; }

    /// <summary>Gets the hash the first mismatching line carries, or null when all match.</summary>
    public string? ActualHash { get; }

    internal static HistoryVerification Valid(int revisionCount) => new(revisionCount, null, null, null);

    internal static HistoryVerification Mismatch(int revisionCount, Revision revision, string expectedHash) =>
        new(revisionCount, revision.Number, expectedHash, revision.Hash);

    internal static HistoryVerification EventMismatch(RecordedEvent recorded, string expectedHash) =>
        new(recorded.AfterRevision, null, expectedHash, recorded.Hash, recorded);

    internal static HistoryVerification HeaderMismatched(int revisionCount, string expectedHash, string actualHash) =>
        new(revisionCount, null, expectedHash, actualHash, headerMismatch: true);
}
