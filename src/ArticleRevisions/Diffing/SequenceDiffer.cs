using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
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
/// revert aligns exactly as the mirror of its edit. Where the edits are few, only a band of the table around the
/// cheapest alignments is filled, with a certificate that the walk through it is the whole table's, step for step and
/// tie for tie; so the cost follows the edits rather than the product of the lengths (<c>Ranges.Banded</c>).
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

    /// <summary>The smallest exact range, as the product of its two lengths, worth trying to fill only in a band.</summary>
    internal const int BandFloor = 1024;

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
    public static List<EditBlock> Diff(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, long[]? aWeights, long[]? bWeights, IReadOnlyList<string>? names = null) =>
        Diff(a, aLo, aHi, b, bLo, bHi, aWeights, bWeights, names, BandFloor, null);

    /// <summary>
    /// Diffs two ranges as <see cref="Diff(int[], int, int, int[], int, int, long[], long[], IReadOnlyList{string})"/>
    /// does, with the smallest exact range (as the product of its lengths) that may be banded given, and each exact
    /// range's path recorded: 0 for the whole table (or none, when the ranges share no piece), 1 for a band certified
    /// at its first budget, 2 at its second.
    /// </summary>
    /// <remarks>With <paramref name="bandFloor"/> above <see cref="ExactLimit"/> no exact range is banded: the reference the band is tested against.</remarks>
    internal static List<EditBlock> Diff(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, long[]? aWeights, long[]? bWeights, IReadOnlyList<string>? names, long bandFloor, List<int>? exactPaths)
    {
        var blocks = new List<EditBlock>();
        new Ranges(a, b, names, aWeights, bWeights, blocks, bandFloor, exactPaths).Diff(aLo, aHi, bLo, bHi);
        return blocks;
    }

    /// <summary>One diff's sequences and weights, and the blocks found so far.</summary>
    private sealed class Ranges(int[] a, int[] b, IReadOnlyList<string>? names, long[]? aWeights, long[]? bWeights, List<EditBlock> blocks, long bandFloor, List<int>? tally)
    {
        // A band over half the table is not tried: the whole table costs little more and needs no certificate.
        private const long NotTried = long.MaxValue;

        // The steps other than keep are 2 plus the sign of what deleting gains over inserting (see FillRow).
        private const byte Keep = 0;
        private const byte Insert = 1;

        // Either step loses nothing: settled by Tie, only for the cells the walk passes through.
        private const byte Either = 2;
        private const byte Delete = 3;

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

            if (!ShareAnyPiece(a.AsSpan(aLo, n), b.AsSpan(bLo, m)))
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
        /// ends, with the step the forward walk takes at each cell (keep, delete, insert), then that walk. Where it pays
        /// and is proven to give the same walk, only a band of the table is filled (<see cref="Banded"/>); otherwise all of it.
        /// </summary>
        private void Exact(int aLo, int aHi, int bLo, int bHi)
        {
            int n = aHi - aLo, m = bHi - bLo;
            if (!ShareAnyPiece(a.AsSpan(aLo, n), b.AsSpan(bLo, m)))
            {
                // Most small ranges left between kept sentences: no step of the table's walk keeps, so its one block is all.
                tally?.Add(0);
                blocks.Add(new EditBlock(aLo, n, bLo, m));
                return;
            }

            var scratch = Scratch.ForThread;
            var aw = aWeights is null ? scratch.Ones(n) : aWeights.AsSpan(aLo, n);
            var bw = bWeights is null ? scratch.Ones(m) : bWeights.AsSpan(bLo, m);
            if ((long)n * m >= bandFloor && KeepsPairEqualWeights(aLo, bLo, aw, bw, scratch))
            {
                long totalA = Total(aw), totalB = Total(bw);
                var budget = Math.Abs(totalA - totalB) + InitialSlack(totalA + totalB, n + m);
                var unkept = Banded(aLo, bLo, aw, bw, totalA, totalB, budget, scratch);
                if (unkept <= budget)
                {
                    tally?.Add(1);
                    return;
                }

                // The banded optimum is a real alignment, so the optimum leaves at most as much: a band of that
                // budget holds every optimal path, and the second walk is certified unless the band was too wide to try.
                if (unkept != NotTried && Banded(aLo, bLo, aw, bw, totalA, totalB, unkept, scratch) <= unkept)
                {
                    tally?.Add(2);
                    return;
                }
            }

            tally?.Add(0);
            var (starts, offsets) = (scratch.Starts(n), scratch.Offsets(n + 1));
            for (var x = 0; x <= n; x++)
            {
                offsets[x] = x * m;
            }

            starts.AsSpan(0, n).Clear();
            var steps = scratch.Steps(n * m);
            Fill(aLo, bLo, aw, bw, starts, offsets, steps, scratch);
            Walk(aLo, n, bLo, m, starts, offsets, steps);
        }

        /// <summary>
        /// Aligns a range by filling only the band of cells whose lower bound on the weight left unkept is within
        /// <paramref name="budget"/>, and walks it when its optimum proves that every optimal path lies inside.
        /// </summary>
        /// <returns>
        /// The weight the band's optimum leaves unkept (its blocks were added when that is at most
        /// <paramref name="budget"/>), or <see cref="NotTried"/> when the band is over half the table.
        /// </returns>
        /// <remarks>
        /// <para>
        /// The table holds V(x, y), the most weight the suffixes from old piece x and new piece y can keep; a kept pair
        /// counts both its pieces' weights. Write A(x), B(y) for the weight of the old and new pieces before x and y,
        /// A, B for the totals, and C = A + B − V(0, 0) for the weight the optimum leaves unkept. Every pair kept pairs
        /// two pieces of one code, and <see cref="KeepsPairEqualWeights"/> has checked that these weigh the same, so a
        /// path through cell (x, y) keeps at most 2·min(A(x), B(y)) before it and 2·min(A − A(x), B − B(y)) after it,
        /// and leaves at least L(x, y) = |A(x) − B(y)| + |(A − A(x)) − (B − B(y))| = max(|A − B|, |α(x) − β(y)|)
        /// unkept, with α(x) = 2·A(x) − A and β(y) = 2·B(y) − B. The band of budget K ≥ |A − B| is the cells with
        /// |α(x) − β(y)| ≤ K: in each row one run of columns (β grows with y), moving right as x grows
        /// (<see cref="Band"/>). Cells on the edges (x = n or y = m) are outside every row's run and keep their true
        /// value, 0.
        /// </para>
        /// <para>
        /// The band is filled with the full table's own recurrence (<see cref="FillRow"/>), reading for a cell outside the
        /// band whatever its position in the two row buffers holds: 0, or the filled value of the same column in a
        /// lower row, x' > x. By induction each such value is at most the true value of a real path's suffix and
        /// V(x', y) ≤ V(x, y) (delete the pieces between), so every value the band computes, F(x, y), is the weight
        /// kept by a real path from (x, y) and F ≤ V everywhere. So U = A + B − F(0, 0) ≥ C, the cost of a real
        /// alignment. If U ≤ K then C ≤ K, and every cell of every optimal path has L ≤ C ≤ K: the optimal paths lie
        /// in the band, and along each of them, from its end back, F = V.
        /// </para>
        /// <para>
        /// Then the walk is the same. Suppose it has reached cell (i, j) as the full table's walk did, on an optimal
        /// path, with i &lt; n and j &lt; m (on an edge the walk takes no step from the table). Each neighbour it may
        /// step to (delete: (i + 1, j); insert: (i, j + 1); keep, when the codes match: (i + 1, j + 1) plus both
        /// weights) either attains V(i, j), and then continues an optimal path, so its F equals its V; or it falls
        /// short, and its F ≤ V stays strictly below V(i, j), which one of the others attains. So the keep test
        /// (keep ≥ the better of delete and insert) holds exactly when it holds in the full table; otherwise delete
        /// and insert compare the same way, and when they tie (Either) both hold their true values and
        /// <see cref="Tie"/> settles it by the pieces alone, with or without names. If U > K, a second band with
        /// K = U holds every optimal path, since C ≤ U; it is tried when under half the table, or the whole table is
        /// filled. Weights enter only through L, so ranges of marks alone, or without weights, are banded alike.
        /// </para>
        /// </remarks>
        private long Banded(int aLo, int bLo, ReadOnlySpan<long> aw, ReadOnlySpan<long> bw, long totalA, long totalB, long budget, Scratch scratch)
        {
            int n = aw.Length, m = bw.Length;
            var (starts, offsets) = (scratch.Starts(n), scratch.Offsets(n + 1));
            var size = Band(aw, bw, totalA, totalB, budget, starts, offsets);
            if (size > (long)n * m / 2)
            {
                return NotTried;
            }

            var steps = scratch.Steps(size);
            var unkept = totalA + totalB - Fill(aLo, bLo, aw, bw, starts, offsets, steps, scratch);
            if (unkept <= budget)
            {
                Walk(aLo, n, bLo, m, starts, offsets, steps);
            }

            return unkept;
        }

        /// <summary>
        /// Finds, for each row x, the run of columns y &lt; m with |α(x) − β(y)| ≤ <paramref name="budget"/>
        /// (<see cref="Banded"/>): it starts at <paramref name="starts"/>[x] and is stored from
        /// <paramref name="offsets"/>[x] to <paramref name="offsets"/>[x + 1].
        /// </summary>
        /// <returns>The number of cells in the band.</returns>
        private static int Band(ReadOnlySpan<long> aw, ReadOnlySpan<long> bw, long totalA, long totalB, long budget, int[] starts, int[] offsets)
        {
            long alpha = -totalA, betaLo = -totalB, betaHi = -totalB;
            int lo = 0, hi = 0, size = 0;
            for (var x = 0; x < aw.Length; x++)
            {
                while (lo < bw.Length && betaLo < alpha - budget)
                {
                    betaLo += 2 * bw[lo];
                    lo++;
                }

                while (hi < bw.Length && betaHi <= alpha + budget)
                {
                    betaHi += 2 * bw[hi];
                    hi++;
                }

                starts[x] = lo;
                offsets[x] = size;
                size += hi - lo;
                alpha += 2 * aw[x];
            }

            offsets[aw.Length] = size;
            return size;
        }

        /// <summary>
        /// Fills the table's cells from the last row up, storing the steps: in row x, the columns from
        /// <paramref name="starts"/>[x], whose steps lie from <paramref name="offsets"/>[x] to <paramref name="offsets"/>[x + 1].
        /// Outside the cells, a row reads what its buffer holds (<see cref="Banded"/> says why that is safe).
        /// </summary>
        /// <returns>The most weight the whole range can keep, as far as the filled cells know.</returns>
        /// <remarks>
        /// Going left along a row, the cell to the right (insert) and the one below it (diagonal) are the values just
        /// computed and just read, so each cell reads one value from memory; the row's first cell reads them from the
        /// buffers' column just past the row's cells. Column m, past the new side's end, stays 0 in both buffers:
        /// nothing more can be kept there. A row's loop runs over references, its run checked against the arrays once,
        /// so it checks no bounds and does not branch on delete against insert (<see cref="FillRow"/>).
        /// </remarks>
        private long Fill(int aLo, int bLo, ReadOnlySpan<long> aw, ReadOnlySpan<long> bw, int[] starts, int[] offsets, byte[] steps, Scratch scratch)
        {
            int n = aw.Length, m = bw.Length;
            var rows = scratch.Rows(m + 1);
            ref var codes = ref MemoryMarshal.GetReference(b.AsSpan(bLo, m));
            ref var weights = ref MemoryMarshal.GetReference(bw);
            ref var below = ref MemoryMarshal.GetReference(rows);
            ref var row = ref Unsafe.Add(ref below, m + 1);
            for (var x = n - 1; x >= 0; x--)
            {
                int start = starts[x], offset = offsets[x], width = offsets[x + 1] - offset;
                if (width > 0)
                {
                    if (start < 0 || width > m - start || offset < 0 || width > steps.Length - offset)
                    {
                        ThrowOutside(x);
                    }

                    FillRow(a[aLo + x], aw[x], ref Unsafe.Add(ref codes, start), ref Unsafe.Add(ref weights, start), ref Unsafe.Add(ref below, start), ref Unsafe.Add(ref row, start), ref steps[offset], width);
                }

                ref var swap = ref below;
                below = ref row;
                row = ref swap;
            }

            return below;
        }

        [DoesNotReturn]
        private static void ThrowOutside(int x) => throw new InvalidOperationException($"Row {x} of an exact alignment's band lies outside its table.");

        /// <summary>Fills the <paramref name="width"/> cells of one row from its references (<see cref="Fill"/>), going left.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void FillRow(int ax, long wx, ref int codes, ref long weights, ref long below, ref long row, ref byte steps, int width)
        {
            long insert = Unsafe.Add(ref row, width), diagonal = Unsafe.Add(ref below, width);
            for (nint y = width - 1; y >= 0; y--)
            {
                // Without branches: the better of delete and insert, and the step to it (the values are sums of
                // weights, far from overflowing).
                var delete = Unsafe.Add(ref below, y);
                var gain = delete - insert;
                var worse = gain >> 63;
                var best = insert + (gain & ~worse);
                var step = Either + (int)worse + (int)((ulong)-gain >> 63);
                if (ax == Unsafe.Add(ref codes, y))
                {
                    var keep = diagonal + wx + Unsafe.Add(ref weights, y);
                    if (keep >= best)
                    {
                        best = keep;
                        step = Keep;
                    }
                }

                Unsafe.Add(ref row, y) = best;
                Unsafe.Add(ref steps, y) = (byte)step;
                insert = best;
                diagonal = delete;
            }
        }

        /// <summary>Walks the filled table from the start, adding the blocks between the kept pairs.</summary>
        /// <exception cref="InvalidOperationException">The walk reached a cell not filled: it left the band, which the proof rules out.</exception>
        private void Walk(int aLo, int n, int bLo, int m, int[] starts, int[] offsets, byte[] steps)
        {
            int i = 0, j = 0, startI = -1, startJ = -1;
            while (i < n && j < m)
            {
                var k = j - starts[i];
                if ((uint)k >= (uint)(offsets[i + 1] - offsets[i]))
                {
                    throw new InvalidOperationException($"The exact alignment's walk left its band at ({i}, {j}).");
                }

                var step = steps[offsets[i] + k];
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

            // Past either side's end the walk only passes over pieces, to the table's corner.
            if (startI < 0 && (i < n || j < m))
            {
                (startI, startJ) = (i, j);
            }

            if (startI >= 0)
            {
                blocks.Add(new EditBlock(aLo + startI, n - startI, bLo + startJ, m - startJ));
            }
        }

        /// <summary>
        /// Tells whether any two pieces of one code, one on each side of the range, weigh the same, which the band's
        /// lower bound needs (<see cref="Banded"/>). Normally a code's weight follows from its key, but not always:
        /// with typography normalised a lone modifier apostrophe (a word) and a plain one (a mark) share a key.
        /// </summary>
        private bool KeepsPairEqualWeights(int aLo, int bLo, ReadOnlySpan<long> aw, ReadOnlySpan<long> bw, Scratch scratch)
        {
            if (aWeights is null && bWeights is null)
            {
                return true;
            }

            // An open-addressed table from code to its weight on the old side (-1: weights differ), its slots empty
            // where they do not hold this call's stamp.
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)(2 * aw.Length));
            var shift = 32 - BitOperations.Log2((uint)size);
            var slots = scratch.Slots(size, out var stamp);
            var codes = a.AsSpan(aLo, aw.Length);
            for (var i = 0; i < codes.Length; i++)
            {
                var w = aw[i];
                ref var slot = ref Slot(codes[i], shift, slots, stamp);
                if (slot.Stamp != stamp)
                {
                    slot = (codes[i], stamp, w);
                }
                else if (slot.Weight != w)
                {
                    slot.Weight = -1;
                }
            }

            codes = b.AsSpan(bLo, bw.Length);
            for (var j = 0; j < codes.Length; j++)
            {
                ref var slot = ref Slot(codes[j], shift, slots, stamp);
                if (slot.Stamp == stamp && slot.Weight != bw[j])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The slot of <paramref name="code"/> in <see cref="KeepsPairEqualWeights"/>' table: where it is, or the empty slot where it would go.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ref (int Code, int Stamp, long Weight) Slot(int code, int shift, Span<(int Code, int Stamp, long Weight)> slots, int stamp)
        {
            var k = (int)(((uint)code * 2654435769u) >> shift);
            while (slots[k].Stamp == stamp && slots[k].Code != code)
            {
                k = (k + 1) & (slots.Length - 1);
            }

            return ref slots[k];
        }

        private static long Total(ReadOnlySpan<long> weights)
        {
            long total = 0;
            foreach (var w in weights)
            {
                total += w;
            }

            return total;
        }

        /// <summary>The budget's first margin over |A − B|: room for four pieces of average weight to go unkept on each side.</summary>
        /// <remarks>
        /// Counted in cells filled on the word diffs of the 1 MB and 10 MB pairs (1% edited), margins of 3, 4, 6 and 8
        /// pieces filled 0.45, 0.46, 0.54, 0.64 M and 4.9, 5.1, 5.8, 7.0 M cells (the whole tables: 6.2 M and 70.8 M),
        /// a second band being needed for 98, 43, 8, 0 and 982, 452, 84, 16 of the ranges.
        /// </remarks>
        private static long InitialSlack(long total, int count) => 2 * 4 * Math.Max(1, total / count);

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

            // The walk's table of keys compares its keys where they lie, making no string.
            var order = names is KeyCodes.NameList keys ? keys.CompareOrdinal(old, @new) : string.CompareOrdinal(names[old], names[@new]);
            return order > 0 ? Delete : Insert;
        }

        /// <summary>
        /// The working arrays of one thread's exact alignments, kept from range to range: a word diff aligns a few
        /// hundred pieces at a time, thousands of times, and taking them from the shared pool each time cost more
        /// than most of its small tables. Arrays longer than a range of that size are made for the one range and not
        /// kept, except the steps, whose largest table (<see cref="ExactLimit"/> bytes) the pool kept as well.
        /// </summary>
        private sealed class Scratch
        {
            private const int KeptLength = 1 << 13;

            [ThreadStatic]
            private static Scratch? forThread;

            private int[] starts = [];
            private int[] offsets = [];
            private long[] rows = [];
            private long[] ones = [];
            private byte[] steps = [];
            private (int Code, int Stamp, long Weight)[] slots = [];
            private int stamp;

            /// <summary>The calling thread's arrays.</summary>
            public static Scratch ForThread => forThread ??= new Scratch();

            /// <summary>An array of at least <paramref name="length"/> entries for the rows' first columns, holding anything.</summary>
            public int[] Starts(int length) => Room(ref starts, length, KeptLength);

            /// <summary>An array of at least <paramref name="length"/> entries for the rows' offsets, holding anything.</summary>
            public int[] Offsets(int length) => Room(ref offsets, length, KeptLength);

            /// <summary>An array of at least <paramref name="length"/> bytes for the steps, holding anything.</summary>
            public byte[] Steps(int length) => Room(ref steps, length, ExactLimit);

            /// <summary>Two row buffers of <paramref name="length"/> entries each, one after the other, cleared.</summary>
            public Span<long> Rows(int length)
            {
                var room = Room(ref rows, 2 * length, KeptLength).AsSpan(0, 2 * length);
                room.Clear();
                return room;
            }

            /// <summary>The weights of <paramref name="length"/> pieces that weigh 1 each.</summary>
            public ReadOnlySpan<long> Ones(int length)
            {
                var had = ones;
                var room = Room(ref ones, length, KeptLength);
                if (room != had)
                {
                    room.AsSpan().Fill(1);
                }

                return room.AsSpan(0, length);
            }

            /// <summary>A table of <paramref name="length"/> slots (a power of 2), with <paramref name="mark"/> the stamp of this call's slots: every other slot is empty.</summary>
            public Span<(int Code, int Stamp, long Weight)> Slots(int length, out int mark)
            {
                if (++stamp == int.MaxValue)
                {
                    Array.Clear(slots);
                    stamp = 1;
                }

                mark = stamp;
                return Room(ref slots, length, KeptLength).AsSpan(0, length);
            }

            /// <summary><paramref name="kept"/> when it is long enough; else a longer array, kept in its place when no longer than <paramref name="limit"/>.</summary>
            private static T[] Room<T>(ref T[] kept, int length, int limit)
            {
                if (kept.Length >= length)
                {
                    return kept;
                }

                var room = new T[Math.Max(length, Math.Min(limit, 2 * kept.Length))];
                if (room.Length <= limit)
                {
                    kept = room;
                }

                return room;
            }
        }
    }

    // What a code's slot holds in FindAnchors: absent from the old range, once in it, more than once on either side (or
    // in the new range before it is once in the old), or once on each side: Paired plus its offset in the new range.
    private const int Absent = 0;
    private const int Once = 1;
    private const int Many = 2;
    private const int Paired = 3;

    /// <summary>The patience anchors: pieces unique on both sides, kept where their order agrees (longest increasing run), in order.</summary>
    /// <remarks>
    /// A range's codes are counted in an array indexed by code where they are dense (a table of keys gives codes 0, 1,
    /// 2, …, so the top level's paragraphs or lines fill one from 0), or in a dictionary where they are not; the array
    /// then holds the run's links. At 10 MB a dictionary of the 27,000 paragraphs and the lists around it were 1.6 MiB
    /// of large objects, which no collection frees during the comparison; these arrays are 0.4.
    /// </remarks>
    private static ArraySegment<(int A, int B)> FindAnchors(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi)
    {
        int min = int.MaxValue, max = int.MinValue;
        foreach (var code in a.AsSpan(aLo, aHi - aLo))
        {
            (min, max) = (Math.Min(min, code), Math.Max(max, code));
        }

        foreach (var code in b.AsSpan(bLo, bHi - bLo))
        {
            (min, max) = (Math.Min(min, code), Math.Max(max, code));
        }

        var span = (long)max - min + 1;
        var dense = span <= 4L * (aHi - aLo + bHi - bLo) ? new int[span] : null;
        var sparse = dense is null ? new Dictionary<int, int>(aHi - aLo) : null;
        for (var i = aLo; i < aHi; i++)
        {
            ref var slot = ref dense is null ? ref CollectionsMarshal.GetValueRefOrAddDefault(sparse!, a[i], out _) : ref dense[a[i] - min];
            slot = slot == Absent ? Once : Many;
        }

        var count = 0;
        for (var j = bLo; j < bHi; j++)
        {
            ref var slot = ref dense is null ? ref CollectionsMarshal.GetValueRefOrNullRef(sparse!, b[j]) : ref dense[b[j] - min];
            if (!Unsafe.IsNullRef(ref slot) && slot != Absent)
            {
                count += slot == Once ? 1 : slot >= Paired ? -1 : 0;
                slot = slot == Once ? Paired + (j - bLo) : Many;
            }
        }

        // In the old range's order: each unique piece stands there once.
        var pairs = new (int A, int B)[count];
        for (int i = aLo, k = 0; k < count; i++)
        {
            var slot = dense is null ? sparse![a[i]] : dense[a[i] - min];
            if (slot >= Paired)
            {
                pairs[k++] = (i, bLo + slot - Paired);
            }
        }

        // A unique pair has a code of its own, so there are no more pairs than codes: the array has room for the links.
        return new ArraySegment<(int A, int B)>(pairs, 0, LongestIncreasing(pairs, dense ?? new int[count]));
    }

    /// <summary>Keeps, at the start of <paramref name="pairs"/> (in increasing order of A), the longest run whose B also increase: the first such run found, by patience sorting.</summary>
    /// <param name="pairs">The pairs.</param>
    /// <param name="previous">Room for a link per pair.</param>
    /// <returns>The run's length.</returns>
    private static int LongestIncreasing((int A, int B)[] pairs, int[] previous)
    {
        var tails = new int[pairs.Length];
        var length = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            int lo = 0, hi = length;
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
            tails[lo] = i;
            length = Math.Max(length, lo + 1);
        }

        // The run's indexes, from its last pair back, then its pairs moved to the start: the k-th index is at least k,
        // so no pair is overwritten before it is moved.
        for (int k = length - 1, p = length > 0 ? tails[length - 1] : -1; k >= 0; k--, p = previous[p])
        {
            tails[k] = p;
        }

        for (var k = 0; k < length; k++)
        {
            pairs[k] = pairs[tails[k]];
        }

        return length;
    }

    /// <summary>Tells whether any piece of <paramref name="a"/> has the code of one of <paramref name="b"/>.</summary>
    /// <remarks>
    /// Within <see cref="ExactLimit"/> (every range aligned exactly) each old code is looked for among the new ones,
    /// a vectorised search with nothing to allocate; beyond it, through a set of the old codes.
    /// </remarks>
    private static bool ShareAnyPiece(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if ((long)a.Length * b.Length <= ExactLimit)
        {
            foreach (var code in a)
            {
                if (b.Contains(code))
                {
                    return true;
                }
            }

            return false;
        }

        var seen = new HashSet<int>(a.Length);
        foreach (var code in a)
        {
            seen.Add(code);
        }

        foreach (var code in b)
        {
            if (seen.Contains(code))
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
        var (oldPieces, newPieces) = Pieces(a, aLo, aHi, b, bLo, bHi);
        var chunker = new CustomFunctionChunker(s => ReferenceEquals(s, OldMarker) ? oldPieces : newPieces);
        var result = Differ.Instance.CreateDiffs(OldMarker, NewMarker, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        foreach (var block in result.DiffBlocks)
        {
            blocks.Add(new EditBlock(aLo + block.DeleteStartA, block.DeleteCountA, bLo + block.InsertStartB, block.InsertCountB));
        }
    }

    /// <summary>The pieces DiffPlex is handed for two ranges: equal strings exactly for equal codes.</summary>
    /// <remarks>
    /// DiffPlex only compares pieces for equality (it numbers them by a dictionary of strings, in the order it meets
    /// them, and diffs the numbers), so a piece is named by the order its code is first met in the two ranges,
    /// old then new: names from a small table shared by all calls (<see cref="NumberName"/>), whatever the codes,
    /// which in a large text's table of keys run to tens of thousands.
    /// </remarks>
    private static (string[] Old, string[] New) Pieces(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi)
    {
        // An open-addressed table from code to its number (ids holds number + 1; 0 is an empty slot).
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)(2 * (aHi - aLo + bHi - bLo)));
        var shift = 32 - BitOperations.Log2((uint)size);
        var codes = ArrayPool<int>.Shared.Rent(size);
        var ids = ArrayPool<int>.Shared.Rent(size);
        try
        {
            ids.AsSpan(0, size).Clear();
            var next = 0;
            var old = new string[aHi - aLo];
            for (var i = aLo; i < aHi; i++)
            {
                old[i - aLo] = NumberName(Number(a[i], shift, size, codes, ids, ref next));
            }

            var @new = new string[bHi - bLo];
            for (var j = bLo; j < bHi; j++)
            {
                @new[j - bLo] = NumberName(Number(b[j], shift, size, codes, ids, ref next));
            }

            return (old, @new);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(codes);
            ArrayPool<int>.Shared.Return(ids);
        }
    }

    /// <summary>The number of <paramref name="code"/> in <see cref="Pieces"/>' table, giving it the next one when it has none.</summary>
    private static int Number(int code, int shift, int size, int[] codes, int[] ids, ref int next)
    {
        var k = (int)(((uint)code * 2654435769u) >> shift);
        while (ids[k] != 0)
        {
            if (codes[k] == code)
            {
                return ids[k] - 1;
            }

            k = (k + 1) & (size - 1);
        }

        (codes[k], ids[k]) = (code, ++next);
        return next - 1;
    }

    // The names of the numbers 0, 1, 2, …, made as calls first need them: never more than a range's pieces, at most
    // DirectLimit. Replaced whole when it grows, so a call on another thread sees an old table or a new one, both valid.
    private static string[] numberNames = [];

    private static string NumberName(int number)
    {
        var names = Volatile.Read(ref numberNames);
        if (number < names.Length)
        {
            return names[number];
        }

        var grown = new string[Math.Max(number + 1, Math.Min(DirectLimit, Math.Max(64, 2 * names.Length)))];
        names.CopyTo(grown, 0);
        for (var k = names.Length; k < grown.Length; k++)
        {
            grown[k] = k.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Volatile.Write(ref numberNames, grown);
        return grown[number];
    }
}
