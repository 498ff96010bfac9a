namespace ArticleRevisions.Text;

/// <summary>Splits text into lines the way <c>diff</c> and <c>patch</c> do: on <c>\n</c> only.</summary>
internal static class TextLines
{
    /// <summary>
    /// Splits <paramref name="text"/> after each <c>\n</c>. Every line keeps its ending (a <c>\r</c> before the
    /// <c>\n</c> stays in the line); only the last line can lack one. Empty text has no lines.
    /// </summary>
    public static List<string> SplitKeepingEndings(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    /// <summary>Removes a trailing <c>\n</c> or <c>\r\n</c> from a line.</summary>
    public static string StripEnding(string line)
    {
        if (line.EndsWith('\n'))
        {
            line = line[..^1];
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }
        }

        return line;
    }
}
