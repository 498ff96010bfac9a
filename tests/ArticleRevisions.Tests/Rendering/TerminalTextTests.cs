using ArticleRevisions.Rendering;

namespace ArticleRevisions.Tests.Rendering;

public class TerminalTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain text, nothing to show")]
    [InlineData("red \u001b[31malert\u001b[0m here")]
    [InlineData("line\r\nnext\r")]
    [InlineData("a\rb\r\r\n")]
    [InlineData("\u0007bell\tand tab\n")]
    [InlineData("C1 \u0085 and DEL \u007f")]
    [InlineData("\r")]
    public void Writing_and_copying_readable_text_give_what_Readable_gives(string text)
    {
        using var writer = new StringWriter();
        var copy = new char[text.Length];

        TerminalText.WriteReadable(writer, text);
        TerminalText.CopyReadable(text, copy);

        Assert.Equal(TerminalText.Readable(text), writer.ToString());
        Assert.Equal(TerminalText.Readable(text), new string(copy));
    }
}
