using ArticleRevisions.Diffing;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Diffing;

public class SimilarityTests
{
    [Fact]
    public void Scores_by_the_words_two_stretches_share_ignoring_case_and_typographic_apostrophes()
    {
        const string Old = "The bridge don't fall";
        const string New = "the bridge don’t stand";

        var score = Similarity.Dice(Similarity.WordSet(Old, 0, Old.Length), Similarity.WordSet(New, 0, New.Length));

        Assert.Equal(2.0 * 3 / 8, score);
    }

    [Fact]
    public void Gives_the_dice_coefficient_of_the_distinct_word_hashes_as_a_property()
    {
        // The definition: the set of the word hashes, whichever way it is held.
        var words = Gen.OneOf(Gen.Const("the"), Gen.Const("The"), Gen.Const("bridge"), Gen.Const("don't"), Gen.Const("don’t"), Gen.Const("東京"), Gen.Const("3.5"), Gen.String[0, 4]);
        var texts = words.Array[0, 30].Select(w => string.Join(' ', w));
        Gen.Select(texts, texts).Sample((a, b) =>
        {
            var setA = Similarity.WordSet(a, 0, a.Length);
            var setB = Similarity.WordSet(b, 0, b.Length);

            Assert.True(setA.SequenceEqual(setA.Distinct().Order()), "a word set is sorted and distinct");
            Assert.Equal(Dice(HashSetOf(a, setA), HashSetOf(b, setB)), Similarity.Dice(setA, setB));
        }, iter: 500);
    }

    [Fact]
    public void A_table_holds_the_distinct_hashes_added_in_the_order_first_added_as_a_property()
    {
        // A table filled, emptied and refilled, as the pairing uses it; small values so they repeat, large so they spread.
        var values = Gen.OneOf(Gen.Int[-20, 20], Gen.Int).Array[0, 300];

        Gen.Select(values, values).Sample((added, probes) =>
        {
            var table = new Similarity.Table();
            foreach (var probe in probes)
            {
                table.Add(probe);
            }

            table.Clear();
            var fresh = added.Select(table.Add).ToArray();

            Assert.Equal(added.Distinct(), table.Hashes.ToArray());
            Assert.Equal(added.Select((v, i) => Array.IndexOf(added, v) == i), fresh);
            Assert.All(probes, p => Assert.Equal(added.Contains(p), table.Contains(p)));
        }, iter: 500);
    }

    [Fact]
    public void Scores_a_table_against_a_list_as_two_sorted_sets_as_a_property()
    {
        var words = Gen.OneOf(Gen.Const("the"), Gen.Const("The"), Gen.Const("bridge"), Gen.Const("don't"), Gen.Const("don’t"), Gen.Const("東京"), Gen.Const("3.5"), Gen.String[0, 4]);
        var texts = words.Array[0, 30].Select(w => string.Join(' ', w));
        Gen.Select(texts, texts).Sample((a, b) =>
        {
            var (table, other) = (new Similarity.Table(), new Similarity.Table());
            Similarity.Fill(b, 0, b.Length, table);
            Similarity.Fill(a, 0, a.Length, table);
            Similarity.Fill(b, 0, b.Length, other);

            Assert.Equal(Similarity.WordSet(a, 0, a.Length), table.Hashes.ToArray().Order());
            Assert.Equal(Similarity.Dice(Similarity.WordSet(a, 0, a.Length), Similarity.WordSet(b, 0, b.Length)), Similarity.Dice(table, other.Hashes));
        }, iter: 500);
    }

    /// <summary>The hashes of the text's words, one per word (from the array itself, which the scan must agree with in count).</summary>
    private static HashSet<int> HashSetOf(string text, int[] set)
    {
        var words = TextSegmenter.SplitWords(text).Count(s => s.Kind == SegmentKind.Word);
        Assert.True(set.Length <= words, "no more distinct hashes than words");
        Assert.True(words == 0 || set.Length > 0, "a text with words has a hash");
        return [.. set];
    }

    private static double Dice(HashSet<int> a, HashSet<int> b) =>
        a.Count == 0 && b.Count == 0 ? 1 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
