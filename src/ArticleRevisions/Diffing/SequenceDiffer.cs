using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DiffPlex;
using DiffPlex.Chunkers;

namespace ArticleRevisions.Diffing;

/// <summary>
/// The one place DiffPlex is called, with a bound on its cost. Everything outside sees only our own types, so an
/// upgrade of DiffPlex never reaches the public API.
/// </summary>
/// <remarks>
/// <para>
/// Every range is first trimmed of its common ends. A range small enough that the product of its two lengths is at
/// most <see cref="ExactLimit"/> is aligned exactly, by our own longest common subsequence: the one keeping the
/// greatest total weight of pieces (a word weighs more than any number of marks), with fixed rules for ties:
/// walking both sequences from the start, two equal pieces are kept; otherwise, when passing over either piece
/// loses nothing, the deletion comes first (so in a swap of two sentences the first is the one that moved, as a
/// reader, a word LCS and <c>diff</c> mark it), or, for words and marks, the piece chosen by its own key, so that a
/// revert aligns exactly as the mirror of its edit.
/// </para>
/// <para>
/// Larger ranges go to DiffPlex, whose Myers algorithm costs the product of the input length and the number of
/// differences, with no way to stop it. So DiffPlex only ever sees ranges of at most <see cref="DirectLimit"/>
/// pieces; beyond that a range is cut at anchors (pieces that occur exactly once on each side, in increasing order
/// on both: the patience method), and only where no anchor exists into aligned windows. Every path yields a valid
/// alignment, so results stay lossless; only large ranges are aligned by piece count rather than weight, and only
/// on pathological inputs (long runs of repeated pieces) may they be less than minimal.
/// </para>
/// </remarks>
internal static class SequenceDiffer
{
    /// <summary>The largest range, in pieces on both sides together, handed to DiffPlex whole.</summary>
    internal const int DirectLimit = 3000;

    /// <summary>The size of the windows a range without anchors is cut into, in pieces on both sides together.</summary>
    internal const int WindowSize = 1200;

    /// <summary>The largest range aligned exactly, as the product of its two lengths (one byte of working memory each).</summary>
    internal const int ExactLimit = 250_000;

    /// <summary>Diffs two sequences of keys (equal keys are equal pieces, every piece weighing the same), returning the edit blocks as index ranges.</summary>
    public static IReadOnlyList<EditBlock> Diff(IReadOnlyList<string> oldKeys, IReadOnlyList<string> newKeys) =>
        Diff(oldKeys, newKeys, null, null);

    /// <summary>Diffs two sequences of keys, keeping the pieces of greatest total weight where the range is aligned exactly.</summary>
    /// <param name="oldKeys">The old pieces' keys.</param>
    /// <param name="newKeys">The new pieces' keys.</param>
    /// <param name="oldWeights">The old pieces' weights (positive), or null for all 1.</param>
    /// <param name="newWeights">The new pieces' weights (positive), or null for all 1.</param>
    public static IReadOnlyList<EditBlock> Diff(IReadOnlyList<string> oldKeys, IReadOnlyList<string> newKeys, long[]? oldWeights, long[]? newWeights)
    {
        var names = new KeyCodes();
        var a = names.Encode(oldKeys);
        var b = names.Encode(newKeys);
        return Diff(a, 0, a.Length, b, 0, b.Length, oldWeights, newWeights);
    }

