using System.Collections.Immutable;

namespace ArticleRevisions.Capture.Extraction;

/// <summary>
/// How to extract one source's article by CSS selectors, for pages the automatic extractor gets wrong (as Open Terms
/// Archive declares its documents): what to keep, what to remove, and where the page states its title, time and edits.
/// </summary>
/// <remarks>
/// This type is immutable and thread-safe. A declaration whose <see cref="Select"/> selectors match nothing on a page
/// makes that page a broken source (an <see cref="ExtractionException"/>), never an empty article.
/// </remarks>
public sealed record SourceDeclaration
{
    /// <summary>Gets the declaration's name, such as <c>telegram-post</c>; part of the extractor's identity.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the declaration's version; raise it when a change alters what is extracted, so re-extractions are told apart from edits.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Gets the host names it applies to by default (exact, or any subdomain of them); empty for declarations used only by name.</summary>
    public ImmutableArray<string> Hosts { get; init; } = [];

    /// <summary>Gets a query string added to the URL when fetching (such as <c>embed=1</c>); the history keeps the URL as given.</summary>
    public string? FetchQuery { get; init; }

    /// <summary>Gets the CSS selectors of the elements whose text is the article, in document order; at least one.</summary>
    public ImmutableArray<string> Select { get; init; } = [];

    /// <summary>Gets the CSS selectors of elements removed first (share buttons, quoted replies, ads).</summary>
    public ImmutableArray<string> Remove { get; init; } = [];

    /// <summary>Gets the CSS selector of the title, if the page's own title is not the right one.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the CSS selector of the element stating when the page was published (its <c>datetime</c> attribute, or its text).</summary>
    public string? Published { get; init; }

    /// <summary>Gets the CSS selector of the element stating when the page was modified (its <c>datetime</c> attribute, or its text).</summary>
    public string? Modified { get; init; }

    /// <summary>Gets the CSS selector of the element that carries the page's own "edited" mark, if it has one.</summary>
    public string? EditedSelector { get; init; }

    /// <summary>Gets the word that element shows when the page says it was edited (case-insensitive, a whole word).</summary>
    public string? EditedText { get; init; }

    /// <summary>Gets the extractor identity recorded with each revision, such as <c>declaration:telegram-post/1</c>.</summary>
    public string ExtractorId => $"declaration:{Name}/{Version}";

    /// <summary>Returns whether this declaration applies to <paramref name="uri"/> by its host.</summary>
    /// <param name="uri">An absolute URL.</param>
    /// <returns><see langword="true"/> when the URL's host is one of <see cref="Hosts"/> or a subdomain of one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is null.</exception>
    public bool AppliesTo(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsAbsoluteUri && Hosts.Any(h => string.Equals(uri.Host, h, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Returns the URL to fetch for <paramref name="uri"/>: the same, with <see cref="FetchQuery"/> added when there is one.</summary>
    /// <param name="uri">The page's URL as the history keeps it.</param>
    /// <returns>The URL to request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is null.</exception>
    public Uri FetchUri(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (string.IsNullOrEmpty(FetchQuery))
        {
            return uri;
        }

        var builder = new UriBuilder(uri);
        builder.Query = string.IsNullOrEmpty(builder.Query) || builder.Query == "?" ? FetchQuery : builder.Query.TrimStart('?') + "&" + FetchQuery;
        return builder.Uri;
    }
}
