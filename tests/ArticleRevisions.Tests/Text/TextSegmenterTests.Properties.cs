using ArticleRevisions.Text;
using CsCheck;
using static ArticleRevisions.Tests.Text.SegmentationInvariants;

namespace ArticleRevisions.Tests.Text;

public sealed partial class TextSegmenterTests
{
    // Pieces chosen to meet the rules at their edges: line breaks of every kind, terminators, quotes, abbreviations,
    // numbers, joiners, unspaced scripts, emoji sequences, combining marks, lone surrogates and zero-width controls.
    private static readonly string[] Pieces =
    [
        "\r\n", "\r", "\n", "\n\n", "\t", " ", "  ", "\u00A0", "\u2028", "\u2029", "\u0085", "\f",
        ".", "...", "…", "!", "?", "?!", "。", "\"", "'", "’", "“", "”", "«", "»", "„", "(", ")", "[", "]", "-", "—", ",", ":",
        "Mr.", "U.S.", "e.g.", "No.", "J.", "р.", "рр.", "т.д.", "ст.", "м.", "вул.", "2025", "3.5", "1,200.50", "10:30",
        "The", "He", "Це", "Він", "the", "він", "word", "слово", "Kyiv-controlled", "п'ять", "don't",
        "漢字", "テキスト", "ไก่", "한국어", "مرحبا", "😀", "👍🏽", "👨‍👩‍👧", "🇺🇦", "1️⃣",
        "e\u0301", "\u0301", "\u200D", "\u200B", "\uFEFF", "\uD83D", "\uDE00", "\u0600", "\u1100\u1161",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.OneOf(Pieces)),
        (2, Gen.Int[0, 0x10FFFF].Where(c => c is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32)),
        (1, Gen.Char.Select(c => c.ToString())),
        (1, Gen.Char['a', 'z'].Array[1, 8].Select(chars => new string(chars))));

    private static readonly Gen<string> RandomText = Gen.Frequency(
        (1, Gen.Const("")),
        (20, Piece.Array[1, 40].Select(string.Concat)));

    private static readonly Gen<(string Text, int Start, int Length)> RandomRange =
        Gen.Select(RandomText, Gen.Int[0, 1000], Gen.Int[0, 1000]).Select((text, a, b) =>
        {
            var start = a % (text.Length + 1);
            return (text, start, b % (text.Length - start + 1));
        });

    [Fact]
    public void Paragraphs_of_any_text_cover_it_exactly()
    {
        RandomText.Sample(
            text => AssertValid(text, TextSegmenter.SplitParagraphs(text), SegmentKind.Paragraph, SegmentKind.Whitespace),
            iter: 2000);
    }

    [Fact]
    public void Sentences_of_any_text_cover_it_exactly()
    {
        RandomText.Sample(
            text => AssertValid(text, TextSegmenter.SplitSentences(text), SegmentKind.Sentence, SegmentKind.Whitespace),
            iter: 2000);
    }

    [Fact]
    public void Words_of_any_text_cover_it_exactly()
    {
        RandomText.Sample(
            text => AssertValid(text, TextSegmenter.SplitWords(text), SegmentKind.Word, SegmentKind.Punctuation, SegmentKind.Whitespace),
            iter: 2000);
    }

    [Fact]
    public void Sentences_of_any_range_cover_it_exactly()
    {
        RandomRange.Sample(
            (text, start, length) => AssertValid(
                text, start, length, TextSegmenter.SplitSentences(text, start, length), SegmentKind.Sentence, SegmentKind.Whitespace),
            iter: 2000);
    }

    [Fact]
    public void Words_of_any_range_cover_it_exactly()
    {
        RandomRange.Sample(
            (text, start, length) => AssertValid(
                text, start, length, TextSegmenter.SplitWords(text, start, length), SegmentKind.Word, SegmentKind.Punctuation, SegmentKind.Whitespace),
            iter: 2000);
    }

    [Fact]
    public void Sentences_of_a_whole_text_lie_inside_its_paragraphs()
    {
        RandomText.Sample(
            text =>
            {
                var paragraphs = TextSegmenter.SplitParagraphs(text).Where(s => s.Kind == SegmentKind.Paragraph).ToArray();
                foreach (var sentence in TextSegmenter.SplitSentences(text).Where(s => s.Kind == SegmentKind.Sentence))
                {
                    Assert.Contains(paragraphs, p => p.Start <= sentence.Start && sentence.End <= p.End);
                }
            },
            iter: 1000);
    }

    [Fact]
    public void Splitting_one_paragraph_as_a_range_agrees_with_splitting_the_whole_text()
    {
        RandomText.Sample(
            text =>
            {
                var sentences = TextSegmenter.SplitSentences(text);
                var words = TextSegmenter.SplitWords(text);
                foreach (var paragraph in TextSegmenter.SplitParagraphs(text).Where(s => s.Kind == SegmentKind.Paragraph))
                {
                    Assert.Equal(Within(sentences, paragraph), TextSegmenter.SplitSentences(text, paragraph.Start, paragraph.Length));
                    Assert.Equal(Within(words, paragraph), TextSegmenter.SplitWords(text, paragraph.Start, paragraph.Length));
                }
            },
            iter: 1000);
    }

    private static Segment[] Within(IEnumerable<Segment> segments, Segment range) =>
        segments.Where(s => s.Start >= range.Start && s.End <= range.End).ToArray();
}