    /// <summary>Diffs the ranges [<paramref name="aLo"/>, <paramref name="aHi"/>) and [<paramref name="bLo"/>, <paramref name="bHi"/>) of two coded sequences.</summary>
    /// <param name="a">The old pieces, as codes: equal codes are equal pieces.</param>
    /// <param name="aLo">Where the old range starts.</param>
    /// <param name="aHi">Where the old range ends.</param>
    /// <param name="b">The new pieces, as codes.</param>
    /// <param name="bLo">Where the new range starts.</param>
    /// <param name="bHi">Where the new range ends.</param>
    /// <param name="aWeights">The old pieces' weights, or null for all 1.</param>
    /// <param name="bWeights">The new pieces' weights, or null for all 1.</param>
    /// <param name="names">
    /// The key of each code, to settle ties by the pieces themselves rather than by which sequence is old (so a
    /// revert aligns as the mirror of its edit); null to settle them by putting deletions first.
    /// </param>
    /// <returns>The edit blocks, with indexes into <paramref name="a"/> and <paramref name="b"/>.</returns>
    public static List<EditBlock> Diff(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, long[]? aWeights, long[]? bWeights, IReadOnlyList<string>? names = null)
    {
        var blocks = new List<EditBlock>();
        new Ranges(a, b, names, aWeights, bWeights, blocks).Diff(aLo, aHi, bLo, bHi);
        return blocks;
    }

    /// <summary>One diff's sequences and weights, and the blocks found so far.</summary>
    private sealed class Ranges(int[] a, int[] b, IReadOnlyList<string>? names, long[]? aWeights, long[]? bWeights, List<EditBlock> blocks)
    {
        private const byte Keep = 0;
        private const byte Delete = 1;
        private const byte Insert = 2;

        // Either step loses nothing: settled by Tie, only for the cells the walk passes through.
        private const byte Either = 3;

        public void Diff(int aLo, int aHi, int bLo, int bHi)
        {
            while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo])
            {
                aLo++;
                bLo++;
            }

