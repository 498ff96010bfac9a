using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="TimelineChart"/> as one HTML page: the title, a legend, and a table whose bars are set in a fixed-width font.</summary>
/// <remarks>
/// The page shares <see cref="HtmlStylesheet.Default"/> with every HTML page of this library; it has no scripts and
/// makes no external requests unless a stylesheet is linked. This type is immutable and thread-safe.
/// </remarks>
public sealed class HtmlTimelineRenderer : IRenderer<TimelineChart>
{
    private readonly HtmlReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in and the stylesheet; <see cref="HtmlReportOptions.Default"/> when null.</param>
    public HtmlTimelineRenderer(HtmlReportOptions? options = null)
    {
        this.options = options ?? HtmlReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(TimelineChart model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        HtmlReportWriter.Write(writer, TimelineDocument.From(model, options.Zone ?? model.Article.Zone), options.StylesheetHref);
    }
}
