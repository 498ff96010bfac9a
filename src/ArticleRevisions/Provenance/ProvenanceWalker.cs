using System.Collections.Immutable;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>
/// Walks a history from its first revision, carrying the origin of every character, and of every sentence, across
/// one diff per revision. One instance serves one walk.
/// </summary>
/// <remarks>
/// Unchanged and moved text keeps its origins. Inserted text belongs to the revision that inserted it, unless a
/// word is one removed earlier and put back (a revert): then it gets the origin it had. A word counts as put back
/// when the words either side of it are the words that stood either side of it when it was removed, or when one of
/// them is and was itself put back, which extends a restored run to its ends. Matching by neighbours rather than
/// by text alone keeps a common word such as "the" from taking the origin of some unrelated "the" removed long
/// ago. A sentence found again whole (moved by deleting and inserting it, or restored) also gives its earlier
/// character origins to any of its characters still counted as new, so its words agree with it.
/// </remarks>
internal sealed class ProvenanceWalker
{
    private readonly ArticleHistory history;
    private readonly DiffOptions options;
    private readonly KeyNormalizer keys;
    private readonly RemovedWordIndex removedWords = new();
    private readonly SentenceLedger sentences;
    private ImmutableList<RemovedText> removed = [];
    private int[] origins;
    private int[] restoredIn;
    private TokenTable tokens;

    public ProvenanceWalker(ArticleHistory history, DiffOptions options)
    {
        this.history = history;
        this.options = options;
        keys = new KeyNormalizer(options);
        Revision = history.GetRevision(1);
        origins = new int[Revision.Text.Length];
        Array.Fill(origins, 1);
        restoredIn = new int[Revision.Text.Length];
        tokens = new TokenTable(Revision.Text);
        sentences = new SentenceLedger(keys, Revision.Text);
    }

    /// <summary>Gets the revision the walk has reached.</summary>
    public Revision Revision { get; private set; }

    /// <summary>Moves on to the next revision, comparing it with the current one.</summary>
    public void Advance()
    {
        var next = history.GetRevision(Revision.Number + 1);
        var oldText = Revision.Text;
        var newText = next.Text;
        var diff = TextDiffer.Compare(oldText, newText, options);

        var map = new int[newText.Length];
        Array.Fill(map, -1);
        var insertions = new List<(int Start, int Length)>();
        var deletions = new List<(int Start, int Length)>();
        var sources = diff.Spans.Where(s => s.Kind == DiffSpanKind.MovedFrom).ToDictionary(s => s.MoveId);
        foreach (var span in diff.Spans)
        {
            Classify(span, oldText, newText, sources, map, insertions, deletions);
        }

        var newOrigins = new int[newText.Length];
        var newRestoredIn = new int[newText.Length];
        for (var i = 0; i < newText.Length; i++)
        {
            if (map[i] >= 0)
            {
                newOrigins[i] = origins[map[i]];
                newRestoredIn[i] = restoredIn[map[i]];
            }
            else
            {
                newOrigins[i] = next.Number;
            }
        }

        // Moves are classified where their text arrives, so inner deletions can come out of old-text order.
        deletions.Sort();
        var lost = RememberRemovedWords(oldText, deletions, next.Number);
        var newTokens = new TokenTable(newText);
        PutBack(newText, newTokens, insertions, newOrigins, newRestoredIn, next.Number);
        var reused = sentences.Advance(newText, map, next.Number, origins, restoredIn);
        var movedAway = Reuse(reused, lost, oldText.Length, newOrigins, newRestoredIn, next.Number);
        removed = removed.AddRange(RemovalRuns(oldText, deletions, lost, movedAway, next));

        Revision = next;
        origins = newOrigins;
        restoredIn = newRestoredIn;
        tokens = newTokens;
    }

    /// <summary>Reports the origins in the revision the walk has reached.</summary>
    public ProvenanceReport Report()
    {
        var text = Revision.Text;
        var sentenceList = sentences.Sentences
            .Select(s => Attribute(text, s.Segment, s.Origin, s.RestoredIn))
            .ToImmutableArray();
        var words = tokens.Segments
            .Where(s => s.Kind == SegmentKind.Word)
            .Select(s => Attribute(text, s, origins[s.Start], restoredIn[s.Start]))
            .ToImmutableArray();
        return new ProvenanceReport(Revision, sentenceList, words, removed);
    }

