using ArticleRevisions.Text;
using static ArticleRevisions.Tests.Text.SegmentationInvariants;

namespace ArticleRevisions.Tests.Text;

public sealed partial class TextSegmenterTests
{
    [Theory]
    [InlineData("Wrapped paragraph\ngoes on here.\n\nNext one.", @"¶[Wrapped paragraph\ngoes on here.] _[\n\n] ¶[Next one.]")]
    [InlineData("One\ntwo\n\n\n\nthree\nfour", @"¶[One\ntwo] _[\n\n\n\n] ¶[three\nfour]")]
    [InlineData("A\n \t \nB", @"¶[A] _[\n \t \n] ¶[B]")]
    [InlineData("Title\nFirst line.\nSecond line.", @"¶[Title] _[\n] ¶[First line.] _[\n] ¶[Second line.]")]
    [InlineData("A\r\n\r\nB\r\nC\r\n", @"¶[A] _[\r\n\r\n] ¶[B\r\nC] _[\r\n]")]
    [InlineData("A\r\nB\r\nC", @"¶[A] _[\r\n] ¶[B] _[\r\n] ¶[C]")]
    [InlineData("A\rB\r\rC", @"¶[A\rB] _[\r\r] ¶[C]")]
    [InlineData("A\u2028B\u2029\u2029C", "¶[A\u2028B] _[\u2029\u2029] ¶[C]")]
    [InlineData("\n\n  First\n\nSecond\n\n\n", @"_[\n\n  ] ¶[First] _[\n\n] ¶[Second] _[\n\n\n]")]
    [InlineData("\n\nA\nB\n\n", @"_[\n\n] ¶[A] _[\n] ¶[B] _[\n\n]")]
    [InlineData("No final newline", "¶[No final newline]")]
    [InlineData("Trailing spaces   \n  Indented", @"¶[Trailing spaces] _[   \n  ] ¶[Indented]")]
    [InlineData("Inner  spaces\tstay", @"¶[Inner  spaces\tstay]")]
    [InlineData("   ", "_[   ]")]
    [InlineData(" \n\t\r\n  \n", @"_[ \n\t\r\n  \n]")]
    public void Splits_paragraphs(string text, string expected)
    {
        var segments = TextSegmenter.SplitParagraphs(text);

        AssertValid(text, segments, SegmentKind.Paragraph, SegmentKind.Whitespace);
        Assert.Equal(expected, Render(text, segments));
    }

    [Fact]
    public void One_blank_line_anywhere_turns_the_whole_text_to_blank_line_paragraphs()
    {
        const string text = "Line one\nline two\nline three\n\nLast";

        var segments = TextSegmenter.SplitParagraphs(text);

        Assert.Equal("Line one\nline two\nline three|Last", Texts(text, segments, SegmentKind.Paragraph));
    }

    [Fact]
    public void A_combining_mark_on_indentation_stays_with_its_space()
    {
        const string text = "A\n \u0301x";

        var segments = TextSegmenter.SplitParagraphs(text);

        AssertValid(text, segments, SegmentKind.Paragraph, SegmentKind.Whitespace);
        Assert.Equal("¶[A] _[\\n \u0301] ¶[x]", Render(text, segments));
    }
}
