using System.Text;

namespace ArticleRevisions.Cli.Output;

/// <summary>
/// Makes text from a history safe to print in a table: a title, editor or note holding a line break, a tab or a
/// terminal escape sequence would break the layout or drive the reader's terminal, so control characters are
/// shown as visible symbols (␊, ␉, ␛) instead.
/// </summary>
internal static class TerminalText
{
    public static string Safe(string text)
    {
        if (!text.Any(IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                < '\u0020' => (char)(0x2400 + c),
                '\u007F' => '\u2421',
                >= '\u0080' and <= '\u009F' => '\uFFFD',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static bool IsControl(char c) => c < '\u0020' || c is >= '\u007F' and <= '\u009F';
}
