using ArticleRevisions.Text;

namespace ArticleRevisions.Classification;

/// <summary>
/// Walks the words of a stretch of text one at a time, cut exactly as <see cref="TextSegmenter.SplitWords(string)"/>
/// cuts them, building no list: a test decided by its first few words (a rewritten article's first word differs)
/// costs only the words it reads.
/// </summary>
internal struct WordWalk(string text, int start, int end)
{
    private int position = start;

    /// <summary>Walks all of <paramref name="text"/>.</summary>
    public WordWalk(string text)
        : this(text, 0, text.Length)
    {
    }

    /// <summary>Gets where the current word starts.</summary>
    public int Start { get; private set; }

    /// <summary>Gets the current word's length.</summary>
    public int Length { get; private set; }

    /// <summary>Gets the current word.</summary>
    public readonly ReadOnlySpan<char> Word => text.AsSpan(Start, Length);

    /// <summary>Moves to the next word; false when there is none.</summary>
    public bool Next()
    {
        while (position < end)
        {
            var from = position;
            position = WordScanner.TokenEnd(text, position, end, out var kind);
            if (kind == SegmentKind.Word)
            {
                (Start, Length) = (from, position - from);
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts the words of <paramref name="text"/>, stopping once there are more than <paramref name="limit"/>.</summary>
    /// <returns>The count when it is at most <paramref name="limit"/>; otherwise <paramref name="limit"/> + 1.</returns>
    public static int CountUpTo(string text, int limit) => CountUpTo(text, 0, text.Length, limit);

    /// <summary>Counts the words of [<paramref name="start"/>, <paramref name="end"/>), stopping once there are more than <paramref name="limit"/>.</summary>
    /// <returns>The count when it is at most <paramref name="limit"/>; otherwise <paramref name="limit"/> + 1.</returns>
    public static int CountUpTo(string text, int start, int end, int limit)
    {
        var walk = new WordWalk(text, start, end);
        var count = 0;
        while (count <= limit && walk.Next())
        {
            count++;
        }

        return count;
    }

    /// <summary>Tells whether two texts have the same words in the same order.</summary>
    /// <param name="a">One text.</param>
    /// <param name="b">The other.</param>
    /// <param name="comparison"><see cref="StringComparison.Ordinal"/> or <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    public static bool SameWords(string a, string b, StringComparison comparison)
    {
        var (same, sameIgnoringCase) = Compare(new WordWalk(a), new WordWalk(b));
        return comparison == StringComparison.Ordinal ? same : sameIgnoringCase;
    }

    /// <summary>
    /// Tells in one pass whether the words of two walks (each from its start) are the same in the same order, and
    /// whether they are once letter case is ignored (ordinally).
    /// </summary>
    public static (bool Same, bool SameIgnoringCase) Compare(WordWalk x, WordWalk y)
    {
        var same = true;
        while (true)
        {
            var (more, moreToo) = (x.Next(), y.Next());
            if (!more || !moreToo)
            {
                return more == moreToo ? (same, true) : (false, false);
            }

            if (!x.Word.SequenceEqual(y.Word))
            {
                if (!x.Word.Equals(y.Word, StringComparison.OrdinalIgnoreCase))
                {
                    return (false, false);
                }

                same = false;
            }
        }
    }
}
