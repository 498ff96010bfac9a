namespace ArticleRevisions.Rendering;

/// <summary>How an <see cref="HtmlDiffRenderer"/> writes.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record HtmlDiffOptions
{
    /// <summary>Gets the default options: the whole text, the stylesheet inline.</summary>
    public static HtmlDiffOptions Default { get; } = new();

    /// <summary>Gets whether the text is left out, leaving the summary and counts. Default: off.</summary>
    public bool StatOnly { get; init; }

    /// <summary>
    /// Gets the address of a stylesheet to link instead of inlining <see cref="HtmlStylesheet.Default"/>, for pages
    /// published together that share one copy; null (the default) keeps the page self-contained.
    /// </summary>
    public string? StylesheetHref { get; init; }
}
