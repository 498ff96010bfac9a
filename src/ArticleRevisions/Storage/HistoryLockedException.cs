namespace ArticleRevisions.Storage;

/// <summary>Thrown when a writer waited for a history's lock as long as it was allowed and another writer still held it.</summary>
/// <remarks>Nothing was written. Try again, or raise <see cref="HistoryFileOptions.LockTimeout"/>.</remarks>
public sealed class HistoryLockedException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="filePath">The history file.</param>
    /// <param name="timeout">How long the writer waited.</param>
    public HistoryLockedException(string filePath, TimeSpan timeout)
        : base($"{filePath}: another writer has held the history for {timeout.TotalSeconds:0.###} s (lock file {filePath}.lock); nothing was written. Try again, or wait longer (--lock-timeout).")
    {
        FilePath = filePath;
        Timeout = timeout;
    }

    /// <summary>Gets the history file's path as it was given.</summary>
    public string FilePath { get; }

    /// <summary>Gets how long the writer waited.</summary>
    public TimeSpan Timeout { get; }
}
