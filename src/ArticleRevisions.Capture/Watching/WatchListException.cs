namespace ArticleRevisions.Capture.Watching;

/// <summary>A watch list that cannot be used: malformed JSON, a bad value, a duplicate id, or an id that is not there.</summary>
public sealed class WatchListException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The watch list file.</param>
    /// <param name="reason">What is wrong, in one line.</param>
    public WatchListException(string path, string reason)
        : base($"{path}: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>Gets the watch list file.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Reason { get; }
}