    private AttributedSegment Attribute(string text, Segment segment, int origin, int restored) =>
        new(segment, segment.GetText(text), history.GetRevision(origin), restored == 0 ? null : history.GetRevision(restored));

    private static void Classify(
        DiffSpan span,
        string oldText,
        string newText,
        Dictionary<int, DiffSpan> sources,
        int[] map,
        List<(int Start, int Length)> insertions,
        List<(int Start, int Length)> deletions)
    {
        switch (span.Kind)
        {
            // With white space ignored, the diff calls white space that is only on one side unchanged.
            case DiffSpanKind.Unchanged when span.OldLength == 0:
            case DiffSpanKind.Inserted:
                insertions.Add((span.NewStart, span.NewLength));
                break;
            case DiffSpanKind.Unchanged when span.NewLength == 0:
            case DiffSpanKind.Deleted:
                deletions.Add((span.OldStart, span.OldLength));
                break;
            case DiffSpanKind.Unchanged:
                Align(oldText, span.OldStart, span.OldLength, newText, span.NewStart, span.NewLength, map);
                break;
            case DiffSpanKind.MovedTo when span.Inner.IsEmpty:
                var source = sources[span.MoveId];
                Align(oldText, source.OldStart, source.OldLength, newText, span.NewStart, span.NewLength, map);
                break;
            case DiffSpanKind.MovedTo:
                foreach (var inner in span.Inner)
                {
                    Classify(inner, oldText, newText, sources, map, insertions, deletions);
                }

                break;
            default:
                // MovedFrom: its text is carried where it arrives, at the MovedTo.
                break;
        }
    }

    /// <summary>
    /// Maps each character of a new range to the old character it continues. The ranges are equal text, or text
    /// the options count as equal (other white space, quotes, case, normalisation), in which case their words
    /// and punctuation are paired in order.
    /// </summary>
    private static void Align(string oldText, int oldStart, int oldLength, string newText, int newStart, int newLength, int[] map)
    {
        if (oldLength == newLength && string.CompareOrdinal(oldText, oldStart, newText, newStart, oldLength) == 0)
        {
            for (var i = 0; i < newLength; i++)
            {
                map[newStart + i] = oldStart + i;
            }

            return;
        }

        var oldTokens = Visible(TextSegmenter.SplitWords(oldText, oldStart, oldLength));
        var newTokens = Visible(TextSegmenter.SplitWords(newText, newStart, newLength));
        if (oldTokens.Length != newTokens.Length)
        {
            // A dash that became a hyphen turns "a—b" (three tokens) into "a-b" (one word), yet the options may count
            // them equal; matching offsets is then as good as anything.
            MapClamped(oldStart, oldLength, newStart, newLength, map);
            return;
        }

        int oldGapStart = oldStart, newGapStart = newStart;
        for (var k = 0; k <= newTokens.Length; k++)
        {
            var oldGapEnd = k < oldTokens.Length ? oldTokens[k].Start : oldStart + oldLength;
            var newGapEnd = k < newTokens.Length ? newTokens[k].Start : newStart + newLength;
            MapClamped(oldGapStart, oldGapEnd - oldGapStart, newGapStart, newGapEnd - newGapStart, map);
            if (k < newTokens.Length)
            {
                MapClamped(oldTokens[k].Start, oldTokens[k].Length, newTokens[k].Start, newTokens[k].Length, map);
                oldGapStart = oldTokens[k].End;
                newGapStart = newTokens[k].End;
            }
        }
    }

    private static Segment[] Visible(IReadOnlyList<Segment> segments) =>
        [.. segments.Where(s => s.Kind != SegmentKind.Whitespace)];

    private static void MapClamped(int oldStart, int oldLength, int newStart, int newLength, int[] map)
    {
        if (oldLength == 0)
        {
            return;
        }

        for (var i = 0; i < newLength; i++)
        {
            map[newStart + i] = oldStart + Math.Min(i, oldLength - 1);
        }
    }

