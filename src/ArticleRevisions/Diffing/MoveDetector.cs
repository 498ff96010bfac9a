using System.Collections.Immutable;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>
/// Finds sentences and paragraphs deleted in one place and inserted in another, identical or nearly so, and turns
/// each such pair into the two ends of a move; a nearly identical move carries its inner edits.
/// </summary>
internal static class MoveDetector
{
    internal const int MinimumWords = 4;
    internal const double NearThreshold = 0.75;
    private const int NearCandidateLimit = 400;

    /// <summary>Returns the engine's findings with moves marked: the atoms of both ends changed, the counts moved.</summary>
    public static EngineOutput Apply(EngineOutput found, string oldText, string newText, DiffOptions options)
    {
        // Copied only when a move is found: most comparisons have none.
        ImmutableArray<Atom>.Builder? atoms = null;
        var counts = found.Counts;
        var keys = options.Keys;
        var moveId = 0;
        int[]? keptBefore = null;
        KeyCodes? keyCodes = null;
        for (var level = UnitLevel.Paragraph; level <= UnitLevel.Sentence; level++)
        {
            var deletions = Big(found.Candidates, level, isDeletion: true, oldText);
            var insertions = Big(found.Candidates, level, isDeletion: false, newText);
            if (deletions.Count == 0 || insertions.Count == 0)
            {
                continue;
            }

            // An exact move is a text deleted once and inserted once. Text that recurs (a repeated line, a stock
            // phrase) proves nothing about where any one copy went, so it is left as deleted and inserted. Texts are
            // known by the codes of their keys (equal codes, equal keys), so no key is made as a string; codes are
            // given from 0 up as keys are first seen, so they index arrays.
            var deletionKeys = Codes(deletions, oldText, keys, keyCodes ??= new KeyCodes());
            var insertionKeys = Codes(insertions, newText, keys, keyCodes);
            var codeCount = Math.Max(Max(deletionKeys), Max(insertionKeys)) + 1;
            var deletedTimes = Times(deletionKeys, codeCount);
            var insertedTimes = Times(insertionKeys, codeCount);
            var insertedAt = new int[codeCount];
            for (var k = 0; k < insertions.Count; k++)
            {
                insertedAt[insertionKeys[k]] = k;
            }

            var matched = new bool[insertions.Count];
            var unmatched = new List<MoveCandidate>();
            for (var k = 0; k < deletions.Count; k++)
            {
                var key = deletionKeys[k];
                if (deletedTimes[key] != 1)
                {
                    continue;
                }

                if (insertedTimes[key] == 1 && insertedAt[key] is var at && Crossed(deletions[k], insertions[at]))
                {
                    matched[at] = true;
                    Link(deletions[k], insertions[at], ++moveId, inner: false);
                }
                else
                {
                    unmatched.Add(deletions[k]);
                }
            }

            var left = new List<MoveCandidate>();
            for (var k = 0; k < insertions.Count; k++)
            {
                if (!matched[k] && insertedTimes[insertionKeys[k]] == 1)
                {
                    left.Add(insertions[k]);
                }
            }

            insertions = left;
            if (unmatched.Count > NearCandidateLimit || insertions.Count > NearCandidateLimit)
            {
                continue;
            }

            // Near moves are paired most alike first, so the pairs do not depend on which text is old: among equally
            // alike pairs, the one whose ends stand later in their texts together (a sum the same both ways) first.
            var insertionSets = new int[insertions.Count][];
            for (var k = 0; k < insertions.Count; k++)
            {
                insertionSets[k] = Similarity.WordSet(newText, insertions[k].Segment.Start, insertions[k].Segment.Length);
            }

            var pairs = new List<(double Score, int Position, int Deletion, int Insertion)>();
            for (var d = 0; d < unmatched.Count; d++)
            {
                var deletion = unmatched[d];
                var set = Similarity.WordSet(oldText, deletion.Segment.Start, deletion.Segment.Length);
                for (var k = 0; k < insertions.Count; k++)
                {
                    var score = Similarity.Dice(set, insertionSets[k]);
                    if (score >= NearThreshold && Crossed(deletion, insertions[k]))
                    {
                        pairs.Add((score, deletion.Segment.Start + insertions[k].Segment.Start, d, k));
                    }
                }
            }

            // Two pairs with one end in common and the same sum are the same pair, so no other tie needs settling.
            pairs.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : y.Position.CompareTo(x.Position));
            var partner = new int[unmatched.Count];
            Array.Fill(partner, -1);
            var insertionUsed = new bool[insertions.Count];
            foreach (var (_, _, d, k) in pairs)
            {
                if (partner[d] < 0 && !insertionUsed[k])
                {
                    (partner[d], insertionUsed[k]) = (k, true);
                }
            }

            // Numbered in the order of the deleted ends, as the exact moves are.
            for (var d = 0; d < unmatched.Count; d++)
            {
                if (partner[d] >= 0)
                {
                    Link(unmatched[d], insertions[partner[d]], ++moveId, inner: true);
                }
            }
        }

