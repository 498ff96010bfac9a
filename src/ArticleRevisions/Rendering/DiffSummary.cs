using ArticleRevisions.Diffing;
using ArticleRevisions.Text;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes the one-line, plain-language summary of a comparison, such as "Removed “new offensive”; 1 sentence
/// changed".
/// </summary>
/// <remarks>
/// Edits are quoted as words even at character granularity ("rec{+e+}i[-e-]ved" makes a poor summary; the words it
/// touches make a good one): the result's word-level spans, found in the same walk, are used.
/// </remarks>
internal static class DiffSummary
{
    private const int MaxQuotedEdits = 3;
    private const int MaxQuotedWords = 8;
    private const int MaxQuoteLength = 60;

    public static string Of(DiffResult result)
    {
        var spans = result.WordSpans;
        var (edits, whitespaceEdits, lineEndingEdits) = Edits(spans, result.OldText, result.NewText);
        if (edits.Count == 0 && whitespaceEdits == 0 && !spans.Any(s => s.MoveId != 0))
        {
            return result.Ignored.Total == 0 ? "No differences" : $"No differences ({IgnoredText.Describe(result.Ignored)})";
        }

        var parts = new List<string>();
        // Removals and replacements come first: what a version no longer says is what readers most need to see.
        var quotable = edits
            .Where(e => Words(e.Removed) <= MaxQuotedWords && Words(e.Added) <= MaxQuotedWords)
            .OrderBy(e => e.Removed.Length == 0 ? 1 : 0)
            .ToList();
        foreach (var (removed, added) in quotable.Take(MaxQuotedEdits))
        {
            parts.Add((removed.Length, added.Length) switch
            {
                (_, 0) => $"removed {Quote(removed)}",
                (0, _) => $"added {Quote(added)}",
                _ => $"replaced {Quote(removed)} with {Quote(added)}",
            });
        }

        var others = edits.Count - Math.Min(quotable.Count, MaxQuotedEdits);
        if (others > 0 && parts.Count > 0)
        {
            parts.Add($"{others} more edit{Plural(others)}");
        }

        if (whitespaceEdits > 0)
        {
            parts.Add(lineEndingEdits == whitespaceEdits
                ? $"line endings changed in {whitespaceEdits} place{Plural(whitespaceEdits)}"
                : $"white space changed in {whitespaceEdits} place{Plural(whitespaceEdits)}");
        }

        var counts = Counts(result.Statistics);
        if (counts.Length > 0)
        {
            parts.Add(counts);
        }

        if (parts.Count == 0)
        {
            parts.Add($"{edits.Count} edit{Plural(edits.Count)}");
        }

        var summary = string.Join("; ", parts);
        return char.ToUpperInvariant(summary[0]) + summary[1..];
    }

    private static string Counts(DiffStatistics s)
    {
        var counts = new List<string>();
        Add(counts, s.ParagraphsAdded, "paragraph", "added");
        Add(counts, s.ParagraphsRemoved, "paragraph", "removed");
        Add(counts, s.ParagraphsMoved, "paragraph", "moved");
        Add(counts, s.ParagraphsChanged > 0 && s.SentencesChanged + s.SentencesAdded + s.SentencesRemoved == 0 ? s.ParagraphsChanged : 0, "paragraph", "changed");
        Add(counts, s.SentencesAdded, "sentence", "added");
        Add(counts, s.SentencesRemoved, "sentence", "removed");
        Add(counts, s.SentencesMoved, "sentence", "moved");
        Add(counts, s.SentencesChanged, "sentence", "changed");
        return string.Join(", ", counts);
    }

    private static void Add(List<string> counts, int count, string noun, string verb)
    {
        if (count > 0)
        {
            counts.Add($"{count} {noun}{Plural(count)} {verb}");
        }
    }

    /// <summary>The plain edits in reading order, each a removed and an added text; white-space-only edits are only counted.</summary>
    private static (List<(string Removed, string Added)> Edits, int WhitespaceEdits, int LineEndingEdits) Edits(IReadOnlyList<DiffSpan> spans, string oldText, string newText)
    {
        var edits = new List<(string, string)>();
        int whitespaceEdits = 0, lineEndingEdits = 0;
        foreach (var region in EditRegion.Collect(spans, oldText, newText))
        {
            if (!region.IsWhitespaceOnly)
            {
                edits.Add((KeyNormalizer.CollapseWhitespace(region.Removed), KeyNormalizer.CollapseWhitespace(region.Added)));
            }
            else if (!region.NextToMove)
            {
                // The blank lines that travel with a moved paragraph are part of the move, not an edit of their own.
                whitespaceEdits++;
                if (region.Removed.Replace("\r\n", "\n", StringComparison.Ordinal) == region.Added.Replace("\r\n", "\n", StringComparison.Ordinal))
                {
                    lineEndingEdits++;
                }
            }
        }

        return (edits, whitespaceEdits, lineEndingEdits);
    }

    private static int Words(string text) => WordScanner.Count(text);

    private static string Quote(string text) =>
        "“" + (text.Length <= MaxQuoteLength ? text : text[..Cut(text, MaxQuoteLength - 1)].TrimEnd() + "…") + "”";

    private static int Cut(string text, int at) => char.IsLowSurrogate(text[at]) ? at - 1 : at;

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}
