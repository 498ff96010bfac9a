namespace ArticleRevisions.Import;

/// <summary>
/// Thrown when something given to an importer or exporter cannot be used as asked: a malformed or hostile file, a
/// snapshot without a time, a git repository that does not hold the file, a destination that would be overwritten.
/// </summary>
/// <remarks>
/// The message is one line of the form <c>source:line: reason</c> (or <c>source: reason</c> when no line applies),
/// the way compilers report errors; nothing has been written when it is thrown.
/// </remarks>
public sealed class ImportException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file, folder or repository at fault, as it was given.</param>
    /// <param name="line">The 1-based line at fault, or 0 when no line applies.</param>
    /// <param name="reason">What is wrong, as one sentence.</param>
    /// <param name="innerException">The error behind it, if any.</param>
    public ImportException(string sourceName, int line, string reason, Exception? innerException = null)
        : base(line > 0 ? $"{sourceName}:{line}: {reason}" : $"{sourceName}: {reason}", innerException)
    {
        SourceName = sourceName;
        Line = line;
        Reason = reason;
    }

    /// <summary>Gets the file, folder or repository at fault, as it was given.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 1-based line at fault, or 0 when no line applies.</summary>
    public int Line { get; }

    /// <summary>Gets what is wrong, as one sentence.</summary>
    public string Reason { get; }
}
