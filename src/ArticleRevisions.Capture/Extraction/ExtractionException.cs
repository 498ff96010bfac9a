namespace ArticleRevisions.Capture.Extraction;

/// <summary>A page from which no article could be extracted: a declaration's selector matched nothing, or the page holds no text.</summary>
/// <remarks>The page is then a broken source: nothing is recorded as its text.</remarks>
public sealed class ExtractionException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="extractor">The extractor that failed, such as <c>declaration:telegram-post/1</c>.</param>
    /// <param name="selector">The selector that matched nothing, if that is the reason.</param>
    /// <param name="message">What went wrong, in one line.</param>
    public ExtractionException(string extractor, string? selector, string message)
        : base(message)
    {
        Extractor = extractor;
        Selector = selector;
    }

    /// <summary>Gets the extractor that failed.</summary>
    public string Extractor { get; }

    /// <summary>Gets the selector that matched nothing, if that is the reason.</summary>
    public string? Selector { get; }
}
