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
    public void Yields_a_valid_alignment_for_random_sequences()
    {
        var sequence = Gen.Int[0, 6].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Array[0, 40];

        Gen.Select(sequence, sequence).Sample((a, b) => AssertAligns(a, b, SequenceDiffer.Diff(a, b)), iter: 500);
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
