using ArticleRevisions.Classification;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Classification;

public class WordWalkTests
{
    [Fact]
    public void Walks_the_words_the_segmenter_cuts_as_a_property()
    {
        TextGen.Text.Sample(text =>
        {
            var expected = TextSegmenter.SplitWords(text).Where(s => s.Kind == SegmentKind.Word).Select(s => s.GetText(text)).ToList();

            var walked = new List<string>();
            var walk = new WordWalk(text);
            while (walk.Next())
            {
                walked.Add(walk.Word.ToString());
            }

            Assert.Equal(expected, walked);
            Assert.Equal(Math.Min(expected.Count, 3), WordWalk.CountUpTo(text, 2));
        }, iter: 2000);
    }

    [Fact]
    public void Tells_the_same_words_as_comparing_the_word_lists_as_a_property()
    {
        static string[] Words(string text) => [.. TextSegmenter.SplitWords(text).Where(s => s.Kind == SegmentKind.Word).Select(s => s.GetText(text))];
        var pieces = Gen.OneOf(Gen.Const("Kyiv"), Gen.Const("kyiv"), Gen.Const("the"), Gen.Const(" "), Gen.Const(", "), Gen.Const("\n"), Gen.Const("don't"));
        var text = Gen.OneOf(pieces.Array[0, 8].Select(string.Concat), TextGen.Text);

        Gen.Select(text, text).Sample((a, b) =>
        {
            Assert.Equal(Words(a).SequenceEqual(Words(b)), WordWalk.SameWords(a, b, StringComparison.Ordinal));
            Assert.Equal(Words(a).SequenceEqual(Words(b), StringComparer.OrdinalIgnoreCase), WordWalk.SameWords(a, b, StringComparison.OrdinalIgnoreCase));
        }, iter: 2000);
    }
}
