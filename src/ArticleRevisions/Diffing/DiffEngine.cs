using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>
/// The hierarchical walk: paragraphs first, then the words of each changed stretch, aligned across sentence and
/// paragraph boundaries. Unchanged paragraphs are never cut finer.
/// </summary>
/// <remarks>
/// <para>
/// At each level only the units are aligned, never the white space between them, so a run of white space never
/// competes with a word or a sentence for a place in the alignment. White space between two kept units is compared
/// on its own: unchanged where equal under the options, a white-space edit otherwise.
/// </para>
/// <para>
/// A changed stretch of paragraphs (or, inside a large one, of sentences) of at most <see cref="WordAlignmentLimit"/>
/// characters is aligned word by word as a whole (<see cref="BlockAlignment"/>), so words moved across a line,
/// sentence or paragraph boundary (re-wrapping, a paragraph split or joined, a full stop dropped after an
/// abbreviation) are kept, and no more words change than a word alignment needs. Larger stretches (a rewrite) are
/// cut by pairing similar units (<see cref="UnitPairing"/>) and compared pair by pair, which bounds the cost.
/// </para>
/// <para>Each call makes its own walk and returns what it found as values; nothing is kept between calls.</para>
/// </remarks>
internal static class DiffEngine
{
    /// <summary>The largest changed stretch, in characters of both sides together, aligned word by word as a whole.</summary>
    internal const int WordAlignmentLimit = 20_000;

    /// <summary>Compares the whole texts.</summary>
    /// <remarks>
    /// Paragraphs kept unchanged anchor the alignment, and words cannot cross them. When the texts are small enough
    /// to align word by word as a whole and some word is both deleted and inserted, the output says so (<see cref="EngineOutput.MayCrossAnchors"/>), and <see cref="RunAsOneBlock"/> may change fewer words.
    /// </remarks>
    public static EngineOutput Run(string oldText, string newText, DiffOptions options)
    {
        var walk = new Walk(oldText, newText, options);
        if ((long)oldText.Length + newText.Length <= WordAlignmentLimit)
        {
            // Only texts this small can be aligned as one block (see SomeWordDeletedAndInserted).
            walk.TrackStretches();
        }

        walk.Units(
            UnitLevel.Paragraph,
            UnitSplitter.Paragraphs(oldText, options.IgnoreWhitespace),
            UnitSplitter.Paragraphs(newText, options.IgnoreWhitespace));
        return walk.ToOutput();
    }

    /// <summary>Compares the whole texts as one changed stretch, aligned word by word with no paragraph kept as an anchor.</summary>
    /// <remarks>Only for texts of at most <see cref="WordAlignmentLimit"/> characters together, which bounds the cost.</remarks>
    public static EngineOutput RunAsOneBlock(string oldText, string newText, DiffOptions options)
    {
        var walk = new Walk(oldText, newText, options);
        walk.Block(
            UnitLevel.Paragraph,
            UnitSplitter.Paragraphs(oldText, options.IgnoreWhitespace),
            UnitSplitter.Paragraphs(newText, options.IgnoreWhitespace));
        return walk.ToOutput();
    }

    /// <summary>Compares one stretch of each text, starting at <paramref name="level"/> (the inner edits of a move).</summary>
    public static EngineOutput Run(string oldText, string newText, DiffOptions options, UnitLevel level, Segment oldRange, Segment newRange)
    {
        var walk = new Walk(oldText, newText, options);
        walk.Units(level, UnitSplitter.Below(level, oldText, oldRange), UnitSplitter.Below(level, newText, newRange));
        return walk.ToOutput();
    }

    /// <summary>One walk's working state, private to it.</summary>
    private sealed class Walk(string oldText, string newText, DiffOptions options)
    {
        private readonly KeyNormalizer keys = options.Keys;
        // In chunks: a walk over a large text makes tens of thousands of atoms (see ChunkedList).
        private readonly ChunkedList<Atom> atoms = new();
        private readonly ImmutableArray<MoveCandidate>.Builder candidates = ImmutableArray.CreateBuilder<MoveCandidate>();
        private readonly ImmutableArray<CoarseEdit>.Builder coarse = ImmutableArray.CreateBuilder<CoarseEdit>();
        private DiffStatistics counts = new();

