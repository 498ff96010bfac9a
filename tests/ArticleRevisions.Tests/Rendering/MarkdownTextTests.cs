using System.Text;
using ArticleRevisions.Rendering;
using Xunit;

namespace ArticleRevisions.Tests.Rendering;

public sealed class MarkdownTextTests
{
    private static readonly string[] Pieces =
    [
        "word", " ", "  ", "\t", "\n", "\r\n", "\r", "    ", "\t\t", "*", "_x_", "1.", "-", "+", "# ", "é", "😀", "𝔘", "\u00A0",
        "\u3000", "Forces", ", which", "&", "|", "\\", "`", "  \n", "\n\n", "    indented", "\tx",
    ];

    [Fact]
    public void Streams_every_line_as_the_whole_text_gives_it()
    {
        // Indented, blank and white-space-only lines, CR LF and lone CR, astral characters, escapes and marked runs:
        // the lines written as the next one ends must be those the whole text gives at once.
        var random = new Random(20261203);
        for (var k = 0; k < 3000; k++)
        {
            var whole = new MarkdownText();
            var sink = new StringWriter();
            var streamed = new MarkdownText(sink);
            for (var n = random.Next(0, 14); n > 0; n--)
            {
                var piece = new StringBuilder();
                for (var m = random.Next(1, 5); m > 0; m--)
                {
                    piece.Append(Pieces[random.Next(Pieces.Length)]);
                }

                var text = piece.ToString();
                if (random.Next(4) == 0)
                {
                    whole.AppendMarked(text, "**");
                    streamed.AppendMarked(text, "**");
                }
                else
                {
                    whole.Append(text);
                    streamed.Append(text.AsSpan());
                }
            }

            streamed.Finish();
            Assert.Equal(whole.ToMarkdownWithLineBreaks(), sink.ToString());
        }
    }

    [Theory]
    [InlineData("a\u0007b\r\nc\u202Ed 😀 *e*\r")]
    [InlineData("plain *text*, 1. and 😀\r\n    indented")]
    public void Appends_a_span_as_its_string(string text)
    {
        // The first holds characters made visible (a bell, a directional override), the second none.
        var fromString = new MarkdownText();
        fromString.Append(text);
        var fromSpan = new MarkdownText();
        fromSpan.Append(text.AsSpan());
        Assert.Equal(fromString.ToMarkdownWithLineBreaks(), fromSpan.ToMarkdownWithLineBreaks());
    }
}
