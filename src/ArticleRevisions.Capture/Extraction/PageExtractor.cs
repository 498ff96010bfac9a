using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ArticleRevisions.Capture.Fetching;

namespace ArticleRevisions.Capture.Extraction;

/// <summary>
/// Extracts an article's text from a page: by a <see cref="SourceDeclaration"/> when one is given, otherwise with a
/// Readability-style extractor (SmartReader), falling back to the page's body without navigation, headers, footers
/// and ads when that finds no article.
/// </summary>
/// <remarks>Thread-safe; every call parses its own document.</remarks>
public static partial class PageExtractor
{
    /// <summary>The version of our own extraction rules; part of every extractor identity, raised when they change what is extracted.</summary>
    public const int RulesVersion = 1;

    /// <summary>The identity of the automatic extractor, recorded with each revision it produced.</summary>
    public static readonly string ReadabilityId = $"readability:smartreader-{typeof(SmartReader.Reader).Assembly.GetName().Version?.ToString(3)}/{RulesVersion}";

    private const string BoilerplateSelector =
        "nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
        + "ins.adsbygoogle, .ad, .ads, .advert, .advertisement, .sponsored, .promo, [id^=ad-], [class^=ad-], [aria-label=advertisement], "
        + ".share, .social, .cookie-banner, .newsletter";

    /// <summary>Extracts the article from a page's bytes, decoding them with the charset they declare.</summary>
    /// <param name="body">The page as received.</param>
    /// <param name="headerCharset">The charset the Content-Type header named, if any.</param>
    /// <param name="uri">The page's URL (resolves relative links; some heuristics use it).</param>
    /// <param name="declaration">The source's declaration, or null for the automatic extractor.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is null.</exception>
    /// <exception cref="ExtractionException">A declared selector matched nothing, or the page holds no text: a broken source.</exception>
    public static ExtractedPage Extract(ReadOnlySpan<byte> body, string? headerCharset, Uri uri, SourceDeclaration? declaration)
    {
        var decoded = PageDecoder.Decode(body, headerCharset);
        return Extract(decoded.Text, uri, declaration) with { Charset = decoded.Charset };
    }

    /// <summary>Extracts the article from a page's HTML.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="uri">The page's URL.</param>
    /// <param name="declaration">The source's declaration, or null for the automatic extractor.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> or <paramref name="uri"/> is null.</exception>
    /// <exception cref="ExtractionException">A declared selector matched nothing, or the page holds no text: a broken source.</exception>
    public static ExtractedPage Extract(string html, Uri uri, SourceDeclaration? declaration)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(uri);
        var document = new HtmlParser().ParseDocument(html);
        return declaration is null ? ByReadability(document, uri) : ByDeclaration(document, declaration);
    }

    private static ExtractedPage ByDeclaration(IHtmlDocument document, SourceDeclaration declaration)
    {
        var id = declaration.ExtractorId;
        foreach (var selector in declaration.Remove)
        {
            foreach (var element in document.QuerySelectorAll(selector).ToList())
            {
                element.Remove();
            }
        }

        var kept = new List<IElement>();
        foreach (var selector in declaration.Select)
        {
            var matched = document.QuerySelectorAll(selector);
            if (matched.Length == 0)
            {
                throw new ExtractionException(id, selector, $"broken source: the selector '{selector}' of declaration '{declaration.Name}' matches nothing on this page.");
            }

            kept.AddRange(matched);
        }

        // Document order, each element once even when two selectors match it or its ancestor.
        var ordered = document.All.Where(kept.Contains).Where(e => !kept.Any(other => other != e && other.Contains(e))).ToList();
        var text = HtmlText.FromElements(ordered);
        if (text.Length == 0)
        {
            throw new ExtractionException(id, null, $"broken source: declaration '{declaration.Name}' found its elements, but they hold no text.");
        }

        return new ExtractedPage
        {
            Text = text,
            Title = declaration.Title is { } t && Collapse(document.QuerySelector(t)?.TextContent) is { } title ? title : PageMetadata.Title(document),
            ClaimedPublished = TimeAt(document, declaration.Published) ?? PageMetadata.Published(document),
            ClaimedModified = TimeAt(document, declaration.Modified) ?? PageMetadata.Modified(document),
            EditedMark = declaration.EditedSelector is { } edited ? HasEditedMark(document, edited, declaration.EditedText) : null,
            Extractor = id,
        };
    }

    private static ExtractedPage ByReadability(IHtmlDocument document, Uri uri)
    {
        // What the page says about itself is read before anything is removed from it.
        var title = PageMetadata.Title(document);
        var published = PageMetadata.Published(document);
        var modified = PageMetadata.Modified(document);
        foreach (var element in document.QuerySelectorAll("script:not([type='application/ld+json']), style, noscript, template, iframe, " + BoilerplateSelector).ToList())
        {
            element.Remove();
        }

        var fallback = (IHtmlDocument)document.Clone(deep: true);
        IElement? content = null;
        using (var reader = new SmartReader.Reader(uri.AbsoluteUri, document) { Debug = false, DisableJSONLD = true })
        {
            reader.AddCustomOperationEnd(element => content = element);
            var article = reader.GetArticle();
            if (!article.IsReadable)
            {
                content = null;
            }
        }

        var text = content is null ? string.Empty : HtmlText.FromElements([content]);
        if (text.Length == 0 && fallback.Body is { } body)
        {
            text = HtmlText.FromElements([body]);
        }

        if (text.Length == 0)
        {
            throw new ExtractionException(ReadabilityId, null, "broken source: the page holds no text.");
        }

        return new ExtractedPage
        {
            Text = text,
            Title = title,
            ClaimedPublished = published,
            ClaimedModified = modified,
            Extractor = ReadabilityId,
        };
    }

    private static ClaimedTime? TimeAt(IHtmlDocument document, string? selector)
    {
        if (selector is null || document.QuerySelector(selector) is not { } element)
        {
            return null;
        }

        var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
        return Collapse(value) is { } text ? PageMetadata.Read(text, $"selector {selector}") : null;
    }

    private static bool HasEditedMark(IHtmlDocument document, string selector, string? word)
    {
        var elements = document.QuerySelectorAll(selector);
        if (word is null)
        {
            return elements.Length > 0;
        }

        var pattern = new Regex($@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return elements.Any(e => pattern.IsMatch(e.TextContent));
    }

    private static string? Collapse(string? value)
    {
        var collapsed = value is null ? string.Empty : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
