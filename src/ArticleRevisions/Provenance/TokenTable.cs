using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>The words, punctuation and white space of one revision's text, with the token under each character.</summary>
/// <remarks>
/// The nearest word on either side of every token is worked out once, so asking costs nothing however long a run of
/// punctuation is. The token under a character is found by binary search, so a table costs memory in proportion to
/// its tokens, not its characters.
/// </remarks>
internal sealed class TokenTable
{
    private readonly Segment[] segments;
    private readonly int[] previousWord;
    private readonly int[] nextWord;

    public TokenTable(string text)
        : this([.. TextSegmenter.SplitWords(text)])
    {
    }

    /// <summary>A table of <paramref name="segments"/>, which must be what <see cref="TextSegmenter.SplitWords(string)"/> gives for the text; the table keeps the array.</summary>
    public TokenTable(Segment[] segments)
    {
        this.segments = segments;
        previousWord = new int[segments.Length];
        var last = -1;
        for (var t = 0; t < segments.Length; t++)
        {
            previousWord[t] = last;
            if (segments[t].Kind == SegmentKind.Word)
            {
                last = t;
            }
        }

        nextWord = new int[segments.Length];
        last = -1;
        for (var t = segments.Length - 1; t >= 0; t--)
        {
            nextWord[t] = last;
            if (segments[t].Kind == SegmentKind.Word)
            {
                last = t;
            }
        }
    }

    public IReadOnlyList<Segment> Segments => segments;

    public int Count => segments.Length;

    public Segment this[int index] => segments[index];

    /// <summary>Gets the index of the token holding the character at <paramref name="position"/>.</summary>
    public int IndexAt(int position)
    {
        // The last token starting at or before the position: the tokens cover the text without gaps.
        int low = 0, high = segments.Length - 1;
        if (high < 0 || position < 0 || position >= segments[high].End)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "No token holds this position.");
        }

        while (low < high)
        {
            var middle = low + ((high - low + 1) >> 1);
            if (segments[middle].Start <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>Gets the index of the nearest word before token <paramref name="index"/>, or -1 at the start of the text.</summary>
    public int PreviousWord(int index) => previousWord[index];

    /// <summary>Gets the index of the nearest word after token <paramref name="index"/>, or -1 at the end of the text.</summary>
    public int NextWord(int index) => nextWord[index];
}
