using ArticleRevisions.Classification;
using ArticleRevisions.Diffing;
using ArticleRevisions.Reports;
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

    /// <summary>The summary of a comparison, led by the revert when the later revision is one (as the log labels it).</summary>
    public static string Of(Comparison comparison)
    {
        var summary = Of(comparison.Result);
        if (comparison.Classification is not { } facts || !facts.Labels.Contains(EditLabel.Revert))
        {
            return summary;
        }

        var revert = facts.RevertsTo is { } to ? $"Revert to revision {to}" : "Revert: puts back text an earlier revision removed";
        return $"{revert}; {char.ToLowerInvariant(summary[0])}{summary[1..]}";
    }

    public static string Of(DiffResult result)
    {
        var spans = result.WordSpans;
        var (edits, whitespaceEdits, lineEndingEdits) = Edits(spans, result.OldText, result.NewText);
        if (edits.Count == 0 && whitespaceEdits == 0 && !spans.Any(s => s.MoveId != 0))
        {
            return result.Ignored.Total == 0 ? "No differences" : $"No differences ({IgnoredText.Describe(result.Ignored)})";
        }

        var parts = new List<string>();
        // What matters most to a reader is quoted first (whole sentences, numbers and dates, negations, names,
        // quotations, then other rewordings, removals before additions); trivial edits are only counted, last.
        var quotable = edits
            .Select((e, k) => (Edit: e, Order: k))
            .Where(e => e.Edit.Rank < EditRank.Counted && (e.Edit.Rank == EditRank.WholeSentence || (Words(e.Edit.Removed) <= MaxQuotedWords && Words(e.Edit.Added) <= MaxQuotedWords)))
            .OrderBy(e => e.Edit.Rank)
            .ThenBy(e => e.Order)
            .Select(e => e.Edit)
            .ToList();
        // The same edit made in several places is quoted once, with how many times: “council” → “mayor” (3×).
        var repeated = quotable.GroupBy(e => (e.Removed, e.Added)).Select(g => (Edit: g.First(), Times: g.Count())).Take(MaxQuotedEdits).ToList();
        foreach (var (edit, times) in repeated)
        {
            var words = (edit.Removed.Length, edit.Added.Length) switch
            {
                (_, 0) => $"removed {Quote(edit.Removed)}",
                (0, _) => $"added {Quote(edit.Added)}",
                _ => $"replaced {Quote(edit.Removed)} with {Quote(edit.Added)}",
            };
            parts.Add(times > 1 ? $"{words} ({times}×)" : words);
        }

        var others = edits.Count(e => e.Rank < EditRank.Counted) - repeated.Sum(r => r.Times);
        if (others > 0 && parts.Count > 0)
        {
            parts.Add($"{others} more edit{Plural(others)}");
        }

        parts.AddRange(Trivial(edits));
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

    /// <summary>The edits only counted, by kind: honorifics, punctuation, typography, markup.</summary>
    private static IEnumerable<string> Trivial(List<SummaryEdit> edits)
    {
        var honorifics = edits.Where(e => e.Rank == EditRank.Honorific).ToList();
        foreach (var (count, verb) in new[]
        {
            (honorifics.Count(e => e.Removed.Length == 0), "added"),
            (honorifics.Count(e => e.Added.Length == 0), "removed"),
            (honorifics.Count(e => e.Removed.Length > 0 && e.Added.Length > 0), "changed"),
        })
        {
            if (count > 0)
            {
                yield return $"{count} honorific{Plural(count)} {verb}";
            }
        }

        foreach (var change in edits.Where(e => e.Rank == EditRank.ByteOrderMark).GroupBy(e => e.Added.Length > 0 ? "added" : "removed"))
        {
            yield return $"byte-order mark {change.Key}";
        }

        // A change of quote style reads better in words than as a count of typography changes.
        foreach (var style in edits.Where(e => e.Rank == EditRank.Typography).GroupBy(e => QuoteStyle(e.Removed, e.Added)).Where(g => g.Key is not null))
        {
            yield return $"changed {style.Key}{(style.Count() > 1 ? $" in {style.Count()} places" : string.Empty)}";
        }

        foreach (var (rank, noun) in new[] { (EditRank.Punctuation, "punctuation change"), (EditRank.Typography, "typography change"), (EditRank.Markup, "markup change") })
        {
            var count = edits.Count(e => e.Rank == rank && (rank != EditRank.Typography || QuoteStyle(e.Removed, e.Added) is null));
            if (count > 0)
            {
                yield return $"{count} {noun}{Plural(count)}";
            }
        }
    }

    /// <summary>Names a change of quotation marks alone: straight to curly, or back; null for any other change.</summary>
    private static string? QuoteStyle(string removed, string added)
    {
        static (int Straight, int Curly) Count(string text) =>
            (text.Count(c => c is '"' or '\''), text.Count(c => c is '“' or '”' or '‘' or '’' or '„' or '‚'));

        if (KeyNormalizer.Typography(removed) != KeyNormalizer.Typography(added))
        {
            return null;
        }

        var (before, after) = (Count(removed), Count(added));
        return (before, after) switch
        {
            ((> 0, 0), (0, > 0)) => "straight quotes to curly quotes",
            ((0, > 0), (> 0, 0)) => "curly quotes to straight quotes",
            _ => null,
        };
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

    /// <summary>The plain edits in reading order, each ranked; white-space-only edits are only counted.</summary>
    private static (List<SummaryEdit> Edits, int WhitespaceEdits, int LineEndingEdits) Edits(IReadOnlyList<DiffSpan> spans, string oldText, string newText)
    {
        var edits = new List<SummaryEdit>();
        int whitespaceEdits = 0, lineEndingEdits = 0;
        foreach (var region in EditRegion.Collect(spans, oldText, newText))
        {
            if (IsByteOrderMark(region))
            {
                edits.Add(new SummaryEdit(ByteOrderMarks(region.Removed), ByteOrderMarks(region.Added), EditRank.ByteOrderMark));
            }
            else if (!region.IsWhitespaceOnly)
            {
                var (removed, added) = (KeyNormalizer.CollapseWhitespace(region.Removed), KeyNormalizer.CollapseWhitespace(region.Added));
                // An edit too long to quote is quoted only when it ranks as whole sentences: its rank between that
                // and the counted kinds does not matter, and finding it (numbers, negations, names, quotations) is
                // most of the cost of labelling a long edit, such as a rewritten article.
                var quotable = Words(removed) <= MaxQuotedWords && Words(added) <= MaxQuotedWords;
                edits.Add(new SummaryEdit(removed, added, EditRank.Of(region, oldText, newText, exact: quotable)));
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

    /// <summary>Tells whether an edit only adds or removes byte-order marks (U+FEFF), which a reader cannot see.</summary>
    private static bool IsByteOrderMark(EditRegion region) =>
        (region.Removed.Contains('\uFEFF', StringComparison.Ordinal) || region.Added.Contains('\uFEFF', StringComparison.Ordinal))
        && region.Removed.Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Trim() == region.Added.Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Trim()
        && ByteOrderMarks(region.Removed) != ByteOrderMarks(region.Added);

    private static string ByteOrderMarks(string text) => new('\uFEFF', text.Count(c => c == '\uFEFF'));

    /// <summary>One edit as the summary quotes it: white space collapsed, and how much it matters.</summary>
    private readonly record struct SummaryEdit(string Removed, string Added, int Rank);

    private static int Words(string text) => WordScanner.Count(text);

    /// <summary>Quotes an edit, control characters shown as symbols (␛, ␇) and a byte-order mark by name, never raw.</summary>
    private static string Quote(string text) =>
        "“" + TerminalText.Safe(text.Length <= MaxQuoteLength ? text : text[..Cut(text, MaxQuoteLength - 1)].TrimEnd() + "…").Replace("\uFEFF", "[byte-order mark]", StringComparison.Ordinal) + "”";

    private static int Cut(string text, int at) => char.IsLowSurrogate(text[at]) ? at - 1 : at;

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}
