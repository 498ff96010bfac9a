using DiffPlex;
using DiffPlex.Chunkers;

namespace ArticleRevisions.Diffing;

/// <summary>
/// The one place DiffPlex is called, with a bound on its cost. Everything outside sees only our own types, so an
/// upgrade of DiffPlex never reaches the public API.
/// </summary>
/// <remarks>
/// DiffPlex runs Myers' algorithm, whose cost grows with the product of the input length and the number of
/// differences, with no way to stop it. So DiffPlex only ever sees ranges of at most <see cref="DirectLimit"/>
/// pieces. Larger ranges are first trimmed of their common ends, then cut at anchors (pieces that occur exactly
/// once on each side, in increasing order on both: the patience method), and only where no anchor exists are
/// they cut into aligned windows. Every path yields a valid alignment, so results stay lossless; only on
/// pathological inputs (long runs of repeated pieces) may they be less than minimal.
/// </remarks>
internal static class SequenceDiffer
{
    /// <summary>The largest range, in pieces on both sides together, handed to DiffPlex whole.</summary>
    internal const int DirectLimit = 3000;

    /// <summary>The size of the windows a range without anchors is cut into, in pieces on both sides together.</summary>
    internal const int WindowSize = 1200;

    /// <summary>Diffs two sequences of keys (equal keys are equal pieces), returning the edit blocks as index ranges.</summary>
    public static IReadOnlyList<EditBlock> Diff(IReadOnlyList<string> oldKeys, IReadOnlyList<string> newKeys)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var a = Encode(oldKeys, ids);
        var b = Encode(newKeys, ids);
        var blocks = new List<EditBlock>();
        DiffRange(a, 0, a.Length, b, 0, b.Length, blocks);
        return blocks;
    }

    private static int[] Encode(IReadOnlyList<string> keys, Dictionary<string, int> ids)
    {
        var codes = new int[keys.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            if (!ids.TryGetValue(keys[i], out var id))
            {
                id = ids.Count;
                ids.Add(keys[i], id);
            }

            codes[i] = id;
        }

        return codes;
    }

    private static void DiffRange(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, List<EditBlock> blocks)
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
                DiffRange(a, ai, ax, b, bi, bx, blocks);
                ai = ax + 1;
                bi = bx + 1;
            }

            DiffRange(a, ai, aHi, b, bi, bHi, blocks);
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

    /// <summary>The patience anchors: pieces unique on both sides, kept where their order agrees (longest increasing run).</summary>
    private static List<(int A, int B)> FindAnchors(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi)
    {
        var counts = new Dictionary<int, (int CountA, int PosA, int CountB, int PosB)>();
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
