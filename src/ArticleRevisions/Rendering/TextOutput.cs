namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes a text renderer's output straight to its writer, piece by piece, remembering the last character written,
/// so a renderer can end its output with a newline without holding the output to look at it.
/// </summary>
/// <remarks>Not thread-safe: one instance serves one rendering.</remarks>
internal sealed class TextOutput(TextWriter writer)
{
    /// <summary>Gets whether anything has been written.</summary>
    public bool Any { get; private set; }

    /// <summary>Gets the last character written, or NUL before anything is.</summary>
    public char Last { get; private set; }

    /// <summary>Writes <paramref name="text"/> as it is.</summary>
    public void Write(ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty)
        {
            writer.Write(text);
            Last = text[^1];
            Any = true;
        }
    }

    /// <summary>Writes one character.</summary>
    public void Write(char c)
    {
        writer.Write(c);
        Last = c;
        Any = true;
    }

    /// <summary>Writes <paramref name="text"/> with its control characters made visible, as <see cref="TerminalText.Readable"/> does.</summary>
    public void WriteReadable(ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty)
        {
            TerminalText.WriteReadable(writer, text);
            var last = text[^1];
            // Readable keeps a line break, a tab and a CR ending the piece; any other control character is replaced.
            Last = char.IsControl(last) && last is not '\n' and not '\t' and not '\r' ? TerminalText.Visible(last) : last;
            Any = true;
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/>, wrapping each of its line pieces in <paramref name="open"/> and
    /// <paramref name="close"/>. Marks close before every <c>\n</c> or <c>\r\n</c> and reopen after it, as git's word
    /// diff does, so an ANSI colour never bleeds into the next line; an empty line piece gets no marks.
    /// </summary>
    public void WriteMarked(ReadOnlySpan<char> text, string open, string close)
    {
        var start = 0;
        while (start < text.Length)
        {
            var found = text[start..].IndexOf('\n');
            var newline = found < 0 ? -1 : start + found;
            var contentEnd = newline < 0 ? text.Length : newline;
            if (newline > start && text[newline - 1] == '\r')
            {
                contentEnd--;
            }

            if (contentEnd > start)
            {
                Write(open);
                Write(text[start..contentEnd]);
                Write(close);
            }

            if (newline < 0)
            {
                return;
            }

            Write(text[contentEnd..(newline + 1)]);
            start = newline + 1;
        }
    }
}
