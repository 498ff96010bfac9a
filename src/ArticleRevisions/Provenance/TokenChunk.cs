using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>
/// The tokens of one stretch of a text (a paragraph, or the white space between two), with positions counted from the
/// stretch's start, so a paragraph that an edit leaves alone keeps the same chunk from one revision to the next.
/// </summary>
/// <remarks>Immutable once made.</remarks>
internal sealed class TokenChunk
{
    private TokenChunk(Segment[] tokens)
    {
        Tokens = tokens;
        PreviousWord = new int[tokens.Length];
        NextWord = new int[tokens.Length];
        var last = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            PreviousWord[t] = last;
            if (tokens[t].Kind == SegmentKind.Word)
            {
                last = t;
            }
        }

        LastWord = last;
        last = -1;
        for (var t = tokens.Length - 1; t >= 0; t--)
        {
            NextWord[t] = last;
            if (tokens[t].Kind == SegmentKind.Word)
            {
                last = t;
            }
        }

        FirstWord = last;
    }

    /// <summary>Gets the tokens, their starts counted from the stretch's start.</summary>
    public Segment[] Tokens { get; }

    /// <summary>Gets, for each token, the nearest word before it in the stretch, or -1.</summary>
    public int[] PreviousWord { get; }

    /// <summary>Gets, for each token, the nearest word after it in the stretch, or -1.</summary>
    public int[] NextWord { get; }

    /// <summary>Gets the first word of the stretch, or -1 when it has none.</summary>
    public int FirstWord { get; }

    /// <summary>Gets the last word of the stretch, or -1 when it has none.</summary>
    public int LastWord { get; }

    /// <summary>Cuts [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> into tokens, as <see cref="TextSegmenter.SplitWords(string, int, int)"/> does.</summary>
    public static TokenChunk Of(string text, int start, int end)
    {
        var found = new List<Segment>(((end - start) / 3) + 1);
        WordScanner.Split(text, start, end, found);
        var tokens = new Segment[found.Count];
        for (var t = 0; t < tokens.Length; t++)
        {
            tokens[t] = found[t] with { Start = found[t].Start - start };
        }

        return new TokenChunk(tokens);
    }
}
