using System.Text;

namespace ArticleRevisions.Rendering;

/// <summary>Wraps a run of text in opening and closing marks that never span a line break.</summary>
internal static class LineMarks
{
    /// <summary>
    /// Appends <paramref name="text"/>, wrapping each of its line pieces in <paramref name="open"/> and
    /// <paramref name="close"/>. Marks close before every <c>\n</c> or <c>\r\n</c> and reopen after it, as git's word
    /// diff does, so an ANSI colour never bleeds into the next line; an empty line piece gets no marks.
    /// </summary>
    public static void Append(StringBuilder builder, string text, string open, string close)
    {
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var contentEnd = newline < 0 ? text.Length : newline;
            if (newline > start && text[newline - 1] == '\r')
            {
                contentEnd--;
            }

            if (contentEnd > start)
            {
                builder.Append(open).Append(text, start, contentEnd - start).Append(close);
            }

            if (newline < 0)
            {
                return;
            }

            builder.Append(text, contentEnd, newline + 1 - contentEnd);
            start = newline + 1;
        }
    }
}
