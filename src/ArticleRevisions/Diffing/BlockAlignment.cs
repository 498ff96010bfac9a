using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>
/// The word-by-word alignment of a changed block, across sentence and paragraph boundaries, and what it says about
/// the block's sentences and paragraphs: which are wholly removed or added, and how many groups of them were edited.
/// </summary>
/// <remarks>
/// Words and marks are aligned by their keys under the options, a word weighing more than any number of marks, so
/// no alignment changes fewer words. A sentence (or paragraph) none of whose words and marks is kept is removed
/// (or added). The others are linked, old to new, by the words they keep in common; each linked group holding a
/// word or mark that was deleted or inserted counts as one changed unit, and a group that differs only in white
/// space (a paragraph split, joined or re-wrapped) counts as nothing. The counts are the same whichever text is
/// old, but for the sides they are on.
/// </remarks>
internal sealed class BlockAlignment
{
    /// <summary>What a word weighs in an alignment, against 1 for a mark: more than any number of marks.</summary>
    internal const long WordWeight = 1L << 32;

    /// <summary>The fewest words a sentence holds to count as moved (as <see cref="MoveDetector"/> requires).</summary>
    private const int MoveWords = MoveDetector.MinimumWords;

    private readonly ArraySegment<int> newOfOld;
    private readonly ArraySegment<int> oldOfNew;

    // Per sentence of a side, whether none of it is kept, then per paragraph likewise, in the side's array
    // (BlockSide.WholeArray): the first sentences + paragraphs entries.
    private readonly bool[] oldWhole;
    private readonly bool[] newWhole;
    private readonly (int Sentences, int Paragraphs) oldUnits;
    private readonly (int Sentences, int Paragraphs) newUnits;

    // Per sentence of a side, then per paragraph, what UnitFlags says of it, in the side's scratch array: made with
    // the alignment, and again when Coarsen changes it.
    private int[] oldFlags;
    private int[] newFlags;

    private BlockAlignment(BlockSide oldSide, BlockSide newSide, ArraySegment<int> newOfOld, ArraySegment<int> oldOfNew)
    {
        Old = oldSide;
        New = newSide;
        this.newOfOld = newOfOld;
        this.oldOfNew = oldOfNew;
        oldUnits = (oldSide.Sentences.Count, oldSide.Paragraphs.Count);
        newUnits = (newSide.Sentences.Count, newSide.Paragraphs.Count);
        (oldFlags, newFlags) = (UnitFlags(oldSide, newOfOld, oldUnits), UnitFlags(newSide, oldOfNew, newUnits));
        (oldWhole, newWhole) = (WholeUnits(oldSide, oldFlags, oldUnits), WholeUnits(newSide, newFlags, newUnits));
    }

    public BlockSide Old { get; }

    public BlockSide New { get; }

    /// <summary>Gets, per old sentence, whether none of it is kept; good until the sides align their next block.</summary>
    public ReadOnlySpan<bool> OldWholeSentences => oldWhole.AsSpan(0, oldUnits.Sentences);

    /// <summary>Gets, per new sentence, whether none of it is kept; good until the sides align their next block.</summary>
    public ReadOnlySpan<bool> NewWholeSentences => newWhole.AsSpan(0, newUnits.Sentences);

    /// <summary>Gets, per old paragraph, whether none of it is kept; good until the sides align their next block.</summary>
    public ReadOnlySpan<bool> OldWholeParagraphs => oldWhole.AsSpan(oldUnits.Sentences, oldUnits.Paragraphs);

    /// <summary>Gets, per new paragraph, whether none of it is kept; good until the sides align their next block.</summary>
    public ReadOnlySpan<bool> NewWholeParagraphs => newWhole.AsSpan(newUnits.Sentences, newUnits.Paragraphs);

    /// <summary>Aligns the tokens of the two sides.</summary>
    /// <param name="oldSide">The old side of the block.</param>
    /// <param name="newSide">The new side of the block.</param>
    /// <param name="keys">How tokens are matched.</param>
    /// <param name="codes">The walk's table of keys; codes are only compared for equality, so any table serves.</param>
    public static BlockAlignment Create(BlockSide oldSide, BlockSide newSide, KeyNormalizer keys, KeyCodes codes) =>
        Create(oldSide, newSide, keys, codes, Edges.None, null, out _)!;

    /// <summary>Aligns the tokens of the two sides, the word alignment (before tidying) of the tokens between their common ends already known.</summary>
    /// <param name="oldSide">The old side of the block, filled whole.</param>
    /// <param name="newSide">The new side of the block, filled whole.</param>
    /// <param name="keys">How tokens are matched.</param>
    /// <param name="codes">The walk's table of keys.</param>
    /// <param name="inner">What <see cref="TryCreate"/> found for the tokens between the common ends before it gave up.</param>
    /// <param name="before">How many tokens each side holds before the common start was left out.</param>
    /// <remarks>The whole block's word alignment keeps the tokens at its common ends and aligns the rest as <paramref name="inner"/> (see <see cref="TryCreate"/>), so it is not computed again.</remarks>
    public static BlockAlignment Create(BlockSide oldSide, BlockSide newSide, KeyNormalizer keys, KeyCodes codes, Untidied inner, int before) =>
        Create(oldSide, newSide, keys, codes, Edges.None, (inner, before), out _)!;

    /// <summary>
    /// Aligns the tokens of two sides filled with the pieces between their common ends
    /// (<see cref="BlockSide.CommonEnds"/>), or returns null when the alignment might differ from that of the whole
    /// block's sides.
    /// </summary>
    /// <param name="oldSide">The old side, filled with the pieces between the common ends.</param>
    /// <param name="newSide">The new side, filled likewise.</param>
    /// <param name="keys">How tokens are matched.</param>
    /// <param name="codes">The walk's table of keys.</param>
    /// <param name="cutStart">Whether common pieces were left out before the sides.</param>
    /// <param name="cutEnd">Whether common pieces were left out after them.</param>
    /// <remarks>
    /// <para>
    /// The pieces left out are the same sentences, text for text, in the same paragraphs, so their tokens have
    /// equal codes pair by pair, and the whole block's alignment keeps them all: <see cref="SequenceDiffer"/> keeps
    /// a range's common first and last tokens before aligning the rest, so the rest is aligned the same either way,
    /// provided the tokens kept from the start do not reach the pieces left out at the end (checked here).
    /// </para>
    /// <para>
    /// The tidying passes look at the tokens around each edit, up to the nearest kept token or, when sliding a run,
    /// over the equal tokens beside it. While all they look at lies within the filled sides, away from their first
    /// and last token (checked as they run), they do the same on the whole block and leave the pieces left out
    /// kept. Those form sentence pairs of their own, never removed, added or changed, so the counts are the same,
    /// and a paragraph only partly filled counts the same when a word of it kept in the filled part links it to the
    /// same paragraph as the left-out part does (checked). A block with a sentence moved whole is left to the whole
    /// block, since choosing anchors for it weighs all its sentences.
    /// </para>
    /// </remarks>
    /// <param name="untidied">
    /// When null is returned, the word alignment of the sides before tidying, which is that of the whole block's
    /// tokens between the common ends (for <see cref="Create(BlockSide, BlockSide, KeyNormalizer, KeyCodes, Untidied, int)"/>); null when it may not be.
    /// </param>
    public static BlockAlignment? TryCreate(BlockSide oldSide, BlockSide newSide, KeyNormalizer keys, KeyCodes codes, bool cutStart, bool cutEnd, out Untidied? untidied) =>
        Create(oldSide, newSide, keys, codes, new Edges(cutStart, cutEnd, Trimmed: true), null, out untidied);

