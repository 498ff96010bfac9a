using ArticleRevisions.Text;

namespace ArticleRevisions.Tests.Text;

public sealed class SegmentTests
{
    [Fact]
    public void End_is_start_plus_length()
    {
        var segment = new Segment(SegmentKind.Word, 4, 3);

        Assert.Equal(7, segment.End);
    }

    [Fact]
    public void Gets_its_text_from_the_source()
    {
        const string source = "Hello, world";
        var segment = new Segment(SegmentKind.Word, 7, 5);

        var text = segment.GetText(source);
        var span = segment.AsSpan(source);

        Assert.Equal("world", text);
        Assert.Equal("world", span.ToString());
    }

    [Fact]
    public void An_empty_segment_at_the_end_of_the_source_has_empty_text()
    {
        var segment = new Segment(SegmentKind.Whitespace, 3, 0);

        Assert.Equal("", segment.GetText("abc"));
        Assert.True(segment.AsSpan("abc").IsEmpty);
    }

    [Fact]
    public void Getting_text_rejects_a_null_source()
    {
        var segment = new Segment(SegmentKind.Word, 0, 1);

        Assert.Throws<ArgumentNullException>("source", () => segment.GetText(null!));
        Assert.Throws<ArgumentNullException>("source", () => segment.AsSpan(null!).ToString());
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 1)]
    [InlineData(4, 0)]
    public void Getting_text_rejects_a_source_too_short_for_the_segment(int start, int length)
    {
        var segment = new Segment(SegmentKind.Word, start, length);

        Assert.Throws<ArgumentOutOfRangeException>("source", () => segment.GetText("abc"));
        Assert.Throws<ArgumentOutOfRangeException>("source", () => segment.AsSpan("abc").ToString());
    }

    [Theory]
    [InlineData(-1, 0, "Start")]
    [InlineData(0, -1, "Length")]
    [InlineData(int.MaxValue, 1, "Start")]
    [InlineData(1, int.MaxValue, "Start")]
    public void Rejects_a_negative_or_overflowing_range(int start, int length, string parameter)
    {
        Assert.Throws<ArgumentOutOfRangeException>(parameter, () => new Segment(SegmentKind.Word, start, length));
    }

    [Fact]
    public void Rejects_an_undefined_kind()
    {
        Assert.Throws<ArgumentOutOfRangeException>("Kind", () => new Segment((SegmentKind)42, 0, 1));
    }

    [Fact]
    public void A_with_expression_is_checked_too()
    {
        var segment = new Segment(SegmentKind.Word, 2, 3);

        Assert.Throws<ArgumentOutOfRangeException>("Start", () => segment with { Start = -2 });
        Assert.Throws<ArgumentOutOfRangeException>("Length", () => segment with { Length = int.MaxValue });
        Assert.Equal(new Segment(SegmentKind.Punctuation, 2, 3), segment with { Kind = SegmentKind.Punctuation });
    }

    [Fact]
    public void Segments_compare_by_value()
    {
        var one = new Segment(SegmentKind.Sentence, 1, 2);
        var same = new Segment(SegmentKind.Sentence, 1, 2);
        var other = new Segment(SegmentKind.Paragraph, 1, 2);

        Assert.Equal(one, same);
        Assert.True(one == same);
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(one, other);
    }

    [Fact]
    public void Deconstructs_into_kind_start_and_length()
    {
        var (kind, start, length) = new Segment(SegmentKind.Whitespace, 5, 6);

        Assert.Equal((SegmentKind.Whitespace, 5, 6), (kind, start, length));
    }
}
