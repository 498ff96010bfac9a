using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>
/// The hierarchical diff: paragraphs first, then sentences inside paragraphs paired by similarity, then words
/// inside paired sentences. Unchanged paragraphs are never cut finer. One instance serves one comparison.
/// </summary>
internal sealed class DiffEngine
{
    private const int PairingWindow = 8;
    private const double PairingThreshold = 0.5;
    private const double OneToOneThreshold = 0.25;

    private readonly string oldText;
    private readonly string newText;
    private readonly DiffOptions options;
    private readonly KeyNormalizer keys;

    public DiffEngine(string oldText, string newText, DiffOptions options)
    {
        this.oldText = oldText;
        this.newText = newText;
        this.options = options;
        keys = new KeyNormalizer(options);
    }

    public DiffOptions Options => options;

    public List<Atom> Atoms { get; } = [];

    public List<MoveCandidate> Candidates { get; } = [];

    public StatisticsCounter Counter { get; } = new();

    /// <summary>Creates an engine over the same texts for the inner edits of a move, so its counts stay apart.</summary>
    public DiffEngine CreateInner() => new(oldText, newText, options with { DetectMoves = false });

    /// <summary>Compares the whole texts.</summary>
    public void Run() =>
        DiffUnits(UnitLevel.Paragraph, Paragraphs(oldText), Paragraphs(newText));

    /// <summary>Compares one stretch of each text, starting at <paramref name="level"/> (used for the inner edits of moves).</summary>
    public void Run(UnitLevel level, Segment oldRange, Segment newRange) =>
        DiffUnits(level, Split(level, oldText, oldRange), Split(level, newText, newRange));

    private void DiffUnits(UnitLevel level, IReadOnlyList<Segment> a, IReadOnlyList<Segment> b)
    {
        var oldKeys = a.Select(s => keys.Key(oldText, s.Start, s.Length)).ToArray();
        var newKeys = b.Select(s => keys.Key(newText, s.Start, s.Length)).ToArray();
        int i = 0, j = 0;
        foreach (var block in JoinAcrossWhitespace(SequenceDiffer.Diff(oldKeys, newKeys), a))
        {
            for (; i < block.OldStart; i++, j++)
            {
                Emit(DiffSpanKind.Unchanged, a[i], b[j]);
            }

            var oldPosition = block.OldStart < a.Count ? a[block.OldStart].Start : End(a, oldText);
            var newPosition = block.NewStart < b.Count ? b[block.NewStart].Start : End(b, newText);
            Change(level, Slice(a, block.OldStart, block.OldCount), Slice(b, block.NewStart, block.NewCount), oldPosition, newPosition);
            i = block.OldStart + block.OldCount;
            j = block.NewStart + block.NewCount;
        }

        for (; i < a.Count; i++, j++)
        {
            Emit(DiffSpanKind.Unchanged, a[i], b[j]);
        }
    }

    private void Change(UnitLevel level, Segment[] dels, Segment[] ins, int oldPosition, int newPosition)
    {
        if (level >= UnitLevel.Word)
        {
            WordChange(level, dels, ins, oldPosition, newPosition);
            return;
        }

        var pairs = Pair(dels, ins);
        int d = 0, n = 0;
        foreach (var (pd, pn) in pairs)
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
            Emit(DiffSpanKind.Unchanged, dels[d], ins[n]);
            oldPosition = dels[d].End;
            newPosition = ins[n].End;
            d++;
            n++;
        }

        for (; d < dEnd; d++)
        {
            var segment = dels[d];
            var atom = Emit(DiffSpanKind.Deleted, segment.Start, segment.Length, newPosition, 0);
            oldPosition = segment.End;
            if (segment.Kind != SegmentKind.Whitespace)
            {
                Counter.Removed(level, oldText, segment);
                Candidates.Add(new MoveCandidate(atom, level, segment, IsDeletion: true));
            }
        }

