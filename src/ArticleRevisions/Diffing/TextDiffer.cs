using System.Collections.Immutable;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>Compares two versions of a text.</summary>
/// <remarks>
/// <para>
/// The comparison is hierarchical: paragraphs are matched first; a changed stretch between unchanged paragraphs is
/// aligned word by word as a whole, across sentence and paragraph boundaries (a very large one is cut into similar
/// paragraphs and sentences first). Unchanged paragraphs are never cut finer, which keeps large, lightly edited
/// articles fast and the result readable. Sentences and paragraphs deleted in one place and inserted in another are
/// reported as moves. White space is never aligned against words: a change of white space alone (re-wrapping, a
/// paragraph split or joined) changes no word.
/// </para>
/// <para>
/// For texts of up to 20,000 characters together, no more words are reported changed than a plain word-level
/// alignment of the two texts needs: where an unchanged paragraph kept words apart that such an alignment would
/// keep, the texts are aligned word by word as a whole instead.
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
        var result = Finish(found, oldText, newText, options);
        if (found.MayCrossAnchors)
        {
            // Kept paragraphs held words apart that a word alignment of the whole would keep: take it if it changes fewer.
            var whole = Finish(DiffEngine.RunAsOneBlock(oldText, newText, options), oldText, newText, options);
            if (WordsChanged(whole) < WordsChanged(result))
            {
                result = whole;
            }
        }

        return result;
    }

    /// <summary>Tells whether <see cref="Compare"/> would find any difference between the texts, comparing them only when that is the one way to know.</summary>
    /// <param name="oldText">The earlier version.</param>
    /// <param name="newText">The later version.</param>
    /// <param name="options">What counts as equal; <see cref="DiffOptions.Default"/> when null.</param>
    /// <returns>The same as <c>Compare(oldText, newText, options).HasDifferences</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="oldText"/> or <paramref name="newText"/> is null.</exception>
    /// <remarks>
    /// Where the options make every piece of both texts its own key (nothing ignored, and text that Unicode
    /// normalisation leaves as it is), two pieces are equal only when their characters are, so the texts differ
    /// exactly when they are not the same string; only otherwise are they compared. For a tool that writes a patch of
    /// the exact bytes and needs no more than this answer from the comparison.
    /// </remarks>
    public static bool HasDifferences(string oldText, string newText, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        options ??= DiffOptions.Default;
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return false;
        }

        var keys = options.Keys;
        var ownKeys = !keys.IgnoreCase && !keys.IgnoreWhitespace && !keys.NormalizePunctuation
            && (!keys.NormalizeUnicode || (keys.IsOwnKey(oldText) && keys.IsOwnKey(newText)));
        return ownKeys || Compare(oldText, newText, options).HasDifferences;
    }

    private static int WordsChanged(DiffResult result) => result.Statistics.WordsAdded + result.Statistics.WordsRemoved;

    private static DiffResult Finish(EngineOutput found, string oldText, string newText, DiffOptions options)
    {
        if (options.DetectMoves)
        {
            found = MoveDetector.Apply(found, oldText, newText, options);
        }

        var spans = SpanFinisher.Finish(found.Atoms, oldText, newText, options);
        var ignored = IgnoredCounter.Count(spans.Where(s => s.Kind == DiffSpanKind.Unchanged), oldText, newText);
        var (added, removed) = CountWords(spans, oldText, newText);
        var statistics = found.Counts with { WordsAdded = added, WordsRemoved = removed };
        var wordSpans = found.CoarseEdits.IsEmpty ? spans : SpanFinisher.Finish(found.WordAtoms(), oldText, newText, options);
        return new DiffResult(oldText, newText, options, spans, statistics, ignored, null, wordSpans);
    }

    private static (int Added, int Removed) CountWords(ImmutableArray<DiffSpan> spans, string oldText, string newText)
    {
        int added = 0, removed = 0;
        foreach (var span in spans)
        {
            if (span.Inner.IsEmpty)
            {
                Count(span, ref added, ref removed);
                continue;
            }

            foreach (var inner in span.Inner)
            {
                Count(inner, ref added, ref removed);
            }
        }

        return (added, removed);

        void Count(DiffSpan span, ref int added, ref int removed)
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
    }
}
