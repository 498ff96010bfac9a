using System.Globalization;
using ArticleRevisions.Capture.Archives;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Rendering;
using ArticleRevisions.Text;

namespace ArticleRevisions.Capture.Rendering;

/// <summary>Writes what an archive import did with one capture as one line, such as <c>2019-03-01T10:00:00Z  revision 3 added</c>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ArchiveStepTextRenderer : IRenderer<ArchiveStep>
{
    /// <inheritdoc/>
    public void Render(ArchiveStep model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var what = model.Outcome switch
        {
            CaptureOutcome.Added => $"revision {model.Revision?.Number.ToString(CultureInfo.InvariantCulture)} added",
            CaptureOutcome.Unchanged => "same text as before, skipped",
            _ => $"not imported: {model.Detail}",
        };
        writer.Write($"{TimeFormat.Utc(model.Capture.At)}  {what}\n");
    }
}
