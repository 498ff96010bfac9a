using ArticleRevisions.Timeline;

namespace ArticleRevisions.Tests.Timeline;

public class RevisionInputTests
{
    [Theory]
    [InlineData("2", 2)]
    [InlineData("2025-01-07T09:00Z", 2)]
    [InlineData("2025-01-07 10:12", 1)]
    [InlineData("2025-01-08", 3)]
    public void Reads_a_revision_number_or_the_revision_current_at_a_time(string text, int expected)
    {
        var history = TestData.History("One.", "Two.", "Three.");

        var parsed = RevisionInput.Parse(history, text);

        Assert.True(parsed.Success);
        Assert.Equal(expected, parsed.Value.Number);
    }

    [Theory]
    [InlineData("4", "revision 4 does not exist: the history has revisions 1 to 3.")]
    [InlineData("0", "revision 0 does not exist: the history has revisions 1 to 3.")]
    [InlineData("2025-01-06", "no revision was current at 2025-01-06 00:00:00 +02:00: revision 1 became current at 2025-01-07 10:12:00 +02:00.")]
    public void Says_which_revisions_there_are_when_none_matches(string text, string message)
    {
        var parsed = RevisionInput.Parse(TestData.History("One.", "Two.", "Three."), text);

        Assert.False(parsed.Success);
        Assert.Equal(message, parsed.Exception.Message);
    }

    [Fact]
    public void Refuses_text_that_is_neither_a_number_nor_a_time()
    {
        var parsed = RevisionInput.Parse(TestData.History("One."), "someday");

        Assert.False(parsed.Success);
        Assert.StartsWith("revision 'someday' is neither a revision number nor a time: ", parsed.Exception.Message);
    }
}
