namespace ArticleRevisions.Storage;

/// <summary>
/// Thrown when a history file cannot be read or appended to because its content is not a valid history.
/// </summary>
/// <remarks>The message has the form <c>path:line: reason</c>, the way compilers report errors.</remarks>
public sealed class HistoryFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="filePath">The history file.</param>
    /// <param name="lineNumber">The 1-based line at fault.</param>
    /// <param name="fault">What kind of fault it is.</param>
    /// <param name="reason">What is wrong, as one sentence.</param>
    /// <param name="innerException">The parser error behind it, if any.</param>
    public HistoryFormatException(string filePath, int lineNumber, HistoryFileFault fault, string reason, Exception? innerException = null)
        : base($"{filePath}:{lineNumber}: {reason}", innerException)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Fault = fault;
        Reason = reason;
    }

    /// <summary>Gets the history file's path as it was given.</summary>
    public string FilePath { get; }

    /// <summary>Gets the 1-based line at fault.</summary>
    public int LineNumber { get; }

    /// <summary>Gets what kind of fault it is.</summary>
    public HistoryFileFault Fault { get; }

    /// <summary>Gets what is wrong, without the file and line.</summary>
    public string Reason { get; }
}
