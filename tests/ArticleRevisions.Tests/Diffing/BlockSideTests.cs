using ArticleRevisions.Diffing;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Diffing;

public class BlockSideTests
{
    private static readonly KeyNormalizer Plain = new(NormalizeUnicode: true, NormalizePunctuation: false, IgnoreCase: false, IgnoreWhitespace: false);

    [Fact]
    public void Leaves_out_the_sentences_both_sides_share_at_their_ends_with_the_white_space_after_and_before_them()
    {
        var (old, @new) = Sides("One two. Three four. Five six.", "One two. Three five. Five six.");

        var ends = BlockSide.CommonEnds(old, @new);
        old.Fill(ends.Start, old.PieceCount - ends.End);

        Assert.Equal((2, 2), ends);
        Assert.Equal(["Three", "four", "."], Tokens(old));
        Assert.True(old.StartsInParagraph);
        Assert.True(old.EndsInParagraph);
        Assert.Equal("Three four.", Text(old, old.Paragraphs.Single().Segment));
    }

    [Fact]
    public void Leaves_out_nothing_where_the_white_space_after_the_common_sentences_differs()
    {
        var (old, @new) = Sides("One two.  Three four.", "One two. Three five.");

        Assert.Equal((0, 0), BlockSide.CommonEnds(old, @new));
    }

    [Fact]
    public void Leaves_out_nothing_where_a_common_sentence_ends_a_paragraph_on_one_side_only()
    {
        var (old, @new) = Sides("One two.\n\nThree four.", "One two. Three four five.");

        Assert.Equal((0, 0), BlockSide.CommonEnds(old, @new));
    }

    [Fact]
    public void Leaves_out_nothing_where_no_sentence_of_a_side_would_be_left()
    {
        var (old, @new) = Sides("One two.\n\n", "One two.\n\nThree four.");

        Assert.Equal((0, 0), BlockSide.CommonEnds(old, @new));
    }

    [Fact]
    public void Fills_a_paragraph_whose_start_is_kept_with_the_stretch_filled_as_its_segment()
    {
        var (old, @new) = Sides("One two.\n\nThree four. Five six.", "One two.\n\nThree five. Five six.");

        var ends = BlockSide.CommonEnds(old, @new);
        old.Fill(ends.Start, old.PieceCount - ends.End);

        Assert.Equal((2, 2), ends);
        Assert.False(old.StartsInParagraph);
        Assert.True(old.EndsInParagraph);
        Assert.Equal("Three four.", Text(old, old.Paragraphs.Single().Segment));
    }

    [Fact]
    public void Gives_up_where_an_edit_starts_right_after_the_sentences_left_out()
    {
        var (ends, alignment) = AlignAfterCommonStart("One two. Three four.", "One two. Seven four.");

        Assert.Equal((2, 0), ends);
        Assert.Null(alignment);
    }

    [Fact]
    public void Aligns_where_the_first_kept_pair_after_the_common_start_has_an_edit_after_it_only()
    {
        var (ends, alignment) = AlignAfterCommonStart("One two. Three four.", "One two. Three six four.");

        Assert.Equal((2, 0), ends);
        Assert.NotNull(alignment);
        Assert.Equal([0, 2, 3], Enumerable.Range(0, 3).Select(alignment.NewOf));
    }

