using System.Collections.Immutable;
using System.Globalization;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Text;

namespace ArticleRevisions.Classification;

/// <summary>Labels each edit between consecutive revisions and judges each revision cosmetic or substantive.</summary>
/// <remarks>
/// <para>
/// Edits come from a word-level comparison. A revision is <see cref="EditVerdict.Cosmetic"/> when every edit is
/// <see cref="EditLabel.Formatting"/>, <see cref="EditLabel.Punctuation"/>, <see cref="EditLabel.SpellingFix"/> or
/// <see cref="EditLabel.Moved"/>; any other label makes it <see cref="EditVerdict.Substantive"/>. Negation and
/// date words are recognised in English and Ukrainian. An edit within the title line is also labelled
/// <see cref="EditLabel.Headline"/> (substantive) unless it is cosmetic.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class EditClassifier
{
    private static readonly HashSet<EditLabel> CosmeticLabels = [EditLabel.Formatting, EditLabel.Punctuation, EditLabel.SpellingFix, EditLabel.Moved];

    private static readonly HashSet<string> NegationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
        "не", "ні", "ніколи", "немає", "нема", "без", "ані", "жоден", "жодна", "жодне", "жодних", "нічого",
    };

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow",
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
        "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота", "неділя", "вчора", "сьогодні", "завтра",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationLookup = NegationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWordLookup = DateWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Classifies every revision of <paramref name="history"/> against the one before it, reverts included.</summary>
    /// <param name="history">The history.</param>
    /// <returns>One classification per revision, oldest first; the first is <see cref="EditVerdict.Original"/>.</returns>
    /// <remarks>
    /// An edit that puts back text an earlier revision took out is also labelled <see cref="EditLabel.Revert"/>; when
    /// a revision's whole text equals an earlier one's (not the one just before it), every edit is, and
    /// <see cref="RevisionClassification.RevertsTo"/> names the latest such revision.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static IReadOnlyList<RevisionClassification> Classify(ArticleHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return Classify(history.Revisions, history.Count);
    }

    /// <summary>Classifies the first <paramref name="count"/> of <paramref name="revisions"/>, reverts included.</summary>
    internal static RevisionClassification[] Classify(IReadOnlyList<Revision> revisions, int count)
    {
        var reverts = new RevertTracker();
        return [.. revisions.Take(count).Select((r, i) => reverts.Mark(Classify(i == 0 ? null : revisions[i - 1], r)))];
    }

    /// <summary>Classifies <paramref name="revision"/> against <paramref name="previous"/>.</summary>
    /// <param name="previous">The revision before it, or null when it is the first.</param>
    /// <param name="revision">The revision to judge.</param>
    /// <returns>Its edits with their labels, and the verdict.</returns>
    /// <remarks>Two revisions cannot tell a revert (that needs the ones before): <see cref="EditLabel.Revert"/> is never given here.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> is null.</exception>
    public static RevisionClassification Classify(Revision? previous, Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return Classify(previous, revision, TextDiffer.Compare(previous?.Text ?? string.Empty, revision.Text));
    }

    /// <summary>Classifies <paramref name="revision"/> from its comparison with <paramref name="previous"/>, already made.</summary>
    /// <param name="previous">The revision before it, or null when it is the first.</param>
    /// <param name="revision">The revision to judge.</param>
    /// <param name="result">The two texts compared with <see cref="DiffOptions.Default"/> (the empty text first when there is no previous revision).</param>
    internal static RevisionClassification Classify(Revision? previous, Revision revision, DiffResult result)
    {
        if (previous is null)
        {
            return new RevisionClassification(revision, EditVerdict.Original, [], result.Statistics);
        }

        var changes = Changes(result);
        var verdict = changes.All(c => c.Labels.All(CosmeticLabels.Contains)) ? EditVerdict.Cosmetic : EditVerdict.Substantive;
        return new RevisionClassification(revision, verdict, changes, result.Statistics);
    }

    /// <summary>Labels the edits that turn <paramref name="oldText"/> into <paramref name="newText"/>.</summary>
    /// <param name="oldText">The earlier text.</param>
    /// <param name="newText">The later text.</param>
    /// <returns>Each edit with its labels, in reading order; empty when the texts are equal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<EditChange> Changes(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        return Changes(TextDiffer.Compare(oldText, newText));
    }

    private static ImmutableArray<EditChange> Changes(DiffResult result)
    {
        var (oldText, newText) = (result.OldText, result.NewText);
        var changes = ImmutableArray.CreateBuilder<EditChange>();
        var titles = TitleLine.Pair.Of(oldText, newText);
        foreach (var region in EditRegion.Collect(result.Spans, oldText, newText))
        {
            if (region.IsWhitespaceOnly && region.NextToMove)
            {
                continue;
            }

            changes.Add(new EditChange(region.Removed, region.Added, Label(region, oldText, newText, titles: titles)));
        }

        var sources = result.Spans.Where(s => s.Kind == DiffSpanKind.MovedFrom).ToDictionary(s => s.MoveId);
        foreach (var move in result.Spans.Where(s => s.Kind == DiffSpanKind.MovedTo))
        {
            var moved = result.NewTextOf(move);
            var from = sources[move.MoveId];
            changes.Add(new EditChange(result.OldTextOf(from), moved, [EditLabel.Moved]));
            foreach (var region in EditRegion.Collect(move.Inner, oldText, newText))
            {
                changes.Add(new EditChange(region.Removed, region.Added, Label(region, oldText, newText, titles: titles)));
            }
        }

        return changes.ToImmutable();
    }

    /// <summary>The labels of one edit region.</summary>
    /// <param name="region">The region.</param>
    /// <param name="oldText">The old text.</param>
    /// <param name="newText">The new text.</param>
    /// <param name="headlineOnly">See <see cref="Labels"/>.</param>
    /// <param name="titles">The title lines of the two texts, when found already; found here when null.</param>
    internal static ImmutableArray<EditLabel> Label(in EditRegion region, string oldText, string newText, bool headlineOnly = false, TitleLine.Pair? titles = null) =>
        Labels(region, oldText, newText, headlineOnly, titles).ToImmutableArray();

    /// <summary>The labels of one edit region as a set; also how the summary ranks edits.</summary>
    /// <param name="region">The region.</param>
    /// <param name="oldText">The old text.</param>
    /// <param name="newText">The new text.</param>
    /// <param name="headlineOnly">
    /// For a summary that need not tell apart the ranks between a headline and the counted kinds (see
    /// <c>EditRank.Of</c>): past the markup, punctuation and letter-case tests, only whether it is labelled a headline
    /// is found; the number, negation, quotation and rewording tests are made only for a headline edit of one word on
    /// each side (which is labelled a spelling fix instead where it is one).
    /// </param>
    /// <param name="titles">The title lines of the two texts, when found already; found here when null and needed.</param>
    /// <remarks>
    /// Both sides are read in place, word by word, and nothing is allocated but for the rewording test (which needs
    /// both sides' words, and is reached only by a replacement already labelled otherwise): a summary ranks every edit
    /// of a text, thousands of them in a large one.
    /// </remarks>
    internal static LabelSet Labels(in EditRegion region, string oldText, string newText, bool headlineOnly = false, TitleLine.Pair? titles = null)
    {
        if (region.IsWhitespaceOnly)
        {
            return LabelSet.Of(EditLabel.Formatting);
        }

        // Not white space alone (above), so some Markdown markup changed, and nothing else.
        if (MarkupScanner.IsMarkupOnly(oldText, region.OldStart, region.RemovedLength) && MarkupScanner.IsMarkupOnly(newText, region.NewStart, region.AddedLength))
        {
            return LabelSet.Of(EditLabel.Formatting);
        }

        var (removed, added) = (RemovedWords(region), AddedWords(region));
        var (sameWords, sameIgnoringCase) = WordWalk.Compare(removed, added);
        if (sameWords || PlainEquals(region.RemovedSpan, region.AddedSpan))
        {
            return LabelSet.Of(EditLabel.Punctuation);
        }

        if (sameIgnoringCase)
        {
            // Only letter case changed, in however many words: a headline re-cased is a spelling fix, not a rewrite.
            return LabelSet.Of(EditLabel.SpellingFix);
        }

        var headline = IsHeadline(region, titles ?? TitleLine.Pair.Of(oldText, newText));
        if (headlineOnly && !headline)
        {
            return default;
        }

        // Counted up to four: whether a side has none, one, or at most three words is all that is asked.
        var removedCount = WordWalk.CountUpTo(region.OldText, region.RemovedStart, region.RemovedStart + region.RemovedLength, 3);
        var addedCount = WordWalk.CountUpTo(region.NewText, region.AddedStart, region.AddedStart + region.AddedLength, 3);
        if (headlineOnly && (removedCount, addedCount) != (1, 1))
        {
            // A headline edit of one word for one may be a spelling fix, which the full labels decide.
            return LabelSet.Of(EditLabel.Headline);
        }

        var labels = default(LabelSet);
        // A number or date "changes" only where one replaced another; one inside wholly new or removed text is just text.
        var replacement = removedCount > 0 && addedCount > 0;
        if (replacement && (!SameNumbers(region.RemovedSpan, region.AddedSpan) || !SameDateWords(removed, added)))
        {
            labels = labels.With(EditLabel.NumberOrDate);
        }

        // "не" slipped into a sentence negates it; a whole new sentence that happens to hold "not" is added text.
        var small = Math.Max(removedCount, addedCount) <= 3;
        if ((replacement || small) && Negations(removed) != Negations(added))
        {
            labels = labels.With(EditLabel.Negation);
        }

        if (QuotationScanner.IsInside(oldText, region.OldStart) || QuotationScanner.IsInside(newText, region.NewStart))
        {
            labels = labels.With(EditLabel.Quotation);
        }

        if (removedCount == 1 && addedCount == 1 && labels.IsEmpty && removed.Next() && added.Next() && IsSmallEdit(removed.Word, added.Word))
        {
            return LabelSet.Of(EditLabel.SpellingFix);
        }

        // A reworded headline is named as such, not as text added, removed or rewritten anywhere.
        if (headline)
        {
            labels = labels.With(EditLabel.Headline);
        }

        // A number, date or negation names what changed only when it is most of the change; other wording replaced
        // around it (a sentence rewritten that happens to hold a date) is a rewrite as well.
        if (replacement && !labels.IsEmpty && !labels.Contains(EditLabel.Headline) && IsReworded(Words(region.Removed), Words(region.Added)))
        {
            labels = labels.With(EditLabel.Rewritten);
        }

        if (!labels.IsEmpty)
        {
            return labels;
        }

        return (removedCount, addedCount) switch
        {
            (0, _) when region.RemovedSpan.IsWhiteSpace() => LabelSet.Of(EditLabel.TextAdded),
            (_, 0) when region.AddedSpan.IsWhiteSpace() => LabelSet.Of(EditLabel.TextRemoved),
            _ => LabelSet.Of(EditLabel.Rewritten),
        };
    }

    /// <summary>
    /// Tells whether two texts read the same once typographic variants are made plain and white space collapsed
    /// (<c>CollapseWhitespace(Typography(text))</c> of each), comparing them as they are read and stopping at the first
    /// difference, so nothing is built.
    /// </summary>
    internal static bool PlainEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var x = new PlainReader(a);
        var y = new PlainReader(b);
        while (true)
        {
            var c = x.Next();
            if (c != y.Next())
            {
                return false;
            }

            if (c < 0)
            {
                return true;
            }
        }
    }

    private static bool IsHeadline(in EditRegion region, TitleLine.Pair titles) =>
        TitleLine.Contains(titles.Old, region.OldStart, region.RemovedLength) && TitleLine.Contains(titles.New, region.NewStart, region.AddedLength);

    /// <summary>Walks the words of the text a region removed, in place.</summary>
    internal static WordWalk RemovedWords(in EditRegion region) => new(region.OldText, region.RemovedStart, region.RemovedStart + region.RemovedLength);

    /// <summary>Walks the words of the text a region added, in place.</summary>
    internal static WordWalk AddedWords(in EditRegion region) => new(region.NewText, region.AddedStart, region.AddedStart + region.AddedLength);

    /// <summary>
    /// Tells whether the words other than numbers, dates and negations were replaced by different wording: at least
    /// three on one side, fewer than half of them kept. "confirmed" → "did not confirm" is a negation, not a rewrite.
    /// </summary>
    private static bool IsReworded(string[] removedWords, string[] addedWords)
    {
        // Words kept are counted with a multiset, not by removing from a list: a rewritten article is one edit of
        // tens of thousands of words.
        var removed = new Dictionary<string, int>(StringComparer.Ordinal);
        var removedCount = 0;
        foreach (var word in removedWords)
        {
            if (IsPlainWord(word))
            {
                var key = word.ToLowerInvariant();
                removed[key] = removed.GetValueOrDefault(key) + 1;
                removedCount++;
            }
        }

        var addedCount = 0;
        var kept = 0;
        foreach (var word in addedWords)
        {
            if (!IsPlainWord(word))
            {
                continue;
            }

            addedCount++;
            var key = word.ToLowerInvariant();
            if (removed.GetValueOrDefault(key) is > 0 and var left)
            {
                removed[key] = left - 1;
                kept++;
            }
        }

        var longer = Math.Max(removedCount, addedCount);
        return longer >= 3 && kept * 2 < longer;
    }

    private static bool IsPlainWord(string word) => !IsDateWord(word) && !IsNegation(word) && !word.Any(char.IsDigit);

    /// <summary>A month or day name; "May" only capitalised, as "may" is mostly the verb.</summary>
    private static bool IsDateWord(ReadOnlySpan<char> word) => DateWordLookup.Contains(word) || word.SequenceEqual("May");

    private static bool IsNegation(ReadOnlySpan<char> word) =>
        NegationLookup.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);

    /// <summary>How many negations a walk reads (from its start).</summary>
    private static int Negations(WordWalk words)
    {
        var count = 0;
        while (words.Next())
        {
            count += IsNegation(words.Word) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Tells whether two walks (each from its start) read the same month and day names in the same order, letter case aside.</summary>
    private static bool SameDateWords(WordWalk x, WordWalk y)
    {
        while (true)
        {
            var (more, moreToo) = (NextDateWord(ref x), NextDateWord(ref y));
            if (!more || !moreToo)
            {
                return more == moreToo;
            }

            if (!x.Word.Equals(y.Word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
    }

    private static bool NextDateWord(ref WordWalk words)
    {
        while (words.Next())
        {
            if (IsDateWord(words.Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A typo fix or a case change: the words are close by edit distance relative to their length. Short words are
    /// left out: "he" → "she" or "rise" → "rose" is one letter but a different meaning.
    /// </summary>
    private static bool IsSmallEdit(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (before.Equals(after, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        const int MinimumLength = 5;
        const int MaximumLength = 64;
        if (Math.Min(before.Length, after.Length) < MinimumLength || Math.Max(before.Length, after.Length) > MaximumLength)
        {
            return false;
        }

        // Lower-cased as string.ToLowerInvariant does (simple case mapping keeps the length), on the stack.
        Span<char> a = stackalloc char[before.Length];
        Span<char> b = stackalloc char[after.Length];
        before.ToLowerInvariant(a);
        after.ToLowerInvariant(b);
        var distance = Levenshtein(a, b);
        return distance <= Math.Max(1, Math.Min(before.Length, after.Length) / 4);
    }

    private static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> row = stackalloc int[b.Length + 1];
        for (var j = 0; j < row.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    /// <summary>
    /// Reads <c>KeyNormalizer.CollapseWhitespace(KeyNormalizer.Typography(text))</c> one character at a time: each
    /// typographic variant as its plain form, each run of white space between two other characters as one space, none
    /// at the ends.
    /// </summary>
    private ref struct PlainReader(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> text = text;
        private int index;
        private string? form;
        private int formIndex;
        private bool started;
        private bool spacePending;
        private int queued = -1;

        /// <summary>The next character, or -1 at the end.</summary>
        public int Next()
        {
            if (queued >= 0)
            {
                var c = queued;
                queued = -1;
                return c;
            }

            while (true)
            {
                var c = Typographic();
                if (c < 0)
                {
                    return -1;
                }

                if (char.IsWhiteSpace((char)c))
                {
                    spacePending = started;
                    continue;
                }

                started = true;
                if (spacePending)
                {
                    spacePending = false;
                    queued = c;
                    return ' ';
                }

                return c;
            }
        }

        /// <summary>The next character of <c>KeyNormalizer.Typography(text)</c>, or -1 at the end.</summary>
        private int Typographic()
        {
            if (form is not null)
            {
                if (formIndex < form.Length)
                {
                    return form[formIndex++];
                }

                form = null;
            }

            if (index == text.Length)
            {
                return -1;
            }

            var c = text[index++];
            if (KeyNormalizer.PlainForm(c) is not { } plain)
            {
                return c;
            }

            (form, formIndex) = (plain, 1);
            return plain[0];
        }
    }

    /// <summary>The words of a text, as the tokenizer (and so the diff) cuts them.</summary>
    private static string[] Words(string text)
    {
        // Counted first, so the array is made once at its size (no list grown and copied for each edit labelled).
        var count = 0;
        for (var walk = new WordWalk(text); walk.Next();)
        {
            count++;
        }

        var words = new string[count];
        var k = 0;
        for (var walk = new WordWalk(text); walk.Next();)
        {
            words[k++] = text.Substring(walk.Start, walk.Length);
        }

        return words;
    }

    /// <summary>
    /// The numbers of a text with their thousands commas dropped: each run of decimal digits (any script's) with the
    /// <c>.</c>, <c>,</c> or <c>:</c> between two of its digits, read from the left (what <c>\d+(?:[.,:]\d+)*</c> matches).
    /// </summary>
    internal static string[] Numbers(string text)
    {
        List<string>? numbers = null;
        for (var at = 0; NextNumber(text, ref at) is (int start, int end);)
        {
            (numbers ??= []).Add(text[start..end].Replace(",", string.Empty, StringComparison.Ordinal));
        }

        return numbers is null ? [] : [.. numbers];
    }

    /// <summary>Tells whether two texts hold the same <see cref="Numbers"/>, read in place.</summary>
    internal static bool SameNumbers(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var (x, y) = (0, 0);
        while (true)
        {
            var (one, other) = (NextNumber(a, ref x), NextNumber(b, ref y));
            if (one is not (int start, int end) || other is not (int otherStart, int otherEnd))
            {
                return one is null && other is null;
            }

            if (!SameWithoutCommas(a[start..end], b[otherStart..otherEnd]))
            {
                return false;
            }
        }
    }

    /// <summary>Finds the next number at or after <paramref name="at"/>, and moves <paramref name="at"/> past it.</summary>
    private static (int Start, int End)? NextNumber(ReadOnlySpan<char> text, ref int at)
    {
        for (var i = at; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                continue;
            }

            var end = i + 1;
            while (true)
            {
                while (end < text.Length && char.IsDigit(text[end]))
                {
                    end++;
                }

                if (end + 1 < text.Length && text[end] is ('.' or ',' or ':') && char.IsDigit(text[end + 1]))
                {
                    end++;
                    continue;
                }

                break;
            }

            at = end;
            return (i, end);
        }

        at = text.Length;
        return null;
    }

    /// <summary>Tells whether two numbers are equal once their commas are dropped.</summary>
    private static bool SameWithoutCommas(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < a.Length && a[i] == ',')
            {
                i++;
            }

            while (j < b.Length && b[j] == ',')
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }
}