    /// <summary>A word alignment before tidying: per old token its new token (the first <paramref name="OldCount"/> entries of <paramref name="NewOfOld"/>), and per new token its old token, or -1.</summary>
    /// <remarks>The arrays are the sides' (<see cref="BlockSide.SavedArray"/>): good until the sides align their next block.</remarks>
    internal readonly record struct Untidied(int[] NewOfOld, int OldCount, int[] OldOfNew, int NewCount);

    private static BlockAlignment? Create(BlockSide oldSide, BlockSide newSide, KeyNormalizer keys, KeyCodes codes, Edges edges, (Untidied Inner, int Before)? known, out Untidied? untidied)
    {
        untidied = null;

        // Codes and keys reach nothing beyond this block, so its words are coded in a small table of their own.
        codes = codes.ForBlock();
        var (oldCodes, oldWeights) = CodesAndWeights(oldSide, keys, codes);
        var (newCodes, newWeights) = CodesAndWeights(newSide, keys, codes);
        var (oldCount, newCount) = (oldSide.Tokens.Count, newSide.Tokens.Count);
        if (edges.End && oldCodes.AsSpan(0, oldCount).CommonPrefixLength(newCodes.AsSpan(0, newCount)) == Math.Min(oldCount, newCount))
        {
            return null;
        }

        // The partners are written to the sides' arrays, reused from block to block; only the rare alignments
        // anchored on sentences (below) get arrays of their own, since the best of them is kept.
        var (oldPartners, newPartners) = (oldSide.PartnerArray(oldCount), newSide.PartnerArray(newCount));
        var match = known is var (inner, before)
            ? Widen(inner, before, oldPartners, oldCount, newPartners, newCount)
            : Match(oldCodes, oldCount, newCodes, newCount, oldWeights, newWeights, codes.Names, [], oldPartners, newPartners);
        if (edges.Trimmed)
        {
            untidied = new Untidied(Save(oldSide, match.NewOfOld), oldCount, Save(newSide, match.OldOfNew), newCount);
        }
        if (!Tidy(match, oldCodes, newCodes, oldSide, newSide, edges))
        {
            return null;
        }

        var flat = match;
        var (newOfOld, oldOfNew) = flat;
        if (HasExactMove(flat, oldSide, oldCodes, newSide, newCodes))
        {
            if (edges.Trimmed)
            {
                return null;
            }

            // A sentence moved across others: keeping the others in place and the moved one whole (a move) may
            // change fewer words than the word alignment, which keeps the longest words in place wherever they are.
            // Which sentences stay in place is tried both ways a tie allows (see MovedSentences), so that the
            // choice, made by the words changed, is the same whichever text is old; the word alignment loses ties,
            // and of two choices changing as many words the one leaving more words to near moves is taken.
            var best = WordsChanged(flat, oldSide, oldCodes, newSide, newCodes);
            var bestNear = -1;
            foreach (var anchors in MovedSentences(oldSide, oldCodes, newSide, newCodes))
            {
                var anchored = Match(oldCodes, oldCount, newCodes, newCount, oldWeights, newWeights, codes.Names, anchors, new int[oldCount], new int[newCount]);
                Tidy(anchored, oldCodes, newCodes, oldSide, newSide, Edges.None);
                var words = WordsChanged(anchored, oldSide, oldCodes, newSide, newCodes);
                if (words > best)
                {
                    continue;
                }

                var near = NearWords(anchored, oldSide, oldCodes, newSide, newCodes);
                if (words < best || near > bestNear)
                {
                    (newOfOld, oldOfNew, best, bestNear) = (anchored.NewOfOld, anchored.OldOfNew, words, near);
                }
            }
        }

        if ((oldSide.StartsInParagraph && !KeepsWordBetween(newOfOld, oldSide, newSide, 0, 0))
            || (oldSide.EndsInParagraph && !KeepsWordBetween(newOfOld, oldSide, newSide, oldSide.Paragraphs.Count - 1, newSide.Paragraphs.Count - 1)))
        {
            return null;
        }

        return new BlockAlignment(oldSide, newSide, newOfOld, oldOfNew);
    }

    private static int[] Save(BlockSide side, ReadOnlySpan<int> match)
    {
        var copy = side.SavedArray(match.Length);
        match.CopyTo(copy);
        return copy;
    }

    /// <summary>The whole block's word alignment from that of its tokens between the common ends, with <paramref name="before"/> tokens kept before them on each side and the rest kept after, written to the first entries of the arrays given.</summary>
    private static (ArraySegment<int> NewOfOld, ArraySegment<int> OldOfNew) Widen(Untidied inner, int before, int[] newOfOld, int oldCount, int[] oldOfNew, int newCount)
    {
        return (Side(inner.NewOfOld, inner.OldCount, newOfOld, oldCount, newCount), Side(inner.OldOfNew, inner.NewCount, oldOfNew, newCount, oldCount));

        ArraySegment<int> Side(int[] middle, int middleCount, int[] array, int count, int otherCount)
        {
            var match = array.AsSpan(0, count);
            for (var t = 0; t < count; t++)
            {
                match[t] = t < before ? t
                    : t < before + middleCount ? (middle[t - before] < 0 ? -1 : middle[t - before] + before)
                    : t - count + otherCount;
            }

            return new ArraySegment<int>(array, 0, count);
        }
    }

    /// <summary>Which ends of a block were left out, and whether any check is needed at all.</summary>
    private readonly record struct Edges(bool Start, bool End, bool Trimmed)
    {
        public static Edges None => default;
    }

