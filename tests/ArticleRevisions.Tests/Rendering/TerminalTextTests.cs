using ArticleRevisions.Rendering;
using CsCheck;

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
    [InlineData("over \u202Eride\u202C and isolate \u2067x\u2069\r\n")]
    public void Writing_and_copying_readable_text_give_what_Readable_gives(string text)
    {
        using var writer = new StringWriter();
        var copy = new char[text.Length];

        TerminalText.WriteReadable(writer, text);
        TerminalText.CopyReadable(text, copy);

        Assert.Equal(TerminalText.Readable(text), writer.ToString());
        Assert.Equal(TerminalText.Readable(text), new string(copy));
    }

    [Fact]
    public void Finds_the_first_character_shown_as_a_symbol_in_any_text_as_a_property()
    {
        // Each side of every range the search tests, in texts of every length around the eight characters it reads at once.
        const string alphabet = "\0\b\t\n\v\r\u001F ~\u007F\u0080\u009F\u00A0az\u044F\u2029\u202A\u202E\u202F\u2065\u2066\u2069\u206A\uFFFF";
        static bool ShownAsSymbol(char c) => (c < ' ' && c is not '\t' and not '\n') || c is (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
        var plain = Gen.Int[0, 40].Select(n => new string('a', n));
        var mixed = Gen.Int[0, alphabet.Length - 1].Select(i => alphabet[i]).Array[0, 40].Select(chars => new string(chars));

        Gen.Select(plain, mixed, plain).Sample((before, middle, after) =>
        {
            var text = before + middle + after;

            var found = TerminalText.IndexOfNotLayout(text);

            var first = text.AsSpan().IndexOfAny(text.Where(ShownAsSymbol).Distinct().ToArray());
            Assert.Equal(first, found);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("plain editor", "plain editor")]
    [InlineData("two\nlines\tand tab", "two\u240Alines\u2409and tab")]
    [InlineData("note \u202Egnp.exe", "note \uFFFDgnp.exe")]
    [InlineData("isolate \u2066x\u2069 and \u2028 separator", "isolate \uFFFDx\uFFFD and \uFFFD separator")]
    [InlineData("Arabic \u0645\u0631\u062D\u0628\u0627 with a mark \u200F", "Arabic \u0645\u0631\u062D\u0628\u0627 with a mark \u200F")]
    public void Safe_text_shows_controls_and_directional_overrides_instead_of_obeying_them(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Safe(text));

    [Theory]
    [InlineData("Safe text \u202Eevil\u202C end.\n", "Safe text \uFFFDevil\uFFFD end.\n")]
    [InlineData("isolate \u2066x\u2069\r\n", "isolate \uFFFDx\uFFFD\r\n")]
    [InlineData("Arabic \u0645\u0631\u062D\u0628\u0627 with a mark \u200F\tand a tab", "Arabic \u0645\u0631\u062D\u0628\u0627 with a mark \u200F\tand a tab")]
    public void Article_text_shows_directional_overrides_and_isolates_instead_of_obeying_them_and_keeps_its_layout(string text, string expected)
    {
        var copy = new char[text.Length];
        TerminalText.CopyReadable(text, copy);

        Assert.Equal(expected, TerminalText.Readable(text));
        Assert.Equal(expected, new string(copy));
    }

    [Fact]
    public void The_side_by_side_columns_and_HTML_show_directional_overrides_as_symbols_too()
    {
        const string text = "Safe \u202Eevil\u202C and \u2066x\u2069.";
        const string shown = "Safe \uFFFDevil\uFFFD and \uFFFDx\uFFFD.";

        Assert.True(ColumnText.NeedsPreparing(text));
        Assert.Equal(shown, ColumnText.Prepare(text));
        Assert.Equal(shown, HtmlText.Escape(text));
    }
}

