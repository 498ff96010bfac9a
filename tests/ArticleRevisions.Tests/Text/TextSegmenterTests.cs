using ArticleRevisions.Text;
using static ArticleRevisions.Tests.Text.SegmentationInvariants;

namespace ArticleRevisions.Tests.Text;

/// <summary>Tests of <see cref="TextSegmenter"/>: arguments and results shared by every splitter.</summary>
/// <remarks>The rules of each splitter, and the property tests, are in the other parts of this class.</remarks>
public sealed partial class TextSegmenterTests
{
    [Theory]
    [InlineData("paragraphs")]
    [InlineData("sentences")]
    [InlineData("words")]
    public void Every_splitter_rejects_null_text(string splitter)
    {
        var act = () => WholeText(splitter)(null!);

        Assert.Throws<ArgumentNullException>("text", act);
    }

    [Theory]
    [InlineData("sentences")]
    [InlineData("words")]
    public void Every_range_splitter_rejects_null_text(string splitter)
    {
        var act = () => Range(splitter)(null!, 0, 0);

        Assert.Throws<ArgumentNullException>("text", act);
    }

    [Theory]
    [InlineData("sentences", -1, 2, "start")]
    [InlineData("sentences", 0, -1, "length")]
    [InlineData("sentences", 2, 4, "length")]
    [InlineData("sentences", 6, 0, "length")]
    [InlineData("sentences", 1, int.MaxValue, "length")]
    [InlineData("words", -1, 2, "start")]
    [InlineData("words", 0, -1, "length")]
    [InlineData("words", 2, 4, "length")]
    [InlineData("words", 6, 0, "length")]
    [InlineData("words", int.MaxValue, 1, "length")]
    public void Range_splitters_reject_a_range_outside_the_text(string splitter, int start, int length, string parameter)
    {
        var act = () => Range(splitter)("Hello", start, length);

        Assert.Throws<ArgumentOutOfRangeException>(parameter, act);
    }

    [Theory]
    [InlineData("paragraphs")]
    [InlineData("sentences")]
    [InlineData("words")]
    public void Empty_text_gives_no_segments(string splitter)
    {
        var segments = WholeText(splitter)("");

        Assert.Empty(segments);
    }

    [Theory]
    [InlineData("sentences")]
    [InlineData("words")]
    public void An_empty_range_gives_no_segments(string splitter)
    {
        var segments = Range(splitter)("Hello. World.", 5, 0);

        Assert.Empty(segments);
    }

    [Theory]
    [InlineData("paragraphs")]
    [InlineData("sentences")]
    [InlineData("words")]
    public void Returned_lists_cannot_be_changed(string splitter)
    {
        var segments = WholeText(splitter)("One line.\nTwo lines.");

        var list = Assert.IsAssignableFrom<IList<Segment>>(segments);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add(new Segment(SegmentKind.Word, 0, 1)));
    }

    [Fact]
    public void Word_offsets_of_a_range_are_offsets_into_the_whole_text()
    {
        const string text = "Skip this. Keep these words.";

        var segments = TextSegmenter.SplitWords(text, 11, 17);

        AssertValid(text, 11, 17, segments, SegmentKind.Word, SegmentKind.Punctuation, SegmentKind.Whitespace);
        Assert.Equal(new Segment(SegmentKind.Word, 11, 4), segments[0]);
        Assert.Equal("w[Keep] _[ ] w[these] _[ ] w[words] p[.]", Render(text, segments));
    }

    [Fact]
    public void A_range_may_start_inside_a_word()
    {
        const string text = "Kyiv-controlled";

        var segments = TextSegmenter.SplitWords(text, 2, 8);

        Assert.Equal("w[iv-contr]", Render(text, segments));
    }

    [Fact]
    public void Sentence_offsets_of_a_range_are_offsets_into_the_whole_text()
    {
        const string text = "Before. One here. Two here. After.";

        var segments = TextSegmenter.SplitSentences(text, 8, 19);

        AssertValid(text, 8, 19, segments, SegmentKind.Sentence, SegmentKind.Whitespace);
        Assert.Equal("s[One here.] _[ ] s[Two here.]", Render(text, segments));
    }

    [Fact]
    public void Sentences_of_one_paragraph_keep_its_hard_wrapped_lines_together()
    {
        const string text = "First paragraph wraps\nonto a second line. It ends here.\n\nSecond paragraph.";
        var paragraph = TextSegmenter.SplitParagraphs(text)[0];

        var segments = TextSegmenter.SplitSentences(text, paragraph.Start, paragraph.Length);

        Assert.Equal(@"s[First paragraph wraps\nonto a second line.] _[ ] s[It ends here.]", Render(text, segments));
    }

    [Fact]
    public void Sentences_of_a_range_of_line_per_paragraph_text_end_at_each_line()
    {
        const string text = "Headline\nFirst line of text\nSecond line of text";

        var segments = TextSegmenter.SplitSentences(text, 9, text.Length - 9);

        Assert.Equal(@"s[First line of text] _[\n] s[Second line of text]", Render(text, segments));
    }

    [Fact]
    public void Splitting_the_fixture_articles_loses_nothing()
    {
        foreach (var path in Directory.GetFiles(FixturesFolder(), "*.txt", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);

            AssertValid(text, TextSegmenter.SplitParagraphs(text), SegmentKind.Paragraph, SegmentKind.Whitespace);
            AssertValid(text, TextSegmenter.SplitSentences(text), SegmentKind.Sentence, SegmentKind.Whitespace);
            AssertValid(text, TextSegmenter.SplitWords(text), SegmentKind.Word, SegmentKind.Punctuation, SegmentKind.Whitespace);
        }
    }

    private static Func<string, IReadOnlyList<Segment>> WholeText(string splitter) => splitter switch
    {
        "paragraphs" => TextSegmenter.SplitParagraphs,
        "sentences" => TextSegmenter.SplitSentences,
        _ => TextSegmenter.SplitWords,
    };

    private static Func<string, int, int, IReadOnlyList<Segment>> Range(string splitter) =>
        splitter == "sentences" ? TextSegmenter.SplitSentences : TextSegmenter.SplitWords;

    private static string FixturesFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "fixtures")))
        {
            folder = folder.Parent;
        }

        return folder is null
            ? throw new DirectoryNotFoundException("No fixtures folder above the test binaries.")
            : Path.Combine(folder.FullName, "fixtures");
    }
}
