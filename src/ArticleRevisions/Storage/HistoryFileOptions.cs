namespace ArticleRevisions.Storage;

/// <summary>How a <see cref="HistoryFile"/> writes: how long it waits for other writers, and how often it stores a full text.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record HistoryFileOptions
{
    /// <summary>Gets the options used when none are given: a 10 s lock timeout and a full text every 100 revisions.</summary>
    public static HistoryFileOptions Default { get; } = new();

    /// <summary>Gets how long a writer waits for another writer to finish before it fails with <see cref="HistoryLockedException"/>; 10 s by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative time.</exception>
    public TimeSpan LockTimeout
    {
        get;
        init => field = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A lock timeout is zero or more.");
    } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets how many revisions may follow a full text as deltas before the next full text (1 stores every text in full);
    /// 100 by default, so reading any revision replays at most 99 deltas.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int CheckpointInterval
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A checkpoint interval is 1 or more.");
    } = 100;
}
