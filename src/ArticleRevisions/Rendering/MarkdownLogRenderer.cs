using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="RevisionLog"/> as Markdown: a bold title, the counts, and a table with the text renderer's columns.</summary>
/// <remarks>Every cell is escaped to render literally. This type is immutable and thread-safe.</remarks>
public sealed class MarkdownLogRenderer : IRenderer<RevisionLog>
{
    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in; <see cref="ReportOptions.Default"/> when null.</param>
    public MarkdownLogRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(RevisionLog model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        MarkdownReportWriter.Write(writer, LogDocument.From(model, options.Zone ?? model.Article.Zone));
    }
}
