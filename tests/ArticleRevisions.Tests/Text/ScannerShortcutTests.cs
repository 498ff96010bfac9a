using System.Globalization;
using ArticleRevisions.Diffing;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Text;

/// <summary>
/// The scanners take runs of plain characters (ASCII letters and digits in a word, characters below U+0300 between
/// sentence terminators, a paragraph of one line) in one loop instead of text element by text element; these check
/// that the shortcuts cut exactly as the element-by-element rules do, on text crowded with what breaks them: marks,
/// joiners, prefixes, CR LF, terminators above U+0300.
/// </summary>
public class ScannerShortcutTests
{
    private static readonly string[] Pieces =
    [
        "a", "Zq", "word", "7", "42", " ", "  ", "\n", "\r\n", "\r", "\n\n", ".", ",", ":", "!", "?", "'", "’", "-",
        "\u00AD", "\u0301", "\u200D", "\u0600", "\u0903", "é", "й", "Київ", "…", "。", "！", "😀", "中", "ไ", "\u2028",
        "The ", "Mr. ", "U.S. ", "e.g. ", "3.5", "\"", "(", ")", "«", "»",
    ];

    private static readonly Gen<string> CrowdedText = Gen.OneOf(Pieces).Array[0, 40].Select(parts => string.Concat(parts));

    [Fact]
    public void Cuts_words_as_the_element_by_element_walk_does_as_a_property()
    {
        CrowdedText.Sample(text =>
        {
            var expected = ReferenceWords(text);

            var actual = TextSegmenter.SplitWords(text);

            Assert.Equal(expected, actual);
        }, iter: 20_000, print: TextGen.Describe);
    }

    [Theory]
    [InlineData("Cafe\u0301 ok", new[] { "Cafe\u0301", " ", "ok" })]
    [InlineData("ab\u200Dcd", new[] { "ab\u200Dcd" })]
    [InlineData("ab\u200D", new[] { "ab\u200D" })]
    [InlineData("x1\u0903y", new[] { "x1\u0903y" })]
    [InlineData("don't 1,200.50 a-\u0301b", new[] { "don't", " ", "1,200.50", " ", "a", "-\u0301", "b" })]
    public void Keeps_a_mark_or_joiner_after_an_ascii_run_with_the_word(string text, string[] expected)
    {
        var words = TextSegmenter.SplitWords(text).Select(s => s.GetText(text));

        Assert.Equal(expected, words);
    }

    [Fact]
    public void Cuts_a_block_of_paragraphs_into_the_sentences_the_segmenter_gives_each_as_a_property()
    {
        CrowdedText.Sample(text =>
        {
            var units = UnitSplitter.Paragraphs(text, ignoreWhitespace: false).ToArray();
            var expected = new List<int>();
            foreach (var unit in units)
            {
                expected.AddRange(unit.Kind == SegmentKind.Whitespace ? [unit.Start] : TextSegmenter.SplitSentences(text, unit.Start, unit.Length).Select(s => s.Start));
            }

            var side = new BlockSide().Cut(text, UnitLevel.Paragraph, units);

            Assert.Equal(expected, Enumerable.Range(0, side.PieceCount).Select(side.PieceStart));
        }, iter: 10_000, print: TextGen.Describe);
    }

    [Theory]
    [InlineData("Wait… Then more.", new[] { "Wait…", " ", "Then more." })]
    [InlineData("Cafe\u0301. Next one.", new[] { "Cafe\u0301.", " ", "Next one." })]
    [InlineData("Київ. Далі.", new[] { "Київ.", " ", "Далі." })]
    [InlineData("中文。下一句", new[] { "中文。", "下一句" })]
    [InlineData("Stop! Go? Yes.", new[] { "Stop!", " ", "Go?", " ", "Yes." })]
    [InlineData("ab\u0600. Next", new[] { "ab\u0600. Next" })]
    public void Ends_sentences_at_terminators_after_plain_and_other_text(string text, string[] expected)
    {
        var sentences = TextSegmenter.SplitSentences(text).Select(s => s.GetText(text));

        Assert.Equal(expected, sentences);
    }

    /// <summary>The word rules walked one text element at a time, every length from <see cref="StringInfo"/>.</summary>
    private static List<Segment> ReferenceWords(string text)
    {
        var output = new List<Segment>();
        for (var position = 0; position < text.Length;)
        {
            var kind = CharacterClassifier.Classify(text, position, text.Length);
            var next = position + Length(text, position);
            SegmentKind segmentKind;
            switch (kind)
            {
                case CharacterClass.Space:
                    while (next < text.Length && CharacterClassifier.Classify(text, next, text.Length) == CharacterClass.Space)
                    {
                        next += Length(text, next);
                    }

                    segmentKind = SegmentKind.Whitespace;
                    break;
                case CharacterClass.Letter or CharacterClass.Digit:
                    var last = kind;
                    while (next < text.Length)
                    {
                        var k = CharacterClassifier.Classify(text, next, text.Length);
                        if (k is CharacterClass.Letter or CharacterClass.Digit)
                        {
                            next += Length(text, next);
                            last = k;
                        }
                        else if (k == CharacterClass.Symbol && Joins(text, next, last))
                        {
                            next++;
                        }
                        else
                        {
                            break;
                        }
                    }

                    segmentKind = SegmentKind.Word;
                    break;
                case CharacterClass.UnspacedLetter:
                    segmentKind = SegmentKind.Word;
                    break;
                default:
                    if (next == position + 1)
                    {
                        while (next < text.Length && text[next] == text[position] && Length(text, next) == 1)
                        {
                            next++;
                        }
                    }

                    segmentKind = SegmentKind.Punctuation;
                    break;
            }

            output.Add(new Segment(segmentKind, position, next - position));
            position = next;
        }

        return output;

        static int Length(string text, int index) => StringInfo.GetNextTextElementLength(text.AsSpan(index));

        static bool Joins(string text, int position, CharacterClass last)
        {
            if (position + 1 >= text.Length || Length(text, position) != 1)
            {
                return false;
            }

            var c = text[position];
            var next = CharacterClassifier.Classify(text, position + 1, text.Length);
            return CharacterClassifier.IsApostrophe(c) || CharacterClassifier.IsHyphen(c)
                ? next is CharacterClass.Letter or CharacterClass.Digit
                : CharacterClassifier.IsNumberSeparator(c) && last == CharacterClass.Digit && next == CharacterClass.Digit;
        }
    }
}