            while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1])
            {
                aHi--;
                bHi--;
            }

            int n = aHi - aLo, m = bHi - bLo;
            if (n == 0 && m == 0)
            {
                return;
            }

            if (n == 0 || m == 0)
            {
                blocks.Add(new EditBlock(aLo, n, bLo, m));
                return;
            }

            if ((long)n * m <= ExactLimit)
            {
                Exact(aLo, aHi, bLo, bHi);
                return;
            }

            if (n + m <= DirectLimit)
            {
                DiffWithDiffPlex(a, aLo, aHi, b, bLo, bHi, blocks);
                return;
            }

            var anchors = FindAnchors(a, aLo, aHi, b, bLo, bHi);
            if (anchors.Count > 0)
            {
                int ai = aLo, bi = bLo;
                foreach (var (ax, bx) in anchors)
                {
                    Diff(ai, ax, bi, bx);
                    ai = ax + 1;
                    bi = bx + 1;
                }

                Diff(ai, aHi, bi, bHi);
                return;
            }

            if (!ShareAnyPiece(a, aLo, aHi, b, bLo, bHi))
            {
                blocks.Add(new EditBlock(aLo, n, bLo, m));
                return;
            }

            var windows = (n + m + WindowSize - 1) / WindowSize;
            for (var w = 0; w < windows; w++)
            {
                var wa0 = aLo + (int)((long)n * w / windows);
                var wa1 = aLo + (int)((long)n * (w + 1) / windows);
                var wb0 = bLo + (int)((long)m * w / windows);
                var wb1 = bLo + (int)((long)m * (w + 1) / windows);
                DiffWithDiffPlex(a, wa0, wa1, b, wb0, wb1, blocks);
            }
        }

        /// <summary>
        /// The exact alignment of a range: a table of the best weight each pair of suffixes can keep, filled from the
        /// ends, with the step the forward walk takes at each cell (keep, delete, insert), then that walk.
        /// </summary>
        private void Exact(int aLo, int aHi, int bLo, int bHi)
        {
            int n = aHi - aLo, m = bHi - bLo;
            var steps = ArrayPool<byte>.Shared.Rent(n * m);
            var below = ArrayPool<long>.Shared.Rent(m + 1);
            var row = ArrayPool<long>.Shared.Rent(m + 1);
            var ones = bWeights is null ? ArrayPool<long>.Shared.Rent(m) : null;
            try
            {
                // The inner loop reads spans of the new side and its weights (all 1 when there are none).
                ReadOnlySpan<int> bs = b.AsSpan(bLo, m);
                ReadOnlySpan<long> bw = ones is null ? bWeights.AsSpan(bLo, m) : ones.AsSpan(0, m);
                if (ones is not null)
                {
                    ones.AsSpan(0, m).Fill(1);
                }

                Span<long> next = below.AsSpan(0, m + 1);
                Span<long> current = row.AsSpan(0, m + 1);
                next.Clear();
                for (var x = n - 1; x >= 0; x--)
                {
                    current[m] = 0;
                    var ax = a[aLo + x];
                    var wx = aWeights is null ? 1 : aWeights[aLo + x];
                    var stepRow = steps.AsSpan(x * m, m);
                    Row(ax, wx, bs, bw, next, current[..m], stepRow);

                    var swap = next;
                    next = current;
                    current = swap;
                }

                int i = 0, j = 0, startI = -1, startJ = -1;
                while (i < n || j < m)
                {
                    var step = i == n ? Insert : j == m ? Delete : steps[i * m + j];
                    if (step == Either)
                    {
                        step = Tie(a[aLo + i], aWeights is null ? 1 : aWeights[aLo + i], b[bLo + j], bWeights is null ? 1 : bWeights[bLo + j]);
                    }

                    if (step == Keep)
                    {
                        if (startI >= 0)
                        {
                            blocks.Add(new EditBlock(aLo + startI, i - startI, bLo + startJ, j - startJ));
                            startI = -1;
                        }

                        i++;
                        j++;
                        continue;
                    }

                    if (startI < 0)
                    {
                        (startI, startJ) = (i, j);
                    }

                    if (step == Delete)
                    {
                        i++;
                    }
                    else
                    {
                        j++;
                    }
                }

                if (startI >= 0)
                {
                    blocks.Add(new EditBlock(aLo + startI, n - startI, bLo + startJ, m - startJ));
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(steps);
                ArrayPool<long>.Shared.Return(below);
                ArrayPool<long>.Shared.Return(row);
                if (ones is not null)
                {
                    ArrayPool<long>.Shared.Return(ones);
                }
            }
        }

        /// <summary>Fills one row of the table: the best weight of each cell and the step the walk takes there.</summary>
        /// <remarks>
        /// Going left along the row, the cell to the right (insert) and the one below it (diagonal) are the values
        /// just computed and just read, so each cell reads one value from memory. The loop runs over references into
        /// spans whose lengths were checked once here, so it holds its state in registers.
        /// </remarks>
        private static void Row(int ax, long wx, ReadOnlySpan<int> bs, ReadOnlySpan<long> bw, Span<long> next, Span<long> current, Span<byte> stepRow)
        {
            var m = stepRow.Length;
            if (bs.Length < m || bw.Length < m || next.Length < m || current.Length < m)
            {
                throw new ArgumentException("A row's spans are shorter than the row.", nameof(stepRow));
            }

            ref var b = ref MemoryMarshal.GetReference(bs);
            ref var weights = ref MemoryMarshal.GetReference(bw);
            ref var below = ref MemoryMarshal.GetReference(next);
            ref var row = ref MemoryMarshal.GetReference(current);
            ref var steps = ref MemoryMarshal.GetReference(stepRow);
            long insert = 0, diagonal = 0;
            for (nint y = m - 1; y >= 0; y--)
            {
                var delete = Unsafe.Add(ref below, y);
                var best = Math.Max(delete, insert);
                var step = (byte)(Either - (delete > insert ? 2 : 0) - (insert > delete ? 1 : 0));
                if (ax == Unsafe.Add(ref b, y))
                {
                    var keep = diagonal + wx + Unsafe.Add(ref weights, y);
                    if (keep >= best)
                    {
                        best = keep;
                        step = Keep;
                    }
                }

                Unsafe.Add(ref row, y) = best;
                Unsafe.Add(ref steps, y) = step;
                insert = best;
                diagonal = delete;
            }
        }

        /// <summary>
        /// Which of two different pieces to pass over first when passing over either loses nothing: by default the
        /// old one (a deletion before an insertion); with names, the lighter one, then the one whose key sorts
        /// last, a rule that looks only at the pieces and so gives the mirror alignment when old and new swap.
        /// </summary>
        private byte Tie(int old, long oldWeight, int @new, long newWeight)
        {
            if (names is null)
            {
                return Delete;
            }

            if (oldWeight != newWeight)
            {
                return oldWeight < newWeight ? Delete : Insert;
            }

            return string.CompareOrdinal(names[old], names[@new]) > 0 ? Delete : Insert;
        }
    }

    /// <summary>The patience anchors: pieces unique on both sides, kept where their order agrees (longest increasing run).</summary>
    private static List<(int A, int B)> FindAnchors(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi)
    {
        // Sized for every old piece at once: grown step by step, its old arrays were about 1 MiB of garbage in the
        // large-object heap at 10 MB. A dictionary without removals lists its entries in the order they were added.
        var counts = new Dictionary<int, (int CountA, int PosA, int CountB, int PosB)>(aHi - aLo);
        for (var i = aLo; i < aHi; i++)
        {
            counts.TryGetValue(a[i], out var c);
            counts[a[i]] = (c.CountA + 1, i, c.CountB, c.PosB);
        }

        for (var j = bLo; j < bHi; j++)
        {
            if (counts.TryGetValue(b[j], out var c))
            {
                counts[b[j]] = (c.CountA, c.PosA, c.CountB + 1, j);
            }
        }

        var unique = counts.Values.Where(c => c.CountA == 1 && c.CountB == 1).Select(c => (c.PosA, c.PosB)).OrderBy(p => p.PosA).ToArray();
        return LongestIncreasing(unique);
    }

    private static List<(int A, int B)> LongestIncreasing((int A, int B)[] pairs)
    {
        var tails = new List<int>();
        var previous = new int[pairs.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (pairs[tails[mid]].B < pairs[i].B)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[lo] = i;
            }
        }

        var result = new List<(int A, int B)>(tails.Count);
        for (var k = tails.Count == 0 ? -1 : tails[^1]; k >= 0; k = previous[k])
        {
            result.Add(pairs[k]);
        }

        result.Reverse();
        return result;
    }

    private static bool ShareAnyPiece(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi)
    {
        var seen = new HashSet<int>();
        for (var i = aLo; i < aHi; i++)
        {
            seen.Add(a[i]);
        }

        for (var j = bLo; j < bHi; j++)
        {
            if (seen.Contains(b[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static void DiffWithDiffPlex(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, List<EditBlock> blocks)
    {
        if (aHi == aLo || bHi == bLo)
        {
            if (aHi > aLo || bHi > bLo)
            {
                blocks.Add(new EditBlock(aLo, aHi - aLo, bLo, bHi - bLo));
            }

            return;
        }

        // DiffPlex diffs strings cut by a chunker; ours hands it the pieces of each side directly.
        const string OldMarker = "old";
        const string NewMarker = "new";
        var oldPieces = Pieces(a, aLo, aHi);
        var newPieces = Pieces(b, bLo, bHi);
        var chunker = new CustomFunctionChunker(s => ReferenceEquals(s, OldMarker) ? oldPieces : newPieces);
        var result = Differ.Instance.CreateDiffs(OldMarker, NewMarker, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        foreach (var block in result.DiffBlocks)
        {
            blocks.Add(new EditBlock(aLo + block.DeleteStartA, block.DeleteCountA, bLo + block.InsertStartB, block.InsertCountB));
        }
    }

    private static string[] Pieces(int[] codes, int lo, int hi)
    {
        var pieces = new string[hi - lo];
        for (var i = lo; i < hi; i++)
        {
            pieces[i - lo] = PieceName(codes[i]);
        }

        return pieces;
    }

    private static string PieceName(int code) =>
        code < CachedNames.Length ? CachedNames[code] : code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] CachedNames = Enumerable.Range(0, 4096).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
