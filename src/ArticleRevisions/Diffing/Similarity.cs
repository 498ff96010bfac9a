using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>How alike two stretches of text are, by the words they share (Dice coefficient over word sets).</summary>
/// <remarks>
/// Words are compared by a hash of their letters, lower-cased and with typographic apostrophes and dashes made
/// plain, so building a set allocates no strings. A rare hash collision can only make two texts look slightly more
/// alike, never change the diff itself.
/// </remarks>
internal static class Similarity
{
    public static HashSet<int> WordSet(string text, int start, int length)
    {
        var words = new HashSet<int>();
        foreach (var token in TextSegmenter.SplitWords(text, start, length))
        {
            if (token.Kind == SegmentKind.Word)
            {
                words.Add(Hash(text.AsSpan(token.Start, token.Length)));
            }
        }

        return words;
    }

    public static double Dice(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var word in small)
        {
            if (large.Contains(word))
            {
                shared++;
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = new HashCode();
        foreach (var c in word)
        {
            var plain = KeyNormalizer.PlainForm(c) is { Length: 1 } p ? p[0] : c;
            hash.Add(char.ToLowerInvariant(plain));
        }

        return hash.ToHashCode();
    }
}
