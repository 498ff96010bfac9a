using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>The words, punctuation and white space of one revision's text, with the token under each character.</summary>
/// <remarks>The nearest word on either side of every token is worked out once, so asking costs nothing however long a run of punctuation is.</remarks>
internal sealed class TokenTable
{
    private readonly int[] indexAt;
    private readonly int[] previousWord;
    private readonly int[] nextWord;

    public TokenTable(string text)
    {
        Segments = TextSegmenter.SplitWords(text);
        indexAt = new int[text.Length];
        for (var t = 0; t < Segments.Count; t++)
        {
            Array.Fill(indexAt, t, Segments[t].Start, Segments[t].Length);
        }

        previousWord = new int[Segments.Count];
        var last = -1;
        for (var t = 0; t < Segments.Count; t++)
        {
            previousWord[t] = last;
            if (Segments[t].Kind == SegmentKind.Word)
            {
                last = t;
            }
        }

        nextWord = new int[Segments.Count];
        last = -1;
        for (var t = Segments.Count - 1; t >= 0; t--)
        {
            nextWord[t] = last;
            if (Segments[t].Kind == SegmentKind.Word)
            {
                last = t;
            }
        }
    }

    public IReadOnlyList<Segment> Segments { get; }

    public int Count => Segments.Count;

    public Segment this[int index] => Segments[index];

    /// <summary>Gets the index of the token holding the character at <paramref name="position"/>.</summary>
    public int IndexAt(int position) => indexAt[position];

    /// <summary>Gets the index of the nearest word before token <paramref name="index"/>, or -1 at the start of the text.</summary>
    public int PreviousWord(int index) => previousWord[index];

    /// <summary>Gets the index of the nearest word after token <paramref name="index"/>, or -1 at the end of the text.</summary>
    public int NextWord(int index) => nextWord[index];
}
