using System.Collections.Immutable;
using System.Text;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>
/// The comparison of two versions of a text: ordered spans covering both, counts, a similarity score, and what was
/// ignored.
/// </summary>
/// <remarks>
/// <para>
/// Spans are in reading order: unchanged text, then at each change the deleted text before the inserted text.
/// The old ranges of the <see cref="DiffSpanKind.Unchanged"/>, <see cref="DiffSpanKind.Deleted"/> and
/// <see cref="DiffSpanKind.MovedFrom"/> spans cover the old text exactly once, in order; the new ranges of the
/// <see cref="DiffSpanKind.Unchanged"/>, <see cref="DiffSpanKind.Inserted"/> and <see cref="DiffSpanKind.MovedTo"/>
/// spans cover the new text exactly once, in order. So both texts can always be rebuilt byte for byte.
/// </para>
/// <para>
/// This type is immutable and thread-safe. It knows nothing of how it will be shown: summaries and descriptions are
/// written by the renderers in <c>ArticleRevisions.Rendering</c>.
/// </para>
/// </remarks>
public sealed class DiffResult
{
    private readonly Lazy<TextAlignment> alignment;
    private readonly Lazy<double> similarity;

    // A null similarity is the share of the words of both texts neither added nor removed, counted when first asked for.
    internal DiffResult(
        string oldText,
        string newText,
        DiffOptions options,
        ImmutableArray<DiffSpan> spans,
        DiffStatistics statistics,
        IgnoredChanges ignored,
        double? similarity,
        ImmutableArray<DiffSpan> wordSpans = default)
    {
        OldText = oldText;
        NewText = newText;
        Options = options;
        Spans = spans;
        Statistics = statistics;
        Ignored = ignored;
        // Counting every word of both texts is a large share of a light comparison (blame never asks): done only when asked.
        this.similarity = similarity is { } given ? new Lazy<double>(given) : new Lazy<double>(WordSimilarity);
        WordSpans = wordSpans.IsDefault ? spans : wordSpans;
        alignment = new Lazy<TextAlignment>(() => TextAlignment.FromSpans(Spans, OldText, NewText));
    }

    private double WordSimilarity()
    {
        var total = WordScanner.Count(OldText) + WordScanner.Count(NewText);
        var changed = Statistics.WordsAdded + Statistics.WordsRemoved;
        return total == 0 ? 1.0 : Math.Clamp(1.0 - (double)changed / total, 0.0, 1.0);
    }

    /// <summary>Gets the old text, exactly as given.</summary>
    public string OldText { get; }

    /// <summary>Gets the new text, exactly as given.</summary>
    public string NewText { get; }

    /// <summary>Gets the options the texts were compared with.</summary>
    public DiffOptions Options { get; }

    /// <summary>Gets the spans in reading order.</summary>
    public ImmutableArray<DiffSpan> Spans { get; }

    /// <summary>Gets the counts of words, sentences and paragraphs added, removed, changed and moved.</summary>
    public DiffStatistics Statistics { get; }

    /// <summary>Gets the differences the options treated as equal, which the spans do not show.</summary>
    public IgnoredChanges Ignored { get; }

    /// <summary>Gets how alike the texts are, from 0 (no word in common) to 1 (no word added or removed).</summary>
    public double Similarity => similarity.Value;

    /// <summary>
    /// Gets the spans as a word-level comparison would have them: the same as <see cref="Spans"/> except at
    /// <see cref="DiffGranularity.Character"/>, where each run of words refined into characters is one edit again (a
    /// near move's inner edits stay as found). The engine finds both in one walk, so a summary in words costs no
    /// second diff.
    /// </summary>
    internal ImmutableArray<DiffSpan> WordSpans { get; }

    /// <summary>Gets where each piece of the new text came from, worked out from the spans on first use.</summary>
    internal TextAlignment Alignment => alignment.Value;

    /// <summary>Gets whether any span is not <see cref="DiffSpanKind.Unchanged"/>.</summary>
    public bool HasDifferences => Spans.Any(s => s.Kind != DiffSpanKind.Unchanged);

    /// <summary>Gets the old text a span covers (empty for inserted text).</summary>
    /// <param name="span">A span of this result.</param>
    /// <returns>The old text of the span.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="span"/> is null.</exception>
    public string OldTextOf(DiffSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        return OldText.Substring(span.OldStart, span.OldLength);
    }

    /// <summary>Gets the new text a span covers (empty for deleted text).</summary>
    /// <param name="span">A span of this result.</param>
    /// <returns>The new text of the span.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="span"/> is null.</exception>
    public string NewTextOf(DiffSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        return NewText.Substring(span.NewStart, span.NewLength);
    }

    /// <summary>Rebuilds the old text from the spans alone.</summary>
    /// <returns>The old text, byte for byte.</returns>
    public string RebuildOld()
    {
        var builder = new StringBuilder(OldText.Length);
        foreach (var span in Spans.Where(s => s.Kind is DiffSpanKind.Unchanged or DiffSpanKind.Deleted or DiffSpanKind.MovedFrom))
        {
            builder.Append(OldText, span.OldStart, span.OldLength);
        }

        return builder.ToString();
    }

    /// <summary>Rebuilds the new text from the spans alone.</summary>
    /// <returns>The new text, byte for byte.</returns>
    public string RebuildNew()
    {
        var builder = new StringBuilder(NewText.Length);
        foreach (var span in Spans.Where(s => s.Kind is DiffSpanKind.Unchanged or DiffSpanKind.Inserted or DiffSpanKind.MovedTo))
        {
            builder.Append(NewText, span.NewStart, span.NewLength);
        }

        return builder.ToString();
    }
}
