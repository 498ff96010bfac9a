namespace ArticleRevisions.Capture.Extraction;

/// <summary>An article's text extracted from a page, with what the page says about itself.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ExtractedPage
{
    /// <summary>Gets the article's text: paragraphs, headings and list items separated by blank lines, ending in a newline; never empty.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the page's title, if it has one.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the time the page claims it was published, if it states one.</summary>
    public ClaimedTime? ClaimedPublished { get; init; }

    /// <summary>Gets the time the page claims it was last modified, if it states one.</summary>
    public ClaimedTime? ClaimedModified { get; init; }

    /// <summary>Gets whether the page itself marks the article as edited (as Telegram's "edited" does); null when the extractor does not look.</summary>
    public bool? EditedMark { get; init; }

    /// <summary>Gets the extractor's identity and version, such as <c>readability:smartreader-0.11.1/1</c>, so a change of extractor can be told apart from an edit.</summary>
    public required string Extractor { get; init; }

    /// <summary>Gets the charset the page was decoded with.</summary>
    public string? Charset { get; init; }
}
