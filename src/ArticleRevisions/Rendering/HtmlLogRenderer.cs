using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="RevisionLog"/> as one HTML page: the title, the counts, and a table with the text renderer's columns.</summary>
/// <remarks>
/// The page shares <see cref="HtmlStylesheet.Default"/> with every HTML page of this library; it has no scripts and
/// makes no external requests unless a stylesheet is linked. Every cell is escaped. This type is immutable and
/// thread-safe.
/// </remarks>
public sealed class HtmlLogRenderer : IRenderer<RevisionLog>
{
    private readonly HtmlReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in and the stylesheet; <see cref="HtmlReportOptions.Default"/> when null.</param>
    public HtmlLogRenderer(HtmlReportOptions? options = null)
    {
        this.options = options ?? HtmlReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(RevisionLog model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        HtmlReportWriter.Write(writer, LogDocument.From(model, options.Zone ?? model.Article.Zone), options.StylesheetHref);
    }
}