        // One table of keys for the whole walk, so each unit and token is hashed once, and each key is kept once.
        private readonly KeyCodes codes = new();

        // The two sides of a block aligned word by word, refilled for each block (AlignWords never nests).
        private BlockSide? oldBlock;
        private BlockSide? newBlock;

        private UnitLevel Finest => options.Granularity switch
        {
            DiffGranularity.Paragraph => UnitLevel.Paragraph,
            DiffGranularity.Sentence => UnitLevel.Sentence,
            _ => UnitLevel.Word,
        };

        // The atoms of each stretch between two paragraphs kept at the top level, [First, End), when tracked.
        private List<(int First, int End)>? stretches;

        public EngineOutput ToOutput()
        {
            FlushGrowth();
            var all = ImmutableArray.CreateBuilder<Atom>(atoms.Count);
            foreach (var atom in atoms)
            {
                all.Add(atom);
            }

            return new(all.MoveToImmutable(), candidates.ToImmutable(), counts, coarse.ToImmutable(), stretches is not null && SomeWordDeletedAndInserted(stretches));
        }

        /// <summary>Records the atoms of each stretch between kept paragraphs in the next call of <see cref="Units"/>.</summary>
        public void TrackStretches() => stretches = [];

        /// <summary>Handles all of <paramref name="a"/> and <paramref name="b"/> as one stretch between the ends.</summary>
        public void Block(UnitLevel level, IReadOnlyList<Segment> a, IReadOnlyList<Segment> b) => Gap(level, a, 0, a.Count, b, 0, b.Count);

        /// <summary>Aligns the units of <paramref name="a"/> and <paramref name="b"/> (white space aside) and handles the stretches between kept units.</summary>
        public void Units(UnitLevel level, IReadOnlyList<Segment> a, IReadOnlyList<Segment> b)
        {
            // Only the outermost call records its stretches.
            var tracked = stretches;
            stretches = null;
            var oldUnits = Content(a);
            var newUnits = Content(b);
            codes.EnsureRoom(oldUnits.Length + newUnits.Length);
            var oldCodes = Codes(oldText, a, oldUnits, codes);
            var newCodes = Codes(newText, b, newUnits, codes);
            // Words and characters settle ties by their own keys (a revert mirrors its edit); units put deletions first.
            var blocks = SequenceDiffer.Diff(
                oldCodes, 0, oldCodes.Length, newCodes, 0, newCodes.Length, Weights(level, a, oldUnits), Weights(level, b, newUnits), level >= UnitLevel.Word ? codes.Names : null);
            int i = 0, j = 0, kept = 0;
            foreach (var block in blocks.Append(new EditBlock(oldUnits.Length, 0, newUnits.Length, 0)))
            {
                for (; kept < block.OldStart; kept++)
                {
                    var (x, y) = (oldUnits[kept], newUnits[block.NewStart - block.OldStart + kept]);
                    var first = atoms.Count;
                    Gap(level, a, i, x, b, j, y);
                    tracked?.Add((first, atoms.Count));
                    Emit(DiffSpanKind.Unchanged, a[x].Start, a[x].Length, b[y].Start, b[y].Length);
                    (i, j) = (x + 1, y + 1);
                }

                var endA = block.OldStart + block.OldCount < oldUnits.Length ? oldUnits[block.OldStart + block.OldCount] : a.Count;
                var endB = block.NewStart + block.NewCount < newUnits.Length ? newUnits[block.NewStart + block.NewCount] : b.Count;
                var start = atoms.Count;
                Gap(level, a, i, endA, b, j, endB);
                tracked?.Add((start, atoms.Count));
                (i, j) = (endA, endB);
                kept = block.OldStart + block.OldCount;
            }

            stretches = tracked;
        }

