using System.Text;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>Counts, inside text the options matched as equal, the real differences they hid, by kind.</summary>
internal static class IgnoredCounter
{
    public static IgnoredChanges Count(IEnumerable<DiffSpan> unchanged, string oldText, string newText)
    {
        var counts = new Dictionary<IgnoredChangeKind, int>();
        foreach (var span in unchanged)
        {
            var before = oldText.AsSpan(span.OldStart, span.OldLength);
            var after = newText.AsSpan(span.NewStart, span.NewLength);
            if (!before.SequenceEqual(after))
            {
                CountIn(oldText, span.OldStart, span.OldLength, newText, span.NewStart, span.NewLength, counts);
            }
        }

        return new IgnoredChanges(counts);
    }

    private static void CountIn(string oldText, int oldStart, int oldLength, string newText, int newStart, int newLength, Dictionary<IgnoredChangeKind, int> counts)
    {
        var (oldWords, oldGaps) = Split(oldText, oldStart, oldLength);
        var (newWords, newGaps) = Split(newText, newStart, newLength);
        if (oldWords.Count != newWords.Count)
        {
            Add(counts, IgnoredChangeKind.Whitespace);
            return;
        }

        for (var k = 0; k < oldWords.Count; k++)
        {
            if (!string.Equals(oldWords[k], newWords[k], StringComparison.Ordinal))
            {
                Add(counts, Classify(oldWords[k], newWords[k]));
            }
        }

        for (var k = 0; k < oldGaps.Count; k++)
        {
            if (!string.Equals(oldGaps[k], newGaps[k], StringComparison.Ordinal))
            {
                Add(counts, IgnoredChangeKind.Whitespace);
            }
        }
    }

    /// <summary>Cuts text into its non-space tokens and the white space around them (one more gap than tokens).</summary>
    private static (List<string> Tokens, List<string> Gaps) Split(string text, int start, int length)
    {
        var tokens = new List<string>();
        var gaps = new List<string>();
        var gap = new StringBuilder();
        foreach (var segment in TextSegmenter.SplitWords(text, start, length))
        {
            if (segment.Kind == SegmentKind.Whitespace)
            {
                gap.Append(text, segment.Start, segment.Length);
                continue;
            }

            gaps.Add(gap.ToString());
            gap.Clear();
            tokens.Add(segment.GetText(text));
        }

        gaps.Add(gap.ToString());
        return (tokens, gaps);
    }

    private static IgnoredChangeKind Classify(string before, string after)
    {
        if (string.Equals(KeyNormalizer.ToNfc(before), KeyNormalizer.ToNfc(after), StringComparison.Ordinal))
        {
            return IgnoredChangeKind.UnicodeNormalization;
        }

        if (!string.Equals(KeyNormalizer.Typography(before), KeyNormalizer.Typography(after), StringComparison.Ordinal))
        {
            // Typography alone does not explain it; the options matched it, so what is left is letter case.
            return IgnoredChangeKind.Case;
        }

        if (before.Contains('\u2026') || after.Contains('\u2026'))
        {
            return IgnoredChangeKind.Ellipses;
        }

        var typographic = before.Where(c => !after.Contains(c)).Concat(after.Where(c => !before.Contains(c)))
            .Select(KeyNormalizer.PlainForm)
            .FirstOrDefault(p => p is not null);
        return typographic switch
        {
            "-" => IgnoredChangeKind.Dashes,
            " " => IgnoredChangeKind.Whitespace,
            _ => IgnoredChangeKind.Quotes,
        };
    }

    private static void Add(Dictionary<IgnoredChangeKind, int> counts, IgnoredChangeKind kind) =>
        counts[kind] = counts.GetValueOrDefault(kind) + 1;
}
