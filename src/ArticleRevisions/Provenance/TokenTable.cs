using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>The words, punctuation and white space of one revision's text, with the token under each character.</summary>
/// <remarks>
/// Held as chunks (<see cref="TokenChunk"/>), one per paragraph and per stretch of white space between paragraphs,
/// each placed at its offset in the text, so the next revision's table shares the chunks of the paragraphs it leaves
/// alone instead of copying their tokens. A token is found by its index or position with two binary searches; the
/// nearest word on either side of a token is worked out once per chunk, so asking costs nothing however long a run of
/// punctuation is.
/// </remarks>
internal sealed class TokenTable
{
    private readonly TokenChunk[] chunks;
    private readonly int[] offsets;
    private readonly int[] firsts;
    private Segment[]? all;

    public TokenTable(string text)
        : this([TokenChunk.Of(text, 0, text.Length)], [0])
    {
    }

    /// <summary>A table of <paramref name="chunks"/> placed at <paramref name="offsets"/>, which together must cut the text as <see cref="TextSegmenter.SplitWords(string)"/> does.</summary>
    public TokenTable(TokenChunk[] chunks, int[] offsets)
    {
        this.chunks = chunks;
        this.offsets = offsets;
        firsts = new int[chunks.Length];
        var count = 0;
        for (var c = 0; c < chunks.Length; c++)
        {
            firsts[c] = count;
            count += chunks[c].Tokens.Length;
        }

        Count = count;
    }

    /// <summary>Gets every token in order, made once when first asked for.</summary>
    public IReadOnlyList<Segment> Segments => all ??= Materialize();

    public int Count { get; }

    public Segment this[int index]
    {
        get
        {
            var c = ChunkOfIndex(index);
            var token = chunks[c].Tokens[index - firsts[c]];
            return token with { Start = token.Start + offsets[c] };
        }
    }

    /// <summary>Gets the index of the token holding the character at <paramref name="position"/>.</summary>
    public int IndexAt(int position)
    {
        var c = Last(offsets, position);
        var tokens = c < 0 ? [] : chunks[c].Tokens;
        var local = position - (c < 0 ? 0 : offsets[c]);
        if (tokens.Length == 0 || local >= tokens[^1].End)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "No token holds this position.");
        }

        int low = 0, high = tokens.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) >> 1);
            if (tokens[middle].Start <= local)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return firsts[c] + low;
    }

    /// <summary>Gets the index of the nearest word before token <paramref name="index"/>, or -1 at the start of the text.</summary>
    public int PreviousWord(int index)
    {
        var c = ChunkOfIndex(index);
        var word = chunks[c].PreviousWord[index - firsts[c]];
        if (word >= 0)
        {
            return firsts[c] + word;
        }

        for (c--; c >= 0; c--)
        {
            if (chunks[c].LastWord >= 0)
            {
                return firsts[c] + chunks[c].LastWord;
            }
        }

        return -1;
    }

    /// <summary>Gets the index of the nearest word after token <paramref name="index"/>, or -1 at the end of the text.</summary>
    public int NextWord(int index)
    {
        var c = ChunkOfIndex(index);
        var word = chunks[c].NextWord[index - firsts[c]];
        if (word >= 0)
        {
            return firsts[c] + word;
        }

        for (c++; c < chunks.Length; c++)
        {
            if (chunks[c].FirstWord >= 0)
            {
                return firsts[c] + chunks[c].FirstWord;
            }
        }

        return -1;
    }

    /// <summary>The last index whose value is at most <paramref name="value"/>, or -1.</summary>
    private static int Last(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            if (sorted[middle] <= value)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private int ChunkOfIndex(int index)
    {
        if (index < 0 || index >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The table has {Count} tokens.");
        }

        // Chunks are never empty (a table of an empty text has one empty chunk and no tokens), so the last chunk
        // starting at or before the index holds it.
        return Last(firsts, index);
    }

    private Segment[] Materialize()
    {
        var segments = new Segment[Count];
        for (var c = 0; c < chunks.Length; c++)
        {
            var tokens = chunks[c].Tokens;
            for (var t = 0; t < tokens.Length; t++)
            {
                segments[firsts[c] + t] = tokens[t] with { Start = tokens[t].Start + offsets[c] };
            }
        }

        return segments;
    }
}