    /// <summary>Remembers each whole word in the deleted ranges, so a later revert can give it back its origin.</summary>
    /// <returns>The remembered words by their token index in the old text.</returns>
    private Dictionary<int, RemovedWord> RememberRemovedWords(string oldText, List<(int Start, int Length)> deletions, int number)
    {
        var lost = new Dictionary<int, RemovedWord>();
        foreach (var (start, length) in deletions)
        {
            if (length == 0)
            {
                continue;
            }

            for (var t = tokens.IndexAt(start); t < tokens.Count && tokens[t].Start < start + length; t++)
            {
                var token = tokens[t];
                if (token.Kind != SegmentKind.Word || token.Start < start || token.End > start + length)
                {
                    continue;
                }

                var word = new RemovedWord(
                    Key(oldText, tokens, t),
                    Key(oldText, tokens, tokens.PreviousWord(t)),
                    Key(oldText, tokens, tokens.NextWord(t)),
                    origins[token.Start..token.End],
                    restoredIn[token.Start..token.End],
                    number);
                removedWords.Add(word);
                lost[t] = word;
            }
        }

        return lost;
    }

    /// <summary>Gives inserted words that a revision put back the origins they had before they were removed.</summary>
    private void PutBack(
        string text,
        TokenTable newTokens,
        List<(int Start, int Length)> insertions,
        int[] newOrigins,
        int[] newRestoredIn,
        int number)
    {
        var candidates = new List<int>();
        foreach (var (start, length) in insertions)
        {
            if (length == 0)
            {
                continue;
            }

            for (var t = newTokens.IndexAt(start); t < newTokens.Count && newTokens[t].Start < start + length; t++)
            {
                if (newTokens[t].Kind == SegmentKind.Word && newTokens[t].Start >= start && newTokens[t].End <= start + length)
                {
                    candidates.Add(t);
                }
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        var back = new bool[newTokens.Count];

        // Left to right, so each word put back can vouch for the next; then right to left for the first words of runs.
        foreach (var t in candidates)
        {
            var (key, left, right) = (Key(text, newTokens, t), newTokens.PreviousWord(t), newTokens.NextWord(t));
            var (leftKey, rightKey) = (Key(text, newTokens, left), Key(text, newTokens, right));
            var word = removedWords.TakeBoth(key, leftKey, rightKey)
                ?? (left >= 0 && back[left] ? removedWords.TakeLeft(key, leftKey) : null);
            if (word is not null)
            {
                Restore(newTokens[t], word);
                back[t] = true;
            }
        }

        for (var c = candidates.Count - 1; c >= 0; c--)
        {
            var t = candidates[c];
            var right = newTokens.NextWord(t);
            if (!back[t] && right >= 0 && back[right] && removedWords.TakeRight(Key(text, newTokens, t), Key(text, newTokens, right)) is { } word)
            {
                Restore(newTokens[t], word);
                back[t] = true;
            }
        }

        FillBetweenRestoredWords(newTokens, insertions, back, newOrigins, newRestoredIn);

        void Restore(Segment token, RemovedWord word)
        {
            // A word taken out and put back by one revision was moved by it, not restored, so each character keeps
            // the restoring revision that went with its own origin.
            var moved = word.RemovedIn == number;
            var sameLength = word.Origins.Length == token.Length;
            for (var i = 0; i < token.Length; i++)
            {
                var from = sameLength ? i : 0;
                newOrigins[token.Start + i] = word.Origins[from];
                newRestoredIn[token.Start + i] = moved ? word.RestoredIn[from] : number;
            }
        }
    }

    /// <summary>
    /// Gives the characters of a sentence found again, moved or restored, that nothing else gave an earlier origin
    /// the origins they had, so its words agree with it; a moved sentence then counts as moved, not removed.
    /// </summary>
    /// <returns>For each character of the old text, whether it belongs to a sentence moved this way.</returns>
    private bool[] Reuse(List<SentenceReuse> reused, Dictionary<int, RemovedWord> lost, int oldLength, int[] newOrigins, int[] newRestoredIn, int number)
    {
        var movedAway = new bool[oldLength];
        foreach (var reuse in reused)
        {
            var target = reuse.Target;
            var sameLength = reuse.Origins.Length == target.Length;
            for (var i = 0; i < target.Length; i++)
            {
                var at = target.Start + i;
                if (newOrigins[at] != number)
                {
                    continue;
                }

                newOrigins[at] = sameLength ? reuse.Origins[i] : reuse.Origin;
                newRestoredIn[at] = reuse.RestoredIn is null ? number : sameLength ? reuse.RestoredIn[i] : 0;
            }

            if (reuse.SourceStart < 0)
            {
                continue;
            }

            Array.Fill(movedAway, true, reuse.SourceStart, reuse.Origins.Length);
            for (var t = tokens.IndexAt(reuse.SourceStart); t < tokens.Count && tokens[t].Start < reuse.SourceStart + reuse.Origins.Length; t++)
            {
                if (lost.TryGetValue(t, out var word))
                {
                    word.Reclaimed = true;
                }
            }
        }

        return movedAway;
    }

    /// <summary>Gives punctuation and white space inside a run of restored words of one origin that origin too.</summary>
    private static void FillBetweenRestoredWords(
        TokenTable newTokens,
        List<(int Start, int Length)> insertions,
        bool[] back,
        int[] newOrigins,
        int[] newRestoredIn)
    {
        foreach (var (start, length) in insertions)
        {
            if (length == 0)
            {
                continue;
            }

            for (var t = newTokens.IndexAt(start); t < newTokens.Count && newTokens[t].Start < start + length; t++)
            {
                var token = newTokens[t];
                if (token.Kind == SegmentKind.Word || token.Start < start || token.End > start + length)
                {
                    continue;
                }

                int left = newTokens.PreviousWord(t), right = newTokens.NextWord(t);
                if (left < 0 || right < 0 || !back[left] || !back[right]
                    || newTokens[left].Start < start || newTokens[right].End > start + length)
                {
                    continue;
                }

                var before = newTokens[left].End - 1;
                if (newOrigins[before] != newOrigins[newTokens[right].Start])
                {
                    continue;
                }

                Array.Fill(newOrigins, newOrigins[before], token.Start, token.Length);
                Array.Fill(newRestoredIn, newRestoredIn[before], token.Start, token.Length);
            }
        }
    }

    /// <summary>Cuts the deleted ranges into runs of one origin, leaving out text the same revision put back elsewhere.</summary>
    private List<RemovedText> RemovalRuns(
        string oldText,
        List<(int Start, int Length)> deletions,
        Dictionary<int, RemovedWord> lost,
        bool[] movedAway,
        Revision remover)
    {
        var runs = new List<RemovedText>();
        foreach (var (start, length) in deletions)
        {
            var end = start + length;
            int runStart = -1, runEnd = -1, runOrigin = 0, punctuationOrigin = 0;
            for (var t = length == 0 ? tokens.Count : tokens.IndexAt(start); t < tokens.Count && tokens[t].Start < end; t++)
            {
                var token = tokens[t];
                if (token.Kind == SegmentKind.Whitespace)
                {
                    continue;
                }

                // Every word in lost was removed by this revision, so one reclaimed already was moved by it, not removed.
                var pieceStart = Math.Max(token.Start, start);
                if (movedAway[pieceStart] || (lost.TryGetValue(t, out var word) && word.Reclaimed))
                {
                    Flush();
                    continue;
                }

                var pieceEnd = Math.Min(token.End, end);
                var origin = origins[pieceStart];
                if (token.Kind == SegmentKind.Word)
                {
                    if (runStart >= 0 && runOrigin != 0 && runOrigin != origin)
                    {
                        Flush();
                    }

                    if (runStart < 0)
                    {
                        runStart = pieceStart;
                    }

                    runOrigin = origin;
                }
                else if (runStart < 0)
                {
                    runStart = pieceStart;
                    punctuationOrigin = origin;
                }

                runEnd = pieceEnd;
            }

            Flush();

            void Flush()
            {
                if (runStart >= 0)
                {
                    var origin = runOrigin != 0 ? runOrigin : punctuationOrigin;
                    runs.Add(new RemovedText(oldText[runStart..runEnd], runStart, history.GetRevision(origin), remover));
                }

                (runStart, runEnd, runOrigin, punctuationOrigin) = (-1, -1, 0, 0);
            }
        }

        return runs;
    }

    private string Key(string text, TokenTable table, int index) =>
        index < 0 ? string.Empty : keys.Key(text, table[index].Start, table[index].Length);
}
