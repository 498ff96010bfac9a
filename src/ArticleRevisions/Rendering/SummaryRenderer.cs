using ArticleRevisions.Diffing;
using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes the one-line, plain-language summary of a comparison, such as
/// <c>Replaced “new offensive” with “combat”; 1 sentence changed</c>, followed by a newline.
/// </summary>
/// <remarks>
/// <para>
/// Up to three edits are quoted, what matters to a reader first (a reworded headline, whole sentences added or
/// removed, numbers and dates, negations, names, quotations, then other rewordings, removals before additions, then
/// spelling), each rank in reading order, the same edit made in several places once with how many times
/// (<c>replaced “council” with “mayor” (3×)</c>); honorifics, punctuation, typography and markup are counted, not
/// quoted (<c>2 honorifics added</c>), a change of quote style is said in words (<c>changed straight quotes to curly
/// quotes</c>) and a byte-order mark is named, never printed. Control characters in quoted edits are shown as symbols. Then come how many more edits there were, white-space and line-ending changes,
/// and the sentences and paragraphs added, removed, moved and changed. Edits are quoted in whole words even at
/// <see cref="DiffGranularity.Character"/>. When nothing differs, it says <c>No differences</c>, with what the
/// options did not show in brackets.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SummaryRenderer : IRenderer<DiffResult>, IRenderer<Comparison>
{
    /// <inheritdoc/>
    public void Render(DiffResult model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(DiffSummary.Of(model));
        writer.Write('\n');
    }

    /// <summary>Writes the summary of a comparison, led by the revert when its later revision is one, as <c>artrev diff</c> shows it.</summary>
    /// <param name="model">The comparison; see <see cref="Comparison.Classification"/> for when a revert is known.</param>
    /// <param name="writer">Where the line goes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Render(Comparison model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(DiffSummary.Of(model));
        writer.Write('\n');
    }
}
