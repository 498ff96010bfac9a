using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="BlameReport"/> as one HTML page: a table of runs by origin, then a table of the text removed.</summary>
/// <remarks>
/// The page shares <see cref="HtmlStylesheet.Default"/> with every HTML page of this library; it has no scripts and
/// makes no external requests unless a stylesheet is linked. This type is immutable and thread-safe.
/// </remarks>
public sealed class HtmlBlameRenderer : IRenderer<BlameReport>
{
    private readonly HtmlReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in and the stylesheet; <see cref="HtmlReportOptions.Default"/> when null.</param>
    public HtmlBlameRenderer(HtmlReportOptions? options = null)
    {
        this.options = options ?? HtmlReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(BlameReport model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        HtmlReportWriter.Write(writer, BlameDocument.From(model, options.Zone ?? model.Article.Zone), options.StylesheetHref);
    }
}
