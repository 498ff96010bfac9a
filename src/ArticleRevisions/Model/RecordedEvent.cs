namespace ArticleRevisions.Model;

/// <summary>An event as a history holds it: where it stands in the chain, and its chain hash.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RecordedEvent
{
    /// <summary>Creates a recorded event from stored values.</summary>
    /// <param name="event">What happened.</param>
    /// <param name="afterRevision">How many revisions come before it in the chain (0 when it comes before the first).</param>
    /// <param name="hash">The SHA-256 chain hash, as 64 lowercase hexadecimal digits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> or <paramref name="hash"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterRevision"/> is negative.</exception>
    /// <exception cref="ArgumentException">The hash is not 64 lowercase hex digits.</exception>
    public RecordedEvent(HistoryEvent @event, int afterRevision, string hash)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentOutOfRangeException.ThrowIfNegative(afterRevision);
        if (!RevisionHasher.IsWellFormed(hash))
        {
            throw new ArgumentException($"Hash '{hash}' is not 64 lowercase hexadecimal digits.", nameof(hash));
        }

        Event = @event;
        AfterRevision = afterRevision;
        Hash = hash;
    }

    /// <summary>Gets what happened.</summary>
    public HistoryEvent Event { get; }

    /// <summary>Gets how many revisions come before this event in the chain.</summary>
    public int AfterRevision { get; }

    /// <summary>Gets the SHA-256 chain hash over the event and the hash of the line before it.</summary>
    public string Hash { get; }

    /// <summary>Computes the hash this event should carry when it follows a line whose hash is <paramref name="previousHash"/>.</summary>
    /// <param name="previousHash">The hash of the line before it in the chain.</param>
    /// <returns>The expected hash; equal to <see cref="Hash"/> for an untampered event.</returns>
    public string ComputeHash(string? previousHash) => RevisionHasher.ComputeEvent(previousHash, Event);
}