    /// <summary>Tells whether old paragraph <paramref name="oldParagraph"/> keeps a word as a word of new paragraph <paramref name="newParagraph"/>.</summary>
    private static bool KeepsWordBetween(ReadOnlySpan<int> newOfOld, BlockSide oldSide, BlockSide newSide, int oldParagraph, int newParagraph)
    {
        // A paragraph's tokens are one run, filled in order: only that run is read.
        var paragraphOf = oldSide.TokenParagraphs[..newOfOld.Length];
        var first = paragraphOf.IndexOf(oldParagraph);
        if (first < 0)
        {
            return false;
        }

        for (var t = first; t < paragraphOf.Length && paragraphOf[t] == oldParagraph; t++)
        {
            if (newOfOld[t] >= 0 && newSide.ParagraphOf(newOfOld[t]) == newParagraph
                && oldSide.IsWord(t) && newSide.IsWord(newOfOld[t]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Puts the edits of an alignment where a reader expects them, keeping it as good.</summary>
    /// <returns>False when a pass looked at an end of sides whose common ends were left out, and so might differ on the whole block.</returns>
    private static bool Tidy((ArraySegment<int> NewOfOld, ArraySegment<int> OldOfNew) match, int[] oldCodes, int[] newCodes, BlockSide oldSide, BlockSide newSide, Edges edges)
    {
        var (newOfOld, oldOfNew) = match;
        if (!Regroup(newOfOld, oldOfNew, oldCodes, newCodes, oldSide, newSide, edges)
            || !Slide(newOfOld, oldOfNew, oldCodes, oldSide, edges)
            || !Slide(oldOfNew, newOfOld, newCodes, newSide, edges))
        {
            return false;
        }

        LetGoOfStrayMarks(newOfOld, oldOfNew, oldSide, newSide);
        return true;
    }

    /// <summary>
    /// Tells whether the alignment deletes a whole sentence of at least <see cref="MoveWords"/> words and inserts it
    /// whole, word for word, elsewhere: only then may keeping other sentences in place instead change fewer words.
    /// </summary>
    private static bool HasExactMove((ArraySegment<int> NewOfOld, ArraySegment<int> OldOfNew) match, BlockSide oldSide, int[] oldCodes, BlockSide newSide, int[] newCodes)
    {
        // Most blocks delete no whole sentence at all: that is found without listing any.
        List<(int First, int End)>? deleted = null;
        var oldSentences = oldSide.TokenSentences;
        for (var t = 0; t < oldSentences.Length;)
        {
            var range = NextSentence(oldSentences, ref t);
            if (IsWhole(match.NewOfOld, range) && Words(oldSide, range) >= MoveWords)
            {
                (deleted ??= []).Add(range);
            }
        }

        if (deleted is null)
        {
            return false;
        }

        var newSentences = newSide.TokenSentences;
        for (var t = 0; t < newSentences.Length;)
        {
            var inserted = NextSentence(newSentences, ref t);
            if (!IsWhole(match.OldOfNew, inserted))
            {
                continue;
            }

            foreach (var r in deleted)
            {
                if (oldCodes.AsSpan(r.First, r.End - r.First).SequenceEqual(newCodes.AsSpan(inserted.First, inserted.End - inserted.First)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Tells whether no token of <paramref name="range"/> is kept.</summary>
    private static bool IsWhole(ReadOnlySpan<int> match, (int First, int End) range) =>
        match.Slice(range.First, range.End - range.First).IndexOfAnyExcept(-1) < 0;

    /// <summary>Aligns the first <paramref name="n"/> tokens of <paramref name="a"/> with the first <paramref name="m"/> of <paramref name="b"/>, keeping the tokens of each anchor sentence pair (old, new) together and aligning between them.</summary>
    /// <remarks>The partners are written to the first <paramref name="n"/> entries of <paramref name="newOfOldArray"/> and the first <paramref name="m"/> of <paramref name="oldOfNewArray"/>.</remarks>
    private static (ArraySegment<int> NewOfOld, ArraySegment<int> OldOfNew) Match(int[] a, int n, int[] b, int m, long[] wa, long[] wb, IReadOnlyList<string> names, List<(int OldFirst, int OldEnd, int NewFirst, int NewEnd)> anchors, int[] newOfOldArray, int[] oldOfNewArray)
    {
        var newOfOld = newOfOldArray.AsSpan(0, n);
        var oldOfNew = oldOfNewArray.AsSpan(0, m);
        newOfOld.Fill(-1);
        oldOfNew.Fill(-1);
        int aLo = 0, bLo = 0;
        for (var k = 0; k <= anchors.Count; k++)
        {
            // The stretch after the last anchor ends at the ends of the sides.
            var (oldFirst, oldEnd, newFirst, newEnd) = k < anchors.Count ? anchors[k] : (n, n, m, m);
            int i = aLo, j = bLo;
            var blocks = SequenceDiffer.Diff(a, aLo, oldFirst, b, bLo, newFirst, wa, wb, names);
            for (var e = 0; e <= blocks.Count; e++)
            {
                var block = e < blocks.Count ? blocks[e] : new EditBlock(oldFirst, 0, newFirst, 0);
                for (; i < block.OldStart; i++, j++)
                {
                    (newOfOld[i], oldOfNew[j]) = (j, i);
                }

                (i, j) = (block.OldStart + block.OldCount, block.NewStart + block.NewCount);
            }

            for (int x = oldFirst, y = newFirst; x < oldEnd; x++, y++)
            {
                (newOfOld[x], oldOfNew[y]) = (y, x);
            }

            (aLo, bLo) = (oldEnd, newEnd);
        }

        return (new ArraySegment<int>(newOfOldArray, 0, n), new ArraySegment<int>(oldOfNewArray, 0, m));
    }

    /// <summary>
    /// The sentences that stand, word for word, once in each side: the most of them in the same order are kept in
    /// place as anchors (their token ranges), when one of the others, of at least <see cref="MoveWords"/> words,
    /// crossed them. Where more than one choice keeps the most (two sentences swapped: either one moved), both
    /// ends of the choices are returned: the one passing over old sentences first, then the one passing over new
    /// sentences first. The two are the mirror of each other when old and new swap, so a revert weighs the same
    /// choices as its edit.
    /// </summary>
    private static List<List<(int OldFirst, int OldEnd, int NewFirst, int NewEnd)>> MovedSentences(BlockSide oldSide, int[] oldCodes, BlockSide newSide, int[] newCodes)
    {
        var oldRanges = SentenceTokens(oldSide);
        var newRanges = SentenceTokens(newSide);
        if (oldRanges.Count < 2 || newRanges.Count < 2)
        {
            return [];
        }

        // Each sentence is known by its token codes; a code of its own names a sentence that stands once on each side.
        var sentenceCodes = new KeyCodes();
        var oldSentences = oldRanges.Select(r => sentenceCodes.Code(Join(oldCodes, r))).ToArray();
        var newSentences = newRanges.Select(r => sentenceCodes.Code(Join(newCodes, r))).ToArray();
        var counts = new int[sentenceCodes.Names.Count, 2];
        foreach (var code in oldSentences)
        {
            counts[code, 0]++;
        }

        foreach (var code in newSentences)
        {
            counts[code, 1]++;
        }

        var oldUnique = Enumerable.Range(0, oldSentences.Length).Where(k => counts[oldSentences[k], 0] == 1 && counts[oldSentences[k], 1] == 1).ToArray();
        var newUnique = Enumerable.Range(0, newSentences.Length).Where(k => counts[newSentences[k], 0] == 1 && counts[newSentences[k], 1] == 1).ToArray();
        if (oldUnique.Length < 2)
        {
            return [];
        }

        var a = oldUnique.Select(k => oldSentences[k]).ToArray();
        var b = newUnique.Select(k => newSentences[k]).ToArray();
        var choices = new List<List<(int, int, int, int)>>(2);
        var oldFirst = Kept(SequenceDiffer.Diff(a, 0, a.Length, b, 0, b.Length, null, null), a.Length, b.Length);
        Add(oldFirst);
        var newFirst = Kept(SequenceDiffer.Diff(b, 0, b.Length, a, 0, a.Length, null, null), b.Length, a.Length).Select(p => (p.Second, p.First)).ToList();
        if (!newFirst.SequenceEqual(oldFirst))
        {
            Add(newFirst);
        }

        return choices;

        void Add(List<(int Old, int New)> kept)
        {
            var keptOld = new bool[a.Length];
            var anchors = new List<(int, int, int, int)>(kept.Count);
            foreach (var (i, j) in kept)
            {
                keptOld[i] = true;
                var (o, n) = (oldRanges[oldUnique[i]], newRanges[newUnique[j]]);
                anchors.Add((o.First, o.End, n.First, n.End));
            }

            var moved = false;
            for (var k = 0; k < a.Length && !moved; k++)
            {
                moved = !keptOld[k] && Words(oldSide, oldRanges[oldUnique[k]]) >= MoveWords;
            }

            if (moved)
            {
                choices.Add(anchors);
            }
        }
    }

    /// <summary>The pairs of pieces a diff of two sequences of <paramref name="n"/> and <paramref name="m"/> pieces keeps, in order.</summary>
    private static List<(int First, int Second)> Kept(List<EditBlock> blocks, int n, int m)
    {
        var kept = new List<(int, int)>();
        int i = 0, j = 0;
        foreach (var block in blocks.Append(new EditBlock(n, 0, m, 0)))
        {
            for (; i < block.OldStart; i++, j++)
            {
                kept.Add((i, j));
            }

            (i, j) = (block.OldStart + block.OldCount, block.NewStart + block.NewCount);
        }

        return kept;
    }

    /// <summary>
    /// How many words the alignment leaves deleted or inserted, less those of whole sentences deleted in one place
    /// and inserted word for word in another (which will be shown as moves, not counted as changed).
    /// </summary>
    private static int WordsChanged((ArraySegment<int> NewOfOld, ArraySegment<int> OldOfNew) match, BlockSide oldSide, int[] oldCodes, BlockSide newSide, int[] newCodes)
    {
        // A sentence in a paragraph removed (or added) whole is one end of a paragraph's move, and MoveDetector pairs
        // paragraphs only with paragraphs: the level is part of the key, so no move is counted that will not be found.
        var changed = Unkept(match.NewOfOld, oldSide) + Unkept(match.OldOfNew, newSide);
        var oldWholeParagraphs = Whole(oldSide, UnitLevel.Paragraph, match.NewOfOld);
        var wholeOld = new Dictionary<string, (int Count, int Words)>(StringComparer.Ordinal);
        foreach (var range in WholeSentences(match.NewOfOld, oldSide))
        {
            var key = LevelMark(oldSide, oldWholeParagraphs, range) + Join(oldCodes, range);
            wholeOld[key] = (wholeOld.GetValueOrDefault(key).Count + 1, Words(oldSide, range));
        }

        var newWholeParagraphs = Whole(newSide, UnitLevel.Paragraph, match.OldOfNew);
        var wholeNew = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var range in WholeSentences(match.OldOfNew, newSide))
        {
            var key = LevelMark(newSide, newWholeParagraphs, range) + Join(newCodes, range);
            wholeNew[key] = wholeNew.GetValueOrDefault(key) + 1;
        }

        foreach (var (key, (count, words)) in wholeOld)
        {
            if (count == 1 && wholeNew.GetValueOrDefault(key) == 1 && words >= MoveWords)
            {
                changed -= 2 * words;
            }
        }

        return changed;
    }

    /// <summary>
    /// How many words the alignment's whole deleted and inserted sentences of at least <see cref="MoveWords"/> words
    /// hold that are as alike as a near move (<see cref="MoveDetector"/>) to one on the other side, but not the same:
    /// a near move shows only its inner edits, so of two alignments changing as many words, the one with more
    /// changes fewer in the end. The same whichever text is old.
    /// </summary>
    private static int NearWords((ArraySegment<int> NewOfOld, ArraySegment<int> OldOfNew) match, BlockSide oldSide, int[] oldCodes, BlockSide newSide, int[] newCodes)
    {
        var deleted = WholeSentences(match.NewOfOld, oldSide).Where(r => Words(oldSide, r) >= MoveWords).ToList();
        var inserted = WholeSentences(match.OldOfNew, newSide).Where(r => Words(newSide, r) >= MoveWords).ToList();
        if (deleted.Count == 0 || inserted.Count == 0)
        {
            return 0;
        }

        var oldSets = deleted.Select(r => WordSet(oldSide, r)).ToList();
        var newSets = inserted.Select(r => WordSet(newSide, r)).ToList();
        var oldKeys = deleted.Select(r => Join(oldCodes, r)).ToList();
        var newKeys = inserted.Select(r => Join(newCodes, r)).ToList();
        var near = 0;
        for (var d = 0; d < deleted.Count; d++)
        {
            for (var k = 0; k < inserted.Count; k++)
            {
                if (oldKeys[d] != newKeys[k] && Similarity.Dice(oldSets[d], newSets[k]) >= MoveDetector.NearThreshold)
                {
                    near += Words(oldSide, deleted[d]) + Words(newSide, inserted[k]);
                }
            }
        }

        return near;
    }

    private static int[] WordSet(BlockSide side, (int First, int End) range)
    {
        var start = side.Segments[side.Tokens[range.First]].Start;
        return Similarity.WordSet(side.Text, start, side.Segments[side.Tokens[range.End - 1]].End - start);
    }

    private static string LevelMark(BlockSide side, bool[] wholeParagraphs, (int First, int End) range) =>
        InWholeParagraph(side, wholeParagraphs, side.SentenceOf(range.First)) ? "P" : "S";

    private static int Unkept(ReadOnlySpan<int> match, BlockSide side)
    {
        var count = 0;
        var isWord = side.TokenIsWord[..match.Length];
        for (var t = 0; t < match.Length; t++)
        {
            count += match[t] < 0 && isWord[t] ? 1 : 0;
        }

        return count;
    }

    private static IEnumerable<(int First, int End)> WholeSentences(ArraySegment<int> match, BlockSide side)
    {
        foreach (var range in SentenceTokens(side))
        {
            if (IsWhole(match, range))
            {
                yield return range;
            }
        }
    }

    /// <summary>The token range of each sentence of a side.</summary>
    private static List<(int First, int End)> SentenceTokens(BlockSide side)
    {
        var ranges = new List<(int First, int End)>(side.Sentences.Count);
        var sentences = side.TokenSentences;
        for (var t = 0; t < sentences.Length;)
        {
            ranges.Add(NextSentence(sentences, ref t));
        }

        return ranges;
    }

    /// <summary>The token range of the sentence token <paramref name="t"/> starts, moving <paramref name="t"/> past it.</summary>
    private static (int First, int End) NextSentence(ReadOnlySpan<int> sentences, ref int t)
    {
        var first = t;
        var sentence = sentences[t];
        while (t < sentences.Length && sentences[t] == sentence)
        {
            t++;
        }

        return (first, t);
    }

    private static int Words(BlockSide side, (int First, int End) range)
    {
        var words = 0;
        foreach (var isWord in side.TokenIsWord[range.First..range.End])
        {
            words += isWord ? 1 : 0;
        }

        return words;
    }

    private static string Join(int[] codes, (int First, int End) range) =>
        string.Join(',', codes.AsSpan(range.First, range.End - range.First).ToArray());

    /// <summary>
    /// Lets go of the marks that alone link two sentences each keeping no word and less than half its tokens: a
    /// full stop shared by two unrelated sentences says nothing about which became which, so they are removed and
    /// added whole. Marks that hold most of a sentence (<c>[ 16 ] .</c> and <c>[ 21 ] .</c>) stay kept, as does a
    /// mark whose other sentence keeps words.
    /// </summary>
    private static void LetGoOfStrayMarks(Span<int> newOfOld, Span<int> oldOfNew, BlockSide oldSide, BlockSide newSide)
    {
        if (!HasStray(newOfOld, oldSide) || !HasStray(oldOfNew, newSide))
        {
            // Most blocks have none: then no kept pair links two.
            return;
        }

        var oldCounts = StrayCounts(newOfOld, oldSide);
        var newCounts = StrayCounts(oldOfNew, newSide);

        for (var t = 0; t < newOfOld.Length; t++)
        {
            if (newOfOld[t] >= 0 && IsStray(oldCounts, oldSide.SentenceOf(t)) && IsStray(newCounts, newSide.SentenceOf(newOfOld[t])))
            {
                oldOfNew[newOfOld[t]] = -1;
                newOfOld[t] = -1;
            }
        }
    }

    /// <summary>Per sentence of a side, its tokens, its kept tokens and its kept words, three entries each, in the side's scratch array.</summary>
    private static int[] StrayCounts(ReadOnlySpan<int> match, BlockSide side)
    {
        var counts = side.UnitScratch(3 * side.Sentences.Count);
        var sentences = side.TokenSentences[..match.Length];
        var isWord = side.TokenIsWord[..match.Length];
        for (var t = 0; t < match.Length; t++)
        {
            var at = 3 * sentences[t];
            counts[at]++;
            if (match[t] >= 0)
            {
                counts[at + 1]++;
                counts[at + 2] += isWord[t] ? 1 : 0;
            }
        }

        return counts;
    }

    /// <summary>Tells whether some sentence of a side is stray (<see cref="IsStray(int, int, int)"/>), counting each sentence's tokens as one run, with no array to count in.</summary>
    private static bool HasStray(ReadOnlySpan<int> match, BlockSide side)
    {
        var sentences = side.TokenSentences[..match.Length];
        var isWord = side.TokenIsWord[..match.Length];
        for (var t = 0; t < match.Length;)
        {
            var (first, end) = NextSentence(sentences, ref t);
            int kept = 0, keptWords = 0;
            for (var k = first; k < end; k++)
            {
                if (match[k] >= 0)
                {
                    kept++;
                    keptWords += isWord[k] ? 1 : 0;
                }
            }

            if (IsStray(end - first, kept, keptWords))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStray(int[] counts, int sentence) => IsStray(counts[3 * sentence], counts[(3 * sentence) + 1], counts[(3 * sentence) + 2]);

    /// <summary>Tells whether a sentence of <paramref name="tokens"/> tokens is stray: it keeps some, no word among them, and less than half.</summary>
    private static bool IsStray(int tokens, int kept, int keptWords) => kept > 0 && keptWords == 0 && 2 * kept < tokens;

    /// <summary>
    /// Moves each run of tokens only deleted (or only inserted) to where it covers whole sentences, if it can:
    /// in <c>a. b. c.</c> to <c>a. c.</c> the run deleted is <c>b.</c>, not <c>. b</c>. A run slides by one where
    /// the token before it equals its last token (or the token after it its first), which keeps the alignment as
    /// good; of the places it can take, the one starting and ending at the most sentence and paragraph boundaries
    /// wins, the earliest on a tie.
    /// </summary>
    /// <param name="match">Per token of this side, its partner on the other side, or -1.</param>
    /// <param name="back">Per token of the other side, its partner on this side, or -1.</param>
    /// <param name="keys">This side's token codes.</param>
    /// <param name="side">This side's tokens and units.</param>
    /// <param name="edges">Which ends of the sides were left out of a block: a run that would look at them stops the pass.</param>
    /// <returns>False when the pass stopped at an end that was left out.</returns>
    private static bool Slide(Span<int> match, Span<int> back, int[] keys, BlockSide side, Edges edges)
    {
        var n = match.Length;
        for (var start = 0; start < n; start++)
        {
            if (match[start] >= 0 || (start > 0 && match[start - 1] < 0))
            {
                continue;
            }

            var end = start;
            while (end < n && match[end] < 0)
            {
                end++;
            }

            if ((edges.Start && start == 0) || (edges.End && end == n))
            {
                return false;
            }

            var before = start > 0 ? match[start - 1] : -1;
            var after = end < n ? match[end] : back.Length;
            if (after != before + 1)
            {
                // The other side changed here too: a replacement, which stays where it is.
                continue;
            }

            var (lo, hi) = (start, end);
            while (lo > 0 && match[lo - 1] >= 0 && keys[lo - 1] == keys[lo - 1 + end - start])
            {
                lo--;
            }

            while (hi < n && match[hi] >= 0 && keys[hi] == keys[hi - (end - start)])
            {
                hi++;
            }

            if ((edges.Start && lo == 0) || (edges.End && hi == n))
            {
                return false;
            }

            var length = end - start;
            int best = start, bestScore = -1;
            for (var s = lo; s + length <= hi; s++)
            {
                var score = Boundaries(side, s, s + length, n);
                if (score > bestScore)
                {
                    (best, bestScore) = (s, score);
                }
            }

            if (best != start)
            {
                var partners = new List<int>(hi - lo - length);
                for (var t = lo; t < hi; t++)
                {
                    if (match[t] >= 0)
                    {
                        partners.Add(match[t]);
                    }
                }

                var k = 0;
                for (var t = lo; t < hi; t++)
                {
                    match[t] = t >= best && t < best + length ? -1 : partners[k++];
                    if (match[t] >= 0)
                    {
                        back[match[t]] = t;
                    }
                }
            }

            start = Math.Max(end, best + length) - 1;
        }

        return true;
    }

    /// <summary>
    /// Where a replacement stands next to a kept token that also occurs inside it, keeps that occurrence instead
    /// when the edits then start and end at more sentence and paragraph boundaries: <c>here.</c> to
    /// <c>there. Delta new.</c> keeps the first full stop, so <c>Delta new.</c> is inserted whole, not
    /// <c>there. Delta new</c> before the last full stop. The alignment stays as good: one kept token is traded
    /// for an equal one, and the same rules on both sides keep a revert the mirror of its edit.
    /// </summary>
    /// <returns>False when a kept pair with an edit beside it has no kept pair before or after it at an end of the sides that was left out of a block.</returns>
    private static bool Regroup(ArraySegment<int> newOfOld, ArraySegment<int> oldOfNew, int[] oldCodes, int[] newCodes, BlockSide oldSide, BlockSide newSide, Edges edges)
    {
        // Each kept pair is weighed against at most this many equal tokens on each side of it, nearest first.
        const int MaxCandidates = 16;
        var previous = -1;

        // The stretch around the kept pair being weighed: the gap before it and the gap after it, on both sides.
        int oldFrom, newFrom, oldTo, newTo;

        // The old tokens' partners as the loop reads them; the local functions below change them through newOfOld.
        var partners = newOfOld.AsSpan();
        for (var i = 0; i < partners.Length; i++)
        {
            if (partners[i] < 0)
            {
                continue;
            }

            var j = partners[i];
            if (previous == i - 1 && i > 0 && partners[previous] == j - 1 && i + 1 < partners.Length && partners[i + 1] == j + 1)
            {
                // Kept pairs on both sides, with no gap: most pairs, and nothing to weigh (the stretch below, read
                // through the local functions' captured state, would find no gap before or after).
                previous = i;
                continue;
            }

            var next = i + 1;
            while (next < partners.Length && partners[next] < 0)
            {
                next++;
            }

            (oldFrom, newFrom) = previous < 0 ? (0, 0) : (previous + 1, partners[previous] + 1);
            (oldTo, newTo) = next < partners.Length ? (next, partners[next]) : (partners.Length, oldOfNew.Count);
            var gapBefore = i > oldFrom || j > newFrom;
            var gapAfter = oldTo > i + 1 || newTo > j + 1;
            if (gapBefore || gapAfter)
            {
                // On the whole block, a first kept pair with no gap before it follows the last pair left out at the
                // start with nothing between, and that pair has no gap on either side, so it is passed over there
                // and this one weighed on the same tokens: the same stretch, whose runs meet the left-out tokens only
                // at its first token, with the boundaries Boundaries gives there. Likewise at the end.
                if ((edges.Start && previous < 0 && gapBefore) || (edges.End && next == partners.Length && gapAfter))
                {
                    return false;
                }

                var best = Score(newOfOld, oldSide, oldFrom, oldTo) + Score(oldOfNew, newSide, newFrom, newTo);
                var (bestOld, bestNew) = (i, j);

                // The equal tokens the kept pair could be kept as instead, in the gaps on either side of it, nearest
                // first: the new side's before and after, then the old side's.
                WeighEqual(i, j, newCodes, j, -1, newFrom - 1, newSide: true, ref best, ref bestOld, ref bestNew);
                WeighEqual(i, j, newCodes, j, 1, newTo, newSide: true, ref best, ref bestOld, ref bestNew);
                WeighEqual(i, j, oldCodes, i, -1, oldFrom - 1, newSide: false, ref best, ref bestOld, ref bestNew);
                WeighEqual(i, j, oldCodes, i, 1, oldTo, newSide: false, ref best, ref bestOld, ref bestNew);
                Rematch(i, j, bestOld, bestNew);
                i = bestOld;
            }

            previous = i;
        }

        // With no kept pair at all, the whole block's pairs beside the left-out ends would have edits beside them.
        return previous >= 0 || !(edges.Start || edges.End);

        // Weighs the tokens equal to codes[at] from at + step towards stop, at most MaxCandidates of them, as the
        // partner on their side of the kept pair (i, j).
        void WeighEqual(int i, int j, int[] codes, int at, int step, int stop, bool newSide, ref int best, ref int bestOld, ref int bestNew)
        {
            for (int k = at + step, found = 0; k != stop && found < MaxCandidates; k += step)
            {
                if (codes[k] == codes[at])
                {
                    found++;
                    var (x, y) = newSide ? (i, k) : (k, j);
                    Weigh(i, j, x, y, ref best, ref bestOld, ref bestNew);
                }
            }
        }

        // Keeps the pair (x, y) instead of (i, j) when that scores more than the best so far.
        void Weigh(int i, int j, int x, int y, ref int best, ref int bestOld, ref int bestNew)
        {
            Rematch(i, j, x, y);
            var score = Score(newOfOld, oldSide, oldFrom, oldTo) + Score(oldOfNew, newSide, newFrom, newTo);
            if (score > best)
            {
                (best, bestOld, bestNew) = (score, x, y);
            }

            Rematch(x, y, i, j);
        }

        void Rematch(int oldWas, int newWas, int oldNow, int newNow)
        {
            newOfOld[oldWas] = -1;
            oldOfNew[newWas] = -1;
            newOfOld[oldNow] = newNow;
            oldOfNew[newNow] = oldNow;
        }
    }

    /// <summary>The boundaries at which the runs of unkept tokens in [<paramref name="from"/>, <paramref name="to"/>) start and end.</summary>
    private static int Score(ReadOnlySpan<int> match, BlockSide side, int from, int to)
    {
        var score = 0;
        for (var t = from; t < to;)
        {
            if (match[t] >= 0)
            {
                t++;
                continue;
            }

            var start = t;
            while (t < to && match[t] < 0)
            {
                t++;
            }

            score += Boundaries(side, start, t, match.Length);
        }

        return score;
    }

    /// <summary>How many sentence and paragraph boundaries the run of tokens [<paramref name="start"/>, <paramref name="end"/>) starts and ends at.</summary>
    private static int Boundaries(BlockSide side, int start, int end, int count)
    {
        var sentences = side.TokenSentences;
        var paragraphs = side.TokenParagraphs;
        var score = 0;
        score += start == 0 || sentences[start] != sentences[start - 1] ? 1 : 0;
        score += end == count || sentences[end] != sentences[end - 1] ? 1 : 0;
        score += start == 0 ? (side.ParagraphBreakBefore ? 1 : 0) : paragraphs[start] != paragraphs[start - 1] ? 1 : 0;
        score += end == count ? (side.ParagraphBreakAfter ? 1 : 0) : paragraphs[end] != paragraphs[end - 1] ? 1 : 0;
        return score;
    }

    /// <summary>Gets the new token old token <paramref name="token"/> is kept as, or -1 when it was deleted.</summary>
    public int NewOf(int token) => newOfOld[token];

    /// <summary>Gets, per old token, the new token it is kept as, or -1 when it was deleted; good until the sides align their next block.</summary>
    public ReadOnlySpan<int> NewOfOld => newOfOld;

    /// <summary>Adds what the alignment says about sentences (and paragraphs, when <paramref name="paragraphs"/>) to <paramref name="counts"/>.</summary>
    public DiffStatistics Count(DiffStatistics counts, bool paragraphs)
    {
        // Summed here and added in one step: each step makes a new statistics record.
        int paragraphsRemoved = 0, paragraphsAdded = 0, paragraphsChanged = 0, removed = 0, added = 0;
        var oldWholeSentences = OldWholeSentences;
        var oldWholeParagraphs = OldWholeParagraphs;
        var newWholeSentences = NewWholeSentences;
        var newWholeParagraphs = NewWholeParagraphs;
        if (paragraphs)
        {
            for (var p = 0; p < oldWholeParagraphs.Length; p++)
            {
                if (oldWholeParagraphs[p])
                {
                    var unit = Old.Paragraphs[p];
                    paragraphsRemoved++;
                    removed += unit.EndSentence - unit.FirstSentence;
                }
            }

            for (var p = 0; p < newWholeParagraphs.Length; p++)
            {
                if (newWholeParagraphs[p])
                {
                    var unit = New.Paragraphs[p];
                    paragraphsAdded++;
                    added += unit.EndSentence - unit.FirstSentence;
                }
            }

            paragraphsChanged = ChangedGroups(UnitLevel.Paragraph).Count;
        }

        for (var s = 0; s < oldWholeSentences.Length; s++)
        {
            removed += oldWholeSentences[s] && !InWholeParagraph(Old, oldWholeParagraphs, s) ? 1 : 0;
        }

        for (var s = 0; s < newWholeSentences.Length; s++)
        {
            added += newWholeSentences[s] && !InWholeParagraph(New, newWholeParagraphs, s) ? 1 : 0;
        }

        return counts with
        {
            ParagraphsRemoved = counts.ParagraphsRemoved + paragraphsRemoved,
            ParagraphsAdded = counts.ParagraphsAdded + paragraphsAdded,
            ParagraphsChanged = counts.ParagraphsChanged + paragraphsChanged,
            SentencesRemoved = counts.SentencesRemoved + removed,
            SentencesAdded = counts.SentencesAdded + added,
            SentencesChanged = counts.SentencesChanged + ChangedGroups(UnitLevel.Sentence).Count,
        };
    }

    /// <summary>
    /// Forgets every kept token inside a changed group of units at <paramref name="level"/>, so that the group is
    /// shown deleted and inserted whole (the sentence and paragraph granularities).
    /// </summary>
    public void Coarsen(UnitLevel level)
    {
        var groups = ChangedGroups(level);
        if (groups.Count == 0)
        {
            return;
        }

        for (var t = 0; t < newOfOld.Count; t++)
        {
            if (newOfOld[t] >= 0 && groups.Changed[Root(level, t)])
            {
                oldOfNew[newOfOld[t]] = -1;
                newOfOld[t] = -1;
            }
        }

        (oldFlags, newFlags) = (UnitFlags(Old, newOfOld, oldUnits), UnitFlags(New, oldOfNew, newUnits));
        links = null;
    }

    private static bool InWholeParagraph(BlockSide side, ReadOnlySpan<bool> wholeParagraphs, int sentence) =>
        side.ParagraphOfSentence(sentence) is var paragraph and >= 0 && wholeParagraphs[paragraph];

    // The units of both levels linked into groups (see Link); null until asked for, and again after Coarsen.
    private Links? links;

    /// <summary>
    /// The units of both levels linked into groups, in one array of parents: old sentences, new sentences, then old
    /// paragraphs, new paragraphs (from <see cref="ParagraphsFrom"/> on); which units are roots of changed groups,
    /// and how many there are at each level.
    /// </summary>
    /// <remarks>A value, not an object: one is made per block.</remarks>
    private readonly record struct Links(int[] Parent, bool[] Changed, int SentencesChanged, int ParagraphsChanged);

    /// <summary>Where the paragraphs start among the units <see cref="Links"/> numbers.</summary>
    private int ParagraphsFrom => oldUnits.Sentences + newUnits.Sentences;

    /// <summary>The roots of the linked groups of units at <paramref name="level"/> that hold a deleted or inserted token.</summary>
    private (bool[] Changed, int Count) ChangedGroups(UnitLevel level)
    {
        var linked = links ??= Link();
        return (linked.Changed, level == UnitLevel.Paragraph ? linked.ParagraphsChanged : linked.SentencesChanged);
    }

    /// <summary>Links the sentences, and the paragraphs, of both sides in one pass over the kept tokens.</summary>
    private Links Link()
    {
        var (oldSentences, newSentences) = (oldUnits.Sentences, newUnits.Sentences);
        var paragraphsFrom = ParagraphsFrom;
        var newParagraphsFrom = paragraphsFrom + oldUnits.Paragraphs;
        var units = newParagraphsFrom + newUnits.Paragraphs;
        var (parent, changed) = Old.GroupArrays(units);
        for (var k = 0; k < units; k++)
        {
            parent[k] = k;
        }

        // Units are linked by the words they keep in common; by marks only where neither keeps a word. So which of
        // two equal full stops was kept never changes the groups, and counts stay the same whichever text is old.
        // Consecutive kept tokens mostly link the same two units: a link made already is not made again.
        var partners = newOfOld.AsSpan();
        var oldIsWord = Old.TokenIsWord[..partners.Length];
        var oldSentenceOf = Old.TokenSentences[..partners.Length];
        var oldParagraphOf = Old.TokenParagraphs[..partners.Length];
        var newSentenceOf = New.TokenSentences[..oldOfNew.Count];
        var newParagraphOf = New.TokenParagraphs[..oldOfNew.Count];
        var (oldFlags, newFlags) = (this.oldFlags, this.newFlags);
        int linkedOld = -1, linkedNew = -1, linkedOldParagraph = -1, linkedNewParagraph = -1;
        for (var t = 0; t < partners.Length; t++)
        {
            var u = partners[t];
            if (u < 0)
            {
                continue;
            }

            var (o, n) = (oldSentenceOf[t], newSentenceOf[u]);
            if ((o != linkedOld || n != linkedNew) && (oldIsWord[t] || ((oldFlags[o] | newFlags[n]) & KeepsAWord) == 0))
            {
                Union(parent, o, oldSentences + n);
                (linkedOld, linkedNew) = (o, n);
            }

            // In a block of sentences no token lies in a paragraph (-1).
            var (op, np) = (oldParagraphOf[t], newParagraphOf[u]);
            if (op >= 0 && np >= 0 && (op != linkedOldParagraph || np != linkedNewParagraph)
                && (oldIsWord[t] || ((oldFlags[oldSentences + op] | newFlags[newSentences + np]) & KeepsAWord) == 0))
            {
                Union(parent, paragraphsFrom + op, newParagraphsFrom + np);
                (linkedOldParagraph, linkedNewParagraph) = (op, np);
            }
        }

        var sentencesChanged = MarkChanged(oldFlags.AsSpan(0, oldSentences), 0) + MarkChanged(newFlags.AsSpan(0, newSentences), oldSentences);
        var paragraphsChanged = MarkChanged(oldFlags.AsSpan(oldSentences, oldUnits.Paragraphs), paragraphsFrom)
            + MarkChanged(newFlags.AsSpan(newSentences, newUnits.Paragraphs), newParagraphsFrom);
        return new Links(parent, changed, sentencesChanged, paragraphsChanged);

        // A group is changed when a token of one of its units is not kept; units with no kept token are whole, not
        // groups. Marking each such unit's root once marks the same roots as marking it once per token not kept.
        int MarkChanged(ReadOnlySpan<int> flags, int first)
        {
            var count = 0;
            for (var k = 0; k < flags.Length; k++)
            {
                if ((flags[k] & (Linked | HasUnkept)) == (Linked | HasUnkept) && Find(parent, first + k) is var root && !changed[root])
                {
                    changed[root] = true;
                    count++;
                }
            }

            return count;
        }
    }

    // What UnitFlags says of a unit: it keeps a token, it has a token not kept, it keeps a word.
    private const int Linked = 1;
    private const int HasUnkept = 2;
    private const int KeepsAWord = 4;

    /// <summary>Per sentence of a side, then per paragraph, <see cref="Linked"/>, <see cref="HasUnkept"/> and <see cref="KeepsAWord"/> as they hold, in the side's scratch array.</summary>
    private static int[] UnitFlags(BlockSide side, ReadOnlySpan<int> match, (int Sentences, int Paragraphs) units)
    {
        var flags = side.UnitScratch(units.Sentences + units.Paragraphs);
        var isWord = side.TokenIsWord[..match.Length];
        var sentenceOf = side.TokenSentences[..match.Length];
        var paragraphOf = side.TokenParagraphs[..match.Length];
        for (var t = 0; t < match.Length; t++)
        {
            var flag = match[t] < 0 ? HasUnkept : isWord[t] ? Linked | KeepsAWord : Linked;
            flags[sentenceOf[t]] |= flag;

            // Every token lies in a sentence; in a block of sentences, in no paragraph (-1).
            if (paragraphOf[t] is var paragraph and >= 0)
            {
                flags[units.Sentences + paragraph] |= flag;
            }
        }

        return flags;
    }

    private int Root(UnitLevel level, int oldToken)
    {
        var unit = level == UnitLevel.Paragraph ? ParagraphsFrom + Old.TokenParagraphs[oldToken] : Old.TokenSentences[oldToken];
        return Find((links ??= Link()).Parent, unit);
    }

    /// <summary>Per token of a side, its unit at <paramref name="level"/>.</summary>
    private static ReadOnlySpan<int> Units(BlockSide side, UnitLevel level) =>
        level == UnitLevel.Paragraph ? side.TokenParagraphs : side.TokenSentences;

    private static int Find(int[] parent, int k)
    {
        while (parent[k] != k)
        {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }

        return k;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    /// <summary>Per sentence, then per paragraph, of a side, whether none of it is kept (<see cref="Whole"/> at both levels), from its flags, in the side's array.</summary>
    private static bool[] WholeUnits(BlockSide side, int[] flags, (int Sentences, int Paragraphs) units)
    {
        var whole = side.WholeArray(units.Sentences + units.Paragraphs);
        for (var k = 0; k < units.Sentences + units.Paragraphs; k++)
        {
            whole[k] = (flags[k] & Linked) == 0;
        }

        return whole;
    }

    private static bool[] Whole(BlockSide side, UnitLevel level, ReadOnlySpan<int> match)
    {
        var whole = new bool[level == UnitLevel.Paragraph ? side.Paragraphs.Count : side.Sentences.Count];
        Array.Fill(whole, true);
        var units = Units(side, level)[..match.Length];
        for (var t = 0; t < match.Length; t++)
        {
            if (match[t] >= 0 && units[t] is var unit and >= 0)
            {
                whole[unit] = false;
            }
        }

        return whole;
    }

    /// <summary>The codes and weights of a side's tokens, in the side's arrays (<see cref="BlockSide.TokenArrays"/>): one entry per token, and more unused.</summary>
    private static (int[] Codes, long[] Weights) CodesAndWeights(BlockSide side, KeyNormalizer keys, KeyCodes codes)
    {
        var (tokenCodes, weights) = side.TokenArrays();
        var segments = side.SegmentSpan;
        var tokens = side.TokenSpan;
        var text = side.Text;
        for (var t = 0; t < tokens.Length; t++)
        {
            var segment = segments[tokens[t]];
            tokenCodes[t] = codes.Code(text, segment.Start, segment.Length, keys);
            weights[t] = segment.Kind == SegmentKind.Word ? WordWeight : 1;
        }

        return (tokenCodes, weights);
    }
}
