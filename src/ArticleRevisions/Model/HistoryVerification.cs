namespace ArticleRevisions.Model;

/// <summary>The outcome of checking a history's hash chain.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record HistoryVerification
{
    private HistoryVerification(int revisionCount, int? firstMismatch, string? expectedHash, string? actualHash)
    {
        RevisionCount = revisionCount;
        FirstMismatch = firstMismatch;
        ExpectedHash = expectedHash;
        ActualHash = actualHash;
    }

    /// <summary>Gets the number of revisions checked.</summary>
    public int RevisionCount { get; }

    /// <summary>Gets whether every revision's hash matches its content and predecessor.</summary>
    public bool IsValid => FirstMismatch is null;

    /// <summary>Gets the number of the first revision whose stored hash does not match, or null when all match.</summary>
    public int? FirstMismatch { get; }

    /// <summary>Gets the hash the first mismatching revision should carry, or null when all match.</summary>
    public string? ExpectedHash { get; }

    /// <summary>Gets the hash the first mismatching revision carries, or null when all match.</summary>
    public string? ActualHash { get; }

    internal static HistoryVerification Valid(int revisionCount) => new(revisionCount, null, null, null);

    internal static HistoryVerification Mismatch(int revisionCount, Revision revision, string expectedHash) =>
        new(revisionCount, revision.Number, expectedHash, revision.Hash);
}
