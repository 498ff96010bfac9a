using ArticleRevisions.Diffing;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes the one-line, plain-language summary of a comparison, such as
/// <c>Replaced “new offensive” with “combat”; 1 sentence changed</c>, followed by a newline.
/// </summary>
/// <remarks>
/// <para>
/// Up to three edits are quoted, removals and replacements first (what a version no longer says is what readers
/// most need to see), then how many more there were, white-space and line-ending changes, and the sentences and
/// paragraphs added, removed, moved and changed. Edits are quoted in whole words even at
/// <see cref="DiffGranularity.Character"/>. When nothing differs, it says <c>No differences</c>, with what the
/// options did not show in brackets.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SummaryRenderer : IRenderer<DiffResult>
{
    /// <inheritdoc/>
    public void Render(DiffResult model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(DiffSummary.Of(model));
        writer.Write('\n');
    }
}
