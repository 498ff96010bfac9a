using ArticleRevisions.Diffing;
using CsCheck;

namespace ArticleRevisions.Tests.Diffing;

/// <summary>
/// The exact alignment filled only in a band (<c>SequenceDiffer.Ranges.Banded</c>) against the whole table: the same
/// blocks, tie for tie, on ranges where ties abound.
/// </summary>
public class BandedAlignmentTests
{
    private const long Word = 1L << 32;

    // Every exact range tries its band, however small; above the exact limit, none does.
    private const long AlwaysBand = 0;
    private const long NeverBand = long.MaxValue;

    // Keys that sort in another order than their codes.
    private static readonly IReadOnlyList<string> Names = [.. Enumerable.Range(0, 64).Select(code => $"{(char)('z' - (code * 7 % 26))}{code}")];

    [Fact]
    public void Gives_the_blocks_of_the_whole_table_on_random_edited_ranges_as_a_property()
    {
        var paths = new int[3];

        Gen.Select(Gen.Int[1, 8], Gen.Int[0, 140], Gen.Int[0, 14], Gen.Int[0, 4], Gen.Int).Sample((alphabet, length, edits, weighting, seed) =>
        {
            var random = new Random(seed);
            var (a, b) = EditedPair(random, alphabet, length, edits);
            var (wa, wb) = Weights(random, a, b, weighting);
            var names = random.Next(2) == 0 ? Names : null;
            var taken = new List<int>();

            var full = SequenceDiffer.Diff(a, 0, a.Length, b, 0, b.Length, wa, wb, names, NeverBand, null);
            var banded = SequenceDiffer.Diff(a, 0, a.Length, b, 0, b.Length, wa, wb, names, AlwaysBand, taken);

            Assert.Equal(full, banded);
            foreach (var path in taken)
            {
                Interlocked.Increment(ref paths[path]);
            }
        }, iter: 4000);

        // Each way through is exercised: the whole table, a band certified at its first budget and at its second.
        Assert.All(paths, count => Assert.True(count > 20, $"paths taken: {string.Join(", ", paths)}"));
    }

    [Fact]
    public void Gives_the_blocks_of_the_whole_table_on_long_ranges_with_few_edits_as_a_property()
    {
        var banded = 0;

        Gen.Select(Gen.Int[2, 40], Gen.Int[150, 480], Gen.Int[1, 20], Gen.Int).Sample((alphabet, length, edits, seed) =>
        {
            var random = new Random(seed);
            var (a, b) = EditedPair(random, alphabet, length, edits);
            var (wa, wb) = Weights(random, a, b, 1);
            var taken = new List<int>();

            var full = SequenceDiffer.Diff(a, 0, a.Length, b, 0, b.Length, wa, wb, Names, NeverBand, null);
            var band = SequenceDiffer.Diff(a, 0, a.Length, b, 0, b.Length, wa, wb, Names, SequenceDiffer.BandFloor, taken);

            Assert.Equal(full, band);
            Interlocked.Add(ref banded, taken.Count(path => path > 0));
        }, iter: 300);

        Assert.True(banded > 100, $"banded ranges: {banded}");
    }

    [Fact]
    public void Bands_a_range_of_marks_alone()
    {
        var body = Enumerable.Range(0, 100).Select(i => i % 3).ToArray();
        int[] a = [5, .. body, 6];
        int[] b = [7, .. body[..50], 1, 1, .. body[51..], 8];
        var taken = new List<int>();

        var banded = SequenceDiffer.Diff(a, 0, a.Length, b, 0, b.Length, null, null, null, AlwaysBand, taken);

        Assert.Equal([1], taken);
        Assert.Equal(SequenceDiffer.Diff(a, 0, a.Length, b, 0, b.Length, null, null, null, NeverBand, null), banded);
    }

    [Fact]
    public void Fills_the_whole_table_when_a_code_weighs_differently_on_the_two_sides()
    {
        // As a lone modifier apostrophe (a word) and a plain one (a mark) do when typography is normalised.
        var body = Enumerable.Range(0, 100).Select(i => i % 5).ToArray();
        int[] a = [5, .. body, 6];
        int[] b = [7, .. body[..50], 1, 1, .. body[51..], 8];
        var wa = a.Select(_ => Word).ToArray();
        var wb = b.Select(code => code == 3 ? 1 : Word).ToArray();
        var taken = new List<int>();

        var blocks = SequenceDiffer.Diff(a, 0, a.Length, b, 0, b.Length, wa, wb, null, AlwaysBand, taken);

        Assert.Equal([0], taken);
        Assert.Equal(SequenceDiffer.Diff(a, 0, a.Length, b, 0, b.Length, wa, wb, null, NeverBand, null), blocks);
        var consistent = new List<int>();
        SequenceDiffer.Diff(a, 0, a.Length, b, 0, b.Length, wa, b.Select(_ => Word).ToArray(), null, AlwaysBand, consistent);
        Assert.Equal([1], consistent);
    }

    /// <summary>A random sequence over a small alphabet and a copy with runs deleted, inserted and replaced.</summary>
    private static (int[] A, int[] B) EditedPair(Random random, int alphabet, int length, int edits)
    {
        var a = Enumerable.Range(0, length).Select(_ => random.Next(alphabet)).ToArray();
        var b = a.ToList();
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(b.Count + 1);
            var run = random.Next(1, 5);
            var removed = random.Next(3) == 1 ? 0 : Math.Min(run, b.Count - at);
            b.RemoveRange(at, random.Next(3) == 0 ? 0 : removed);
            if (random.Next(3) != 1)
            {
                b.InsertRange(at, Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(alphabet)));
            }
        }

        return random.Next(2) == 0 ? (a, b.ToArray()) : (b.ToArray(), a);
    }

    /// <summary>
    /// The pieces' weights: none (all 1), words and marks by code (low codes are words), all marks, or each piece
    /// its own weight whatever its code (so a code may weigh differently on the two sides).
    /// </summary>
    private static (long[]? A, long[]? B) Weights(Random random, int[] a, int[] b, int weighting)
    {
        var words = random.Next(1, 6);
        return weighting switch
        {
            0 => (null, null),
            1 => (a.Select(code => code < words ? Word : 1).ToArray(), b.Select(code => code < words ? Word : 1).ToArray()),
            2 => (a.Select(_ => 1L).ToArray(), b.Select(_ => 1L).ToArray()),
            3 => (a.Select(_ => random.Next(4) == 0 ? 1 : Word).ToArray(), b.Select(_ => random.Next(4) == 0 ? 1 : Word).ToArray()),
            _ => (a.Select(code => code < words ? Word : 1).ToArray(), null),
        };
    }
}
