using ArticleRevisions.Model;
using ArticleRevisions.Reports;
using ArticleRevisions.Text;

namespace ArticleRevisions.Rendering;

/// <summary>Writes an <see cref="AppendReport"/> as one line: the revision added, its time in the article's zone and UTC, and the words it changed.</summary>
/// <remarks>
/// <c>Added revision 2 at 2025-01-07 13:47:00 +02:00 (2025-01-07T11:47:00Z): +8 -4 words.</c>, or, when the text
/// equalled the latest revision, <c>Unchanged: the text equals revision 1; nothing was added.</c> This type is
/// immutable and thread-safe.
/// </remarks>
public sealed class TextAppendRenderer : IRenderer<AppendReport>
{
    /// <inheritdoc/>
    public void Render(AppendReport model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var revision = model.Result.Revision;
        if (model.Result.Outcome == AppendOutcome.UnchangedText || model.Change is not { } words)
        {
            writer.Write($"Unchanged: the text equals revision {revision.Number}; nothing was added.\n");
            return;
        }

        writer.Write($"Added revision {revision.Number} at {TimeFormat.InZone(revision.At, model.Article.Zone)} ({TimeFormat.Utc(revision.At)}): +{words.WordsAdded} -{words.WordsRemoved} words.\n");
    }
}
