using ArticleRevisions.Timeline;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="PhraseLifecycle"/> as Markdown: the phrase in bold, then a table of the stretches of time it was present.</summary>
/// <remarks>Every cell is escaped to render literally. This type is immutable and thread-safe.</remarks>
public sealed class MarkdownSearchRenderer : IRenderer<PhraseLifecycle>
{
    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in; <see cref="ReportOptions.Default"/> when null.</param>
    public MarkdownSearchRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(PhraseLifecycle model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        MarkdownReportWriter.Write(writer, SearchDocument.From(model, options.Zone ?? model.Article.Zone));
    }
}
