using System.Collections.Immutable;
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

    public static string Of(DiffResult result) => Of(result, exactRanks: false);

    /// <summary>The summary of a result; with <paramref name="exactRanks"/>, every edit's rank is found in full (for tests: the same summary, made the slow way).</summary>
    internal static string Of(DiffResult result, bool exactRanks)
    {
        var spans = result.WordSpans;
        var edits = Tally.Of(spans, result.OldText, result.NewText, exactRanks);
        if (edits.Count == 0 && edits.WhitespaceEdits == 0 && !spans.Any(s => s.MoveId != 0))
        {
            return result.Ignored.Total == 0 ? "No differences" : $"No differences ({IgnoredText.Describe(result.Ignored)})";
        }

        var parts = new List<string>();
        // What matters most to a reader is quoted first (whole sentences, numbers and dates, negations, names,
        // quotations, then other rewordings, removals before additions); trivial edits are only counted, last. The
        // same edit made in several places is quoted once, with how many times: “council” → “mayor” (3×).
        var quoted = 0;
        foreach (var (edit, times) in edits.Quoted())
        {
            quoted += times;
            var words = (edit.Removed.Length, edit.Added.Length) switch
            {
                (_, 0) => $"removed {Quote(edit.Removed)}",
                (0, _) => $"added {Quote(edit.Added)}",
                _ => $"replaced {Quote(edit.Removed)} with {Quote(edit.Added)}",
            };
            parts.Add(times > 1 ? $"{words} ({times}×)" : words);
        }

        var others = edits.NotCounted - quoted;
        if (others > 0 && parts.Count > 0)
        {
            parts.Add($"{others} more edit{Plural(others)}");
        }

        parts.AddRange(edits.Trivial());
        if (edits.WhitespaceEdits > 0)
        {
            parts.Add(edits.LineEndingEdits == edits.WhitespaceEdits
                ? $"line endings changed in {edits.WhitespaceEdits} place{Plural(edits.WhitespaceEdits)}"
                : $"white space changed in {edits.WhitespaceEdits} place{Plural(edits.WhitespaceEdits)}");
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

    /// <summary>Tells whether an edit only adds or removes byte-order marks (U+FEFF), which a reader cannot see.</summary>
    private static bool IsByteOrderMark(in EditRegion region) =>
        (region.RemovedSpan.Contains('\uFEFF') || region.AddedSpan.Contains('\uFEFF'))
        && region.Removed.Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Trim() == region.Added.Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Trim()
        && ByteOrderMarks(region.Removed) != ByteOrderMarks(region.Added);

    private static string ByteOrderMarks(string text) => new('\uFEFF', text.Count(c => c == '\uFEFF'));

    /// <summary>
    /// Tells whether the white-space-collapsed form of <paramref name="text"/> (as quoted) has at most
    /// <see cref="MaxQuotedWords"/> words, reading no further than the word after them where it can.
    /// </summary>
    /// <remarks>
    /// Collapsing white space (each run to one space, none at the ends) joins and splits no word once the ends are
    /// trimmed, so the words are counted where they lie, except where a character that may join a text element with
    /// its neighbour (a combining mark after a tab, which a space would take in) touches white space: there the
    /// collapsed text is made and counted. A property test holds this against counting the collapsed text.
    /// </remarks>
    internal static bool HasFewWords(string text) => HasFewWords(text, 0, text.Length);

    /// <summary><see cref="HasFewWords(string)"/> of [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>, read in place.</summary>
    internal static bool HasFewWords(string text, int from, int to)
    {
        var start = to - text.AsSpan(from, to - from).TrimStart().Length;
        var end = start + text.AsSpan(start, to - start).TrimEnd().Length;
        var words = new WordWalk(text, start, end);
        var (count, reached) = (0, end);
        while (words.Next())
        {
            if (++count > MaxQuotedWords)
            {
                reached = words.Start + words.Length;
                break;
            }
        }

        return JoinerBesideSpace(text, start, reached)
            ? WordScanner.Count(KeyNormalizer.CollapseWhitespace(text.Substring(from, to - from))) <= MaxQuotedWords
            : count <= MaxQuotedWords;
    }

    /// <summary>Tells whether, in [<paramref name="start"/>, <paramref name="end"/>), white space touches a character that may join a text element (as <c>TextElements</c> tells: at or above U+0300, outside the Cyrillic letters and general punctuation).</summary>
    private static bool JoinerBesideSpace(string text, int start, int end)
    {
        for (var i = start; i + 1 < end; i++)
        {
            var (a, b) = (text[i], text[i + 1]);
            if ((a | b) >= '\u0300' && char.IsWhiteSpace(a) != char.IsWhiteSpace(b) && MayJoin(char.IsWhiteSpace(a) ? b : a))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayJoin(char c) => c >= '\u0300' && c is not ((>= '\u0400' and <= '\u0482') or (>= '\u2010' and <= '\u2027') or (>= '\u2030' and <= '\u205E'));

    /// <summary>One edit as the summary quotes it: white space collapsed, how much it matters, and <see cref="Tally.PairHash"/> of it.</summary>
    private readonly record struct SummaryEdit(string Removed, string Added, int Rank, int Hash);

    /// <summary>
    /// What the summary says about the edits, gathered in one pass without keeping them: how many of each kind, the
    /// few edits it quotes, and where each quotable edit lies (to count the repeats of those quoted).
    /// </summary>
    /// <remarks>
    /// An edit's quoted text (white space collapsed) is built only where the summary can use it: an edit it may
    /// quote, an honorific or a change of typography. The edits quoted are the first <see cref="MaxQuotedEdits"/>
    /// different (removed, added) pairs in the order of rank, then reading order, each pair placed by its best edit.
    /// </remarks>
    private sealed class Tally
    {
        private readonly ImmutableArray<DiffSpan> spans;
        private readonly TitleLine.Pair titles;
        private readonly string oldText;
        private readonly string newText;
        private readonly List<SummaryEdit> best = new(MaxQuotedEdits + 1);

        /// <summary>
        /// Which regions (by their place in reading order) are quotable, a bit each, and the pair hash of each of those,
        /// in order: where a quotable edit lies is found again by walking the regions (<see cref="Quoted"/>),
        /// so thousands of edits keep 4 bytes each, not their places (20), which grew a list into the large-object heap.
        /// </summary>
        private readonly ulong[] quotableRegions;
        private readonly List<int> quotableHashes = [];
        private int regions;
        private readonly List<string> byteOrderMarks = new(2);
        private readonly List<(string Style, int Count)> quoteStyles = new(2);
        private int honorificsAdded;
        private int honorificsRemoved;
        private int honorificsChanged;
        private int punctuation;
        private int typography;
        private int markup;

        private readonly bool exactRanks;

        private Tally(ImmutableArray<DiffSpan> spans, string oldText, string newText, bool exactRanks)
        {
            this.spans = spans;
            titles = TitleLine.Pair.Of(oldText, newText);
            // A region holds at least one span.
            quotableRegions = new ulong[(spans.Length + 63) / 64];
            this.oldText = oldText;
            this.newText = newText;
            this.exactRanks = exactRanks;
        }

        /// <summary>Gets how many edits there are (white-space-only ones aside).</summary>
        public int Count { get; private set; }

        /// <summary>Gets how many edits rank before the counted kinds.</summary>
        public int NotCounted { get; private set; }

        public int WhitespaceEdits { get; private set; }

        public int LineEndingEdits { get; private set; }


        /// <summary>Ranks the edits of <paramref name="spans"/> in reading order; white-space-only edits are only counted.</summary>
        public static Tally Of(ImmutableArray<DiffSpan> spans, string oldText, string newText, bool exactRanks)
        {
            var tally = new Tally(spans, oldText, newText, exactRanks);
            foreach (var region in EditRegion.Collect(spans, oldText, newText))
            {
                tally.regions++;
                if (IsByteOrderMark(region))
                {
                    tally.Count++;
                    var added = region.AddedSpan.Contains('\uFEFF') ? "added" : "removed";
                    if (!tally.byteOrderMarks.Contains(added))
                    {
                        tally.byteOrderMarks.Add(added);
                    }
                }
                else if (!region.IsWhitespaceOnly)
                {
                    tally.Add(region);
                }
                else if (!region.NextToMove)
                {
                    // The blank lines that travel with a moved paragraph are part of the move, not an edit of their own.
                    tally.WhitespaceEdits++;
                    if (SameButLineEndings(region.RemovedSpan, region.AddedSpan))
                    {
                        tally.LineEndingEdits++;
                    }
                }
            }

            return tally;
        }

        private void Add(in EditRegion region)
        {
            Count++;
            // An edit too long to quote is quoted only when it ranks as whole sentences: its rank between that and
            // the counted kinds does not matter, and finding it (numbers, negations, names, quotations) is most of
            // the cost of labelling a long edit, such as a rewritten article.
            var few = HasFewWords(oldText, region.RemovedStart, region.RemovedStart + region.RemovedLength)
                && HasFewWords(newText, region.AddedStart, region.AddedStart + region.AddedLength);
            var (hash, same) = few ? Place(region) : (0, -1);
            var rank = EditRank.Of(region, oldText, newText, exact: few && NeedsExactRank(same), titles);
            if (rank < EditRank.Counted)
            {
                NotCounted++;
                if (rank == EditRank.WholeSentence || few)
                {
                    (hash, same) = few ? (hash, same) : Place(region);
                    Quotable(region, rank, hash, same);
                }

                return;
            }

            switch (rank)
            {
                case EditRank.Honorific:
                    // A side is empty once collapsed exactly when it is all white space.
                    var (none, noneAdded) = (region.RemovedSpan.IsWhiteSpace(), region.AddedSpan.IsWhiteSpace());
                    honorificsAdded += none ? 1 : 0;
                    honorificsRemoved += noneAdded ? 1 : 0;
                    honorificsChanged += !none && !noneAdded ? 1 : 0;
                    break;
                case EditRank.Punctuation:
                    punctuation++;
                    break;
                case EditRank.Typography:
                    // A change of quote style reads better in words than as a count of typography changes.
                    if (QuoteStyle(KeyNormalizer.CollapseWhitespace(region.Removed), KeyNormalizer.CollapseWhitespace(region.Added)) is { } style)
                    {
                        var at = quoteStyles.Count - 1;
                        while (at >= 0 && quoteStyles[at].Style != style)
                        {
                            at--;
                        }
                        if (at < 0)
                        {
                            quoteStyles.Add((style, 1));
                        }
                        else
                        {
                            quoteStyles[at] = (style, quoteStyles[at].Count + 1);
                        }
                    }
                    else
                    {
                        typography++;
                    }

                    break;
                case EditRank.Markup:
                    markup++;
                    break;
            }
        }

        /// <summary>The hash of an edit's quoted texts, and where among the quoted its pair already is (-1 where it is not).</summary>
        private (int Hash, int Same) Place(in EditRegion region)
        {
            var removed = region.RemovedSpan;
            var added = region.AddedSpan;
            var hash = PairHash(removed, added);
            var same = 0;
            while (same < best.Count && !(best[same].Hash == hash && CollapsedText.Same(removed, best[same].Removed) && CollapsedText.Same(added, best[same].Added)))
            {
                same++;
            }

            return (hash, same < best.Count ? same : -1);
        }

        /// <summary>
        /// Tells whether an edit's rank must be told apart between a whole sentence and the counted kinds, or whether
        /// where it lies there cannot change the quoted: its pair is quoted already at a rank no lower rank there can
        /// improve, or (not quoted) there are as many quoted as can be, all ranked at or before any rank there.
        /// </summary>
        /// <remarks>
        /// The coarse rank (<c>EditRank.Of</c> without <c>exact</c>) is exact for whole sentences, headlines and
        /// the counted kinds, and finding the others (numbers, negations, names, quotations, spelling) is most of the
        /// cost of ranking: once the quoted are settled, thousands of small edits are only counted.
        /// </remarks>
        private bool NeedsExactRank(int same) =>
            exactRanks || (same >= 0 ? best[same].Rank > EditRank.NumberOrDate : best.Count < MaxQuotedEdits || best[^1].Rank > EditRank.NumberOrDate);

        /// <summary>Keeps the best edit of each of the first few pairs, and where every quotable edit lies.</summary>
        /// <remarks>
        /// An edit's quoted text (white space collapsed) is compared where it lies, and made only for an edit that
        /// takes a place among the few quoted: thousands of small edits are ranked without a string made for one.
        /// </remarks>
        private void Quotable(in EditRegion region, int rank, int hash, int same)
        {
            var ordinal = regions - 1;
            quotableRegions[ordinal >> 6] |= 1UL << ordinal;
            quotableHashes.Add(hash);
            if (same >= 0)
            {
                // Edits come in reading order, so the pair's place improves only with a better rank.
                if (rank >= best[same].Rank)
                {
                    return;
                }

                best.RemoveAt(same);
            }

            // A pair pushed out can never come back on its earlier edit: the pairs ahead of it only get better.
            var at = 0;
            while (at < best.Count && best[at].Rank <= rank)
            {
                at++;
            }

            if (at == MaxQuotedEdits)
            {
                return;
            }

            best.Insert(at, new SummaryEdit(CollapsedText.ToString(region.RemovedSpan), CollapsedText.ToString(region.AddedSpan), rank, hash));
            if (best.Count > MaxQuotedEdits)
            {
                best.RemoveAt(MaxQuotedEdits);
            }
        }

        /// <summary>
        /// The edits quoted, in the order they are quoted, each with how many quotable edits have its quoted text,
        /// found again from where they lie, in one walk.
        /// </summary>
        public (SummaryEdit Edit, int Times)[] Quoted()
        {
            var times = new (SummaryEdit Edit, int Times)[best.Count];
            for (var q = 0; q < best.Count; q++)
            {
                times[q] = (best[q], 0);
            }

            if (best.Count == 0)
            {
                return times;
            }

            var (at, quotable) = (0, 0);
            foreach (var region in EditRegion.Collect(spans, oldText, newText))
            {
                if ((quotableRegions[at >> 6] & (1UL << at)) != 0)
                {
                    var hash = quotableHashes[quotable++];
                    for (var q = 0; q < best.Count; q++)
                    {
                        if (hash == best[q].Hash
                            && CollapsedText.Same(oldText.AsSpan(region.OldStart, region.RemovedLength), best[q].Removed)
                            && CollapsedText.Same(newText.AsSpan(region.NewStart, region.AddedLength), best[q].Added))
                        {
                            times[q].Times++;
                        }
                    }
                }

                at++;
            }

            return times;
        }

        /// <summary>The edits only counted, by kind: honorifics, byte-order marks, quote styles, punctuation, typography, markup.</summary>
        public IEnumerable<string> Trivial()
        {
            foreach (var (count, verb) in new[] { (honorificsAdded, "added"), (honorificsRemoved, "removed"), (honorificsChanged, "changed") })
            {
                if (count > 0)
                {
                    yield return $"{count} honorific{Plural(count)} {verb}";
                }
            }

            foreach (var change in byteOrderMarks)
            {
                yield return $"byte-order mark {change}";
            }

            foreach (var (style, count) in quoteStyles)
            {
                yield return $"changed {style}{(count > 1 ? $" in {count} places" : string.Empty)}";
            }

            foreach (var (count, noun) in new[] { (punctuation, "punctuation change"), (typography, "typography change"), (markup, "markup change") })
            {
                if (count > 0)
                {
                    yield return $"{count} {noun}{Plural(count)}";
                }
            }
        }

        /// <summary>A hash of the pair's quoted texts, read in place: equal quoted texts give equal hashes.</summary>
        private static int PairHash(ReadOnlySpan<char> removed, ReadOnlySpan<char> added) => (CollapsedText.Hash(removed) * -1521134295) + CollapsedText.Hash(added);
    }

    /// <summary>
    /// A text with white space collapsed as the summary quotes it (<c>KeyNormalizer.CollapseWhitespace</c>: each run of
    /// white space between two other characters one space, none at the ends), read where the text lies.
    /// </summary>
    internal ref struct CollapsedText(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> text = text;
        private int index;
        private bool started;
        private bool spacePending;

        /// <summary>Tells whether <paramref name="text"/> collapses to <paramref name="collapsed"/>.</summary>
        public static bool Same(ReadOnlySpan<char> text, string collapsed)
        {
            var reader = new CollapsedText(text);
            foreach (var c in collapsed)
            {
                if (reader.Next() != c)
                {
                    return false;
                }
            }

            return reader.Next() < 0;
        }

        /// <summary>A hash of the collapsed text (FNV-1a over its characters).</summary>
        public static int Hash(ReadOnlySpan<char> text)
        {
            var reader = new CollapsedText(text);
            var hash = 2166136261;
            for (var c = reader.Next(); c >= 0; c = reader.Next())
            {
                hash = (hash ^ (uint)c) * 16777619;
            }

            return (int)hash;
        }

        /// <summary>The collapsed text.</summary>
        public static string ToString(ReadOnlySpan<char> text)
        {
            var length = 0;
            for (var reader = new CollapsedText(text); reader.Next() >= 0;)
            {
                length++;
            }

            Span<char> chars = length <= 256 ? stackalloc char[length] : new char[length];
            var at = 0;
            for (var reader = new CollapsedText(text); at < length;)
            {
                chars[at++] = (char)reader.Next();
            }

            return chars.ToString();
        }

        /// <summary>The next character of the collapsed text, or -1 at its end.</summary>
        private int Next()
        {
            while (index < text.Length)
            {
                var c = text[index];
                if (char.IsWhiteSpace(c))
                {
                    index++;
                    spacePending = started;
                    continue;
                }

                if (spacePending)
                {
                    // The space first; the character is read again next time.
                    spacePending = false;
                    return ' ';
                }

                index++;
                started = true;
                return c;
            }

            return -1;
        }
    }

    /// <summary>Tells whether two texts are equal once each CR LF is read as LF (<c>Replace("\r\n", "\n")</c> of each), read in place.</summary>
    internal static bool SameButLineEndings(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var (i, j) = (0, 0);
        while (i < a.Length && j < b.Length)
        {
            i += a[i] == '\r' && i + 1 < a.Length && a[i + 1] == '\n' ? 1 : 0;
            j += b[j] == '\r' && j + 1 < b.Length && b[j + 1] == '\n' ? 1 : 0;
            if (a[i++] != b[j++])
            {
                return false;
            }
        }

        return i == a.Length && j == b.Length;
    }

    /// <summary>Quotes an edit, control characters shown as symbols (␛, ␇) and a byte-order mark by name, never raw.</summary>
    private static string Quote(string text) =>
        "“" + TerminalText.Safe(text.Length <= MaxQuoteLength ? text : text[..Cut(text, MaxQuoteLength - 1)].TrimEnd() + "…").Replace("\uFEFF", "[byte-order mark]", StringComparison.Ordinal) + "”";

    private static int Cut(string text, int at) => char.IsLowSurrogate(text[at]) ? at - 1 : at;

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}