        for (; n < nEnd; n++)
        {
            var segment = ins[n];
            var atom = Emit(DiffSpanKind.Inserted, oldPosition, 0, segment.Start, segment.Length);
            newPosition = segment.End;
            if (segment.Kind != SegmentKind.Whitespace)
            {
                Counter.Added(level, newText, segment);
                Candidates.Add(new MoveCandidate(atom, level, segment, IsDeletion: false));
            }
        }
    }

    private void Descend(UnitLevel level, Segment oldUnit, Segment newUnit)
    {
        Counter.Changed(level);
        var finest = options.Granularity switch
        {
            DiffGranularity.Paragraph => UnitLevel.Paragraph,
            DiffGranularity.Sentence => UnitLevel.Sentence,
            _ => UnitLevel.Word,
        };
        if (level >= finest)
        {
            Emit(DiffSpanKind.Deleted, oldUnit.Start, oldUnit.Length, newUnit.Start, 0);
            Emit(DiffSpanKind.Inserted, oldUnit.End, 0, newUnit.Start, newUnit.Length);
            return;
        }

        var next = level + 1;
        DiffUnits(next, Split(next, oldText, oldUnit), Split(next, newText, newUnit));
    }

    private void WordChange(UnitLevel level, Segment[] dels, Segment[] ins, int oldPosition, int newPosition)
    {
        var oldStart = dels.Length > 0 ? dels[0].Start : oldPosition;
        var oldEnd = dels.Length > 0 ? dels[^1].End : oldPosition;
        var newStart = ins.Length > 0 ? ins[0].Start : newPosition;
        var newEnd = ins.Length > 0 ? ins[^1].End : newPosition;
        if (level == UnitLevel.Character || options.Granularity != DiffGranularity.Character || dels.Length == 0 || ins.Length == 0)
        {
            Emit(DiffSpanKind.Deleted, oldStart, oldEnd - oldStart, newStart, 0);
            Emit(DiffSpanKind.Inserted, oldEnd, 0, newStart, newEnd - newStart);
            return;
        }

        var a = TextElements(oldText, oldStart, oldEnd);
        var b = TextElements(newText, newStart, newEnd);
        DiffUnits(UnitLevel.Character, a, b);
    }

    /// <summary>
    /// Joins edit blocks separated only by white space: an aligned paragraph break between two edits says nothing
    /// about which edited paragraph became which, and leaving it in place would keep a changed paragraph apart from
    /// its new version (then mistaken for a move).
    /// </summary>
    private static List<EditBlock> JoinAcrossWhitespace(IReadOnlyList<EditBlock> blocks, IReadOnlyList<Segment> a)
    {
        var joined = new List<EditBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (joined.Count > 0)
            {
                var last = joined[^1];
                var gapStart = last.OldStart + last.OldCount;
                var onlyWhitespace = true;
                for (var k = gapStart; k < block.OldStart && onlyWhitespace; k++)
                {
                    onlyWhitespace = a[k].Kind == SegmentKind.Whitespace;
                }

                if (onlyWhitespace)
                {
                    joined[^1] = new EditBlock(
                        last.OldStart,
                        block.OldStart + block.OldCount - last.OldStart,
                        last.NewStart,
                        block.NewStart + block.NewCount - last.NewStart);
                    continue;
                }
            }

            joined.Add(block);
        }

        return joined;
    }

    /// <summary>Pairs deleted and inserted units that are alike, keeping their order (each looks a few places ahead).</summary>
    private List<(int Deleted, int Inserted)> Pair(Segment[] dels, Segment[] ins)
    {
        var pairs = new List<(int, int)>();
        var content = ins.Count(s => s.Kind != SegmentKind.Whitespace);
        var oneToOne = dels.Count(s => s.Kind != SegmentKind.Whitespace) == 1 && content == 1;
        var threshold = oneToOne ? OneToOneThreshold : PairingThreshold;
        var newSets = new HashSet<int>?[ins.Length];
        var from = 0;
        for (var d = 0; d < dels.Length && from < ins.Length; d++)
        {
            if (dels[d].Kind == SegmentKind.Whitespace)
            {
                continue;
            }

            var oldSet = Similarity.WordSet(oldText, dels[d].Start, dels[d].Length);
            int best = -1, seen = 0;
            var bestScore = threshold;
            for (var n = from; n < ins.Length && seen < PairingWindow; n++)
            {
                if (ins[n].Kind == SegmentKind.Whitespace)
                {
                    continue;
                }

                seen++;
                newSets[n] ??= Similarity.WordSet(newText, ins[n].Start, ins[n].Length);
                var score = Similarity.Dice(oldSet, newSets[n]!);
                if (score >= bestScore && (best < 0 || score > bestScore))
                {
                    best = n;
                    bestScore = score;
                }
            }

            if (best >= 0)
            {
                pairs.Add((d, best));
                from = best + 1;
            }
        }

        return pairs;
    }

    private Atom Emit(DiffSpanKind kind, Segment oldSegment, Segment newSegment) =>
        Emit(kind, oldSegment.Start, oldSegment.Length, newSegment.Start, newSegment.Length);

    private Atom Emit(DiffSpanKind kind, int oldStart, int oldLength, int newStart, int newLength)
    {
        var atom = new Atom(kind, oldStart, oldLength, newStart, newLength);
        if (oldLength > 0 || newLength > 0)
        {
            Atoms.Add(atom);
        }

        return atom;
    }

    /// <summary>Cuts a paragraph into sentences, or a sentence into words (the levels below a paragraph).</summary>
    private static IReadOnlyList<Segment> Split(UnitLevel level, string text, Segment range) => level == UnitLevel.Sentence
        ? TextSegmenter.SplitSentences(text, range.Start, range.Length)
        : TextSegmenter.SplitWords(text, range.Start, range.Length);

    /// <summary>
    /// The paragraphs of a text. When white space is ignored, a single line break is white space too, so lines
    /// joined by one are one paragraph and re-wrapping a paragraph changes nothing.
    /// </summary>
    private IReadOnlyList<Segment> Paragraphs(string text)
    {
        var paragraphs = TextSegmenter.SplitParagraphs(text);
        if (!options.IgnoreWhitespace)
        {
            return paragraphs;
        }

        var joined = new List<Segment>(paragraphs.Count);
        for (var k = 0; k < paragraphs.Count; k++)
        {
            var segment = paragraphs[k];
            if (segment.Kind == SegmentKind.Whitespace
                && joined.Count > 0 && joined[^1].Kind == SegmentKind.Paragraph
                && k + 1 < paragraphs.Count && paragraphs[k + 1].Kind == SegmentKind.Paragraph
                && LineBreaks(text, segment) <= 1)
            {
                joined[^1] = joined[^1] with { Length = paragraphs[k + 1].End - joined[^1].Start };
                k++;
                continue;
            }

            joined.Add(segment);
        }

        return joined;
    }

    private static int LineBreaks(string text, Segment segment)
    {
        var count = 0;
        for (var i = segment.Start; i < segment.End; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == segment.End || text[i + 1] != '\n')) || text[i] is '\u2028' or '\u2029')
            {
                count++;
            }
        }

        return count;
    }

    private static Segment[] TextElements(string text, int start, int end)
    {
        var elements = new List<Segment>();
        for (var i = start; i < end;)
        {
            var length = Text.TextElements.LengthAt(text, i, end);
            elements.Add(new Segment(SegmentKind.Word, i, length));
            i += length;
        }

        return [.. elements];
    }

    private static Segment[] Slice(IReadOnlyList<Segment> segments, int start, int count)
    {
        var slice = new Segment[count];
        for (var k = 0; k < count; k++)
        {
            slice[k] = segments[start + k];
        }

        return slice;
    }

    private static int End(IReadOnlyList<Segment> segments, string text) => segments.Count > 0 ? segments[^1].End : 0;
}