        /// <summary>
        /// Tells whether some word is both deleted and inserted (in the same stretch between kept paragraphs or in two),
        /// in texts small enough to be aligned word by word as a whole: only then may letting words cross the kept
        /// paragraphs change fewer words, since an alignment that keeps more words keeps more of some word.
        /// </summary>
        /// <remarks>
        /// A word deleted and inserted in the same stretch counts too (found by the word-LCS property, seeds
        /// 8C06GLsCYSK4 and 3Kgx8bU3e0T2): a word kept in its own stretch may be better matched across a kept paragraph,
        /// which frees a word deleted and inserted there to be kept.
        /// </remarks>
        private bool SomeWordDeletedAndInserted(List<(int First, int End)> tracked)
        {
            if (tracked.Count < 2 || (long)oldText.Length + newText.Length > WordAlignmentLimit)
            {
                return false;
            }

            var codes = new KeyCodes();
            var deleted = new HashSet<int>();
            foreach (var stretch in tracked)
            {
                deleted.UnionWith(WordCodes(stretch, DiffSpanKind.Deleted, codes));
            }

            return deleted.Count > 0 && tracked.Any(stretch => WordCodes(stretch, DiffSpanKind.Inserted, codes).Any(deleted.Contains));
        }

        private IEnumerable<int> WordCodes((int First, int End) stretch, DiffSpanKind kind, KeyCodes codes)
        {
            for (var k = stretch.First; k < stretch.End; k++)
            {
                var atom = atoms[k];
                if (atom.Kind != kind)
                {
                    continue;
                }

                var (text, start, length) = kind == DiffSpanKind.Deleted ? (oldText, atom.OldStart, atom.OldLength) : (newText, atom.NewStart, atom.NewLength);
                foreach (var word in TextSegmenter.SplitWords(text, start, length))
                {
                    if (word.Kind == SegmentKind.Word)
                    {
                        yield return codes.Code(text, word.Start, word.Length, keys);
                    }
                }
            }
        }

        /// <summary>
        /// The segments between two kept units (or an end): white space equal under the options at either end is
        /// unchanged; what is left is a change of white space alone, or a change of units.
        /// </summary>
        private void Gap(UnitLevel level, IReadOnlyList<Segment> a, int i, int endA, IReadOnlyList<Segment> b, int j, int endB)
        {
            if (i < endA && j < endB && SameWhitespace(a[i], b[j]))
            {
                Emit(DiffSpanKind.Unchanged, a[i].Start, a[i].Length, b[j].Start, b[j].Length);
                i++;
                j++;
            }

            var tail = endA > i && endB > j && SameWhitespace(a[endA - 1], b[endB - 1]);
            if (tail)
            {
                endA--;
                endB--;
            }

            if (i < endA || j < endB)
            {
                var oldPosition = i < a.Count ? a[i].Start : UnitSplitter.End(a);
                var newPosition = j < b.Count ? b[j].Start : UnitSplitter.End(b);
                var dels = UnitSplitter.Slice(a, i, endA - i);
                var ins = UnitSplitter.Slice(b, j, endB - j);
                if (level < UnitLevel.Character && OnlyWhitespace(dels) && OnlyWhitespace(ins))
                {
                    EmitAll(DiffSpanKind.Deleted, dels, newPosition);
                    EmitAll(DiffSpanKind.Inserted, ins, dels.Length > 0 ? dels[^1].End : oldPosition);
                }
                else
                {
                    Change(level, dels, ins, oldPosition, newPosition);
                }
            }

            if (tail)
            {
                Emit(DiffSpanKind.Unchanged, a[endA].Start, a[endA].Length, b[endB].Start, b[endB].Length);
            }
        }

        private void Change(UnitLevel level, Segment[] dels, Segment[] ins, int oldPosition, int newPosition)
        {
            if (level >= UnitLevel.Word)
            {
                Words(Bounds(dels, oldPosition), Bounds(ins, newPosition));
                return;
            }

            if (OnlyWhitespace(dels) || OnlyWhitespace(ins))
            {
                int d = 0, n = 0;
                Unpaired(level, dels, ref d, dels.Length, ins, ref n, ins.Length, ref oldPosition, ref newPosition);
                return;
            }

            if (Length(dels) + Length(ins) <= WordAlignmentLimit)
            {
                AlignWords(level, dels, ins, newPosition);
                return;
            }

            int di = 0, ni = 0;
            foreach (var (pd, pn) in UnitPairing.Pair(oldText, dels, newText, ins))
            {
                Unpaired(level, dels, ref di, pd, ins, ref ni, pn, ref oldPosition, ref newPosition);
                Descend(level, dels[pd], ins[pn]);
                di = pd + 1;
                ni = pn + 1;
                oldPosition = dels[pd].End;
                newPosition = ins[pn].End;
            }

            Unpaired(level, dels, ref di, dels.Length, ins, ref ni, ins.Length, ref oldPosition, ref newPosition);
        }

