using ArticleRevisions.Diffing;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Diffing;

public class UnitPairingTests
{
    [Fact]
    public void Pairs_as_comparing_each_deleted_unit_with_the_next_eight_inserted_ones_would_as_a_property()
    {
        // Few words, so units are often about half alike; many units, so the window of eight slides far.
        var unit = Gen.OneOf(Gen.Const("the"), Gen.Const("bridge"), Gen.Const("council"), Gen.Const("Bridge"), Gen.Const("river"), Gen.Const("vote"), Gen.Const("don't"), Gen.Const("don’t"), Gen.Const("road"), Gen.Const("mayor"))
            .Array[0, 8].Select(words => string.Join(' ', words) + ".");
        var side = unit.Array[0, 40].Select(units => string.Join("\n\n", units));

        Gen.Select(side, side).Sample((a, b) =>
        {
            var deleted = UnitSplitter.Paragraphs(a, ignoreWhitespace: false).ToArray();
            var inserted = UnitSplitter.Paragraphs(b, ignoreWhitespace: false).ToArray();

            Assert.Equal(Reference(a, deleted, b, inserted), UnitPairing.Pair(a, deleted, b, inserted));
        }, iter: 2000);
    }

    /// <summary>The definition: every set made on its own, each deleted unit scored against the next eight units holding more than white space.</summary>
    private static List<(int Deleted, int Inserted)> Reference(string oldText, Segment[] deleted, string newText, Segment[] inserted)
    {
        var content = inserted.Count(s => s.Kind != SegmentKind.Whitespace);
        var threshold = deleted.Count(s => s.Kind != SegmentKind.Whitespace) == 1 && content == 1 ? 0.25 : 0.5;
        var pairs = new List<(int, int)>();
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
            for (var n = from; n < inserted.Length && seen < 8; n++)
            {
                if (inserted[n].Kind == SegmentKind.Whitespace)
                {
                    continue;
                }

                seen++;
                var score = Similarity.Dice(oldSet, Similarity.WordSet(newText, inserted[n].Start, inserted[n].Length));
                if (score >= bestScore && (best < 0 || score > bestScore))
                {
                    (best, bestScore) = (n, score);
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
