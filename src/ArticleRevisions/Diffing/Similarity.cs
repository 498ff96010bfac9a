using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>How alike two stretches of text are, by the words they share (Dice coefficient over word sets).</summary>
internal static class Similarity
{
    public static HashSet<string> WordSet(string text, int start, int length)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in TextSegmenter.SplitWords(text, start, length))
        {
            if (token.Kind == SegmentKind.Word)
            {
                words.Add(KeyNormalizer.Typography(token.GetText(text)).ToLowerInvariant());
            }
        }

        return words;
    }

    public static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }
}