        private void Unpaired(UnitLevel level, Segment[] dels, ref int d, int dEnd, Segment[] ins, ref int n, int nEnd, ref int oldPosition, ref int newPosition)
        {
            // Separators on both sides of a pairing gap are the same separator, not a deletion and an insertion.
            while (d < dEnd && n < nEnd && SameWhitespace(dels[d], ins[n]))
            {
                Emit(DiffSpanKind.Unchanged, dels[d].Start, dels[d].Length, ins[n].Start, ins[n].Length);
                oldPosition = dels[d].End;
                newPosition = ins[n].End;
                d++;
                n++;
            }

            for (; d < dEnd; d++)
            {
                var segment = dels[d];
                var index = Emit(DiffSpanKind.Deleted, segment.Start, segment.Length, newPosition, 0);
                oldPosition = segment.End;
                if (segment.Kind != SegmentKind.Whitespace)
                {
                    counts = UnitCounts.Removed(counts, level, oldText, segment);
                    candidates.Add(new MoveCandidate(index, level, segment, IsDeletion: true));
                }
            }

            for (; n < nEnd; n++)
            {
                var segment = ins[n];
                var index = Emit(DiffSpanKind.Inserted, oldPosition, 0, segment.Start, segment.Length);
                newPosition = segment.End;
                if (segment.Kind != SegmentKind.Whitespace)
                {
                    counts = UnitCounts.Added(counts, level, newText, segment);
                    candidates.Add(new MoveCandidate(index, level, segment, IsDeletion: false));
                }
            }
        }

        private void Descend(UnitLevel level, Segment oldUnit, Segment newUnit)
        {
            counts = UnitCounts.Changed(counts, level);
            if (level >= Finest)
            {
                Emit(DiffSpanKind.Deleted, oldUnit.Start, oldUnit.Length, newUnit.Start, 0);
                Emit(DiffSpanKind.Inserted, oldUnit.End, 0, newUnit.Start, newUnit.Length);
                return;
            }

            var next = level + 1;
            Units(next, UnitSplitter.Below(next, oldText, oldUnit), UnitSplitter.Below(next, newText, newUnit));
        }

