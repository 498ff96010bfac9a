using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="TimelineChart"/> as Markdown: a bold title, a legend, and a table whose bars are code spans.</summary>
/// <remarks>Every other cell is escaped to render literally. This type is immutable and thread-safe.</remarks>
public sealed class MarkdownTimelineRenderer : IRenderer<TimelineChart>
{
    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in; <see cref="ReportOptions.Default"/> when null.</param>
    public MarkdownTimelineRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(TimelineChart model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        MarkdownReportWriter.Write(writer, TimelineDocument.From(model, options.Zone ?? model.Article.Zone));
    }
}
