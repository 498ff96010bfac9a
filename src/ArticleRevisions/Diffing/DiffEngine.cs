using System.Collections.Immutable;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>
/// The hierarchical walk: paragraphs first, then sentences inside paired paragraphs, then words inside paired
/// sentences (then characters, at that granularity). Unchanged paragraphs are never cut finer.
/// </summary>
/// <remarks>
/// Each call makes its own walk and returns what it found as values; nothing is kept between calls. Pairing
/// (<see cref="UnitPairing"/>) and cutting into units (<see cref="UnitSplitter"/>) live apart from the walk.
/// </remarks>
internal static class DiffEngine
{
    /// <summary>Compares the whole texts.</summary>
    public static EngineOutput Run(string oldText, string newText, DiffOptions options)
    {
        var walk = new Walk(oldText, newText, options);
        walk.Units(
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
        private readonly ImmutableArray<Atom>.Builder atoms = ImmutableArray.CreateBuilder<Atom>();
        private readonly ImmutableArray<MoveCandidate>.Builder candidates = ImmutableArray.CreateBuilder<MoveCandidate>();
        private readonly ImmutableArray<CoarseEdit>.Builder coarse = ImmutableArray.CreateBuilder<CoarseEdit>();
        private DiffStatistics counts = new();

        private UnitLevel Finest => options.Granularity switch
        {
            DiffGranularity.Paragraph => UnitLevel.Paragraph,
            DiffGranularity.Sentence => UnitLevel.Sentence,
            _ => UnitLevel.Word,
        };

        public EngineOutput ToOutput() => new(atoms.ToImmutable(), candidates.ToImmutable(), counts, coarse.ToImmutable());

        public void Units(UnitLevel level, IReadOnlyList<Segment> a, IReadOnlyList<Segment> b)
        {
            var oldKeys = a.Select(s => keys.Key(oldText, s.Start, s.Length)).ToArray();
            var newKeys = b.Select(s => keys.Key(newText, s.Start, s.Length)).ToArray();
            int i = 0, j = 0;
            foreach (var block in EditBlock.JoinAcrossWhitespace(SequenceDiffer.Diff(oldKeys, newKeys), a))
            {
                for (; i < block.OldStart; i++, j++)
                {
                    Emit(DiffSpanKind.Unchanged, a[i].Start, a[i].Length, b[j].Start, b[j].Length);
                }

                var oldPosition = block.OldStart < a.Count ? a[block.OldStart].Start : UnitSplitter.End(a);
                var newPosition = block.NewStart < b.Count ? b[block.NewStart].Start : UnitSplitter.End(b);
                Change(level, UnitSplitter.Slice(a, block.OldStart, block.OldCount), UnitSplitter.Slice(b, block.NewStart, block.NewCount), oldPosition, newPosition);
                i = block.OldStart + block.OldCount;
                j = block.NewStart + block.NewCount;
            }

            for (; i < a.Count; i++, j++)
            {
                Emit(DiffSpanKind.Unchanged, a[i].Start, a[i].Length, b[j].Start, b[j].Length);
            }
        }

        private void Change(UnitLevel level, Segment[] dels, Segment[] ins, int oldPosition, int newPosition)
        {
            if (level >= UnitLevel.Word)
            {
                Words(level, dels, ins, oldPosition, newPosition);
                return;
            }

            int d = 0, n = 0;
            foreach (var (pd, pn) in UnitPairing.Pair(oldText, dels, newText, ins))
            {
                Unpaired(level, dels, ref d, pd, ins, ref n, pn, ref oldPosition, ref newPosition);
                Descend(level, dels[pd], ins[pn]);
                d = pd + 1;
                n = pn + 1;
                oldPosition = dels[pd].End;
                newPosition = ins[pn].End;
            }

            Unpaired(level, dels, ref d, dels.Length, ins, ref n, ins.Length, ref oldPosition, ref newPosition);
        }

        private void Unpaired(UnitLevel level, Segment[] dels, ref int d, int dEnd, Segment[] ins, ref int n, int nEnd, ref int oldPosition, ref int newPosition)
        {
            // Separators on both sides of a pairing gap are the same separator, not a deletion and an insertion.
            while (d < dEnd && n < nEnd && dels[d].Kind == SegmentKind.Whitespace && ins[n].Kind == SegmentKind.Whitespace
                && keys.Key(oldText, dels[d].Start, dels[d].Length) == keys.Key(newText, ins[n].Start, ins[n].Length))
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

        private void Words(UnitLevel level, Segment[] dels, Segment[] ins, int oldPosition, int newPosition)
        {
            var oldStart = dels.Length > 0 ? dels[0].Start : oldPosition;
            var oldEnd = dels.Length > 0 ? dels[^1].End : oldPosition;
            var newStart = ins.Length > 0 ? ins[0].Start : newPosition;
            var newEnd = ins.Length > 0 ? ins[^1].End : newPosition;
            var deleted = new Atom(DiffSpanKind.Deleted, oldStart, oldEnd - oldStart, newStart, 0);
            var inserted = new Atom(DiffSpanKind.Inserted, oldEnd, 0, newStart, newEnd - newStart);
            if (level == UnitLevel.Character || options.Granularity != DiffGranularity.Character || dels.Length == 0 || ins.Length == 0)
            {
                Emit(deleted);
                Emit(inserted);
                return;
            }

            var first = atoms.Count;
            Units(UnitLevel.Character, UnitSplitter.Characters(oldText, oldStart, oldEnd), UnitSplitter.Characters(newText, newStart, newEnd));
            coarse.Add(new CoarseEdit(first, atoms.Count - first, deleted, inserted));
        }

        private int Emit(DiffSpanKind kind, int oldStart, int oldLength, int newStart, int newLength) =>
            Emit(new Atom(kind, oldStart, oldLength, newStart, newLength));

        /// <returns>The atom's index, or -1 when it is empty and so left out.</returns>
        private int Emit(Atom atom)
        {
            if (atom.IsEmpty)
            {
                return -1;
            }

            atoms.Add(atom);
            return atoms.Count - 1;
        }
    }
}