        return atoms is null ? found : found with { Atoms = atoms.ToImmutable(), Counts = counts };

        // A move is text that crossed other kept text: with nothing kept between where it left and where it
        // arrived, a deletion beside an insertion is an edit in place, however alike the two are.
        bool Crossed(MoveCandidate from, MoveCandidate to)
        {
            keptBefore ??= KeptBefore(found.Atoms, oldText);
            var (first, last) = from.AtomIndex < to.AtomIndex ? (from.AtomIndex, to.AtomIndex) : (to.AtomIndex, from.AtomIndex);
            return keptBefore[last] - keptBefore[first + 1] > 0;
        }

        void Link(MoveCandidate from, MoveCandidate to, int id, bool inner)
        {
            atoms ??= found.Atoms.ToBuilder();
            atoms[from.AtomIndex] = atoms[from.AtomIndex] with { Kind = DiffSpanKind.MovedFrom, MoveId = id };
            var edits = inner ? InnerEdits(from, to, oldText, newText, options) : default;
            atoms[to.AtomIndex] = atoms[to.AtomIndex] with { Kind = DiffSpanKind.MovedTo, MoveId = id, Inner = edits };
            counts = UnitCounts.Moved(counts, from.Level, oldText, from.Segment, newText, to.Segment);
        }
    }

    /// <summary>The edits inside a near move, found by a walk of their own so the move's counts stay apart.</summary>
    private static ImmutableArray<DiffSpan> InnerEdits(MoveCandidate from, MoveCandidate to, string oldText, string newText, DiffOptions options)
    {
        var innerOptions = options with { DetectMoves = false };
        var found = DiffEngine.Run(oldText, newText, innerOptions, from.Level + 1, from.Segment, to.Segment);
        return SpanFinisher.Finish(found.Atoms, oldText, newText, innerOptions);
    }

    /// <summary>For each atom index, how many unchanged atoms holding more than white space come before it.</summary>
    private static int[] KeptBefore(ImmutableArray<Atom> atoms, string oldText)
    {
        var kept = new int[atoms.Length + 1];
        for (var k = 0; k < atoms.Length; k++)
        {
            var atom = atoms[k];
            kept[k + 1] = kept[k] + (atom.Kind == DiffSpanKind.Unchanged && !oldText.AsSpan(atom.OldStart, atom.OldLength).IsWhiteSpace() ? 1 : 0);
        }

        return kept;
    }

    private static int[] Codes(List<MoveCandidate> candidates, string text, KeyNormalizer keys, KeyCodes codes)
    {
        var result = new int[candidates.Count];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = codes.Code(text, candidates[k].Segment.Start, candidates[k].Segment.Length, keys);
        }

        return result;
    }

    private static int Max(int[] codes)
    {
        var max = -1;
        foreach (var code in codes)
        {
            max = Math.Max(max, code);
        }

        return max;
    }

    /// <summary>How many times each code occurs, up to 2 (more is as good as 2: not once).</summary>
    private static byte[] Times(int[] codes, int codeCount)
    {
        var times = new byte[codeCount];
        foreach (var code in codes)
        {
            times[code] = (byte)Math.Min(2, times[code] + 1);
        }

        return times;
    }

    /// <summary>The candidates at <paramref name="level"/> of one kind that hold at least <see cref="MinimumWords"/> words, in order.</summary>
    private static List<MoveCandidate> Big(ImmutableArray<MoveCandidate> candidates, UnitLevel level, bool isDeletion, string text)
    {
        // Sized first: a rewrite has thousands of candidates, and a list grown by doubling copies them all again.
        var count = 0;
        foreach (var candidate in candidates)
        {
            count += candidate.Level == level && candidate.IsDeletion == isDeletion ? 1 : 0;
        }

        var big = new List<MoveCandidate>(count);
        foreach (var candidate in candidates)
        {
            if (candidate.Level == level && candidate.IsDeletion == isDeletion && HasWords(text, candidate.Segment, MinimumWords))
            {
                big.Add(candidate);
            }
        }

        return big;
    }

    /// <summary>Tells whether a stretch holds at least <paramref name="minimum"/> words, reading no further than the word that makes them enough.</summary>
    private static bool HasWords(string text, Segment segment, int minimum)
    {
        var count = 0;
        for (int position = segment.Start, end = segment.End; position < end && count < minimum;)
        {
            position = WordScanner.TokenEnd(text, position, end, out var kind);
            count += kind == SegmentKind.Word ? 1 : 0;
        }

        return count >= minimum;
    }
}