    [Theory]
    [InlineData("Alpha beta. Gamma delta. Eta theta.", "Alpha beta. Gamma zeta. Eta theta.", true, false, false)]
    [InlineData("Alpha beta.\n\nGamma delta.\n\nEta theta.", "Alpha beta.\n\nGamma zeta.\n\nEta theta.", true, true, true)]
    [InlineData("Alpha beta.\n\nGamma delta. Eta theta.", "Alpha beta.\n\nGamma zeta. Eta theta.", true, true, false)]
    [InlineData("Alpha beta. Gamma delta. Eta theta.", "Alpha beta. Gamma zeta. Eta theta.", false, false, false)]
    public void Knows_whether_a_paragraph_boundary_lies_at_each_end_of_the_stretch_filled(string oldText, string newText, bool ofParagraphs, bool before, bool after)
    {
        var level = ofParagraphs ? UnitLevel.Paragraph : UnitLevel.Sentence;
        var (old, @new) = Sides(oldText, newText, level);
        var ends = BlockSide.CommonEnds(old, @new);

        old.Fill(ends.Start, old.PieceCount - ends.End);

        Assert.Equal((2, 2), ends);
        Assert.Equal((before, after), (old.ParagraphBreakBefore, old.ParagraphBreakAfter));
        Assert.Equal((true, true), (old.Fill().ParagraphBreakBefore, old.ParagraphBreakAfter));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Aligns_the_sentences_between_the_common_ends_as_the_whole_block_aligns_them(bool ofParagraphs)
    {
        var level = ofParagraphs ? UnitLevel.Paragraph : UnitLevel.Sentence;
        var (tried, aligned) = (0, 0);
        Gen.Select(ProseGen.EditedPair, Gen.Bool).Sample((pair, reversed) =>
        {
            var (oldText, newText) = reversed ? (pair.New, pair.Old) : (pair.Old, pair.New);
            var (oldWhole, newWhole) = Sides(oldText, newText, level);
            var whole = BlockAlignment.Create(oldWhole.Fill(), newWhole.Fill(), Plain, new KeyCodes());
            var (old, @new) = Sides(oldText, newText, level);
            var (start, end) = BlockSide.CommonEnds(old, @new);
            if (start + end == 0)
            {
                return;
            }

            Interlocked.Increment(ref tried);
            var trimmed = BlockAlignment.TryCreate(old.Fill(start, old.PieceCount - end), @new.Fill(start, @new.PieceCount - end), Plain, new KeyCodes(), start > 0, end > 0, out _);
            if (trimmed is null)
            {
                return;
            }

            Interlocked.Increment(ref aligned);

            var (oldSkip, newSkip) = (TokensBefore(oldWhole, old.PieceStart(start)), TokensBefore(newWhole, @new.PieceStart(start)));
            for (var t = 0; t < oldWhole.Tokens.Count; t++)
            {
                var inside = t >= oldSkip && t < oldSkip + old.Tokens.Count;
                var expected = inside ? (trimmed.NewOf(t - oldSkip) is var u and >= 0 ? u + newSkip : -1) : t < oldSkip ? t : t - oldWhole.Tokens.Count + newWhole.Tokens.Count;
                Assert.Equal(expected, whole.NewOf(t));
            }

            Assert.Equal(whole.Count(new DiffStatistics(), paragraphs: level == UnitLevel.Paragraph), trimmed.Count(new DiffStatistics(), paragraphs: level == UnitLevel.Paragraph));
        }, iter: 3000);

        // Most blocks with common ends are aligned between them, not given up on.
        Assert.True(aligned > tried / 2, $"{aligned} of {tried} aligned between the common ends");
    }

    [Fact]
    public void Aligns_a_block_as_fresh_sides_do_with_sides_that_aligned_a_larger_block_before()
    {
        // The sides keep their arrays from block to block, longer than the next block needs: nothing past its
        // tokens and units may count.
        Gen.Select(ProseGen.EditedPair, ProseGen.EditedPair).Sample((first, second) =>
        {
            var (old, @new) = Sides(first.Old + "\n\n" + first.New + "\n\n" + first.Old, first.New + "\n\n" + first.Old);
            var before = BlockAlignment.Create(old.Fill(), @new.Fill(), Plain, new KeyCodes());
            before.Count(new DiffStatistics(), paragraphs: true);
            old.Cut(second.Old, UnitLevel.Paragraph, Units(second.Old, UnitLevel.Paragraph));
            @new.Cut(second.New, UnitLevel.Paragraph, Units(second.New, UnitLevel.Paragraph));
            var (freshOld, freshNew) = Sides(second.Old, second.New);

            var reused = BlockAlignment.Create(old.Fill(), @new.Fill(), Plain, new KeyCodes());
            var fresh = BlockAlignment.Create(freshOld.Fill(), freshNew.Fill(), Plain, new KeyCodes());

            Assert.Equal(Partners(fresh, freshOld), Partners(reused, old));
            Assert.Equal(fresh.OldWholeSentences.ToArray(), reused.OldWholeSentences.ToArray());
            Assert.Equal(fresh.NewWholeSentences.ToArray(), reused.NewWholeSentences.ToArray());
            Assert.Equal(fresh.OldWholeParagraphs.ToArray(), reused.OldWholeParagraphs.ToArray());
            Assert.Equal(fresh.NewWholeParagraphs.ToArray(), reused.NewWholeParagraphs.ToArray());
            Assert.Equal(fresh.Count(new DiffStatistics(), paragraphs: true), reused.Count(new DiffStatistics(), paragraphs: true));
        }, iter: 1000);

        static int[] Partners(BlockAlignment alignment, BlockSide old) => [.. Enumerable.Range(0, old.Tokens.Count).Select(alignment.NewOf)];
    }

    private static ((int Start, int End) Ends, BlockAlignment? Alignment) AlignAfterCommonStart(string oldText, string newText)
    {
        var (old, @new) = Sides(oldText, newText);
        var ends = BlockSide.CommonEnds(old, @new);
        return (ends, BlockAlignment.TryCreate(old.Fill(ends.Start, old.PieceCount), @new.Fill(ends.Start, @new.PieceCount), Plain, new KeyCodes(), true, false, out _));
    }

    private static (BlockSide Old, BlockSide New) Sides(string oldText, string newText, UnitLevel level = UnitLevel.Paragraph) =>
        (new BlockSide().Cut(oldText, level, Units(oldText, level)), new BlockSide().Cut(newText, level, Units(newText, level)));

    private static Segment[] Units(string text, UnitLevel level) =>
        level == UnitLevel.Paragraph ? [.. UnitSplitter.Paragraphs(text, false)] : [.. TextSegmenter.SplitSentences(text)];

    private static int TokensBefore(BlockSide side, int position) => side.Tokens.Count(t => side.Segments[t].Start < position);

    private static string[] Tokens(BlockSide side) => [.. side.Tokens.Select(t => Text(side, side.Segments[t]))];

    private static string Text(BlockSide side, Segment segment) => side.Text.Substring(segment.Start, segment.Length);
}
