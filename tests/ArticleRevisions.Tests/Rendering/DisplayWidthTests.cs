using ArticleRevisions.Rendering;

namespace ArticleRevisions.Tests.Rendering;

public class DisplayWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("Київ", 4)]
    [InlineData("中文", 4)]
    [InlineData("ｆｕｌｌ", 8)]
    [InlineData("한국", 4)]
    [InlineData("😀", 2)]
    [InlineData("🇺🇦", 2)]
    [InlineData("👩‍👩‍👧", 2)]
    [InlineData("❤️", 2)]
    [InlineData("❤", 1)]
    [InlineData("e\u0301", 1)]
    [InlineData("a\u200Bb", 2)]
    [InlineData("𠜎", 2)]
    public void Counts_the_columns_a_terminal_gives_text(string text, int width)
    {
        var measured = DisplayWidth.Of(text);

        Assert.Equal(width, measured);
    }
}
