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
    public static List<(int Deleted, int Inserted)> Pair(string oldText, Segment[] deleted, string newText, Segment[] inserted)
    {
        var pairs = new List<(int, int)>();
        var content = inserted.Count(s => s.Kind != SegmentKind.Whitespace);
        var oneToOne = deleted.Count(s => s.Kind != SegmentKind.Whitespace) == 1 && content == 1;
        var threshold = oneToOne ? OneToOneThreshold : Threshold;
        var newSets = new int[]?[inserted.Length];
        var from = 0;
        for (var d = 0; d < deleted.Length && from < inserted.Length; d++)
        {
            if (deleted[d].Kind == SegmentKind.Whitespace)
            {
                continue;
            }

            var oldSet = Similarity.WordSet(oldText, deleted[d].Start, deleted[d].Length);
            int best = -1, seen = 0;
            var bestScore = threshold;
            for (var n = from; n < inserted.Length && seen < Window; n++)
            {
                if (inserted[n].Kind == SegmentKind.Whitespace)
                {
                    continue;
                }

                seen++;
                var newSet = newSets[n] ??= Similarity.WordSet(newText, inserted[n].Start, inserted[n].Length);
                var score = Similarity.Dice(oldSet, newSet);
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
}
