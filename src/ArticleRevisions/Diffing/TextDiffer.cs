using System.Collections.Immutable;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>Compares two versions of a text.</summary>
/// <remarks>
/// <para>
/// The comparison is hierarchical: paragraphs are matched first; changed paragraphs are paired with similar ones
/// and compared sentence by sentence; changed sentences are paired and compared word by word (or character by
/// character). Unchanged paragraphs are never cut finer, which keeps large, lightly edited articles fast and the
/// result readable. Sentences and paragraphs deleted in one place and inserted in another are reported as moves.
/// </para>
/// <para>
/// The cost is bounded whatever the input: no sequence longer than a few thousand pieces reaches the underlying
/// diff algorithm whole. The result is always lossless: both texts can be rebuilt from it byte for byte.
/// This type is stateless and thread-safe.
/// </para>
/// </remarks>
public static class TextDiffer
{
    /// <summary>Compares <paramref name="oldText"/> with <paramref name="newText"/>.</summary>
    /// <param name="oldText">The earlier version.</param>
    /// <param name="newText">The later version.</param>
    /// <param name="options">Granularity, noise control and moves; <see cref="DiffOptions.Default"/> when null.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="oldText"/> or <paramref name="newText"/> is null.</exception>
    public static DiffResult Compare(string oldText, string newText, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        options ??= DiffOptions.Default;

        var found = DiffEngine.Run(oldText, newText, options);
        if (options.DetectMoves)
        {
            found = MoveDetector.Apply(found, oldText, newText, options);
        }

        var spans = SpanFinisher.Finish(found.Atoms, oldText, newText, options);
        var ignored = IgnoredCounter.Count(spans.Where(s => s.Kind == DiffSpanKind.Unchanged), oldText, newText);
        var (added, removed) = CountWords(spans, oldText, newText);
        var statistics = found.Counts with { WordsAdded = added, WordsRemoved = removed };
        var total = WordScanner.Count(oldText) + WordScanner.Count(newText);
        var similarity = total == 0 ? 1.0 : Math.Clamp(1.0 - (double)(added + removed) / total, 0.0, 1.0);
        var wordSpans = found.CoarseEdits.IsEmpty ? spans : SpanFinisher.Finish(found.WordAtoms(), oldText, newText, options);
        return new DiffResult(oldText, newText, options, spans, statistics, ignored, similarity, wordSpans);
    }

    private static (int Added, int Removed) CountWords(ImmutableArray<DiffSpan> spans, string oldText, string newText)
    {
        int added = 0, removed = 0;
        foreach (var span in spans.SelectMany(s => s.Inner.IsEmpty ? [s] : s.Inner))
        {
            if (span.Kind == DiffSpanKind.Deleted)
            {
                removed += WordScanner.Count(oldText, span.OldStart, span.OldLength);
            }
            else if (span.Kind == DiffSpanKind.Inserted)
            {
                added += WordScanner.Count(newText, span.NewStart, span.NewLength);
            }
        }

        return (added, removed);
    }
}
