using ArticleRevisions.Rendering;

namespace ArticleRevisions.Tests.Rendering;

public class ColumnTextTests
{
    [Fact]
    public void Wraps_at_white_space_and_keeps_every_character()
    {
        var rows = ColumnText.Wrap("one two three four", 9);

        Assert.Equal(["one two ", "three ", "four"], rows);
    }

    [Fact]
    public void Breaks_a_word_longer_than_the_width()
    {
        var rows = ColumnText.Wrap("abcdefghij", 4);

        Assert.Equal(["abcd", "efgh", "ij"], rows);
    }

    [Fact]
    public void Never_splits_a_wide_character_or_a_grapheme_cluster()
    {
        var rows = ColumnText.Wrap("中中中e\u0301🇺🇦", 4);

        Assert.Equal(["中中", "中e\u0301", "🇺🇦"], rows);
    }

    [Fact]
    public void Expands_tabs_to_the_next_stop_of_eight()
    {
        var prepared = ColumnText.Prepare("ab\tc\t中\td");

        Assert.Equal("ab      c       中      d", prepared);
    }

    [Fact]
    public void Gives_one_empty_row_for_an_empty_line()
    {
        var rows = ColumnText.Wrap(string.Empty, 10);

        Assert.Equal([string.Empty], rows);
    }
}
