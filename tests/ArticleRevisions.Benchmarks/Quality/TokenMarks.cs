using ArticleRevisions.Diffing;
using ArticleRevisions.Text;

namespace ArticleRevisions.Benchmarks.Quality;

/// <summary>
/// Which tokens of the old text an alignment deletes and which tokens of the new text it inserts: the unit every
/// engine and the gold are scored in.
/// </summary>
/// <remarks>
/// <para>
/// A token is a <see cref="SegmentKind.Word"/> or <see cref="SegmentKind.Punctuation"/> segment of
/// <see cref="TextSegmenter.SplitWords(string)"/>: a word (<c>don't</c>, <c>3.5</c> and <c>Kyiv-controlled</c> are
/// one each) or a punctuation mark (a run of one mark, <c>...</c>, is one). White space is never a token, so a
/// change of white space alone is no token edit.
/// </para>
/// <para>
/// From an alignment of characters (spans: unchanged, deleted, inserted; a move counts as a deletion where it
/// left and an insertion where it arrived, so its inner edits add nothing): an old token is <em>kept</em> when all
/// of it lies in unchanged text and the same characters form exactly one token of the new text too, and
/// <em>deleted</em> otherwise; a new token is kept or <em>inserted</em> alike. So <c>Eq[-.-]</c> deletes only the
/// full stop, <c>Kyiv[- -]{+-+}controlled</c> deletes two tokens and inserts one, and <c>rec[-ie-]{+ei+}ved</c>
/// deletes one word and inserts one.
/// </para>
/// <para>
/// Equally good alignments can put the same edit in different places (<c>the cat the dog</c> to <c>the dog</c>
/// deletes <c>the cat</c> or <c>cat the</c>). So that they score alike, <see cref="Normalized"/> slides every run
/// of edited tokens on one side as far left as an identical kept token before it allows, as diff tools' slider
/// heuristics do. Sliding keeps the sequence of kept tokens, so the result is an alignment of the same cost.
/// </para>
/// <para>This type is immutable once built and thread-safe to read.</para>
/// </remarks>
internal sealed class TokenMarks
{
    private const int NotKept = -1;
    private const int Inside = -2;

    public TokenMarks(bool[] oldEdited, bool[] newEdited)
    {
        OldEdited = oldEdited;
        NewEdited = newEdited;
    }

    /// <summary>Gets, for each old token in order, whether it was deleted.</summary>
    public IReadOnlyList<bool> OldEdited { get; }

    /// <summary>Gets, for each new token in order, whether it was inserted.</summary>
    public IReadOnlyList<bool> NewEdited { get; }

    /// <summary>Gets the scoring tokens of a text: its words and punctuation, in order.</summary>
    public static Segment[] Tokens(string text) =>
        [.. TextSegmenter.SplitWords(text).Where(s => s.Kind != SegmentKind.Whitespace)];

    /// <summary>Reads the marks off an alignment of characters.</summary>
    /// <param name="oldText">The old text.</param>
    /// <param name="newText">The new text.</param>
    /// <param name="spans">Spans tiling both texts, as <see cref="DiffResult.Spans"/> do.</param>
    /// <returns>The marks, not yet normalised.</returns>
    public static TokenMarks FromSpans(string oldText, string newText, IEnumerable<DiffSpan> spans)
    {
        // Each old character's position in the new text where it is unchanged, -1 where it is not; and back.
        var oldToNew = Filled(oldText.Length);
        var newToOld = Filled(newText.Length);
        foreach (var span in spans.Where(s => s.Kind == DiffSpanKind.Unchanged))
        {
            if (span.OldLength != span.NewLength)
            {
                // Unchanged only under a normalisation (NFC): the span's ends map across, its inside counts as kept.
                Array.Fill(oldToNew, Inside, span.OldStart, span.OldLength);
                Array.Fill(newToOld, Inside, span.NewStart, span.NewLength);
                Map(oldToNew, span.OldStart, span.NewStart, 1);
                Map(newToOld, span.NewStart, span.OldStart, 1);
                Map(oldToNew, span.OldEnd - 1, span.NewEnd - 1, 1);
                Map(newToOld, span.NewEnd - 1, span.OldEnd - 1, 1);
                continue;
            }

            Map(oldToNew, span.OldStart, span.NewStart, span.OldLength);
            Map(newToOld, span.NewStart, span.OldStart, span.NewLength);
        }

        return new TokenMarks(Edited(Tokens(oldText), oldToNew, Tokens(newText)), Edited(Tokens(newText), newToOld, Tokens(oldText)));
    }

    /// <summary>Returns these marks with every run of edited tokens slid as far left as an equal kept token allows.</summary>
    public TokenMarks Normalized(string oldText, string newText) =>
        new(Slide(OldEdited, Texts(oldText)), Slide(NewEdited, Texts(newText)));

    private static string[] Texts(string text) => [.. Tokens(text).Select(t => t.GetText(text))];

    private static bool[] Slide(IReadOnlyList<bool> edited, string[] tokens)
    {
        var marks = edited.ToArray();
        for (var start = 0; start < marks.Length; start++)
        {
            if (!marks[start] || (start > 0 && marks[start - 1]))
            {
                continue;
            }

            var end = start;
            while (end < marks.Length && marks[end])
            {
                end++;
            }

            // The run [start, end) moves left while the kept token before it equals its last token.
            var (from, to) = (start, end);
            while (from > 0 && !marks[from - 1] && tokens[from - 1] == tokens[to - 1])
            {
                marks[from - 1] = true;
                marks[to - 1] = false;
                from--;
                to--;
            }

            start = end - 1;
        }

        return marks;
    }

    private static int[] Filled(int length)
    {
        var map = new int[length];
        Array.Fill(map, NotKept);
        return map;
    }

    private static void Map(int[] map, int from, int to, int length)
    {
        for (var k = 0; k < length; k++)
        {
            map[from + k] = to + k;
        }
    }

    /// <summary>A token is kept when every character maps across and the mapped characters are exactly one token there.</summary>
    private static bool[] Edited(Segment[] tokens, int[] map, Segment[] otherTokens)
    {
        var starts = otherTokens.ToDictionary(t => t.Start, t => t.End);
        var edited = new bool[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var first = map[token.Start];
            var last = map[token.End - 1];
            var mapped = first >= 0 && last >= 0;
            for (var k = token.Start; mapped && k < token.End; k++)
            {
                // Characters inside an NFC-normalised unchanged span have no position of their own; only its ends do.
                mapped = map[k] >= 0 || map[k] == Inside;
            }

            edited[t] = !(mapped && starts.TryGetValue(first, out var end) && end == last + 1);
        }

        return edited;
    }
}
