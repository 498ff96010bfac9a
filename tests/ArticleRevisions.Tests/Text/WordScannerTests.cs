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

    [Fact]
    public void Cuts_runs_of_ascii_letters_and_digits_as_the_general_step_does_as_a_property()
    {
        // Words of ASCII letters and digits beside everything that can join, extend or end them.
        string[] pieces = ["a", "Zq", "word", "42", "7", " ", "'", "’", "-", ".", ",", ":", "\u0301", "\u200D", "\r\n", "\r", "\n", "é", "п", "中", "😀", "\u00AD", "\u2010"];
        var text = Gen.OneOf(pieces).Array[0, 40].Select(parts => string.Concat(parts));

        text.Sample(t =>
        {
            var expected = new List<Segment>();
            for (var position = 0; position < t.Length;)
            {
                var next = ReferenceTokenEnd(t, position, t.Length, out var kind);
                expected.Add(new Segment(kind, position, next - position));
                position = next;
            }

            var actual = new List<Segment>();
            WordScanner.Split(t, 0, t.Length, actual);

            Assert.Equal(expected, actual);
        }, iter: 5000);
    }

    /// <summary>One step of the scanner with every character of a word classified and measured the general way (the scanner before its ASCII fast path).</summary>
    private static int ReferenceTokenEnd(string text, int position, int end, out SegmentKind segmentKind)
    {
        var next = WordScanner.TokenEnd(text, position, end, out segmentKind);
        if (segmentKind != SegmentKind.Word || CharacterClassifier.Classify(text, position, end) == CharacterClass.UnspacedLetter)
        {
            return next;
        }

        // Words are re-scanned from their first text element, one element at a time.
        var last = CharacterClassifier.Classify(text, position, end);
        position += TextElements.LengthAt(text, position, end);
        while (position < end)
        {
            var kind = CharacterClassifier.Classify(text, position, end);
            if (kind is CharacterClass.Letter or CharacterClass.Digit)
            {
                position += TextElements.LengthAt(text, position, end);
                last = kind;
                continue;
            }

            if (kind == CharacterClass.Symbol && position + 1 < end && TextElements.LengthAt(text, position, end) == 1)
            {
                var c = text[position];
                var after = CharacterClassifier.Classify(text, position + 1, end);
                var joins = CharacterClassifier.IsApostrophe(c) || CharacterClassifier.IsHyphen(c)
                    ? after is CharacterClass.Letter or CharacterClass.Digit
                    : CharacterClassifier.IsNumberSeparator(c) && last == CharacterClass.Digit && after == CharacterClass.Digit;
                if (joins)
                {
                    position++;
                    continue;
                }
            }

            break;
        }

        return position;
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
