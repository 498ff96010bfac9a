using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>The words, punctuation and white space of one revision's text, with the token under each character.</summary>
internal sealed class TokenTable
{
    private readonly int[] indexAt;

    public TokenTable(string text)
    {
        Segments = TextSegmenter.SplitWords(text);
        indexAt = new int[text.Length];
        for (var t = 0; t < Segments.Count; t++)
        {
            Array.Fill(indexAt, t, Segments[t].Start, Segments[t].Length);
        }
    }

    public IReadOnlyList<Segment> Segments { get; }

    public int Count => Segments.Count;

    public Segment this[int index] => Segments[index];

    /// <summary>Gets the index of the token holding the character at <paramref name="position"/>.</summary>
    public int IndexAt(int position) => indexAt[position];

    /// <summary>Gets the index of the nearest word before token <paramref name="index"/>, or -1 at the start of the text.</summary>
    public int PreviousWord(int index)
    {
        for (var t = index - 1; t >= 0; t--)
        {
            if (Segments[t].Kind == SegmentKind.Word)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>Gets the index of the nearest word after token <paramref name="index"/>, or -1 at the end of the text.</summary>
    public int NextWord(int index)
    {
        for (var t = index + 1; t < Segments.Count; t++)
        {
            if (Segments[t].Kind == SegmentKind.Word)
            {
                return t;
            }
        }

        return -1;
    }
}
