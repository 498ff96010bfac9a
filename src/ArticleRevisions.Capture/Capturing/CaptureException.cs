namespace ArticleRevisions.Capture.Capturing;

/// <summary>A capture that cannot start as asked: no URL to fetch, no raw page to re-extract, a history that cannot take the import.</summary>
public sealed class CaptureException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in one line, naming the file or URL at fault.</param>
    public CaptureException(string message)
        : base(message)
    {
    }
}
