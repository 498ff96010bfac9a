using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Rendering;
using NodaTime;

namespace ArticleRevisions.Capture.Rendering;

/// <summary>Writes a capture's outcome as one line of text, such as <c>bridge: revision 2 added at 2025-02-12 10:00:00 +00:00, +8 -4 words (HTTP 200)</c>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CaptureTextRenderer : IRenderer<CaptureResult>
{
    private readonly DateTimeZone? zone;

    /// <summary>Creates the renderer.</summary>
    /// <param name="zone">The zone times are shown in; each article's own when null.</param>
    public CaptureTextRenderer(DateTimeZone? zone = null) => this.zone = zone;

    /// <inheritdoc/>
    public void Render(CaptureResult model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write($"{model.Article.Id}: {CaptureText.What(model, zone ?? model.Article.Zone)}\n");
    }
}
