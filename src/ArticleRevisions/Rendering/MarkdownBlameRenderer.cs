using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="BlameReport"/> as Markdown: a table of runs by origin, then a table of the text removed.</summary>
/// <remarks>Editors are shown whole; every cell is escaped to render literally. This type is immutable and thread-safe.</remarks>
public sealed class MarkdownBlameRenderer : IRenderer<BlameReport>
{
    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in; <see cref="ReportOptions.Default"/> when null.</param>
    public MarkdownBlameRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(BlameReport model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        MarkdownReportWriter.Write(writer, BlameDocument.From(model, options.Zone ?? model.Article.Zone));
    }
}
