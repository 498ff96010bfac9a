namespace ArticleRevisions.Benchmarks.Quality;

/// <summary>
/// The baseline: a plain word-level longest common subsequence over the scoring tokens (words and punctuation,
/// white space ignored), as Python's difflib or <c>git diff --word-diff</c> compare words, but exact.
/// </summary>
/// <remarks>
/// Tokens are equal when their text is equal, code unit for code unit. Of the alignments that keep the most
/// tokens, the one taken deletes before it inserts (reading left to right, at each step it keeps a token when that
/// is part of some longest subsequence, else deletes an old token when that still allows one, else inserts). The
/// table is quadratic, which is fine for paragraphs. This type is stateless and thread-safe.
/// </remarks>
internal static class WordLcsBaseline
{
    /// <summary>Aligns the tokens of two texts.</summary>
    /// <param name="oldText">The old text.</param>
    /// <param name="newText">The new text.</param>
    /// <returns>Which old tokens it deletes and which new tokens it inserts.</returns>
    public static TokenMarks Compare(string oldText, string newText)
    {
        var a = TokenMarks.Tokens(oldText).Select(t => t.GetText(oldText)).ToArray();
        var b = TokenMarks.Tokens(newText).Select(t => t.GetText(newText)).ToArray();

        // suffix[i, j] = length of the longest common subsequence of a[i..] and b[j..].
        var suffix = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                suffix[i, j] = a[i] == b[j] ? suffix[i + 1, j + 1] + 1 : Math.Max(suffix[i + 1, j], suffix[i, j + 1]);
            }
        }

        var deleted = new bool[a.Length];
        var inserted = new bool[b.Length];
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y] && suffix[x, y] == suffix[x + 1, y + 1] + 1)
            {
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || suffix[x + 1, y] >= suffix[x, y + 1]))
            {
                deleted[x++] = true;
            }
            else
            {
                inserted[y++] = true;
            }
        }

        return new TokenMarks(deleted, inserted);
    }
}