        /// <summary>
        /// A changed stretch of paragraphs or sentences aligned word by word as a whole; units counted from the
        /// alignment; at the sentence and paragraph granularities, each changed group of units shown whole.
        /// </summary>
        private void AlignWords(UnitLevel level, Segment[] dels, Segment[] ins, int newPosition)
        {
            oldBlock ??= new BlockSide();
            newBlock ??= new BlockSide();
            oldBlock.Cut(oldText, level, dels);
            newBlock.Cut(newText, level, ins);

            // Sentences the two sides share at their ends are left out when the alignment of the rest is provably
            // that of the whole block (see BlockAlignment.TryCreate); not at the sentence and paragraph
            // granularities, which show a changed group of units whole, left-out sentences included.
            var (start, end) = Finest >= UnitLevel.Word ? BlockSide.CommonEnds(oldBlock, newBlock) : (0, 0);
            BlockAlignment.Untidied? untidied = null;
            var alignment = start + end > 0
                ? BlockAlignment.TryCreate(
                    oldBlock.Fill(start, oldBlock.PieceCount - end), newBlock.Fill(start, newBlock.PieceCount - end), keys, codes, start > 0, end > 0, out untidied)
                : null;
            if (alignment is null)
            {
                var before = oldBlock.PieceStart(start);
                alignment = untidied is null
                    ? BlockAlignment.Create(oldBlock.Fill(), newBlock.Fill(), keys, codes)
                    : BlockAlignment.Create(oldBlock.Fill(), newBlock.Fill(), keys, codes, untidied.Value, oldBlock.TokensBefore(before));
                (start, end) = (0, 0);
            }

            if (start > 0)
            {
                // The whole block keeps every token of these sentences and the white space between them, one atom.
                Emit(DiffSpanKind.Unchanged, oldBlock.PieceStart(0), oldBlock.PieceStart(start) - oldBlock.PieceStart(0), newBlock.PieceStart(0), newBlock.PieceStart(start) - newBlock.PieceStart(0));
                newPosition = newBlock.PieceStart(start);
            }

            counts = alignment.Count(counts, paragraphs: level == UnitLevel.Paragraph);
            if (Finest < UnitLevel.Word)
            {
                // A block of sentences (a moved paragraph's inner edits) has no paragraphs to coarsen to: at the
                // paragraph granularity its changed sentences are shown whole.
                alignment.Coarsen(Finest < level ? level : Finest);
            }

            EmitAligned(alignment, newPosition);

            if (end > 0)
            {
                var (oldEnd, newEnd) = (oldBlock.PieceStart(oldBlock.PieceCount - end), newBlock.PieceStart(newBlock.PieceCount - end));
                Emit(DiffSpanKind.Unchanged, oldEnd, oldBlock.PiecesEnd - oldEnd, newEnd, newBlock.PiecesEnd - newEnd);
            }
        }

        /// <summary>Emits a block's segments as its alignment keeps, deletes and inserts them, from <paramref name="newCursor"/> in the new text.</summary>
        /// <remarks>
        /// Kept tokens with nothing between them, or the same white space, make one unchanged stretch, emitted
        /// once: Emit would join its pieces into one atom anyway (they are contiguous on both sides). Such a run
        /// goes on only while the next old token is kept as the next new one (a token between them is no white
        /// space), which the inner loop checks first, with little to keep track of.
        /// </remarks>
        private void EmitAligned(BlockAlignment alignment, int newCursor)
        {
            var oldSegments = alignment.Old.SegmentSpan;
            var newSegments = alignment.New.SegmentSpan;
            var oldTokens = alignment.Old.TokenSpan;
            var newTokens = alignment.New.TokenSpan;
            var newOfOld = alignment.NewOfOld;
            int oldFrom = 0, newFrom = 0;
            for (var t = 0; t < newOfOld.Length; t++)
            {
                var u = newOfOld[t];
                if (u < 0)
                {
                    continue;
                }

                var (oldFirst, newFirst) = (oldTokens[t], newTokens[u]);
                TokenGap(alignment, oldFrom, oldFirst, newFrom, newFirst, ref newCursor);
                while (t + 1 < newOfOld.Length && newOfOld[t + 1] == u + 1
                    && QuietGap(oldSegments, oldTokens[t] + 1, oldTokens[t + 1], newSegments, newTokens[u] + 1, newTokens[u + 1]))
                {
                    t++;
                    u++;
                }

                var (oldLast, newLast) = (oldTokens[t], newTokens[u]);
                var (oldStart, newStart) = (oldSegments[oldFirst].Start, newSegments[newFirst].Start);
                Emit(DiffSpanKind.Unchanged, oldStart, oldSegments[oldLast].End - oldStart, newStart, newSegments[newLast].End - newStart);
                newCursor = newSegments[newLast].End;
                (oldFrom, newFrom) = (oldLast + 1, newLast + 1);
            }

            TokenGap(alignment, oldFrom, oldSegments.Length, newFrom, newSegments.Length, ref newCursor);
        }

