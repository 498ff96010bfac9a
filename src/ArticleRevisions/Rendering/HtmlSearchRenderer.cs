using ArticleRevisions.Timeline;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="PhraseLifecycle"/> as one HTML page: the phrase, then a table of the stretches of time it was present.</summary>
/// <remarks>
/// The page shares <see cref="HtmlStylesheet.Default"/> with every HTML page of this library; it has no scripts and
/// makes no external requests unless a stylesheet is linked. This type is immutable and thread-safe.
/// </remarks>
public sealed class HtmlSearchRenderer : IRenderer<PhraseLifecycle>
{
    private readonly HtmlReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in and the stylesheet; <see cref="HtmlReportOptions.Default"/> when null.</param>
    public HtmlSearchRenderer(HtmlReportOptions? options = null)
    {
        this.options = options ?? HtmlReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(PhraseLifecycle model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        HtmlReportWriter.Write(writer, SearchDocument.From(model, options.Zone ?? model.Article.Zone), options.StylesheetHref);
    }
}
