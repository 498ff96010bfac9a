using System.Buffers;
using System.Text;

namespace ArticleRevisions.Rendering;

/// <summary>Escapes text for HTML element content and quoted attribute values.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Appends <paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> escaped. The colon of any <c>://</c> is written
    /// as <c>&amp;#58;</c>: it renders the same, and keeps a URL quoted in an article from looking like a link or
    /// an external reference to anything that scans the page's source.
    /// </summary>
    public static void Append(StringBuilder builder, string text) => Append(builder, text.AsSpan());

    /// <inheritdoc cref="Append(StringBuilder, string)"/>
    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        // Runs with nothing to escape, most of any text, are appended whole.
        var i = 0;
        while (i < text.Length)
        {
            var special = text[i..].IndexOfAny(Special);
            if (special < 0)
            {
                builder.Append(text[i..]);
                return;
            }

            builder.Append(text.Slice(i, special));
            i += special;
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                case ':' when text[(i + 1)..].StartsWith("//", StringComparison.Ordinal):
                    builder.Append("&#58;");
                    break;
                case '\r' when i + 1 == text.Length || text[i + 1] == '\n':
                case '\n' or '\t':
                    builder.Append(c);
                    break;
                default:
                    // A control or directional formatting character is shown as its symbol, as in every format meant to be read.
                    builder.Append(TerminalText.IsShownAsSymbol(c) ? TerminalText.Visible(c) : c);
                    break;
            }

            i++;
        }
    }

    /// <summary>The characters <see cref="Append(StringBuilder, ReadOnlySpan{char})"/> looks at one by one: the escaped ones, the colon, every control character and the directional formatting characters.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(SpecialCharacters());

    private static string SpecialCharacters()
    {
        var special = new StringBuilder("&<>\"':" + TerminalText.Directional);
        for (var c = '\0'; c <= '\u009F'; c++)
        {
            if (char.IsControl(c))
            {
                special.Append(c);
            }
        }

        return special.ToString();
    }

    /// <summary>Gets <paramref name="text"/> escaped.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }
}
