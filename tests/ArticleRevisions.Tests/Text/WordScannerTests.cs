using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Text;

public class WordScannerTests
{
    [Fact]
    public void Counts_exactly_the_words_the_segmenter_cuts_as_a_property()
    {
        var range = Gen.Select(TextGen.Text, Gen.Int[0, 1000], Gen.Int[0, 1000]).Select((text, a, b) =>
        {
            var start = a % (text.Length + 1);
            return (text, start, length: b % (text.Length - start + 1));
        });

        range.Sample((text, start, length) =>
        {
            var words = TextSegmenter.SplitWords(text, start, length).Count(s => s.Kind == SegmentKind.Word);

            Assert.Equal(words, WordScanner.Count(text, start, length));
        }, iter: 2000);
    }

    [Theory]
    [InlineData("Ukraine launched new offensive operations.", 5)]
    [InlineData("£4.2 million, 1,200.50 and 10:30 don't split", 7)]
    [InlineData("中文新闻", 4)]
    [InlineData("ไทย ok", 4)]
    [InlineData("п'ять Kyiv-controlled", 2)]
    [InlineData("", 0)]
    public void Counts_each_letter_of_an_unspaced_script_as_a_word_as_the_segmenter_does(string text, int expected)
    {
        Assert.Equal(expected, WordScanner.Count(text));
    }
}
