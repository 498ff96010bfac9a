using System.Text;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Makes text from a history safe to print in a terminal: a title, editor or note holding a line break, a tab or a
/// terminal escape sequence would break the layout or drive the reader's terminal, so control characters are
/// shown as visible symbols (␊, ␉, ␛) instead.
/// </summary>
internal static class TerminalText
{
    /// <summary>Gets <paramref name="text"/> with every control character replaced by <see cref="Visible"/>.</summary>
    public static string Safe(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? Visible(c) : c);
        }

        return builder.ToString();
    }

    /// <summary>The visible stand-in for a control character: its control picture for C0 and DEL, U+FFFD for C1.</summary>
    public static char Visible(char control) => control switch
    {
        < ' ' => (char)(0x2400 + control),
        '\u007F' => '\u2421',
        _ => '\uFFFD',
    };
}