        /// <summary>
        /// Tells whether the segments [<paramref name="oldFrom"/>, <paramref name="oldTo"/>) and [<paramref name="newFrom"/>,
        /// <paramref name="newTo"/>) between two pairs of kept tokens are none on both sides, or one run of white space of
        /// the same text on both (so equal under any options), and follow the tokens before them with no text between:
        /// <see cref="TokenGap"/> would keep them unchanged, and the kept stretch goes on.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool QuietGap(ReadOnlySpan<Segment> old, int oldFrom, int oldTo, ReadOnlySpan<Segment> @new, int newFrom, int newTo)
        {
            if (oldTo - oldFrom != newTo - newFrom || oldTo - oldFrom > 1
                || old[oldFrom].Start != old[oldFrom - 1].End || @new[newFrom].Start != @new[newFrom - 1].End)
            {
                return false;
            }

            if (oldTo == oldFrom)
            {
                return true;
            }

            var (a, b) = (old[oldFrom], @new[newFrom]);
            return a.Kind == SegmentKind.Whitespace && b.Kind == SegmentKind.Whitespace && a.Length == b.Length
                && (a.Length == 1 ? oldText[a.Start] == newText[b.Start] : oldText.AsSpan(a.Start, a.Length).SequenceEqual(newText.AsSpan(b.Start, b.Length)));
        }

        /// <summary>The segments of a block between two kept tokens: equal white space at the ends kept, the rest deleted and inserted.</summary>
        private void TokenGap(BlockAlignment alignment, int oldFrom, int oldTo, int newFrom, int newTo, ref int newCursor)
        {
            var (old, @new) = (alignment.Old.Segments, alignment.New.Segments);
            if (oldFrom < oldTo && newFrom < newTo && SameWhitespace(old[oldFrom], @new[newFrom]))
            {
                Emit(DiffSpanKind.Unchanged, old[oldFrom].Start, old[oldFrom].Length, @new[newFrom].Start, @new[newFrom].Length);
                newCursor = @new[newFrom].End;
                oldFrom++;
                newFrom++;
            }

            var tail = oldTo > oldFrom && newTo > newFrom && SameWhitespace(old[oldTo - 1], @new[newTo - 1]);
            if (tail)
            {
                oldTo--;
                newTo--;
            }

            // Insertions come after the deletions of the same stretch, so they stand where those end in the old text.
            var oldPosition = oldTo > oldFrom ? old[oldTo - 1].End : oldFrom < old.Count ? old[oldFrom].Start : old[^1].End;
            var refine = options.Granularity == DiffGranularity.Character && oldFrom < oldTo && newFrom < newTo
                && !HasWholeUnit(alignment.Old, alignment.OldWholeSentences, oldFrom, oldTo)
                && !HasWholeUnit(alignment.New, alignment.NewWholeSentences, newFrom, newTo);
            if (refine)
            {
                Words((old[oldFrom].Start, old[oldTo - 1].End), (@new[newFrom].Start, @new[newTo - 1].End));
            }
            else
            {
                EmitSide(alignment.Old, alignment.OldWholeSentences, alignment.OldWholeParagraphs, oldFrom, oldTo, newCursor, isDeletion: true);
                EmitSide(alignment.New, alignment.NewWholeSentences, alignment.NewWholeParagraphs, newFrom, newTo, oldPosition, isDeletion: false);
            }

            if (newTo > newFrom)
            {
                newCursor = @new[newTo - 1].End;
            }

            if (tail)
            {
                Emit(DiffSpanKind.Unchanged, old[oldTo].Start, old[oldTo].Length, @new[newTo].Start, @new[newTo].Length);
                newCursor = @new[newTo].End;
            }
        }

        /// <summary>
        /// Deletes (or inserts) segments [<paramref name="from"/>, <paramref name="to"/>) of one side: each wholly
        /// removed (or added) paragraph, else sentence, as one atom that may be one end of a move; the rest in runs.
        /// </summary>
        private void EmitSide(BlockSide side, ReadOnlySpan<bool> wholeSentences, ReadOnlySpan<bool> wholeParagraphs, int from, int to, int otherPosition, bool isDeletion)
        {
            var kind = isDeletion ? DiffSpanKind.Deleted : DiffSpanKind.Inserted;
            var runStart = -1;
            for (var k = from; k < to;)
            {
                var (level, unit) = WholeUnitAt(side, wholeSentences, wholeParagraphs, k, to);
                if (level == UnitLevel.Word)
                {
                    runStart = runStart < 0 ? k : runStart;
                    k++;
                    continue;
                }

                FlushRun(side, ref runStart, k, otherPosition, kind);
                var segment = unit.Segment;
                var index = EmitOneSide(kind, segment.Start, segment.Length, otherPosition);
                candidates.Add(new MoveCandidate(index, level, segment, isDeletion));
                k = unit.EndSegment;
            }

            FlushRun(side, ref runStart, to, otherPosition, kind);
        }

