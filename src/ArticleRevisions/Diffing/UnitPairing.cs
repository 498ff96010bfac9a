using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>Pairs deleted and inserted units that are alike, so a changed sentence or paragraph is compared with its new form.</summary>
internal static class UnitPairing
{
    private const int Window = 8;
    private const double Threshold = 0.5;
    private const double OneToOneThreshold = 0.25;

    /// <summary>Pairs units by the words they share, keeping their order (each deleted unit looks a few places ahead).</summary>
    /// <returns>The pairs as indexes into <paramref name="deleted"/> and <paramref name="inserted"/>, both increasing.</returns>
    /// <remarks>
    /// The word sets live in buffers reused from unit to unit: the deleted unit's in a table that tells at once
    /// whether it holds a word, and those of the inserted units in the window as lists in <see cref="Window"/> slots,
    /// each kept while its unit can still be looked at; shared words are counted by looking each listed word up in
    /// the table, so no set is sorted. A rewrite of thousands of paragraphs so allocates a few buffers, not a set per
    /// paragraph.
    /// </remarks>
    public static List<(int Deleted, int Inserted)> Pair(string oldText, Segment[] deleted, string newText, Segment[] inserted)
    {
        var pairs = new List<(int, int)>();
        var oneToOne = Content(deleted) == 1 && Content(inserted) == 1;
        var threshold = oneToOne ? OneToOneThreshold : Threshold;
        var newSets = new WindowSets(newText, inserted);
        var oldSet = new Similarity.Table();
        var from = 0;
        for (var d = 0; d < deleted.Length && from < inserted.Length; d++)
        {
            if (deleted[d].Kind == SegmentKind.Whitespace)
            {
                continue;
            }

            Similarity.Fill(oldText, deleted[d].Start, deleted[d].Length, oldSet);
            int best = -1, seen = 0;
            var bestScore = threshold;
            for (var n = from; n < inserted.Length && seen < Window; n++)
            {
                if (inserted[n].Kind == SegmentKind.Whitespace)
                {
                    continue;
                }

                seen++;
                var score = Similarity.Dice(oldSet, newSets.Of(n, from));
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

    private static int Content(Segment[] segments)
    {
        var count = 0;
        foreach (var segment in segments)
        {
            count += segment.Kind == SegmentKind.Whitespace ? 0 : 1;
        }

        return count;
    }

    /// <summary>
    /// The word sets of the inserted units a deleted unit may be compared with, each made once. The units looked at
    /// are the first <see cref="Window"/> holding more than white space from <c>from</c> on, and <c>from</c> only
    /// grows, so a set made for a unit before <c>from</c> is never asked for again and its slot can be reused.
    /// </summary>
    private sealed class WindowSets(string text, Segment[] units)
    {
        private readonly int[] index = [-1, -1, -1, -1, -1, -1, -1, -1];
        private readonly int[][] sets = [[], [], [], [], [], [], [], []];
        private readonly int[] counts = new int[Window];
        private readonly Similarity.Table scratch = new();

        /// <summary>The set of unit <paramref name="n"/> (at or after <paramref name="from"/>).</summary>
        public ReadOnlySpan<int> Of(int n, int from)
        {
            var free = -1;
            for (var s = 0; s < Window; s++)
            {
                if (index[s] == n)
                {
                    return sets[s].AsSpan(0, counts[s]);
                }

                free = free < 0 && index[s] < from ? s : free;
            }

            // At most Window units at or after from are ever asked for at once, so a slot is free.
            var unit = units[n];
            Similarity.Fill(text, unit.Start, unit.Length, scratch);
            var count = scratch.Count;
            Grow(ref sets[free], count);
            scratch.Hashes.CopyTo(sets[free]);
            (index[free], counts[free]) = (n, count);
            return sets[free].AsSpan(0, count);
        }

        /// <summary>Makes <paramref name="buffer"/> hold at least <paramref name="length"/> items, doubling it as needed.</summary>
        private static void Grow(ref int[] buffer, int length)
        {
            if (buffer.Length < length)
            {
                buffer = new int[Math.Max(length, buffer.Length * 2)];
            }
        }
    }
}
