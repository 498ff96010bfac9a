namespace ArticleRevisions.Rendering;

/// <summary>How an <see cref="HtmlCollectionIndexRenderer"/> writes.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record HtmlCollectionIndexOptions
{
    /// <summary>Gets the default options: the stylesheet inline, articles' pages in <c>articles/</c>.</summary>
    public static HtmlCollectionIndexOptions Default { get; } = new();

    /// <summary>
    /// Gets the address of a stylesheet to link instead of inlining <see cref="HtmlStylesheet.Default"/>; null (the
    /// default) keeps the page self-contained.
    /// </summary>
    public string? StylesheetHref { get; init; }

    /// <summary>
    /// Gets the folder, relative to the index, holding each article's page, named after the entry
    /// (<c>NAME.html</c>). Default: <c>articles/</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public string ArticlesFolder
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value;
        }
    } = "articles/";

    /// <summary>Gets the address of <paramref name="name"/>'s page, relative to the index.</summary>
    /// <param name="name">The entry's name.</param>
    /// <returns>The folder followed by the name, escaped for a URL, and <c>.html</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string ArticleHref(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ArticlesFolder + Uri.EscapeDataString(name) + ".html";
    }
}