        /// <summary>The wholly removed (or added) paragraph, else sentence, starting at segment <paramref name="k"/> and ending by <paramref name="to"/>; else the word level.</summary>
        private static (UnitLevel Level, BlockSide.Unit Unit) WholeUnitAt(BlockSide side, ReadOnlySpan<bool> wholeSentences, ReadOnlySpan<bool> wholeParagraphs, int k, int to)
        {
            if (side.ParagraphAt(k) is var p and >= 0 && wholeParagraphs[p] && side.Paragraphs[p] is var paragraph && paragraph.FirstSegment == k && paragraph.EndSegment <= to)
            {
                return (UnitLevel.Paragraph, paragraph);
            }

            if (side.SentenceAt(k) is var s and >= 0 && wholeSentences[s] && side.Sentences[s] is var sentence && sentence.FirstSegment == k && sentence.EndSegment <= to)
            {
                return (UnitLevel.Sentence, sentence);
            }

            return (UnitLevel.Word, default);
        }

        private void FlushRun(BlockSide side, ref int runStart, int end, int otherPosition, DiffSpanKind kind)
        {
            if (runStart >= 0)
            {
                var start = side.Segments[runStart].Start;
                EmitOneSide(kind, start, side.Segments[end - 1].End - start, otherPosition);
                runStart = -1;
            }
        }

