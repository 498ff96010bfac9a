using ArticleRevisions.Diffing;
using CsCheck;

namespace ArticleRevisions.Tests.Diffing;

public class SequenceDifferTests
{
    [Fact]
    public void Finds_no_blocks_for_equal_sequences()
    {
        Assert.Empty(SequenceDiffer.Diff(["a", "b", "c"], ["a", "b", "c"]));
    }

    [Fact]
    public void Finds_a_replacement_in_the_middle()
    {
        var blocks = SequenceDiffer.Diff(["a", "b", "c"], ["a", "x", "y", "c"]);

        Assert.Equal([new EditBlock(1, 1, 1, 2)], blocks);
    }

    [Theory]
    [InlineData(10, 3)]
    [InlineData(5000, 2)]
    [InlineData(20000, 50)]
    [InlineData(20000, 20000)]
    public void Yields_a_valid_alignment_for_long_inputs_beyond_the_direct_limit(int length, int distinct)
    {
        var random = new Random(length + distinct);
        var a = Enumerable.Range(0, length).Select(_ => random.Next(distinct).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var b = a.Where(_ => random.NextDouble() > 0.05).Select(x => random.NextDouble() < 0.05 ? "new" + x : x).ToArray();

        var blocks = SequenceDiffer.Diff(a, b);

        AssertAligns(a, b, blocks);
    }

    [Fact]
    public void Gives_the_same_blocks_whatever_numbers_stand_for_the_pieces_as_a_property()
    {
        // Ranges beyond the direct limit are cut at the patience anchors, counted by code in an array from the least
        // code where the codes are dense, and in a dictionary where they are spread out: the same anchors either way.
        var gen = Gen.Select(Gen.Int[1_600, 2_600], Gen.Int[50, 4_000], Gen.Int[0, int.MaxValue]);
        gen.Sample((length, distinct, seed) =>
        {
            var random = new Random(seed);
            var a = Enumerable.Range(0, length).Select(_ => random.Next(distinct)).ToArray();
            var b = a.Where(_ => random.NextDouble() > 0.03).Select(x => random.NextDouble() < 0.03 ? distinct + random.Next(distinct) : x).ToList();
            for (var k = 0; k < 5 && b.Count > 100; k++)
            {
                // A stretch moved elsewhere: anchors out of order on the two sides.
                var at = random.Next(b.Count - 50);
                var moved = b.GetRange(at, 50);
                b.RemoveRange(at, 50);
                b.InsertRange(random.Next(b.Count), moved);
            }

            var dense = SequenceDiffer.Diff(a, 0, a.Length, [.. b], 0, b.Count, null, null);
            foreach (var spread in new Func<int, int>[] { x => (x * 104_729) + 7, x => x + 1_000_000 })
            {
                var (sa, sb) = (a.Select(spread).ToArray(), b.Select(spread).ToArray());
                Assert.Equal(dense, SequenceDiffer.Diff(sa, 0, sa.Length, sb, 0, sb.Length, null, null));
            }

            AssertAligns([.. a.Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture))], [.. b.Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture))], dense);
        }, iter: 40);
    }

    [Fact]
    public void Yields_a_valid_alignment_for_random_sequences()
    {
        var sequence = Gen.Int[0, 6].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Array[0, 40];

        Gen.Select(sequence, sequence).Sample((a, b) => AssertAligns(a, b, SequenceDiffer.Diff(a, b)), iter: 500);
    }

    [Fact]
    public void Keeps_a_heavy_piece_rather_than_more_light_ones()
    {
        var blocks = SequenceDiffer.Diff([".", ",", "word"], ["word", ".", ","], [1, 1, 1L << 32], [1L << 32, 1, 1]);

        Assert.Equal([new EditBlock(0, 2, 0, 0), new EditBlock(3, 0, 1, 2)], blocks);
    }

    [Fact]
    public void Puts_the_deletion_first_when_two_alignments_keep_as_much()
    {
        var blocks = SequenceDiffer.Diff(["a", "b"], ["b", "a"]);

        Assert.Equal([new EditBlock(0, 1, 0, 0), new EditBlock(2, 0, 1, 1)], blocks);
    }

    [Fact]
    public void Settles_ties_by_the_pieces_so_a_revert_aligns_as_the_mirror_of_its_edit_as_a_property()
    {
        var sequence = Gen.Int[0, 5].Array[0, 30];

        Gen.Select(sequence, sequence).Sample((a, b) =>
        {
            var names = Enumerable.Range(0, 6).Select(i => ((char)('a' + i)).ToString()).ToArray();
            var weights = (int[] s) => s.Select(x => x < 3 ? 1L << 32 : 1).ToArray();

            var forward = SequenceDiffer.Diff(a, 0, a.Length, b, 0, b.Length, weights(a), weights(b), names);
            var backward = SequenceDiffer.Diff(b, 0, b.Length, a, 0, a.Length, weights(b), weights(a), names);

            Assert.Equal(forward.Select(k => (k.OldStart, k.OldCount, k.NewStart, k.NewCount)), backward.Select(k => (k.NewStart, k.NewCount, k.OldStart, k.OldCount)));
            AssertAligns([.. a.Select(x => names[x])], [.. b.Select(x => names[x])], forward);
        }, iter: 500);
    }

    /// <summary>Blocks are ordered, disjoint, and everything between them is equal pairwise.</summary>
    private static void AssertAligns(string[] a, string[] b, IReadOnlyList<EditBlock> blocks)
    {
        int i = 0, j = 0;
        foreach (var block in blocks)
        {
            Assert.True(block.OldStart >= i && block.NewStart >= j, "blocks must be ordered and disjoint");
            Assert.Equal(block.OldStart - i, block.NewStart - j);
            for (; i < block.OldStart; i++, j++)
            {
                Assert.Equal(a[i], b[j]);
            }

            i += block.OldCount;
            j += block.NewCount;
        }

        Assert.Equal(a.Length - i, b.Length - j);
        for (; i < a.Length; i++, j++)
        {
            Assert.Equal(a[i], b[j]);
        }
    }
}
