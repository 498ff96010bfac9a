using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="TimelineChart"/> as bars for a terminal: █ substantive, ▒ cosmetic, ░ original.</summary>
/// <remarks>
/// A first line names the article and the zone; then one row per revision: its number, its time, its bar, how long
/// it was current (<c>current</c> for the latest) and its verdict (<c>!stealth</c> marks a stealth edit). This type
/// is immutable and thread-safe.
/// </remarks>
public sealed class TextTimelineRenderer : IRenderer<TimelineChart>
{
    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in; <see cref="ReportOptions.Default"/> when null.</param>
    public TextTimelineRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(TimelineChart model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var zone = options.Zone ?? model.Article.Zone;
        writer.Write(TerminalText.Safe($"{model.Article.Title} ({model.Article.Id}), times in {zone.Id}"));
        writer.Write('\n');
        TimelineLayout.WriteText(writer, model, zone);
    }
}