        private static bool HasWholeUnit(BlockSide side, ReadOnlySpan<bool> wholeSentences, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (side.SentenceAt(k) is var s and >= 0 && wholeSentences[s] && side.Sentences[s].FirstSegment == k)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Replaces one stretch by another, refined into characters at that granularity.</summary>
        private void Words((int Start, int End) old, (int Start, int End) @new)
        {
            var deleted = new Atom(DiffSpanKind.Deleted, old.Start, old.End - old.Start, @new.Start, 0);
            var inserted = new Atom(DiffSpanKind.Inserted, old.End, 0, @new.Start, @new.End - @new.Start);
            if (options.Granularity != DiffGranularity.Character || deleted.IsEmpty || inserted.IsEmpty || refining)
            {
                Emit(deleted);
                Emit(inserted);
                return;
            }

            var first = sealedAtoms = atoms.Count;
            refining = true;
            Units(UnitLevel.Character, UnitSplitter.Characters(oldText, old.Start, old.End), UnitSplitter.Characters(newText, @new.Start, @new.End));
            refining = false;
            sealedAtoms = atoms.Count;
            coarse.Add(new CoarseEdit(first, atoms.Count - first, deleted, inserted));
        }

        private bool refining;

        // Atoms before this index are never extended (see Emit).
        private int sealedAtoms;

        private bool SameWhitespace(Segment a, Segment b) =>
            a.Kind == SegmentKind.Whitespace && b.Kind == SegmentKind.Whitespace && keys.Equal(oldText, a.Start, a.Length, newText, b.Start, b.Length);

        private void EmitAll(DiffSpanKind kind, Segment[] segments, int otherPosition)
        {
            foreach (var segment in segments)
            {
                EmitOneSide(kind, segment.Start, segment.Length, otherPosition);
            }
        }

        private int EmitOneSide(DiffSpanKind kind, int start, int length, int otherPosition) => kind == DiffSpanKind.Deleted
            ? Emit(DiffSpanKind.Deleted, start, length, otherPosition, 0)
            : Emit(DiffSpanKind.Inserted, otherPosition, 0, start, length);

        /// <returns>The atom's index, or -1 when it is empty and so left out.</returns>
        /// <remarks>
        /// Unchanged text right after unchanged text extends the atom before (a sentence kept word by word is one
        /// atom, not one per word), except across the start or end of a run refined into characters, whose atoms
        /// are counted. An unchanged atom is kept as values while it may grow (<see cref="open"/>) and made once, when
        /// another atom follows or the walk ends, so a long kept run makes one atom and one object.
        /// </remarks>
        private int Emit(DiffSpanKind kind, int oldStart, int oldLength, int newStart, int newLength)
        {
            if (oldLength == 0 && newLength == 0)
            {
                return -1;
            }

            if (kind == DiffSpanKind.Unchanged && atoms.Count > sealedAtoms && open is { } last
                && last.OldStart + last.OldLength == oldStart && last.NewStart + last.NewLength == newStart)
            {
                open = last with { OldLength = last.OldLength + oldLength, NewLength = last.NewLength + newLength };
                return atoms.Count - 1;
            }

            FlushGrowth();
            if (kind == DiffSpanKind.Unchanged)
            {
                atoms.Add(OpenAtom);
                open = new OpenRun(oldStart, oldLength, newStart, newLength);
            }
            else
            {
                atoms.Add(new Atom(kind, oldStart, oldLength, newStart, newLength));
            }

            return atoms.Count - 1;
        }

        private int Emit(Atom atom)
        {
            if (atom.Kind == DiffSpanKind.Unchanged || atom.IsEmpty)
            {
                return Emit(atom.Kind, atom.OldStart, atom.OldLength, atom.NewStart, atom.NewLength);
            }

            FlushGrowth();
            atoms.Add(atom);
            return atoms.Count - 1;
        }

        // The last atom while it is unchanged and may still grow (see Emit); its place in the list holds OpenAtom until
        // FlushGrowth makes it. Only Emit, FlushGrowth and what runs after ToOutput's FlushGrowth read the atoms.
        private OpenRun? open;

        private static readonly Atom OpenAtom = new(DiffSpanKind.Unchanged, 0, 0, 0, 0);

        /// <summary>An unchanged atom still growing.</summary>
        private readonly record struct OpenRun(int OldStart, int OldLength, int NewStart, int NewLength);

        private void FlushGrowth()
        {
            if (open is { } last)
            {
                atoms[^1] = new Atom(DiffSpanKind.Unchanged, last.OldStart, last.OldLength, last.NewStart, last.NewLength);
                open = null;
            }
        }

        private int[] Codes(string text, IReadOnlyList<Segment> segments, int[] content, KeyCodes codes)
        {
            var result = new int[content.Length];
            for (var k = 0; k < content.Length; k++)
            {
                var segment = segments[content[k]];
                result[k] = codes.Code(text, segment.Start, segment.Length, keys);
            }

            return result;
        }

        /// <summary>What each unit weighs in the alignment: words more than any number of marks; sentences and paragraphs alike.</summary>
        private static long[]? Weights(UnitLevel level, IReadOnlyList<Segment> segments, int[] content)
        {
            if (level != UnitLevel.Word)
            {
                return null;
            }

            var result = new long[content.Length];
            for (var k = 0; k < content.Length; k++)
            {
                result[k] = segments[content[k]].Kind == SegmentKind.Word ? BlockAlignment.WordWeight : 1;
            }

            return result;
        }

        private static int[] Content(IReadOnlyList<Segment> segments)
        {
            // Indexed, not enumerated: the segments of a text's paragraphs are a list seen through its interface,
            // whose enumerator costs two calls an item and an object.
            var total = segments.Count;
            var count = 0;
            for (var k = 0; k < total; k++)
            {
                count += segments[k].Kind == SegmentKind.Whitespace ? 0 : 1;
            }

            var content = new int[count];
            for (int k = 0, c = 0; c < count; k++)
            {
                if (segments[k].Kind != SegmentKind.Whitespace)
                {
                    content[c++] = k;
                }
            }

            return content;
        }

        private static bool OnlyWhitespace(Segment[] segments) => Array.TrueForAll(segments, s => s.Kind == SegmentKind.Whitespace);

        private static int Length(Segment[] segments)
        {
            var total = 0;
            foreach (var segment in segments)
            {
                total += segment.Length;
            }

            return total;
        }

        private static (int Start, int End) Bounds(Segment[] segments, int position) =>
            segments.Length > 0 ? (segments[0].Start, segments[^1].End) : (position, position);
    }
}
