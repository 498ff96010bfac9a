using ArticleRevisions.Diffing;

namespace ArticleRevisions.Tests.Diffing;

public class WordDeltaTests
{
    [Theory]
    [InlineData("", "", 0, 0)]
    [InlineData("", "one two three", 3, 0)]
    [InlineData("one two three", "", 0, 3)]
    [InlineData("launched new offensive operations", "launched operations", 0, 2)]
    [InlineData("It recieved funds.", "It received funds.", 1, 1)]
    [InlineData("The council's plan", "The council’s plan", 1, 1)]
    [InlineData("Same words,   new\r\nspacing!", "Same words, new spacing.", 0, 0)]
    public void Counts_words_added_and_removed(string oldText, string newText, int added, int removed)
    {
        Assert.Equal(new WordDelta(added, removed), WordDelta.Between(oldText, newText));
    }
}
