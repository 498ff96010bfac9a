namespace ArticleRevisions.Provenance;

/// <summary>One revision's text with its tokens and, for every character, the revision that wrote it.</summary>
/// <param name="Text">The revision's text.</param>
/// <param name="Tokens">Its words, punctuation and white space.</param>
/// <param name="Origins">For each character, the number of the revision that introduced it.</param>
/// <param name="RestoredIn">For each character, the number of the revision that last put it back after a removal, or 0.</param>
/// <remarks>The arrays are filled while a walk step is made and only read after it.</remarks>
internal sealed record CharacterOrigins(string Text, TokenTable Tokens, int[] Origins, int[] RestoredIn)
{
    /// <summary>The first revision: every character its own.</summary>
    public static CharacterOrigins First(string text, TokenTable tokens)
    {
        var origins = new int[text.Length];
        Array.Fill(origins, 1);
        return new CharacterOrigins(text, tokens, origins, new int[text.Length]);
    }

    /// <summary>
    /// The next revision's characters: each one that continues an old character (per <paramref name="map"/>) takes
    /// its origin; every other belongs to <paramref name="number"/>, until reverts are found.
    /// </summary>
    public CharacterOrigins Next(string text, TokenTable tokens, CharacterMap map, int number)
    {
        var origins = new int[text.Length];
        Array.Fill(origins, number);
        var restoredIn = new int[text.Length];

        // Range by range, in the map's order, so where two ranges cover a character the later one wins, as in the map.
        foreach (var range in map.Ranges)
        {
            if (range.NewLength == range.OldLength)
            {
                Array.Copy(Origins, range.OldStart, origins, range.NewStart, range.NewLength);
                Array.Copy(RestoredIn, range.OldStart, restoredIn, range.NewStart, range.NewLength);
                continue;
            }

            for (var i = 0; i < range.NewLength; i++)
            {
                var from = range.OldStart + Math.Min(i, range.OldLength - 1);
                origins[range.NewStart + i] = Origins[from];
                restoredIn[range.NewStart + i] = RestoredIn[from];
            }
        }

        return new CharacterOrigins(text, tokens, origins, restoredIn);
    }
}
